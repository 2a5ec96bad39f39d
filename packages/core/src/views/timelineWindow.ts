import { addDays } from '../model/calendar.js';
import type { IsoDate } from '../model/types.js';
import type { TimelineBar, TimelineView } from './timelineTypes.js';

/** Why the time axis opens where it does. */
export type TimelineOpeningReason =
  /** Work runs around today: the reader starts from now. */
  | 'today'
  /** All the work ended before today: the latest of it. */
  | 'past'
  /** All the work starts after today: the first of it. */
  | 'future'
  /** Work lies on both sides of today but none near it: the next work to start. */
  | 'next'
  /** Nothing is drawn on the time axis. */
  | 'empty';

/** Where `initialWindow` opens the time axis: scroll so `start` is the first date on screen. */
export interface TimelineOpening {
  /** The date at the start of the first screen, when `focus` is not on the screen that opens at the axis' start. */
  readonly start: IsoDate;
  /** The date the first screen must show. */
  readonly focus: IsoDate;
  /** Why it opens there: on today, or on which work instead. */
  readonly reason: TimelineOpeningReason;
}

/** What `initialWindow` needs to know about the screen: today, and how much of the axis one screen shows. */
export interface TimelineWindowOptions {
  /** Today, `YYYY-MM-DD`. */
  readonly today: IsoDate;
  /** How many days one screen of the time axis shows. */
  readonly days: number;
  /** Days of context kept before the focus (a column, say), at most half a screen. Default 0. */
  readonly lead?: number;
}

/** The bars drawn on the time axis: those with a span. */
function* spans(view: TimelineView): Generator<TimelineBar & { start: IsoDate; end: IsoDate }> {
  for (const lane of view.lanes)
    for (const bar of lane.bars)
      if (bar.start !== undefined && bar.end !== undefined) yield bar as TimelineBar & { start: IsoDate; end: IsoDate };
}

/**
 * Where the time axis opens, so the first screen shows work rather than an empty stretch: on
 * today when some work falls on the screen that opens there; else, when every bar ended before
 * today, on the latest work (the screen ends just after it, or starts with the work when it all
 * fits); when every bar starts after today, on the first of it; when work lies on both sides of
 * today with none near it, on the next work to start. Milestones alone do not count as work.
 *
 * @example
 * const opening = initialWindow(timelineView(plan), { today: '2026-11-25', days: 365, lead: 30 });
 * scroller.scrollLeft = geometry.xOf(opening.start);
 */
export function initialWindow(view: TimelineView, options: TimelineWindowOptions): TimelineOpening {
  const { today } = options;
  const days = Math.max(1, Math.round(options.days));
  // The lead never takes more than half the screen: the focus stays on it.
  const lead = Math.min(Math.floor(days / 2), Math.max(0, Math.round(options.lead ?? 0)));
  const onToday = { start: addDays(today, -lead), focus: today };
  const screenEnd = addDays(onToday.start, days);
  let first: IsoDate | undefined;
  let last: IsoDate | undefined;
  let next: IsoDate | undefined;
  for (const bar of spans(view)) {
    if (bar.start <= screenEnd && bar.end >= onToday.start) return { ...onToday, reason: 'today' };
    if (first === undefined || bar.start < first) first = bar.start;
    if (last === undefined || bar.end > last) last = bar.end;
    if (bar.start > today && (next === undefined || bar.start < next)) next = bar.start;
  }
  if (first === undefined || last === undefined) return { ...onToday, reason: 'empty' };
  if (last < today) {
    const fromEnd = addDays(last, lead - days);
    const fromFirst = addDays(first, -lead);
    return { start: fromEnd > fromFirst ? fromEnd : fromFirst, focus: last, reason: 'past' };
  }
  const reason = first > today ? 'future' : 'next';
  const focus = (reason === 'future' ? first : next) ?? first;
  return { start: addDays(focus, -lead), focus, reason };
}

/** Work on one side of the visible span: how many bars, and the one nearest to it. */
export interface TimelineWorkAside {
  readonly count: number;
  readonly nearest?: TimelineBar;
}

/**
 * The bars wholly before and wholly after a span of dates (the visible part of the time axis),
 * with the nearest of each: what an "earlier work" or "later work" control counts and scrolls to.
 * A bar partly in the span counts as visible. `include` leaves bars out (those not drawn).
 *
 * @example
 * const { before, after } = workOutside(view, { start: '2026-10-01', end: '2027-03-31' });
 * before.count; // bars that ended before October
 */
export function workOutside(
  view: TimelineView,
  span: { readonly start: IsoDate; readonly end: IsoDate },
  include: (bar: TimelineBar) => boolean = () => true,
): { before: TimelineWorkAside; after: TimelineWorkAside } {
  let before = 0;
  let after = 0;
  let latest: (TimelineBar & { end: IsoDate }) | undefined;
  let earliest: (TimelineBar & { start: IsoDate }) | undefined;
  for (const bar of spans(view)) {
    if (!include(bar)) continue;
    if (bar.end < span.start) {
      before++;
      if (!latest || bar.end > latest.end) latest = bar;
    } else if (bar.start > span.end) {
      after++;
      if (!earliest || bar.start < earliest.start) earliest = bar;
    }
  }
  return {
    before: latest ? { count: before, nearest: latest } : { count: 0 },
    after: earliest ? { count: after, nearest: earliest } : { count: 0 },
  };
}
