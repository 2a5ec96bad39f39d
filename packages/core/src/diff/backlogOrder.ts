import type { Backlog, PlanRef } from '../model/types.js';
import type { OrderMove, PlanDiffEntry } from './diff.types.js';

/**
 * Positions (in `ranks`) of one longest strictly increasing subsequence, in O(n log n): the items
 * that kept their relative order. Every other item is one that moved.
 */
function longestIncreasing(ranks: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[k]: position of the smallest tail of an increasing run of length k + 1
  const previous: number[] = new Array(ranks.length);
  for (let i = 0; i < ranks.length; i++) {
    const value = ranks[i] as number;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((ranks[tails[mid] as number] as number) < value) low = mid + 1;
      else high = mid;
    }
    previous[i] = low > 0 ? (tails[low - 1] as number) : -1;
    tails[low] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; i >= 0; i = previous[i] as number)
    kept.add(i);
  return kept;
}

/**
 * The entries for one backlog present in both plans: items that entered or left it, then its
 * order among the items it had both times. The items reported as moved are the fewest whose moves
 * explain the new order (one item dragged from 10th to 1st is one move, not ten shifts), those
 * that moved more than `minMove` places.
 *
 * @example
 * backlogEntries(before, after, 0); // [{ kind: 'order-changed', moved: [{ itemId: 'S-9', before: 9, after: 0, by: -9 }], shifted: 10 }]
 */
export function backlogEntries(before: Backlog, after: Backlog, minMove: number): PlanDiffEntry[] {
  if (before.itemIds === after.itemIds) return [];
  const ref: PlanRef = { kind: 'backlog', id: after.id };
  const entries: PlanDiffEntry[] = [];
  const now = new Set(after.itemIds);
  const was = new Set(before.itemIds);
  const removed = before.itemIds.filter((id) => !now.has(id));
  const added = after.itemIds.filter((id) => !was.has(id));
  if (added.length > 0 || removed.length > 0) entries.push({ kind: 'backlog-items-changed', ref, added, removed });

  // Ranks among the items in both, so an item entering or leaving shifts nobody.
  const common = after.itemIds.filter((id) => was.has(id));
  const rankBefore = new Map<string, number>();
  let r = 0;
  for (const id of before.itemIds) if (now.has(id)) rankBefore.set(id, r++);
  const ranks = common.map((id) => rankBefore.get(id) as number);
  let shifted = 0;
  for (let i = 0; i < ranks.length; i++) if (ranks[i] !== i) shifted++;
  if (shifted === 0) return entries;
  const kept = longestIncreasing(ranks);
  const moved: OrderMove[] = [];
  for (let i = 0; i < ranks.length; i++) {
    const from = ranks[i] as number;
    if (kept.has(i) || Math.abs(i - from) <= minMove) continue;
    moved.push({ itemId: common[i] as string, before: from, after: i, by: i - from });
  }
  entries.push({ kind: 'order-changed', ref, moved, shifted });
  return entries;
}
