import type { Change } from '../changes/types.js';
import { getPlanIndex } from '../model/planIndex.js';
import type { Plan } from '../model/types.js';

/** Where a gesture drops items: before an item of the target backlog, or at its end (`null`). */
export interface BacklogDrop {
  /** The items moved, in the order they should land (a selection, or one item). */
  readonly itemIds: readonly string[];
  readonly fromBacklogId: string;
  readonly toBacklogId: string;
  readonly beforeItemId: string | null;
}

/**
 * The one change a drop makes: a `reorder` or `move` for one item, a `batch` of them for several.
 * Each item is placed immediately before the anchor, in order, so the moved items land together
 * and every other item keeps its place in the single priority order, whatever filter or grouping
 * the list shows. Returns `undefined` when nothing would change or the drop names unknown ids.
 *
 * @example
 * dropChange(plan, { itemIds: ['STORY-3'], fromBacklogId: 'backlog-product', toBacklogId: 'sprint-24', beforeItemId: null });
 * // { type: 'move', itemId: 'STORY-3', fromBacklogId: 'backlog-product', toBacklogId: 'sprint-24', toIndex: 9 }
 */
export function dropChange(plan: Plan, drop: BacklogDrop): Change | undefined {
  const { backlogs } = getPlanIndex(plan);
  const source = backlogs.get(drop.fromBacklogId);
  const target = backlogs.get(drop.toBacklogId);
  if (!source || !target || drop.itemIds.length === 0) return undefined;
  if (drop.itemIds.some((id) => !source.itemIds.includes(id))) return undefined;
  const moving = new Set(drop.itemIds);
  if (drop.beforeItemId !== null && (moving.has(drop.beforeItemId) || !target.itemIds.includes(drop.beforeItemId))) {
    return undefined;
  }

  const changes: Change[] = [];
  if (source === target) {
    // Simulate the list so each reorder's index is right for the list as the previous one left it.
    const order = [...source.itemIds];
    for (const id of drop.itemIds) {
      const from = order.indexOf(id);
      order.splice(from, 1);
      const to = drop.beforeItemId === null ? order.length : order.indexOf(drop.beforeItemId);
      order.splice(to, 0, id);
      if (to !== from) changes.push({ type: 'reorder', backlogId: source.id, itemId: id, toIndex: to });
    }
  } else {
    const order = [...target.itemIds];
    for (const id of drop.itemIds) {
      const to = drop.beforeItemId === null ? order.length : order.indexOf(drop.beforeItemId);
      order.splice(to, 0, id);
      changes.push({ type: 'move', itemId: id, fromBacklogId: source.id, toBacklogId: target.id, toIndex: to });
    }
  }
  if (changes.length === 0) return undefined;
  return changes.length === 1 ? changes[0] : { type: 'batch', changes };
}

/**
 * The anchor for dropping onto a row in a sortable list: moving down, items land after the row
 * they are over; moving up (or into another backlog), before it. This matches what a sortable list
 * shows while dragging. `itemIds` is the backlog's order, `activeId` the item being dragged (not in
 * `itemIds` when it comes from another backlog), `overId` the row it is over, and `moving`
 * every item that moves with it: moving down, the anchor skips those. Returns the id of the item to
 * drop before, or `null` for the end of the backlog: `BacklogDrop`'s `beforeItemId`.
 *
 * @example
 * anchorForOver(['A', 'B', 'C', 'D'], 'A', 'C', new Set(['A'])); // 'D': after C
 * anchorForOver(['A', 'B', 'C', 'D'], 'D', 'B', new Set(['D'])); // 'B': before B
 * anchorForOver(['A', 'B', 'C', 'D'], 'A', 'D', new Set(['A'])); // null: at the end
 */
export function anchorForOver(
  itemIds: readonly string[],
  activeId: string,
  overId: string,
  moving: ReadonlySet<string>,
): string | null {
  const from = itemIds.indexOf(activeId);
  const over = itemIds.indexOf(overId);
  if (from < 0 || over < from) return overId;
  // Moving down: the first item after the row we are over that is not itself moving.
  for (let i = over + 1; i < itemIds.length; i++) {
    const id = itemIds[i] as string;
    if (!moving.has(id)) return id;
  }
  return null;
}
