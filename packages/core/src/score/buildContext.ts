import { getPlanIndex } from '../model/planIndex.js';
import type { Backlog, Horizon, Initiative, Item, Plan } from '../model/types.js';
import { daysBefore, daysBetween } from './dates.js';
import { itemReadiness } from './readiness.js';
import type { InitiativeReport, ItemReport, ScoreContext } from './types.js';

/**
 * Computes, in time linear in the plan, everything the sub-scores and rules read: each item's
 * trace and readiness, each initiative's work, each goal's initiatives.
 * Per-item data lives in arrays by position in `plan.items` (the index maps ids to positions):
 * on large plans, arrays cost far less than a map per fact. Traces are resolved with a memo up the
 * parent chains, so a shared ancestor is walked once however many descendants it has.
 */
export function buildContext(
  plan: Plan,
  today: string,
  productBacklogId?: string,
  currentHorizonId?: string,
): ScoreContext {
  const index = getPlanIndex(plan);
  const { itemPosition } = index;
  const count = plan.items.length;

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

  // Goals each initiative serves: its own, then its theme's.
  const goalsOf = new Map<string, string[]>();
  const initiativesOfGoal = new Map<string, string[]>();
  for (const initiative of plan.initiatives) {
    const theme = initiative.themeId === undefined ? undefined : index.themes.get(initiative.themeId);
    const goals = [...new Set([...initiative.goalIds, ...(theme?.goalIds ?? [])])].filter((g) => index.goals.has(g));
    goalsOf.set(initiative.id, goals);
    if (initiative.status === 'dropped') continue;
    for (const goal of goals) {
      const list = initiativesOfGoal.get(goal);
      if (list) list.push(initiative.id);
      else initiativesOfGoal.set(goal, [initiative.id]);
    }
  }

  // The initiative an item names itself (directly, or through its feature), by position.
  const own: (string | undefined)[] = new Array(count);
  for (let p = 0; p < count; p++) {
    const item = plan.items[p] as Item;
    if (item.initiativeId !== undefined && index.initiatives.has(item.initiativeId)) own[p] = item.initiativeId;
    else if (item.featureId !== undefined) {
      const target = index.features.get(item.featureId)?.initiativeId;
      if (target !== undefined && index.initiatives.has(target)) own[p] = target;
    }
  }
  // The initiative an item reaches: its own, else its nearest ancestor's. null = none.
  const reached: (string | null | undefined)[] = new Array(count);
  const chain: number[] = [];
  for (let start = 0; start < count; start++) {
    let p: number | undefined = start;
    let found: string | null | undefined;
    while (p !== undefined) {
      found = reached[p];
      if (found !== undefined) break;
      const mine = own[p];
      if (mine !== undefined) {
        found = mine;
        reached[p] = mine;
        break;
      }
      chain.push(p);
      const parentId: string | undefined = (plan.items[p] as Item).parentId;
      p = parentId === undefined ? undefined : itemPosition.get(parentId);
    }
    for (const q of chain) reached[q] = found ?? null;
    chain.length = 0;
  }

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
  const itemsOfInitiative = new Map<string, string[]>();
  for (let p = 0; p < count; p++) {
    const item = plan.items[p] as Item;
    const initiativeId = reached[p] ?? undefined;
    const goalIds = initiativeId === undefined ? [] : (goalsOf.get(initiativeId) ?? []);
    // Every report has the same keys in the same order (undefined where absent): one object shape.
    reports[p] = {
      itemId: item.id,
      status: initiativeId === undefined ? 'orphan' : goalIds.length > 0 ? 'reaches-goal' : 'reaches-initiative',
      initiativeId,
      link: initiativeId === undefined ? undefined : own[p] !== undefined ? 'direct' : 'inherited',
      goalIds,
      readiness: itemReadiness(item, index.childrenOf.has(item.id)),
      rank: rank[p],
    };
    if (initiativeId !== undefined) {
      const list = itemsOfInitiative.get(initiativeId);
      if (list) list.push(item.id);
      else itemsOfInitiative.set(initiativeId, [item.id]);
    }
  }
  const items = {
    get: (id: string) => {
      const p = itemPosition.get(id);
      return p === undefined ? undefined : reports[p];
    },
    values: () => reports.values(),
  };

  const initiatives = new Map<string, InitiativeReport>();
  for (const initiative of plan.initiatives) {
    const ids = itemsOfInitiative.get(initiative.id) ?? [];
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
        if (reports[p]?.readiness === 'ready') ready++;
      }
    }
    initiatives.set(initiative.id, {
      initiativeId: initiative.id,
      itemCount: ids.length,
      estimateSum,
      doneShare: ids.length === 0 ? 0 : done / ids.length,
      readyShare: open === 0 ? 0 : ready / open,
      inCurrentHorizon: isInHorizon(initiative, currentHorizon, today),
    });
  }

  return {
    plan,
    today,
    ...(productBacklog ? { productBacklog } : {}),
    productItems,
    ...(currentHorizon ? { currentHorizon } : {}),
    items,
    itemReports: reports,
    initiatives,
    itemsOfInitiative,
    initiativesOfGoal,
    itemById: index.items,
    daysBetween,
    daysAgo: (days) => daysBefore(today, days),
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
