import { getPlanIndex } from '../model/planIndex.js';
import type { Item, Plan } from '../model/types.js';
import { getItemTraces } from '../trace/itemTraces.js';
import { getItemReadiness } from './readiness.js';
import type { InitiativeReport } from './types.js';

/** The backlog work behind one initiative: items reaching it, their estimate, how much is done and ready. */
export type InitiativeWork = Pick<InitiativeReport, 'itemCount' | 'estimateSum' | 'doneShare' | 'readyShare'>;

// Each initiative's work depends on the plan alone: summed once per plan, not per report.
const workCache = new WeakMap<Plan, Map<string, InitiativeWork>>();

export function getInitiativeWork(plan: Plan): Map<string, InitiativeWork> {
  const cached = workCache.get(plan);
  if (cached) return cached;
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
  workCache.set(plan, work);
  return work;
}
