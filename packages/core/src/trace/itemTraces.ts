import { perPlan } from '../cache/perPlan.js';
import { getPlanIndex } from '../model/planIndex.js';
import type { Item, Plan } from '../model/types.js';
import { ownInitiative } from './ownInitiative.js';
import type { TraceStatus } from './traceItem.js';

/**
 * Every item's trace in compact form, by position in `plan.items`: the initiative it reaches,
 * whether that link is the item's own, the goals reached, and the status. Same rules as
 * `traceItem` (nearest initiative wins: own `initiativeId`, own feature's initiative, nearest
 * ancestor's; goals from the initiative and its theme), computed for all items at once.
 */
export interface ItemTraces {
  readonly initiativeId: readonly (string | undefined)[];
  /** True when the item names the initiative itself (or through its own feature). */
  readonly direct: readonly boolean[];
  readonly goalIds: readonly (readonly string[])[];
  readonly status: readonly TraceStatus[];
  /** Goals each initiative serves: its own `goalIds`, then its theme's, each once. */
  readonly goalsOfInitiative: ReadonlyMap<string, readonly string[]>;
  /** Ids of the items that reach each initiative, directly or inherited, in `plan.items` order. */
  readonly itemsOfInitiative: ReadonlyMap<string, readonly string[]>;
  /** Ids of the items that reach each goal, in `plan.items` order. */
  readonly itemsOfGoal: ReadonlyMap<string, readonly string[]>;
}

const NO_GOALS: readonly string[] = [];

// Views and the scorer all need every item's trace for the same plan; plans are immutable, so the
// traces are computed once per plan and dropped with it.
/**
 * All items' traces, in linear time, cached for the plan's lifetime.
 *
 * @example
 * const { status } = getItemTraces(plan);
 * plan.items.filter((_, p) => status[p] === 'orphan');
 */
export const getItemTraces: (plan: Plan) => ItemTraces = perPlan(traceAll);

function traceAll(plan: Plan): ItemTraces {
  const index = getPlanIndex(plan);
  const { itemPosition } = index;
  const count = plan.items.length;

  const goalsOfInitiative = new Map<string, readonly string[]>();
  for (const initiative of plan.initiatives) {
    const theme = initiative.themeId === undefined ? undefined : index.themes.get(initiative.themeId);
    const goals = [...new Set([...initiative.goalIds, ...(theme?.goalIds ?? [])])].filter((g) => index.goals.has(g));
    goalsOfInitiative.set(initiative.id, goals);
  }

  // The initiative an item names itself, directly or through its feature.
  const own: (string | undefined)[] = new Array(count);
  for (let p = 0; p < count; p++) {
    own[p] = ownInitiative(plan.items[p] as Item, index)?.initiative.id;
  }

  // The initiative each item reaches, memoised up the parent chains (null: none).
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

  const initiativeId: (string | undefined)[] = new Array(count);
  const direct: boolean[] = new Array(count);
  const goalIds: (readonly string[])[] = new Array(count);
  const status: TraceStatus[] = new Array(count);
  const itemsOfInitiative = new Map<string, string[]>();
  const itemsOfGoal = new Map<string, string[]>();
  for (let p = 0; p < count; p++) {
    const target = reached[p] ?? undefined;
    const goals = target === undefined ? NO_GOALS : (goalsOfInitiative.get(target) ?? NO_GOALS);
    initiativeId[p] = target;
    direct[p] = own[p] !== undefined;
    goalIds[p] = goals;
    status[p] = target === undefined ? 'orphan' : goals.length > 0 ? 'reaches-goal' : 'reaches-initiative';
    if (target === undefined) continue;
    const id = (plan.items[p] as Item).id;
    const list = itemsOfInitiative.get(target);
    if (list) list.push(id);
    else itemsOfInitiative.set(target, [id]);
    for (const goal of goals) {
      const ofGoal = itemsOfGoal.get(goal);
      if (ofGoal) ofGoal.push(id);
      else itemsOfGoal.set(goal, [id]);
    }
  }
  return { initiativeId, direct, goalIds, status, goalsOfInitiative, itemsOfInitiative, itemsOfGoal };
}
