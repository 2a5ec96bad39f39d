import { perPlan } from '../cache/perPlan.js';
import { getPlanIndex } from '../model/planIndex.js';
import type { Item, Plan } from '../model/types.js';
import { getItemTraces } from '../trace/itemTraces.js';
import { getItemReadiness } from './readiness.js';
import type { InitiativeReport } from './types.js';

/** The backlog work behind one initiative: items reaching it, their estimate, how much is done and ready. */
export type InitiativeWork = Pick<InitiativeReport, 'itemCount' | 'estimateSum' | 'doneShare' | 'readyShare'>;

// Each initiative's work depends on the plan alone: summed once per plan, not per report.
/**
 * The backlog work behind every initiative that has any, by initiative id: how many items reach it
 * (directly or inherited), their summed estimate, the share done and the share of open items ready.
 * Computed once per plan; the timeline's progress bars and the scorer's coverage read it.
 *
 * @example
 * const work = getInitiativeWork(plan).get('init-onboarding');
 * work?.doneShare; // 0.4
 */
export const getInitiativeWork: (plan: Plan) => ReadonlyMap<string, InitiativeWork> = perPlan((plan) => {
  const { itemPosition } = getPlanIndex(plan);
  const { itemsOfInitiative } = getItemTraces(plan);
  const readiness = getItemReadiness(plan);
  const work = new Map<string, InitiativeWork>();
  for (const [initiativeId, ids] of itemsOfInitiative) {
    let estimateSum = 0;
    let done = 0;
    let open = 0;
    let ready = 0;
    for (const id of ids) {
      const p = itemPosition.get(id) as number;
      const item = plan.items[p] as Item;
      estimateSum += item.estimate ?? 0;
      if (item.status === 'done') done++;
      else {
        open++;
        if (readiness[p] === 'ready') ready++;
      }
    }
    work.set(initiativeId, {
      itemCount: ids.length,
      estimateSum,
      doneShare: ids.length === 0 ? 0 : done / ids.length,
      readyShare: open === 0 ? 0 : ready / open,
    });
  }
  return work;
});
