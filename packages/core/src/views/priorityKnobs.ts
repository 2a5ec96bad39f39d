import { ice } from '../priority/ice.js';
import type { PriorityFramework, PriorityInputs, PriorityOptions, PriorityScore } from '../priority/priority.types.js';
import { rice } from '../priority/rice.js';
import { DEFAULT_CRITERIA, valueEffort } from '../priority/valueEffort.js';
import { wsjf } from '../priority/wsjf.js';
import type { PriorityAxisName } from './priorityMatrixKeys.js';
import { PRIORITY_INPUT_KEYS } from './priorityMatrixMissing.js';

// The inputs a point of the priority matrix moves along: each axis is one input of the framework
// stepping along its scale, and the framework's own formula says where the point then stands.

/**
 * The input a point's move along one axis changes, and the values a step goes through.
 * - `path`: where the input sits under the framework's inputs (`['impact']`, `['effort', 'risk']`).
 * - `ladder`: its values from least to most of the axis (ascending, but ICE's ease runs 10 → 1:
 *   more effort is less ease).
 * - `label`: a value-effort criterion's label; otherwise absent (the view names the input).
 *
 * @example
 * const knob: PriorityKnob = { axis: 'value', path: ['impact'], ladder: [0.25, 0.5, 1, 2, 3] };
 */
export interface PriorityKnob {
  readonly axis: PriorityAxisName;
  readonly path: readonly string[];
  readonly ladder: readonly number[];
  readonly label?: string | undefined;
}

/**
 * A point's two knobs: the input its value moves along, and the one its effort moves along (`null`
 * when effort is not an input of the framework's, such as RICE effort taken from the estimate).
 *
 * @example
 * const knobs: PriorityKnobs = { value: { axis: 'value', path: ['impact'], ladder: [1, 2, 3] }, effort: null };
 */
export interface PriorityKnobs {
  readonly value: PriorityKnob;
  readonly effort: PriorityKnob | null;
}

/** Intercom's RICE impact scale, least first: minimal, low, medium, high, massive. */
export const RICE_IMPACT_SCALE: readonly number[] = [0.25, 0.5, 1, 2, 3];

/** The Fibonacci-like scale WSJF's relative estimates take. */
export const WSJF_SCALE: readonly number[] = [1, 2, 3, 5, 8, 13, 20];
/** RICE effort moves by half a person-month, up to five person-years (or a year past the entity's own). */
const RICE_EFFORT_STEP = 0.5;
const RICE_EFFORT_TOP = 60;
const ONE_TO_TEN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((to - from) / step + 1e-9) + 1 }, (_, i) => from + i * step);

/** The criterion with the most weight (the first of equals). */
function heaviest<T extends { readonly weight?: number | undefined }>(criteria: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const criterion of criteria) if (!best || (criterion.weight ?? 1) > (best.weight ?? 1)) best = criterion;
  return best;
}

/** A criterion's scale as whole steps from 0 to its top (the top itself when it is not whole). */
const criterionLadder = (max = 5) => {
  const steps = range(0, Math.floor(max), 1);
  return steps[steps.length - 1] === max ? steps : [...steps, max];
};

/**
 * The inputs a point of `framework` moves along each axis, or `null` for MoSCoW (no axes); given
 * the entity's `priority`, a ladder reaches past where the entity stands. RICE: impact up and
 * down its scale (0.25, 0.5, 1, 2, 3), effort by half a person-month (no effort knob when effort
 * comes from the estimate). WSJF: business value and job size along 1, 2, 3, 5, 8, 13, 20. ICE:
 * impact, and ease turned round (more effort is less ease), 1 to 10. Value / effort: the heaviest
 * value criterion and the heaviest effort criterion, one point of their scale at a time.
 *
 * @example
 * priorityKnobs('wsjf', { framework: 'wsjf' });
 * // { value: { axis: 'value', path: ['businessValue'], ladder: [1, 2, 3, 5, 8, 13, 20] }, effort: { …path: ['jobSize'] } }
 */
