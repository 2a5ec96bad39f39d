// Moving a point of the priority matrix as a state machine over plain data: a point picked up (by
// a key or a pointer), its inputs stepped along their scales or dragged to the rungs nearest the
// pointer, then committed as one `set-priority` change or cancelled. A view keeps the state, draws
// `priorityMovePreview`, and hands `priorityMoveCommit`'s change to its host.
import { applyChange } from '../changes/applyChange.js';
import type { Change } from '../changes/types.js';
import { getPlanIndex } from '../model/planIndex.js';
import type { Initiative, Item, Plan } from '../model/types.js';
import type { PriorityOptions, PriorityScore } from '../priority/priority.types.js';
import {
  inputAt,
  knobValue,
  nearestRung,
  type PriorityKnobs,
  priorityAt,
  priorityKnobs,
  stepKnob,
  withInput,
} from '../views/priorityKnobs.js';
import type { PriorityAxisName } from '../views/priorityMatrixKeys.js';
import { PRIORITY_INPUT_KEYS } from '../views/priorityMatrixMissing.js';

/** A `set-priority` change: the inputs of one framework replaced on one item or initiative. */
export type SetPriorityChange = Extract<Change, { type: 'set-priority' }>;

/** An item or an initiative, by kind and id. */
export type PriorityRef = { readonly kind: 'item' | 'initiative'; readonly id: string };

/** Where a point's two knobs stand: its value input and its effort input (absent: not movable). */
export interface PriorityKnobPlaces {
  readonly value?: number | undefined;
  readonly effort?: number | undefined;
}

/**
 * A point being moved: the entity, its knobs, where they stood when it was picked up (`from`) and
 * where they stand now (`at`). Plain data: a view keeps it in state.
 *
 * @example
 * const gesture: PriorityMove = { ref: { kind: 'item', id: 'S1' }, knobs, from: { value: 1, effort: 4 }, at: { value: 2, effort: 4 } };
 */
export interface PriorityMove {
  readonly ref: PriorityRef;
  readonly knobs: PriorityKnobs;
  readonly from: PriorityKnobPlaces;
  readonly at: PriorityKnobPlaces;
}

function entityOf(plan: Plan, ref: PriorityRef): Item | Initiative | undefined {
  const index = getPlanIndex(plan);
  return ref.kind === 'item' ? index.items.get(ref.id) : index.initiatives.get(ref.id);
}

/**
 * Picks a point up: its knobs for the framework and where they stand (its own inputs, else those
 * the score used, such as a job size taken from the estimate). `null` when it cannot move: MoSCoW,
 * an entity the plan does not hold, or one without the inputs its knobs move.
 *
 * @example
 * const gesture = priorityMoveStart(plan, { kind: 'item', id: 'S1' }, { framework: 'rice' });
 * gesture?.from; // { value: 1, effort: 4 }: impact 1, effort 4 person-months
 */
export function priorityMoveStart(
  plan: Plan,
  ref: PriorityRef,
  options: PriorityOptions,
  score?: Pick<PriorityScore, 'inputs'>,
): PriorityMove | null {
  const entity = entityOf(plan, ref);
  const knobs = entity ? priorityKnobs(options.framework, options, entity.priority) : null;
  if (!entity || !knobs) return null;
  const value = knobValue(entity.priority, options.framework, knobs.value, score);
  const effort = knobs.effort ? knobValue(entity.priority, options.framework, knobs.effort, score) : undefined;
  if (value === undefined && effort === undefined) return null;
  const places = { value, effort };
  return { ref: { kind: ref.kind, id: ref.id }, knobs, from: places, at: places };
}

/**
 * One step along an axis (`by`: +1 more value or effort, -1 less), along the knob's scale. The same
 * object when the knob is at the end of its scale or the axis does not move.
 *
 * @example
 * priorityMoveStep(gesture, 'value', 1).at; // { value: 2, effort: 4 }: RICE impact 1 → 2
 */
export function priorityMoveStep(gesture: PriorityMove, axis: PriorityAxisName, by: 1 | -1): PriorityMove {
  const knob = gesture.knobs[axis];
  const current = gesture.at[axis];
  if (!knob || current === undefined) return gesture;
  const next = stepKnob(knob.ladder, current, by);
  return next === current ? gesture : { ...gesture, at: { ...gesture.at, [axis]: next } };
}

/**
 * The knobs set to the rungs that put the point nearest a pointer: `target` is where the pointer is
 * along each axis and `project` turns a value or an effort into the same units (pixels, through
 * the chart's scales, so a log axis is measured as drawn). An axis left out of `target` stays. The
 * same object when nothing moves.
 *
 * @example
 * priorityMoveToward(plan, gesture, { value: 120 }, { value: (v) => y(v), effort: (e) => x(e) }, { framework: 'rice' });
 */
