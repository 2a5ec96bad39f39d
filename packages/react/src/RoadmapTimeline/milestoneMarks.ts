import type { TimelineView } from '@throughline/core';
import { stackRows } from '@throughline/core/internal';
import type { TimelineColumn, TimelineMilestoneMark } from './geometryTypes.js';

// Where the milestone band puts each milestone: stacked into label rows so that close dates never
// print over each other (time layout), or listed down their horizon's column (horizons layout).

/** The height of one row of the milestone band: a 24 px target and 2 px between rows (WCAG 2.5.8). */
export const MILESTONE_ROW = 26;
/** At most this many rows of milestones; the last holds markers whose labels found no room. */
export const MILESTONE_ROWS_MAX = 4;

/** A rough label width: the export and the layout only need it to keep labels apart. */
export const labelWidth = (text: string) => 28 + text.length * 6.6;

/**
 * The marks and the rows they take on the time axis. Labels are stacked in days, as if a day took
 * `leastPxPerDay` pixels (the fewest any zoom gives it): a label clear of its neighbours there is
 * clear at every zoom, so a zoom moves the marks without restacking (or re-rendering) them.
 */
export function milestonesOnTime(
  view: TimelineView,
  xOf: (date: string) => number,
  dayOf: (date: string) => number,
  leastPxPerDay: number,
): { milestones: TimelineMilestoneMark[]; milestoneRows: number } {
  const days = view.milestones.map((m) => dayOf(m.date));
  const spans = view.milestones.map((m, i) => {
    const day = days[i] ?? 0;
    return { start: day - 8 / leastPxPerDay, end: day + labelWidth(m.title) / leastPxPerDay };
  });
  const stacked = stackRows(spans);
  const overflow = stacked.count > MILESTONE_ROWS_MAX;
  const milestones = view.milestones.map((m, i) => {
    const row = stacked.rows[i] ?? 0;
    const labelled = !overflow || row < MILESTONE_ROWS_MAX - 1;
    return { id: m.id, x: xOf(m.date), day: days[i], row: labelled ? row : MILESTONE_ROWS_MAX - 1, labelled };
  });
  return { milestones, milestoneRows: Math.min(stacked.count, MILESTONE_ROWS_MAX) };
}

/** The marks in the horizons layout: each in the column of the first horizon ending on or after it. */
export function milestonesInColumns(
  view: TimelineView,
  columns: readonly TimelineColumn[],
): { milestones: TimelineMilestoneMark[]; milestoneRows: number } {
  const columnOf = view.milestones.map((m) => {
    const column = view.horizons.findIndex((h) => h.end !== undefined && m.date <= h.end);
    return column < 0 ? Math.max(0, view.horizons.length - 1) : column;
  });
  const total = new Map<number, number>();
  for (const column of columnOf) total.set(column, (total.get(column) ?? 0) + 1);
  const seen = new Map<number, number>();
  const milestones = view.milestones.map((m, i) => {
    const column = columnOf[i] ?? 0;
    const row = seen.get(column) ?? 0;
    seen.set(column, row + 1);
    const x = (columns[column]?.x ?? 0) + 14;
    // A column lists as many as the band holds; the rest are markers side by side on its last row.
    const labelled = (total.get(column) ?? 0) <= MILESTONE_ROWS_MAX || row < MILESTONE_ROWS_MAX - 1;
    return labelled
      ? { id: m.id, x, row, labelled, column }
      : { id: m.id, x: x + (row - MILESTONE_ROWS_MAX + 1) * 18, row: MILESTONE_ROWS_MAX - 1, labelled, column };
  });
  return { milestones, milestoneRows: Math.min(MILESTONE_ROWS_MAX, Math.max(0, ...total.values())) };
}
