import { perPlan } from '../cache/perPlan.js';
import type { Backlog, Feature, Goal, Horizon, Initiative, Item, Milestone, Plan, Theme } from './types.js';

/** Where an item sits in one backlog: rank 0 is the top priority. */
export interface BacklogPlace {
  readonly backlogId: string;
  readonly rank: number;
}

/**
 * Lookups every computation over a plan needs: entities by id, children by parent, items by
 * initiative, initiatives by goal and theme, backlog membership and rank.
 */
export interface PlanIndex {
  readonly goals: ReadonlyMap<string, Goal>;
  readonly themes: ReadonlyMap<string, Theme>;
  readonly initiatives: ReadonlyMap<string, Initiative>;
  readonly features: ReadonlyMap<string, Feature>;
  readonly milestones: ReadonlyMap<string, Milestone>;
  readonly horizons: ReadonlyMap<string, Horizon>;
  readonly items: ReadonlyMap<string, Item>;
  /** An item's position in `plan.items`, for computations that keep per-item arrays. */
  readonly itemPosition: ReadonlyMap<string, number>;
  readonly backlogs: ReadonlyMap<string, Backlog>;
  /** Direct children of an item, in `items` order. */
  readonly childrenOf: ReadonlyMap<string, readonly Item[]>;
  /** Items whose own `initiativeId` names the initiative (not those that inherit it). */
  readonly itemsByInitiative: ReadonlyMap<string, readonly Item[]>;
  readonly initiativesByTheme: ReadonlyMap<string, readonly Initiative[]>;
  /** Initiatives that serve a goal, through their own `goalIds` or their theme's. */
  readonly initiativesByGoal: ReadonlyMap<string, readonly Initiative[]>;
  readonly featuresByInitiative: ReadonlyMap<string, readonly Feature[]>;
  readonly milestonesByInitiative: ReadonlyMap<string, readonly Milestone[]>;
  /** Every backlog an item is in, with its rank there. */
  readonly placesOf: ReadonlyMap<string, readonly BacklogPlace[]>;
  /** Horizons by `order`, then array position. */
  readonly horizonsInOrder: readonly Horizon[];
  /** Each horizon's place in `horizonsInOrder`. */
  readonly horizonRank: ReadonlyMap<string, number>;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((e) => [e.id, e]));

// Plans are immutable, so an index built once serves every later call, and is collected with the plan.
/**
 * The plan's index, built on first use in one pass over the plan and cached for the plan's lifetime.
 *
 * @example
 * const { childrenOf, placesOf } = getPlanIndex(plan);
 * childrenOf.get('EPIC-1')?.map((story) => story.title);
 * placesOf.get('STORY-12'); // [{ backlogId: 'backlog-product', rank: 3 }]
 */
export const getPlanIndex: (plan: Plan) => PlanIndex = perPlan(buildPlanIndex);

function buildPlanIndex(plan: Plan): PlanIndex {
  const childrenOf = new Map<string, Item[]>();
  const itemsByInitiative = new Map<string, Item[]>();
  for (const item of plan.items) {
    if (item.parentId !== undefined) push(childrenOf, item.parentId, item);
    if (item.initiativeId !== undefined) push(itemsByInitiative, item.initiativeId, item);
  }

  const themes = byId(plan.themes);
  const initiativesByTheme = new Map<string, Initiative[]>();
  const initiativesByGoal = new Map<string, Initiative[]>();
  for (const initiative of plan.initiatives) {
    if (initiative.themeId !== undefined) push(initiativesByTheme, initiative.themeId, initiative);
    const goalIds = new Set(initiative.goalIds);
    const theme = initiative.themeId === undefined ? undefined : themes.get(initiative.themeId);
    for (const goalId of theme?.goalIds ?? []) goalIds.add(goalId);
    for (const goalId of goalIds) push(initiativesByGoal, goalId, initiative);
  }

  const featuresByInitiative = new Map<string, Feature[]>();
  for (const feature of plan.features) {
    if (feature.initiativeId !== undefined) push(featuresByInitiative, feature.initiativeId, feature);
  }
  const milestonesByInitiative = new Map<string, Milestone[]>();
  for (const milestone of plan.milestones) {
    for (const initiativeId of milestone.initiativeIds) push(milestonesByInitiative, initiativeId, milestone);
  }
  const placesOf = new Map<string, BacklogPlace[]>();
  for (const backlog of plan.backlogs) {
    backlog.itemIds.forEach((itemId, rank) => {
      push(placesOf, itemId, { backlogId: backlog.id, rank });
    });
  }

  const horizonsInOrder = plan.horizons
    .map((horizon, position) => ({ horizon, position }))
    .sort((a, b) => (a.horizon.order ?? a.position) - (b.horizon.order ?? b.position) || a.position - b.position)
    .map((x) => x.horizon);
  const index: PlanIndex = {
    goals: byId(plan.goals),
    themes,
    initiatives: byId(plan.initiatives),
    features: byId(plan.features),
    milestones: byId(plan.milestones),
    horizons: byId(plan.horizons),
    items: byId(plan.items),
    itemPosition: new Map(plan.items.map((item, position) => [item.id, position])),
    backlogs: byId(plan.backlogs),
    childrenOf,
    itemsByInitiative,
    initiativesByTheme,
    initiativesByGoal,
    featuresByInitiative,
    milestonesByInitiative,
    placesOf,
    horizonsInOrder,
    horizonRank: new Map(horizonsInOrder.map((h, rank) => [h.id, rank])),
  };
  return index;
}
