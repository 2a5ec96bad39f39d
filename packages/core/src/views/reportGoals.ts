import { getPlanIndex } from '../model/planIndex.js';
import type { Plan } from '../model/types.js';
import type { AlignmentReport } from '../score/types.js';
import type { AlignmentReportEmptyReason, ReportGoal, ReportGoals, ReportRef } from './alignmentReportTypes.js';

/**
 * Where the effort goes against where the goals are: each goal of the report with its share of
 * the product backlog's estimate (the report's `effortShare`) beside the share it should get, its
 * `weight` over the sum of all the goals' weights, where a goal without a weight weighs 1 (so an
 * even share when no goal states one). Also the share of the estimate that reaches no goal, from
 * the report's traces and the plan's estimates. `empty` says why the effort cannot be compared:
 * no goals, no product backlog, an empty one, or nothing in it estimated.
 *
 * @example
 * const { goals, unalignedShare } = reportGoals(report, plan, refResolver(plan));
 * goals.map((g) => `${g.ref.title}: ${g.effortShare} of the effort, ${g.expectedShare} expected`);
 */
export function reportGoals(report: AlignmentReport, plan: Plan, refOf: (id: string) => ReportRef): ReportGoals {
  const index = getPlanIndex(plan);
  const weights = report.goals.map((goal) => index.goals.get(goal.goalId)?.weight);
  const basis = weights.some((weight) => weight !== undefined) ? 'weights' : 'even';
  const totalWeight = weights.reduce<number>((sum, weight) => sum + (weight ?? 1), 0);
  const goals = report.goals.map((goal, at): ReportGoal => {
    const weight = weights[at];
    return {
      ref: refOf(goal.goalId),
      effortShare: goal.effortShare,
      expectedShare: totalWeight === 0 ? 0 : (weight ?? 1) / totalWeight,
      ...(weight === undefined ? {} : { weight }),
      initiativeCount: goal.initiativeIds.length,
      itemCount: goal.itemIds.length,
    };
  });

  let totalEffort = 0;
  let unaligned = 0;
  let entries = 0;
  for (const item of report.items) {
    if (item.rank === undefined) continue;
    entries++;
    const estimate = index.items.get(item.itemId)?.estimate ?? 0;
    totalEffort += estimate;
    if (item.status !== 'reaches-goal') unaligned += estimate;
  }
  const empty: AlignmentReportEmptyReason | null =
    goals.length === 0
      ? 'no-goals'
      : report.productBacklogId === undefined
        ? 'no-product-backlog'
        : entries === 0
          ? 'empty-product-backlog'
          : totalEffort === 0
            ? 'nothing-estimated'
            : null;
  return { goals, basis, unalignedShare: totalEffort === 0 ? 0 : unaligned / totalEffort, totalEffort, empty };
}
