'use client';
import { type Plan, type PriorityOptions, type PriorityReport, scorePriorities } from '@throughline/core';
import { perPlan } from '@throughline/core/internal';
import { useMemo } from 'react';

// A report depends on the plan and the options alone; plans are immutable, so a report is kept per
// plan and options, and shared by every view (and every remount) that shows the same scores.
const reports = perPlan(
  (plan, options: PriorityOptions) => scorePriorities(plan, options),
  (options) => JSON.stringify(options),
);

/**
 * `scorePriorities`' report for a plan by a framework, or undefined without options: computed once
 * per plan and options (by their contents, so options written inline each render do not score
 * again), and shared by every view showing the same scores. What a host passes to BacklogList's
 * `priority`; score the plan the list is given, so the report follows each change.
 *
 * @example
 * const priority = usePriorities(plan, { framework: 'rice' });
 * <BacklogList plan={plan} priority={priority} onChange={(change, next) => setPlan(next)} />;
 * priority?.items.find((score) => score.ref.id === 'STORY-3')?.score; // 800
 */
export function usePriorities(plan: Plan, options: PriorityOptions | undefined): PriorityReport | undefined {
  const key = options === undefined ? undefined : JSON.stringify(options);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the options' contents
  return useMemo(() => (options === undefined ? undefined : reports(plan, options)), [plan, key]);
}
