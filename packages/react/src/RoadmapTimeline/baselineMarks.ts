import type { BaselineSpan, BaselineView, SpanAt, TimelineView } from '@throughline/core';
import type { TimelineGeometry } from './geometryTypes.js';

// What a timeline draws against a baseline, in the geometry's pixels: read off the ready
// `BaselineView` (never computed from the two plans here), so a timeline that is not compared
// carries no diff.

/** How an initiative's bar stands against the baseline: `data-baseline` on the bar. */
export type BarBaselineState = 'slipped' | 'pulled-in' | 'added' | 'unchanged';

/** One bar against the baseline. Positions run from the inline start of the time area, as the geometry's do. */
export interface BarBaseline {
  readonly state: BarBaselineState;
  /** Days its end (else its start) moved: positive later, negative earlier; absent for a move of horizon only. */
  readonly days?: number;
  /** Time layout: where the baseline's dates lie on the axis, when they differ from today's. */
  readonly ghost?: { readonly x: number; readonly width: number };
  /** From the ghost's end to today's end (their starts when the ends agree): the slip arrow. */
  readonly arrow?: { readonly from: number; readonly to: number };
  /** The title of the horizon it sat in, when that changed and the bar is placed by its horizon. */
  readonly wasHorizon?: string;
}

/** An initiative the baseline had and today's plan has not. */
export interface RemovedInitiative {
  readonly id: string;
  readonly title: string;
  readonly before: SpanAt;
}

const STATE: Record<BaselineSpan['direction'], BarBaselineState> = {
  later: 'slipped',
  earlier: 'pulled-in',
  unchanged: 'unchanged',
};

const datesOf = (span: SpanAt | undefined) =>
  span?.start !== undefined && span.end !== undefined ? { start: span.start, end: span.end } : undefined;

/**
 * Each initiative bar's standing against the baseline: slipped, pulled in, added or unchanged, by
 * how many days, and (time layout) the ghost of its baseline dates with the arrow from the
 * ghost's end to today's end; for a bar placed by its horizon, the horizon it left.
 *
 * @example
 * const marks = barBaselines(view, geometry, baseline);
 * marks.get('init-onboarding'); // { state: 'slipped', days: 21, ghost: { x, width }, arrow: { from, to } }
 */
export function barBaselines(
  view: TimelineView,
  geometry: TimelineGeometry,
  baseline: Pick<BaselineView, 'span' | 'before'>,
): ReadonlyMap<string, BarBaseline> {
  const horizons = new Map(baseline.before.horizons.map((h) => [h.id, h.title]));
  const marks = new Map<string, BarBaseline>();
  for (const lane of view.lanes) {
    for (const bar of lane.bars) {
      if (bar.kind !== 'initiative') continue;
      const span = baseline.span(bar.id);
      if (!span) continue;
      const state = span.presence === 'added' ? 'added' : STATE[span.direction];
      const box = geometry.boxes.get(bar.id);
      const then = datesOf(span.before);
      const now = datesOf(span.now);
      const moved = then && now && (then.start !== now.start || then.end !== now.end);
      const ghost = view.layout === 'time' && box && then && moved ? geometry.spanOf(then) : undefined;
      const placedByHorizon = view.layout === 'horizons' || !bar.dated;
      const left = span.before?.horizonId;
      const wasHorizon =
        placedByHorizon && left !== undefined && left !== span.now?.horizonId ? horizons.get(left) : undefined;
      marks.set(bar.id, {
        state,
        ...(span.slipDays !== undefined ? { days: span.slipDays } : {}),
        ...(ghost && box ? { ghost, arrow: slipArrow(ghost, box, then?.end === now?.end) } : {}),
        ...(wasHorizon !== undefined ? { wasHorizon } : {}),
      });
    }
  }
  return marks;
}

/**
 * The slip arrow from a ghost to today's bar: end to end, or start to start when the ends agree.
 *
 * @example
 * slipArrow({ x: 100, width: 50 }, { x: 100, width: 80 }, false); // { from: 150, to: 180 }
 */
export function slipArrow(
  ghost: { readonly x: number; readonly width: number },
  now: { readonly x: number; readonly width: number },
  sameEnd: boolean,
): { from: number; to: number } {
  return sameEnd ? { from: ghost.x, to: now.x } : { from: ghost.x + ghost.width, to: now.x + now.width };
}

/**
 * The initiatives removed since the baseline, in the baseline's order, with where they stood.
 *
 * @example
 * removedInitiatives(baseline.spans); // [{ id: 'init-mobile', title: 'Plan on the go from a phone', before: { horizonId: 'h-next' } }]
 */
export function removedInitiatives(spans: readonly BaselineSpan[]): readonly RemovedInitiative[] {
  const removed: RemovedInitiative[] = [];
  for (const s of spans)
    if (s.presence === 'removed') removed.push({ id: s.initiativeId, title: s.title, before: s.before ?? {} });
  return removed;
}
