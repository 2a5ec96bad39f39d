import type { BaselineView, Plan } from '@throughline/core';

/** One backlog against the baseline: how many of its items moved, and which entered it since. */
export interface BacklogSince {
  /** Items the baseline's diff names as moved in this backlog (the fewest whose moves explain the new order). */
  readonly moved: number;
  /** Items in the backlog today that it did not hold then: moved in from elsewhere, or new to the plan. */
  readonly added: ReadonlySet<string>;
}

/** How one row stands against the baseline: moved by some places, or new to its backlog. */
export type RowSince =
  | { readonly direction: 'up' | 'down'; readonly places: number }
  | { readonly direction: 'new'; readonly places?: undefined };

/**
 * Each backlog shown, against a baseline: the count of items moved and the set of items new to it,
 * from one pass over the diff's entries (and, when items were added to the plan, one over each
 * shown backlog's ids, for a backlog the baseline did not have). Built once per baseline, so a row
 * looks itself up in a set rather than in the diff.
 *
 * @example
 * const since = backlogSince(baseline, plan, ['backlog-product']);
 * since.get('backlog-product'); // { moved: 1, added: Set { 'STORY-35', 'STORY-34' } }
 */
export function backlogSince(
  baseline: BaselineView,
  plan: Plan,
  backlogIds: readonly string[],
): ReadonlyMap<string, BacklogSince> {
  const shown = new Set(backlogIds);
  const moved = new Map<string, number>();
  const added = new Map<string, Set<string>>();
  const newItems = new Set<string>();
  for (const entry of baseline.diff.entries) {
    if (entry.kind === 'added' && entry.ref.kind === 'item') newItems.add(entry.ref.id);
    if (!('ref' in entry) || entry.ref.kind !== 'backlog' || !shown.has(entry.ref.id)) continue;
    if (entry.kind === 'order-changed') moved.set(entry.ref.id, entry.moved.length);
    if (entry.kind === 'backlog-items-changed') added.set(entry.ref.id, new Set(entry.added));
  }
  const result = new Map<string, BacklogSince>();
  for (const backlog of plan.backlogs) {
    if (!shown.has(backlog.id)) continue;
    const entered = added.get(backlog.id) ?? new Set<string>();
    // A backlog new since the baseline has no entry of its own: its items new to the plan are new to it.
    if (newItems.size > 0) for (const id of backlog.itemIds) if (newItems.has(id)) entered.add(id);
    result.set(backlog.id, { moved: moved.get(backlog.id) ?? 0, added: entered });
  }
  return result;
}

/**
 * A row against the baseline: moved (a lookup in the baseline's moves) or new to its backlog (a
 * lookup in `backlogSince`'s set); undefined when neither.
 *
 * @example
 * rowSince(baseline, since, 'backlog-product', 'STORY-11'); // { direction: 'up', places: 79 }
 */
export function rowSince(
  baseline: BaselineView,
  since: ReadonlyMap<string, BacklogSince>,
  backlogId: string,
  itemId: string,
): RowSince | undefined {
  const by = baseline.movedBy(backlogId, itemId);
  if (by !== undefined && by !== 0) return { direction: by < 0 ? 'up' : 'down', places: Math.abs(by) };
  return since.get(backlogId)?.added.has(itemId) ? { direction: 'new' } : undefined;
}
