import {
  type Plan,
  type PriorityMatrixOptions,
  type PriorityMatrixView,
  type PriorityOptions,
  type PriorityReport,
  priorityMatrixView,
  scorePriorities,
} from '@throughline/core';
import { perPlan } from '@throughline/core/internal';

// A report and the chart's view-model depend on the plan and the options alone; plans are
// immutable, so each is kept per plan and options and shared by every remount of the chart (and
// every chart of the same plan). Scoring two thousand items costs more than drawing them.
const reports = perPlan(
  (plan, options: PriorityOptions) => scorePriorities(plan, options),
  (options) => JSON.stringify(options),
);
const views = perPlan(
  (plan, report: PriorityReport, options: PriorityMatrixOptions) => priorityMatrixView(plan, report, options),
  (report, options) => JSON.stringify([report.options, options]),
);

/**
 * The report and the view-model the chart draws for a plan: `scorePriorities` over the chosen
 * entities only, then `priorityMatrixView`, each computed once per plan and options.
 *
 * @example
 * const { report, view } = priorityChartData(plan, { framework: 'rice' }, { entities: 'items' });
 */
export function priorityChartData(
  plan: Plan,
  options: PriorityOptions,
  viewOptions: PriorityMatrixOptions,
): { readonly report: PriorityReport; readonly view: PriorityMatrixView } {
  const report = reports(plan, { ...options, scope: viewOptions.entities ?? 'items' });
  return { report, view: views(plan, report, viewOptions) };
}
