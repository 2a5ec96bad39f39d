import { getPlanIndex } from '../model/planIndex.js';
import type { Goal, Initiative, Item, Plan } from '../model/types.js';
import { getItemTraces } from '../trace/itemTraces.js';
import type { LinkMeaning, LinkRef } from './suspect.types.js';

/**
 * What an initiative → goal link means: the goal's title, metric (name and unit) and target.
 *
 * @example
 * goalMeaning(goal); // { 'goal-title': 'Activation', 'goal-metric': { name: 'Activated', unit: '%' }, 'goal-target': 40 }
 */
export function goalMeaning(goal: Goal): LinkMeaning {
  const { metric } = goal;
  return {
    'goal-title': goal.title,
    'goal-metric': metric
      ? metric.unit === undefined
        ? { name: metric.name }
        : { name: metric.name, unit: metric.unit }
      : null,
    'goal-target': metric?.target ?? null,
  };
}

/**
 * What an initiative means to the items linked to it: the goals it serves (its own and its
 * theme's, sorted), its status and its horizon.
 *
 * @example
 * initiativeMeaning(initiative, ['G1'])['initiative-status']; // 'planned'
 */
export function initiativeMeaning(initiative: Initiative, goalIds: readonly string[]): LinkMeaning {
  return {
    'initiative-goals': [...goalIds].sort(),
    'initiative-status': initiative.status,
    'initiative-horizon': initiative.horizonId ?? null,
  };
}

/**
 * What an item → initiative link means: the initiative's meaning and the item's parent.
 *
 * @example
 * itemLinkMeaning(item, initiative, ['G1'])['item-parent']; // 'EPIC-1'
 */
export function itemLinkMeaning(item: Item, initiative: Initiative, goalIds: readonly string[]): LinkMeaning {
  return { ...initiativeMeaning(initiative, goalIds), 'item-parent': item.parentId ?? null };
}

/**
 * The link's meaning in `plan`, or `undefined` when the plan has no such link: an item links to the
 * initiative it traces to (its own or inherited); an initiative to the goals it serves (its own
 * `goalIds` and its theme's).
 *
 * @example
 * linkMeaning(plan, { from: { kind: 'initiative', id: 'I1' }, to: { kind: 'goal', id: 'G1' } });
 */
export function linkMeaning(plan: Plan, link: LinkRef): LinkMeaning | undefined {
  const index = getPlanIndex(plan);
  const traces = getItemTraces(plan);
  const goalsOf = (id: string) => traces.goalsOfInitiative.get(id) ?? [];
  if (link.from.kind === 'initiative') {
    const goal = index.goals.get(link.to.id);
    return goal && goalsOf(link.from.id).includes(goal.id) ? goalMeaning(goal) : undefined;
  }
  const position = index.itemPosition.get(link.from.id);
  const initiative = index.initiatives.get(link.to.id);
  if (position === undefined || !initiative) return undefined;
  if (traces.initiativeId[position] !== initiative.id) return undefined;
  return itemLinkMeaning(plan.items[position] as Item, initiative, goalsOf(initiative.id));
}
