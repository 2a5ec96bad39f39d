// The reschedule gesture as a state machine over plain data: an initiative picked up (by a key or
// a pointer), stepped later or earlier, then committed as one `reschedule` change or cancelled. A
// view keeps the state, draws `reschedulePreview`, and hands `rescheduleCommit`'s change to its
// host; nothing here reads the DOM or the clock.
import { applyChange } from '../changes/applyChange.js';
import type { Change } from '../changes/types.js';
import { getPlanIndex } from '../model/planIndex.js';
import type { Plan } from '../model/types.js';
import { type RescheduleTarget, rescheduleTarget, type TimelineMove } from '../views/timelineMoves.js';

/**
 * How far a pointer travels (in pixels, either way) before a press becomes a drag.
 *
 * @example
 * Math.abs(dx) > RESCHEDULE_DRAG_THRESHOLD; // a drag, not a click
 */
export const RESCHEDULE_DRAG_THRESHOLD = 4;

/**
 * A pointer dragging a bar: where it went down and how many pixels one step takes.
 *
 * @example
 * const pointer: ReschedulePointer = { id: 1, x0: 420, stepPx: 96, started: false };
 */
export interface ReschedulePointer {
  /** The pointer's id (`PointerEvent.pointerId`): other pointers do not move the bar. */
  readonly id: number;
  /** Where it went down, in client pixels along the time axis. */
  readonly x0: number;
  /** Pixels one step takes: a column, or an undated bar's own width. */
  readonly stepPx: number;
  /** It has travelled past the threshold: a drag, not a click. */
  readonly started: boolean;
}

/**
 * One reschedule gesture in progress: the initiative, the whole steps it has moved (later when
 * positive), and the pointer when it is a drag. Where it started is the plan's own schedule for
 * the initiative: zero steps.
 *
 * @example
 * const gesture: RescheduleGesture = { initiativeId: 'init-onboarding', steps: 2 };
 */
export interface RescheduleGesture {
  readonly initiativeId: string;
  readonly steps: number;
  readonly pointer?: ReschedulePointer;
}

/**
 * What a gesture's steps mean: the layout (time axis or Now / Next / Later) and, on the time
 * axis, the calendar step a column takes (`week`, `month` or `quarter`).
 *
 * @example
 * const context: RescheduleContext = { layout: 'time', unit: 'month' };
 */
export type RescheduleContext = Omit<TimelineMove, 'steps'>;

/**
 * Picks an initiative up at zero steps, by keyboard or (with `pointer`) under a pointer that has
 * not moved yet.
 *
 * @example
 * rescheduleStart('init-onboarding'); // { initiativeId: 'init-onboarding', steps: 0 }
 * rescheduleStart('init-onboarding', { id: 1, x0: 420, stepPx: 96 }); // a press, not yet a drag
 */
export function rescheduleStart(initiativeId: string, pointer?: Omit<ReschedulePointer, 'started'>): RescheduleGesture {
  return pointer ? { initiativeId, steps: 0, pointer: { ...pointer, started: false } } : { initiativeId, steps: 0 };
}

/**
 * A keyboard step (`by`: +1 later, -1 earlier) for `initiativeId`, building on `gesture` when it
 * moves the same initiative and starting afresh otherwise (a step on another bar leaves the first
 * one where it was).
 *
 * @example
 * let gesture = rescheduleStep(null, 'init-a', 1); // steps 1
 * gesture = rescheduleStep(gesture, 'init-a', 1); // steps 2
 * rescheduleStep(gesture, 'init-b', -1); // init-b, steps -1
 */
export function rescheduleStep(gesture: RescheduleGesture | null, initiativeId: string, by: number): RescheduleGesture {
  const from = gesture?.initiativeId === initiativeId ? gesture.steps : 0;
  return { initiativeId, steps: from + Math.trunc(by) };
}

/**
 * Steps for a pointer `dx` pixels along the time axis from where it went down: none until it has
 * travelled past the drag threshold, then the nearest whole number of `stepPx`. Right to left,
 * moving left is later.
 *
 * @example
 * pointerSteps(3, { stepPx: 96, started: false }); // { steps: 0, started: false }: still a press
 * pointerSteps(150, { stepPx: 96, started: false }); // { steps: 2, started: true }
 * pointerSteps(150, { stepPx: 96, started: true, dir: 'rtl' }); // { steps: -2, started: true }
 */
export function pointerSteps(
  dx: number,
  options: { readonly stepPx: number; readonly started: boolean; readonly dir?: 'ltr' | 'rtl' | undefined },
): { steps: number; started: boolean } {
  const along = options.dir === 'rtl' ? -dx : dx;
  const started = options.started || Math.abs(along) > RESCHEDULE_DRAG_THRESHOLD;
  const steps = started && options.stepPx > 0 && Number.isFinite(along) ? Math.round(along / options.stepPx) : 0;
  // -0 and 0 read the same to a host; keep one.
  return { steps: steps === 0 ? 0 : steps, started };
}

