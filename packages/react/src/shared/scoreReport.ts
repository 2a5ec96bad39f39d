import { type AlignmentReport, isoToday, type Plan, type ScoreOptions, scoreAlignment } from '@throughline/core';
import { perPlan } from '@throughline/core/internal';

/** Today's date in UTC as `YYYY-MM-DD`: what the views score against when the host gives no day. */
export const todayIso = (): string => isoToday();

// A scorer's report depends on the plan, the day and the options alone; plans are immutable, so a
// report is kept per plan and shared by every view (and every remount) that shows its findings.
const reports = perPlan(
  (plan, today: string, options: Omit<ScoreOptions, 'today'> | undefined) =>
    scoreAlignment(plan, { ...options, today }),
  (today, options) => `${today}|${JSON.stringify(options ?? {})}`,
);

/** The scorer's report for a plan on a day, computed once per plan, day and options. */
export function reportFor(plan: Plan, today: string, options?: Omit<ScoreOptions, 'today'>): AlignmentReport {
  return reports(plan, today, options);
}
