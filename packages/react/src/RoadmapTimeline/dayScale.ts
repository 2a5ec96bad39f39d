import type { TimelineGeometry } from './geometryTypes.js';

// Time layout: bars and milestones are placed in days from an origin no zoom moves, and the
// canvas's custom properties turn days into pixels. A zoom then changes two properties on the
// canvas, not the props of every bar and milestone.

/** The canvas's custom properties that place a day on the time axis (time layout): set once per zoom. */
export function dayScaleStyle(g: TimelineGeometry): Record<string, string> | undefined {
  if (g.pxPerDay === undefined || g.originX === undefined) return undefined;
  return { '--tl-origin-x': `${g.originX}px`, '--tl-px-per-day': `${g.pxPerDay}px` };
}

/**
 * An inline position `day` days after the origin, plus `offset` pixels, read off the canvas's
 * custom properties: the same string at every zoom, so a memoised part keeps its props.
 */
export const dayInset = (day: number, offset: number): string =>
  `calc(var(--tl-origin-x) + ${day} * var(--tl-px-per-day) + ${offset}px)`;

/** The inline width of `days` days (at least 6 pixels, as `spanOf` gives). */
export const daysWidth = (days: number): string => `max(6px, ${days} * var(--tl-px-per-day))`;