/**
 * The gesture after its pointer moved to `clientX`; the same object when neither the steps nor
 * the drag's start changed (so a view can skip a render), and unchanged for a gesture without a
 * pointer or another pointer's move.
 *
 * @example
 * const pressed = rescheduleStart('init-a', { id: 1, x0: 400, stepPx: 100 });
 * reschedulePointerMove(pressed, { pointerId: 1, clientX: 610 }); // steps 2, started
 */
export function reschedulePointerMove(
  gesture: RescheduleGesture,
  event: { readonly pointerId: number; readonly clientX: number },
  dir?: 'ltr' | 'rtl',
): RescheduleGesture {
  const pointer = gesture.pointer;
  if (!pointer || pointer.id !== event.pointerId) return gesture;
  const { steps, started } = pointerSteps(event.clientX - pointer.x0, {
    stepPx: pointer.stepPx,
    started: pointer.started,
    dir,
  });
  if (steps === gesture.steps && started === pointer.started) return gesture;
  return { ...gesture, steps, pointer: { ...pointer, started } };
}

/**
 * Where the gesture would put the initiative, for drawing and announcing it before it is
 * committed: `rescheduleTarget` for its steps. `null` when it moves nothing (zero steps, an edge
 * reached, an initiative with nowhere to go).
 *
 * @example
 * const preview = reschedulePreview(plan, { initiativeId: 'init-a', steps: 1 }, { layout: 'time', unit: 'month' });
 * preview?.start; // a month later than the initiative's start
 */
export function reschedulePreview(
  plan: Plan,
  gesture: RescheduleGesture,
  context: RescheduleContext,
): RescheduleTarget | null {
  return rescheduleTarget(plan, gesture.initiativeId, { ...context, steps: gesture.steps });
}

/**
 * A committed gesture: the one change to hand the host, the plan it leads to, and where the initiative landed.
 *
 * @example
 * const { change, plan: next } = rescheduleCommit(plan, gesture, context) ?? {};
 */
export interface RescheduleCommit {
  readonly change: Extract<Change, { type: 'reschedule' }>;
  readonly plan: Plan;
  readonly target: RescheduleTarget;
}

/**
 * Ends the gesture with its change: the `reschedule` change `applyChange` accepts and the plan it
 * leads to, or `null` when the gesture moves nothing or the plan would refuse it (the host is then
 * told nothing). A commit is always a change the plan accepts.
 *
 * @example
 * const done = rescheduleCommit(plan, gesture, { layout: 'time', unit: 'month' });
 * if (done) onChange(done.change, done.plan);
 */
export function rescheduleCommit(
  plan: Plan,
  gesture: RescheduleGesture,
  context: RescheduleContext,
): RescheduleCommit | null {
  const target = reschedulePreview(plan, gesture, context);
  if (!target) return null;
  const result = applyChange(plan, target.change);
  return result.ok ? { change: target.change, plan: result.plan, target } : null;
}

/**
 * Where an initiative is scheduled in a plan: what a cancelled gesture leaves it at.
 *
 * @example
 * const origin: RescheduleOrigin = { initiativeId: 'init-a', start: '2026-10-01', end: '2026-12-18' };
 */
export interface RescheduleOrigin {
  readonly initiativeId: string;
  readonly start?: string;
  readonly end?: string;
  readonly horizonId?: string;
}

/**
 * Ends the gesture without a change: the initiative's schedule as the plan has it, which is where
 * it is drawn again (a cancelled gesture never reaches the plan). `undefined` for an initiative the
 * plan does not hold.
 *
 * @example
 * rescheduleCancel(plan, gesture); // { initiativeId: 'init-a', start: '2026-10-01', end: '2026-12-18', horizonId: 'h-now' }
 */
export function rescheduleCancel(plan: Plan, gesture: RescheduleGesture): RescheduleOrigin | undefined {
  const initiative = getPlanIndex(plan).initiatives.get(gesture.initiativeId);
  if (!initiative) return undefined;
  return {
    initiativeId: initiative.id,
    ...(initiative.start !== undefined ? { start: initiative.start } : {}),
    ...(initiative.end !== undefined ? { end: initiative.end } : {}),
    ...(initiative.horizonId !== undefined ? { horizonId: initiative.horizonId } : {}),
  };
}

// The timeline's keys start, step, commit and cancel this gesture, so its key navigation is
// exported beside it.
export * from '../views/timelineNavigation.js';
