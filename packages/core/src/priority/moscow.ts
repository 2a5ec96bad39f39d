import { getPlanIndex } from '../model/planIndex.js';
import type { Plan } from '../model/types.js';
import { formatNumber as f, formatPercent } from './format.js';
import { explainResult, type Framework, missingInput, NO_PROBLEMS, unscored } from './frameworkScore.js';
import type { MoscowCategory, MoscowCheck } from './priority.types.js';

/** What each MoSCoW category scores when ranking: must 3, should 2, could 1, won't 0. */
export const MOSCOW_SCORES: Readonly<Record<MoscowCategory, number>> = { must: 3, should: 2, could: 1, wont: 0 };

/** DSDM's rule of thumb: "must" takes at most 60% of the effort, leaving room for contingency. */
export const DEFAULT_MUST_SHARE_LIMIT = 0.6;

/**
 * MoSCoW (DSDM) as a score for ranking: must 3, should 2, could 1, won't 0. Chart axes: value =
 * that score, effort = the entity's estimate.
 *
 * @example
 * const result = moscow.score({ moscow: 'should' }, 3, { framework: 'moscow' });
 * result.score; // 2 (value 2, effort 3)
 * moscow.explain(result, { framework: 'moscow' }); // 'MoSCoW should = 2'
 */
export const moscow: Framework = {
  score(priority, estimate) {
    const category = priority?.moscow;
    if (category === undefined) {
      const missing = [missingInput('moscow', 'MoSCoW category')];
      return unscored({ moscow: undefined, estimate }, missing, null, estimate ?? null);
    }
    const score = MOSCOW_SCORES[category];
    return {
      score,
      value: score,
      effort: estimate ?? null,
      inputs: { moscow: category, estimate },
      problems: NO_PROBLEMS,
    };
  },

  explain(result) {
    return explainResult('MoSCoW', result, () => String(result.inputs.moscow), 'effort');
  },
};

/**
 * DSDM's check, per backlog: the share of the backlog's estimated effort marked "must", against
 * `limit`. Items without an estimate are not counted (a "must" among them is named in the message);
 * a backlog with nothing estimated has a share of 0 and passes, and its message says it cannot be
 * measured.
 *
 * @example
 * moscowChecks(plan, 0.6).filter((check) => !check.ok).map((check) => check.message);
 */
export function moscowChecks(plan: Plan, limit: number): MoscowCheck[] {
  const { items } = getPlanIndex(plan);
  return plan.backlogs.map((backlog) => {
    let mustEffort = 0;
    let totalEffort = 0;
    let unestimatedMust = 0;
    for (const id of backlog.itemIds) {
      const item = items.get(id);
      const must = item?.priority?.moscow === 'must';
      if (item?.estimate === undefined) {
        if (must) unestimatedMust++;
        continue;
      }
      totalEffort += item.estimate;
      if (must) mustEffort += item.estimate;
    }
    const mustShare = totalEffort === 0 ? 0 : mustEffort / totalEffort;
    const ok = mustShare <= limit;
    const name = `“${backlog.title}”`;
    const measured =
      totalEffort === 0
        ? `Nothing in ${name} is estimated, so the share of "must" cannot be measured.`
        : `"Must" is ${formatPercent(mustShare)} of the estimated effort in ${name} (${f(mustEffort)} of ${f(totalEffort)}), ${
            ok
              ? `within the ${formatPercent(limit)} limit.`
              : `over the ${formatPercent(limit)} limit: move some "must" items to "should" so the team keeps room for contingency.`
          }`;
    const unestimated =
      unestimatedMust === 0
        ? ''
        : ` ${unestimatedMust} "must" item${unestimatedMust === 1 ? ' has' : 's have'} no estimate and ${unestimatedMust === 1 ? 'is' : 'are'} not counted.`;
    return { backlogId: backlog.id, mustEffort, totalEffort, mustShare, limit, ok, message: measured + unestimated };
  });
}
