'use client';
import {
  type Plan,
  type PriorityMatrixOptions,
  type PriorityMatrixView,
  type PriorityOptions,
  type PriorityReport,
  priorityMatrixView,
} from '@throughline/core';
import { perPlan } from '@throughline/core/internal';
import { useMemo } from 'react';
import { usePriorities } from '../shared/usePriorities.js';

// The chart's view-model depends on the plan, the report and the view's options alone; plans are
// immutable, so it is kept per plan and options, as the report is (`usePriorities`), and a remount
// of the chart, or a second chart of the same plan, draws without working it out again.
const views = perPlan(
  (plan, report: PriorityReport, options: PriorityMatrixOptions) => priorityMatrixView(plan, report, options),
  (report, options) => JSON.stringify([report.options, options]),
);

/**
 * The report and the view-model the chart draws: `scorePriorities` over the chosen entities only
 * (the report shared with every view of the same plan and options), then `priorityMatrixView`,
 * each computed once per plan and options.
 *
 * @example
 * const { report, view } = usePriorityView(plan, { framework: 'rice' }, { entities: 'items', colorBy: 'goal' });
 */
export function usePriorityView(
  plan: Plan,
  options: PriorityOptions,
  viewOptions: PriorityMatrixOptions,
): { readonly report: PriorityReport; readonly view: PriorityMatrixView } {
  const scored = usePriorities(plan, { ...options, scope: viewOptions.entities ?? 'items' });
  // usePriorities gives a report whenever it is given options.
  const report = scored as PriorityReport;
  const key = JSON.stringify(viewOptions);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the view options' contents
  const view = useMemo(() => views(plan, report, viewOptions), [plan, report, key]);
  return { report, view };
}
