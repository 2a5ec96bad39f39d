import { perPlan } from '../cache/perPlan.js';
import { addDays, daysBetween } from '../model/calendar.js';
import { getPlanIndex } from '../model/planIndex.js';
import type { Backlog, Horizon, Initiative, Item, Plan } from '../model/types.js';
import type { SuspectLink } from '../suspect/suspect.types.js';
import { getItemTraces } from '../trace/itemTraces.js';
import { getInitiativeWork } from './initiativeWork.js';
import { getItemReadiness } from './readiness.js';
import { isContextFree, isStale } from './signals.js';
import type { InitiativeReport, ItemReport, Readiness, ScoreContext } from './types.js';

/**
 * Computes, in time linear in the plan, everything the sub-scores and rules read: each item's
 * trace and readiness, each initiative's work, each goal's initiatives. Traces and readiness come
 * from per-plan caches shared with the views; what depends on options (ranks, the current horizon)
 * is computed here. Per-item data lives in arrays by position in `plan.items`: on large plans,
 * arrays cost far less than a map per fact.
 */
export function buildContext(
  plan: Plan,
  today: string,
  productBacklogId?: string,
  currentHorizonId?: string,
  suspects: readonly SuspectLink[] = [],
): ScoreContext {
  const index = getPlanIndex(plan);
  const { itemPosition } = index;

  const productBacklog: Backlog | undefined =
    productBacklogId !== undefined
      ? index.backlogs.get(productBacklogId)
      : plan.backlogs.find((b) => b.kind === 'product');
  const currentHorizon: Horizon | undefined =
    currentHorizonId !== undefined
      ? index.horizons.get(currentHorizonId)
      : (index.horizonsInOrder.find(
          (h) => h.start !== undefined && h.end !== undefined && h.start <= today && today <= h.end,
        ) ?? index.horizonsInOrder.find((h) => h.kind === 'now'));

  const traces = getItemTraces(plan);
  const initiativesOfGoal = new Map<string, string[]>();
  for (const initiative of plan.initiatives) {
    if (initiative.status === 'dropped') continue;
    for (const goal of traces.goalsOfInitiative.get(initiative.id) ?? []) {
      const list = initiativesOfGoal.get(goal);
      if (list) list.push(initiative.id);
      else initiativesOfGoal.set(goal, [initiative.id]);
    }
  }

  const { reports, productItems, productReports } = itemReports(plan, productBacklog);
  const { itemsOfInitiative } = traces;
  const items = {
    get: (id: string) => {
      const p = itemPosition.get(id);
      return p === undefined ? undefined : reports[p];
    },
    values: () => reports.values(),
  };

  const work = getInitiativeWork(plan);
  const initiatives = new Map<string, InitiativeReport>();
  for (const initiative of plan.initiatives) {
    const counts = work.get(initiative.id);
    initiatives.set(initiative.id, {
      initiativeId: initiative.id,
      itemCount: counts?.itemCount ?? 0,
      estimateSum: counts?.estimateSum ?? 0,
      doneShare: counts?.doneShare ?? 0,
      readyShare: counts?.readyShare ?? 0,
      inCurrentHorizon: isInHorizon(initiative, currentHorizon, today),
    });
  }

  return {
    plan,
    today,
    ...(productBacklog ? { productBacklog } : {}),
    productItems,
    productReports,
    productHygiene: memoByCutoff(productItems),
    itemsOfGoal: traces.itemsOfGoal,
    ...(currentHorizon ? { currentHorizon } : {}),
    items,
    itemReports: reports,
    initiatives,
    itemsOfInitiative,
    initiativesOfGoal,
    itemById: index.items,
    suspects,
    daysBetween,
    daysAgo: (days) => addDays(today, -days),
  };
}

// Item reports depend on the plan and the ranked backlog only: cached per plan and backlog, so
// re-scoring a plan (other options, another day) does not rebuild one object per item.
interface Reports {
  readonly reports: ItemReport[];
  /** The product backlog's items and their reports, in rank order (index = rank). */
  readonly productItems: Item[];
  readonly productReports: ItemReport[];
}

const itemReports = perPlan(buildItemReports, (productBacklog: Backlog | undefined) => productBacklog?.id);

function buildItemReports(plan: Plan, productBacklog: Backlog | undefined): Reports {
  const { itemPosition } = getPlanIndex(plan);
  const traces = getItemTraces(plan);
  const readiness = getItemReadiness(plan);
  const count = plan.items.length;
  const rank: (number | undefined)[] = new Array(count);
  const productItems: Item[] = [];
  if (productBacklog) {
    const ids = productBacklog.itemIds;
    for (let r = 0; r < ids.length; r++) {
      const p = itemPosition.get(ids[r] as string);
      if (p === undefined) continue;
      rank[p] = r;
      productItems.push(plan.items[p] as Item);
    }
  }
  const reports: ItemReport[] = new Array(count);
  for (let p = 0; p < count; p++) {
    const initiativeId = traces.initiativeId[p];
    // Every report has the same keys in the same order (undefined where absent): one object shape.
    reports[p] = {
      itemId: (plan.items[p] as Item).id,
      status: traces.status[p] as ItemReport['status'],
      initiativeId,
      link: initiativeId === undefined ? undefined : traces.direct[p] ? 'direct' : 'inherited',
      goalIds: traces.goalIds[p] as readonly string[],
      readiness: readiness[p] as Readiness,
      rank: rank[p],
    };
  }
  const productReports = productItems.map((item) => reports[itemPosition.get(item.id) as number] as ItemReport);
  return { reports, productItems, productReports };
}

function memoByCutoff(productItems: readonly Item[]) {
  const memo = new Map<string, { stale: boolean[]; contextFree: boolean[]; open: number }>();
  return (cutoff: string) => {
    const cached = memo.get(cutoff);
    if (cached) return cached;
    const stale: boolean[] = new Array(productItems.length);
    const contextFree: boolean[] = new Array(productItems.length);
    let open = 0;
    for (let r = 0; r < productItems.length; r++) {
      const item = productItems[r] as Item;
      const isOpen = item.status !== 'done';
      if (isOpen) open++;
      stale[r] = isStale(item, cutoff);
      contextFree[r] = isOpen && isContextFree(item);
    }
    const result = { stale, contextFree, open };
    memo.set(cutoff, result);
    return result;
  };
}

/** In the current horizon: assigned to it, or, with no horizon, dated across today. */
function isInHorizon(initiative: Initiative, current: Horizon | undefined, today: string): boolean {
  if (initiative.horizonId !== undefined) return initiative.horizonId === current?.id;
  return (
    initiative.start !== undefined &&
    initiative.end !== undefined &&
    initiative.start <= today &&
    today <= initiative.end
  );
}
