import { type AlignmentReport, type Plan, type ScoreOptions, scoreAlignment } from '@throughline/core';
import { getOrSet } from './memo.js';

/** Today's date in UTC as `YYYY-MM-DD`: what the views score against when the host gives no day. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

// A scorer's report depends on the plan, the day and the options alone; plans are immutable, so a
// report is kept per plan and shared by every view (and every remount) that shows its findings.
const reports = new WeakMap<Plan, Map<string, AlignmentReport>>();

/** The scorer's report for a plan on a day, computed once per plan, day and options. */
export function reportFor(plan: Plan, today: string, options?: Omit<ScoreOptions, 'today'>): AlignmentReport {
  return getOrSet(
    getOrSet(reports, plan, () => new Map()),
    `${today}|${JSON.stringify(options ?? {})}`,
    () => scoreAlignment(plan, { ...options, today }),
  );
}