export function priorityKnobs(
  framework: PriorityFramework,
  options: Omit<PriorityOptions, 'framework'> = {},
  priority?: PriorityInputs,
): PriorityKnobs | null {
  switch (framework) {
    case 'rice': {
      const own = priority?.rice?.effort ?? 0;
      const top = Math.max(RICE_EFFORT_TOP, Math.ceil(own / RICE_EFFORT_STEP) * RICE_EFFORT_STEP + 12);
      return {
        value: { axis: 'value', path: ['impact'], ladder: RICE_IMPACT_SCALE },
        effort:
          options.riceEffort === 'estimate'
            ? null
            : { axis: 'effort', path: ['effort'], ladder: range(RICE_EFFORT_STEP, top, RICE_EFFORT_STEP) },
      };
    }
    case 'wsjf':
      return {
        value: { axis: 'value', path: ['businessValue'], ladder: WSJF_SCALE },
        effort: { axis: 'effort', path: ['jobSize'], ladder: WSJF_SCALE },
      };
    case 'ice':
      return {
        value: { axis: 'value', path: ['impact'], ladder: ONE_TO_TEN },
        effort: { axis: 'effort', path: ['ease'], ladder: [...ONE_TO_TEN].reverse() },
      };
    case 'value-effort': {
      const criteria = options.criteria ?? DEFAULT_CRITERIA;
      const value = heaviest(criteria.value) ?? { key: 'value' };
      const effort = heaviest(criteria.effort) ?? { key: 'effort' };
      return {
        value: { axis: 'value', path: ['value', value.key], ladder: criterionLadder(value.max), label: value.label },
        effort: {
          axis: 'effort',
          path: ['effort', effort.key],
          ladder: criterionLadder(effort.max),
          label: effort.label,
        },
      };
    }
    case 'moscow':
      return null;
  }
}

/**
 * The value one step `by` (+1 more of the axis, -1 less) takes `current` to along a knob's ladder:
 * the next rung that way (from a value between rungs, the nearest rung that way), or `current`
 * itself at the end of the ladder.
 *
 * @example
 * stepKnob([0.25, 0.5, 1, 2, 3], 1, 1); // 2
 * stepKnob([0.25, 0.5, 1, 2, 3], 1.5, -1); // 1
 * stepKnob([0.25, 0.5, 1, 2, 3], 3, 1); // 3: already the most
 * stepKnob([10, 9, 8], 9, 1); // 8: a ladder that runs down
 */
export function stepKnob(ladder: readonly number[], current: number, by: number): number {
  const rising = (ladder[ladder.length - 1] ?? 0) >= (ladder[0] ?? 0);
  const more = by > 0 === rising;
  let next = current;
  if (more) {
    for (const rung of ladder) if (rung > current && (next === current || rung < next)) next = rung;
  } else {
    for (const rung of ladder) if (rung < current && (next === current || rung > next)) next = rung;
  }
  return next;
}

/**
 * A framework's inputs as an entity carries them, copied with `value` at `path` (the objects on
 * the way copied too, every other field kept, a host's own among them).
 *
 * @example
 * withInput({ reach: 2000, impact: 1, note: 'from sales' }, ['impact'], 2); // { reach: 2000, impact: 2, note: 'from sales' }
 * withInput({ value: { revenue: 3 } }, ['value', 'reach'], 4); // { value: { revenue: 3, reach: 4 } }
 */
export function withInput(inputs: object | undefined, path: readonly string[], value: number): Record<string, unknown> {
  const [head, ...rest] = path;
  const copy: Record<string, unknown> = { ...(inputs ?? {}) };
  if (head === undefined) return copy;
  copy[head] = rest.length === 0 ? value : withInput(copy[head] as object | undefined, rest, value);
  return copy;
}

