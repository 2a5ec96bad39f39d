import { getPlanIndex } from '../model/planIndex.js';
import type { Feature, Goal, Initiative, Item, Plan, Theme } from '../model/types.js';
import { ownInitiative } from './ownInitiative.js';

/** How far an item's work reaches up the plan. */
export type TraceStatus = 'reaches-goal' | 'reaches-initiative' | 'orphan';

/**
 * `direct`: the item (or, for a goal, the initiative) names it itself.
 * `inherited`: it comes from an ancestor item (or, for a goal, from the initiative's theme).
 */
export type TraceLinkKind = 'direct' | 'inherited';

/** The initiative an item's trace reaches, how (direct or inherited), and through which item and feature. */
export interface TracedInitiative {
  readonly initiative: Initiative;
  readonly link: TraceLinkKind;
  /** The item in the chain that carries the link: the item itself when `direct`. */
  readonly viaItemId: string;
  /** When the link goes through a feature (`featureId`), that feature. */
  readonly feature?: Feature;
}

/** A goal an item's trace reaches, through its initiative (direct) or that initiative's theme (inherited). */
export interface TracedGoal {
  readonly goal: Goal;
  /** `direct` when the initiative lists the goal; `inherited` when only its theme does. */
  readonly link: TraceLinkKind;
}

/** One item's path to strategy: task → story → epic → initiative → theme → goals. */
export interface ItemTrace {
  readonly item: Item;
  readonly status: TraceStatus;
  /** Parent, grandparent… up to the top of the item's hierarchy. */
  readonly ancestors: readonly Item[];
  readonly initiative?: TracedInitiative;
  readonly theme?: Theme;
  readonly goals: readonly TracedGoal[];
}

/**
 * Resolves an item's chain to the roadmap. The nearest initiative wins: the item's own
 * `initiativeId`, else its feature's initiative, else the nearest ancestor's. Goals are the
 * initiative's own `goalIds` (direct) and its theme's (inherited), each once.
 * Returns `undefined` for an id that is not an item of the plan.
 *
 * @example
 * const trace = traceItem(plan, 'TASK-40');
 * trace?.status; // 'reaches-goal'
 * trace?.initiative?.link; // 'inherited' (from its epic)
 */
export function traceItem(plan: Plan, itemId: string): ItemTrace | undefined {
  const index = getPlanIndex(plan);
  const item = index.items.get(itemId);
  if (!item) return undefined;

  const ancestors: Item[] = [];
  for (let parentId = item.parentId; parentId !== undefined; ) {
    const parent = index.items.get(parentId);
    if (!parent) break;
    ancestors.push(parent);
    parentId = parent.parentId;
  }

  let initiative: TracedInitiative | undefined;
  for (const [depth, holder] of [item, ...ancestors].entries()) {
    const own = ownInitiative(holder, index);
    if (own) {
      initiative = { ...own, link: depth === 0 ? 'direct' : 'inherited', viaItemId: holder.id };
      break;
    }
  }
  if (!initiative) return { item, status: 'orphan', ancestors, goals: [] };

  const theme =
    initiative.initiative.themeId === undefined ? undefined : index.themes.get(initiative.initiative.themeId);
  const goals: TracedGoal[] = [];
  const seen = new Set<string>();
  for (const [goalIds, link] of [
    [initiative.initiative.goalIds, 'direct'],
    [theme?.goalIds ?? [], 'inherited'],
  ] as const) {
    for (const goalId of goalIds) {
      const goal = index.goals.get(goalId);
      if (!goal || seen.has(goalId)) continue;
      seen.add(goalId);
      goals.push({ goal, link });
    }
  }
  const status: TraceStatus = goals.length > 0 ? 'reaches-goal' : 'reaches-initiative';
  return theme ? { item, status, ancestors, initiative, theme, goals } : { item, status, ancestors, initiative, goals };
}
