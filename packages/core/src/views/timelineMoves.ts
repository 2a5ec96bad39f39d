import type { Change } from '../changes/types.js';
import { addDays, addMonths } from '../model/calendar.js';
import { getPlanIndex } from '../model/planIndex.js';
import type { Horizon, IsoDate, Plan } from '../model/types.js';
import type { TimelineLayout } from './timelineTypes.js';

/** One step of a reschedule gesture on the time axis. */
export type TimelineStep = 'week' | 'month' | 'quarter';

/** A reschedule gesture on the timeline: how far an initiative moves, and in which layout. */
export interface TimelineMove {
  /** The layout the gesture is made in: `time` moves by calendar steps, `horizons` by horizons. */
  readonly layout: TimelineLayout;
  /** Steps later in time (negative: earlier). In the horizons layout a step is one horizon. */
  readonly steps: number;
  /**
   * The size of a step on the time axis. Default `month`. Unused in the horizons layout and for an
   * initiative without dates, which moves by dated horizons.
   */
  readonly unit?: TimelineStep;
}

/** Where a rescheduled initiative lands: its new dates or horizon, for drawing the move before it is committed. */
export interface RescheduleTarget {
  readonly change: Extract<Change, { type: 'reschedule' }>;
  readonly start?: IsoDate;
  readonly end?: IsoDate;
  readonly horizon?: Horizon;
}

const shift = (date: IsoDate, steps: number, unit: TimelineStep): IsoDate =>
  unit === 'week' ? addDays(date, steps * 7) : addMonths(date, steps * (unit === 'quarter' ? 3 : 1));

/**
 * The `reschedule` change a timeline gesture makes, or `null` when it moves nothing (zero steps,
 * the first or last horizon reached, an initiative with nowhere to go). On the time axis an
 * initiative with dates moves by calendar steps, keeping its length; one without dates is not
 * given any — it moves to the dated horizon `steps` away, as the roadmap keeps it a guide, not
 * a delivery date. In the horizons layout it moves `steps` horizons along.
 *
 * @example
 * const target = rescheduleTarget(plan, 'init-onboarding', { layout: 'time', steps: 1, unit: 'quarter' });
 * if (target) onChange(target.change);
 */
export function rescheduleTarget(plan: Plan, initiativeId: string, move: TimelineMove): RescheduleTarget | null {
  const index = getPlanIndex(plan);
  const initiative = index.initiatives.get(initiativeId);
  if (!initiative || move.steps === 0 || !Number.isFinite(move.steps)) return null;
  const steps = Math.trunc(move.steps);
  if (steps === 0) return null;

  const alongHorizons = (horizons: readonly Horizon[]): RescheduleTarget | null => {
    const from = horizons.findIndex((h) => h.id === initiative.horizonId);
    if (from < 0) return null;
    const to = Math.max(0, Math.min(horizons.length - 1, from + steps));
    const horizon = horizons[to] as Horizon;
    if (to === from) return null;
    return {
      change: { type: 'reschedule', initiativeId, horizonId: horizon.id },
      ...(horizon.start !== undefined ? { start: horizon.start } : {}),
      ...(horizon.end !== undefined ? { end: horizon.end } : {}),
      horizon,
    };
  };

  if (move.layout === 'horizons') return alongHorizons(index.horizonsInOrder);
  if (initiative.start !== undefined && initiative.end !== undefined) {
    const unit = move.unit ?? 'month';
    const start = shift(initiative.start, steps, unit);
    const end = shift(initiative.end, steps, unit);
    return { change: { type: 'reschedule', initiativeId, start, end }, start, end };
  }
  return alongHorizons(index.horizonsInOrder.filter((h) => h.start !== undefined && h.end !== undefined));
}