export function priorityMoveToward(
  plan: Plan,
  gesture: PriorityMove,
  target: { readonly value?: number; readonly effort?: number },
  project: { readonly value: (value: number) => number; readonly effort: (effort: number) => number },
  options: PriorityOptions,
): PriorityMove {
  const priority = entityOf(plan, gesture.ref)?.priority;
  let at = gesture.at;
  for (const axis of ['value', 'effort'] as const) {
    const knob = gesture.knobs[axis];
    const current = at[axis];
    const goal = target[axis];
    if (!knob || current === undefined || goal === undefined) continue;
    const next = nearestRung(knob.ladder, current, goal, (rung) => {
      const axisValue = priorityAt(options.framework, priority, { ...at, [axis]: rung }, options)[axis];
      return axisValue === null ? null : project[axis](axisValue);
    });
    if (next !== current) at = { ...at, [axis]: next };
  }
  return at === gesture.at ? gesture : { ...gesture, at };
}

/**
 * Where the point stands with the knobs where the gesture has them: the framework's value,
 * effort and score for the entity (before the strategic floor), for drawing and announcing it.
 *
 * @example
 * priorityMovePreview(plan, gesture, { framework: 'rice' }); // { value: 3200, effort: 4, score: 800 }
 */
export function priorityMovePreview(plan: Plan, gesture: PriorityMove, options: PriorityOptions) {
  return priorityAt(options.framework, entityOf(plan, gesture.ref)?.priority, gesture.at, options);
}

/**
 * The `set-priority` change the gesture makes: the framework's inputs as the entity has them,
 * with each knob that moved written (a knob that did not move is left as it was, even a job size
 * taken from the estimate). `null` when no knob moved.
 *
 * @example
 * priorityMoveChange(plan, gesture, { framework: 'rice' });
 * // { type: 'set-priority', target: { kind: 'item', id: 'S1' }, priority: { rice: { reach: 2000, impact: 2, confidence: 0.8, effort: 4 } } }
 */
export function priorityMoveChange(
  plan: Plan,
  gesture: PriorityMove,
  options: PriorityOptions,
): SetPriorityChange | null {
  const { framework } = options;
  const entity = entityOf(plan, gesture.ref);
  if (!entity || framework === 'moscow') return null;
  const key = PRIORITY_INPUT_KEYS[framework];
  let inputs = entity.priority?.[key] as object | undefined;
  let moved = false;
  for (const axis of ['value', 'effort'] as const) {
    const knob = gesture.knobs[axis];
    const to = gesture.at[axis];
    if (!knob || to === undefined || to === gesture.from[axis]) continue;
    if (inputAt(inputs, knob.path) === to) continue;
    inputs = withInput(inputs, knob.path, to);
    moved = true;
  }
  if (!moved) return null;
  return { type: 'set-priority', target: { ...gesture.ref }, priority: { [key]: inputs } };
}

/**
 * Ends the gesture with its change and the plan it leads to, or `null` when nothing moved or the
 * plan refuses the change (the host is then told nothing).
 *
 * @example
 * const done = priorityMoveCommit(plan, gesture, { framework: 'rice' });
 * if (done) onChange(done.change, done.plan);
 */
export function priorityMoveCommit(
  plan: Plan,
  gesture: PriorityMove,
  options: PriorityOptions,
): { readonly change: SetPriorityChange; readonly plan: Plan } | null {
  const change = priorityMoveChange(plan, gesture, options);
  if (!change) return null;
  const result = applyChange(plan, change);
  return result.ok ? { change, plan: result.plan } : null;
}

/**
 * The `set-priority` change that moves a point `steps` along each axis (value: +1 a step more
 * value; effort: +1 a step more effort), each input stepping along its scale from where the
 * entity stands (see `priorityKnobs`): a gesture picked up, stepped and ended in one call. Only
 * the inputs that move are written; the framework's other inputs and a host's own fields are
 * kept. `null` when nothing would change: MoSCoW, an entity the plan does not hold or without the
 * input, the end of a scale.
 *
 * @example
 * movePriorityPoint(plan, { kind: 'item', id: 'S1' }, { value: 1 }, { framework: 'rice' });
 * // { type: 'set-priority', target: { kind: 'item', id: 'S1' }, priority: { rice: { reach: 2000, impact: 2, confidence: 0.8, effort: 4 } } }
 */
export function movePriorityPoint(
  plan: Plan,
  ref: PriorityRef,
  steps: { readonly value?: number; readonly effort?: number },
  options: PriorityOptions,
  score?: Pick<PriorityScore, 'inputs'>,
): SetPriorityChange | null {
  let gesture = priorityMoveStart(plan, ref, options, score);
  if (!gesture) return null;
  for (const axis of ['value', 'effort'] as const) {
    const by = Math.trunc(steps[axis] ?? 0);
    for (let i = 0; i < Math.abs(by); i++) gesture = priorityMoveStep(gesture, axis, by > 0 ? 1 : -1);
  }
  return priorityMoveChange(plan, gesture, options);
}
