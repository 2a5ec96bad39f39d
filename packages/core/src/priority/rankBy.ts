import type { Change } from '../changes/types.js';
import { getPlanIndex } from '../model/planIndex.js';
import type { Plan } from '../model/types.js';
import type { PriorityReport, PriorityScore } from './priority.types.js';
import { floorKey, orderByFloor, resolveFloor } from './strategicFloor.js';

/** A `batch` of changes: what `rankBy` returns to apply, persist or undo as one step. */
export type BatchChange = Extract<Change, { type: 'batch' }>;

/** What `rankBy` returns: the batch that orders the backlog, or why there is none. */
export type RankByResult =
  | { readonly ok: true; readonly change: BatchChange }
  | { readonly ok: false; readonly error: { readonly code: 'unknown-backlog'; readonly message: string } };

/**
 * The `batch` of `reorder` changes that puts one backlog in the order of a priority report:
 * highest adjusted score first, under the report's strategic floor (the same order as each
 * item's `impliedIndex` in the report); ties keep today's order, and items the report could not
 * score (or does not know) keep their relative order after the scored ones. A backlog already in
 * that order gives an empty batch. Each reorder puts an item at its final index, so the batch
 * applied to a backlog already in order changes nothing; it holds at most one change fewer than
 * the backlog has items. Apply it with `applyChange` or a history, which gives undo as one step.
 * A backlog the plan does not have is an `unknown-backlog` error, as `applyChange` reports it.
 *
 * @example
 * const report = scorePriorities(plan, { framework: 'wsjf' });
 * const ranked = rankBy(plan, 'backlog-product', report);
 * if (ranked.ok) history.apply(ranked.change); // one undo step
 * else console.warn(ranked.error.message);
 */
export function rankBy(plan: Plan, backlogId: string, priorities: PriorityReport): RankByResult {
  const backlog = getPlanIndex(plan).backlogs.get(backlogId);
  if (!backlog) {
    return {
      ok: false,
      error: { code: 'unknown-backlog', message: `There is no backlog ${JSON.stringify(backlogId)} in the plan.` },
    };
  }
  const scores = new Map<string, PriorityScore>();
  for (const score of priorities.items) scores.set(score.ref.id, score);
  const floor = resolveFloor(priorities.options.strategicFloor);
  const { itemIds } = backlog;
  const size = itemIds.length;
  const keys = {
    score: new Float64Array(size),
    key: new Float64Array(size),
    traced: new Uint8Array(size),
    tie: Int32Array.from(itemIds, (_, j) => j),
  };
  itemIds.forEach((id, j) => {
    const found = scores.get(id);
    const traced = found?.trace === 'reaches-goal';
    keys.score[j] = found?.score ?? Number.NaN;
    keys.key[j] = floorKey(found?.adjustedScore ?? Number.NaN, traced, floor);
    keys.traced[j] = traced ? 1 : 0;
  });
  const order = orderByFloor(keys, floor);
  const down = reorders(order, 'from-top');
  const up = reorders(order, 'from-bottom');
  const steps = up.length < down.length ? up : down;
  return {
    ok: true,
    change: {
      type: 'batch',
      changes: steps.map(([j, toIndex]) => ({ type: 'reorder', backlogId, itemId: itemIds[j] as string, toIndex })),
    },
  };
}

/**
 * The reorders, as [today's index, final index], that turn today's order into `order` (today's
 * indices in the final order), placing items one by one at their final index: from the top (each
 * item that has an unplaced one above it moves up) or from the bottom (each that has one below it
 * moves down). Whichever takes fewer steps wins: one item far out of place costs one step in one
 * of the two. A Fenwick tree counts the unplaced items on either side in O(log n).
 */
function reorders(order: Int32Array, direction: 'from-top' | 'from-bottom'): [number, number][] {
  const size = order.length;
  const tree = new Int32Array(size + 1);
  const add = (j: number, delta: number) => {
    for (let i = j + 1; i <= size; i += i & -i) tree[i] = (tree[i] as number) + delta;
  };
  /** Unplaced items today above index j. */
  const above = (j: number) => {
    let count = 0;
    for (let i = j; i > 0; i -= i & -i) count += tree[i] as number;
    return count;
  };
  for (let j = 0; j < size; j++) add(j, 1);
  const steps: [number, number][] = [];
  for (let n = 0; n < size; n++) {
    const final = direction === 'from-top' ? n : size - 1 - n;
    const j = order[final] as number;
    const unplaced = size - n;
    const before = above(j);
    const outOfPlace = direction === 'from-top' ? before > 0 : unplaced - 1 - before > 0;
    if (outOfPlace) steps.push([j, final]);
    add(j, -1);
  }
  return steps;
}