/**
 * The number at `path` in a framework's inputs, or `undefined` when there is none there.
 *
 * @example
 * inputAt({ value: { revenue: 3 } }, ['value', 'revenue']); // 3
 * inputAt({ impact: 'high' }, ['impact']); // undefined
 */
export function inputAt(inputs: object | undefined, path: readonly string[]): number | undefined {
  let at: unknown = inputs;
  for (const key of path) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === 'number' ? at : undefined;
}

/** The framework's own scoring, for each framework with axes. */
const SCORE = { rice, wsjf, ice, 'value-effort': valueEffort } as const;
type Charted = keyof typeof SCORE;

/**
 * Where a knob of an entity stands now: its own input, else the one the score used (a job size
 * taken from the estimate). `undefined` when the entity has none.
 *
 * @example
 * knobValue(item.priority, 'wsjf', { axis: 'effort', path: ['jobSize'], ladder: WSJF_SCALE }, score); // 5 (its estimate)
 */
export function knobValue(
  priority: PriorityInputs | undefined,
  framework: PriorityFramework,
  knob: PriorityKnob,
  score?: Pick<PriorityScore, 'inputs'>,
): number | undefined {
  if (framework === 'moscow') return undefined;
  const own = inputAt(priority?.[PRIORITY_INPUT_KEYS[framework]] as object | undefined, knob.path);
  if (own !== undefined) return own;
  const used = score?.inputs[knob.path.join('.')];
  return typeof used === 'number' ? used : undefined;
}

/**
 * What the framework makes of an entity's inputs with the knobs at `at` (either may be left out):
 * its value, effort and score, as `scorePriorities` computes them for one entity (before the
 * strategic floor). For drawing a point where a move would put it.
 *
 * @example
 * priorityAt('rice', item.priority, { value: 2 }, { framework: 'rice' }); // { value: 3200, effort: 4, score: 800 }
 */
export function priorityAt(
  framework: PriorityFramework,
  priority: PriorityInputs | undefined,
  at: { readonly value?: number | undefined; readonly effort?: number | undefined },
  options: PriorityOptions,
): { readonly value: number | null; readonly effort: number | null; readonly score: number | null } {
  if (framework === 'moscow') return { value: null, effort: null, score: null };
  const knobs = priorityKnobs(framework, options, priority);
  const key = PRIORITY_INPUT_KEYS[framework];
  let inputs = priority?.[key] as object | undefined;
  if (knobs && at.value !== undefined) inputs = withInput(inputs, knobs.value.path, at.value);
  if (knobs?.effort && at.effort !== undefined) inputs = withInput(inputs, knobs.effort.path, at.effort);
  const result = SCORE[framework as Charted].score({ ...priority, [key]: inputs }, undefined, {
    ...options,
    framework,
  });
  return { value: result.value, effort: result.effort, score: result.score };
}

/**
 * The rung of a knob's ladder (or `current`, where it stands) whose point sits nearest `target` on
 * the knob's axis, by `axisAt`: where a pointer dragging a point lets go of it. Ties keep
 * `current`, so a drag along one axis leaves the other input alone.
 *
 * @example
 * // RICE impact, reach × confidence = 800: value 800 per step of impact.
 * nearestRung([0.25, 0.5, 1, 2, 3], 1, 1700, (impact) => impact * 800); // 2
 */
export function nearestRung(
  ladder: readonly number[],
  current: number,
  target: number,
  axisAt: (rung: number) => number | null,
): number {
  let best = current;
  let distance = Math.abs((axisAt(current) ?? Number.NaN) - target);
  if (Number.isNaN(distance)) distance = Number.POSITIVE_INFINITY;
  for (const rung of ladder) {
    const at = axisAt(rung);
    if (at === null || !Number.isFinite(at)) continue;
    const d = Math.abs(at - target);
    if (d < distance) {
      best = rung;
      distance = d;
    }
  }
  return best;
}
