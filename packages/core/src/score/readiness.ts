import { perPlan } from '../cache/perPlan.js';
import { getPlanIndex } from '../model/planIndex.js';
import type { Item, Plan } from '../model/types.js';
import type { Readiness } from './types.js';

/**
 * Refinement readiness, from what an item carries:
 * - **ready**: not an epic, and has an estimate (a timebox counts for a spike), at least one
 *   acceptance criterion, and a description. Engineering can estimate, build and test it as written.
 * - **partial**: not ready, but has at least two of: an estimate (or timebox), acceptance criteria,
 *   a description, a place in the hierarchy (a parent, or children for an epic).
 * - **rough**: the rest: an idea with a title.
 *
 * @example
 * itemReadiness({ kind: 'story', estimate: 3, acceptanceCriteria: [{ text: '…', done: false }], description: '…' }, false); // 'ready'
 */
export function itemReadiness(
  item: Pick<Item, 'kind' | 'estimate' | 'timebox' | 'acceptanceCriteria' | 'description' | 'parentId'>,
  hasChildren: boolean,
): Readiness {
  const sized = item.estimate !== undefined || (item.kind === 'spike' && item.timebox !== undefined);
  const criteria = item.acceptanceCriteria.length > 0;
  const described = item.description !== undefined && item.description.trim() !== '';
  if (item.kind !== 'epic' && sized && criteria && described) return 'ready';
  const placed = item.parentId !== undefined || (item.kind === 'epic' && hasChildren);
  const signals = Number(sized) + Number(criteria) + Number(described) + Number(placed);
  return signals >= 2 ? 'partial' : 'rough';
}

// Readiness depends on the plan alone; views and the scorer read it for the same plan, so it is
// computed once per plan and dropped with it.
/**
 * Every item's refinement readiness (see `itemReadiness`), by position in `plan.items`, computed in
 * one pass and cached for the plan's lifetime. Views read it per row; the scorer per backlog.
 *
 * @example
 * const readiness = getItemReadiness(plan);
 * const ready = plan.items.filter((_, position) => readiness[position] === 'ready');
 */
export const getItemReadiness: (plan: Plan) => readonly Readiness[] = perPlan((plan) => {
  const { childrenOf } = getPlanIndex(plan);
  return plan.items.map((item) => itemReadiness(item, childrenOf.has(item.id)));
});
