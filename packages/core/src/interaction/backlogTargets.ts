// Where a backlog gesture sends items, as plain functions: the targets of a row's "Move to…" menu
// and what dropping over a row or a backlog means. Each resolves to a `BacklogDrop`, which
// `dropChange` turns into the one change the gesture makes.

import type { Change } from '../changes/types.js';
import { getPlanIndex } from '../model/planIndex.js';
import type { Backlog, Plan } from '../model/types.js';
import { anchorForOver, type BacklogDrop, dropChange } from '../views/backlogMoves.js';

/** A row of one backlog: the same item may be listed in two (a release and a product backlog). */
export interface BacklogRowRef {
  readonly backlogId: string;
  readonly itemId: string;
}

/** What a drag is over: a row of a backlog, or the backlog itself (`itemId` null: its end). */
export interface BacklogDropTarget {
  readonly backlogId: string;
  readonly itemId: string | null;
}

/** Items on the move together, all from one backlog, in the order they should land. */
export interface BacklogMoving {
  readonly backlogId: string;
  readonly itemIds: readonly string[];
}

/**
 * Where a move sends items: the top or bottom of their backlog, one place up or down, to a
 * position (1-based, counted in the backlog with the moving items taken out, as the "Move to
 * position…" form asks), or to the end of another backlog.
 */
export type BacklogMoveTarget =
  | { readonly kind: 'top' }
  | { readonly kind: 'bottom' }
  | { readonly kind: 'up' }
  | { readonly kind: 'down' }
  | { readonly kind: 'position'; readonly position: number }
  | { readonly kind: 'backlog'; readonly backlogId: string };

const itemsOf = (plan: Plan, backlogId: string): readonly string[] =>
  getPlanIndex(plan).backlogs.get(backlogId)?.itemIds ?? [];

/**
 * The items a gesture on one row moves: every selected item of the row's backlog, in priority
 * order, when the row is selected; else the row's item alone.
 *
 * @example
 * movingItems(plan, { backlogId: 'backlog-product', itemId: 'STORY-3' }, (id) => picked.has(id));
 * // { backlogId: 'backlog-product', itemIds: ['STORY-1', 'STORY-3'] }
 */
export function movingItems(plan: Plan, row: BacklogRowRef, isSelected: (itemId: string) => boolean): BacklogMoving {
  if (!isSelected(row.itemId)) return { backlogId: row.backlogId, itemIds: [row.itemId] };
  return { backlogId: row.backlogId, itemIds: itemsOf(plan, row.backlogId).filter(isSelected) };
}

/**
 * The backlogs items may move to from a menu: every other product or sprint backlog that holds
 * none of them (a release backlog gathers items kept elsewhere, so it is not a destination).
 *
 * @example
 * moveTargetBacklogs(plan, { backlogId: 'backlog-product', itemIds: ['STORY-3'] }).map((b) => b.title);
 * // ['Sprint 23', 'Sprint 24']
 */
export function moveTargetBacklogs(plan: Plan, moving: BacklogMoving): Backlog[] {
  const ids = new Set(moving.itemIds);
  return plan.backlogs.filter(
    (b) => b.id !== moving.backlogId && b.kind !== 'release' && !b.itemIds.some((id) => ids.has(id)),
  );
}

/**
 * The drop a move target makes, or `undefined` when the target goes nowhere (up from the top,
 * down from the bottom, a position out of range).
 *
 * @example
 * moveDrop(plan, { backlogId: 'b', itemIds: ['C'] }, { kind: 'up' });
 * // with b = [A, B, C]: { itemIds: ['C'], fromBacklogId: 'b', toBacklogId: 'b', beforeItemId: 'B' }
 */
export function moveDrop(plan: Plan, moving: BacklogMoving, target: BacklogMoveTarget): BacklogDrop | undefined {
  const { backlogId, itemIds } = moving;
  const within = (beforeItemId: string | null): BacklogDrop => ({
    itemIds,
    fromBacklogId: backlogId,
    toBacklogId: backlogId,
    beforeItemId,
  });
  if (target.kind === 'backlog') {
    return { itemIds, fromBacklogId: backlogId, toBacklogId: target.backlogId, beforeItemId: null };
  }
  const ids = new Set(itemIds);
  const list = itemsOf(plan, backlogId);
  const rest = list.filter((id) => !ids.has(id));
  switch (target.kind) {
    case 'top':
      return within(rest[0] ?? null);
    case 'bottom':
      return within(null);
    case 'position': {
      const at = Math.round(target.position);
      if (!(at >= 1 && at <= rest.length + 1)) return undefined;
      return within(rest[at - 1] ?? null);
    }
    case 'up':
    case 'down': {
      // Where the moving block sits among the others: how many others come before its first
      // (up) or its last (down) item.
      const edge = target.kind === 'up' ? itemIds[0] : itemIds[itemIds.length - 1];
      const at = edge === undefined ? -1 : list.indexOf(edge);
      if (at < 0) return undefined;
      let before = 0;
      for (let i = 0; i < at; i++) if (!ids.has(list[i] as string)) before++;
      if (target.kind === 'up') return before === 0 ? undefined : within(rest[before - 1] as string);
      return before >= rest.length ? undefined : within(rest[before + 1] ?? null);
    }
  }
}

/**
 * The one change a move target makes (see `moveDrop` and `dropChange`), or `undefined` when it
 * changes nothing.
 *
 * @example
 * moveChange(plan, { backlogId: 'backlog-product', itemIds: ['STORY-3'] }, { kind: 'top' });
 * // { type: 'reorder', backlogId: 'backlog-product', itemId: 'STORY-3', toIndex: 0 }
 */
export function moveChange(plan: Plan, moving: BacklogMoving, target: BacklogMoveTarget): Change | undefined {
  const drop = moveDrop(plan, moving, target);
  return drop ? dropChange(plan, drop) : undefined;
}

/**
 * What dropping the dragged row over a target means. Over a row of the same backlog, the items
 * land where a sortable list shows them while dragging (after the row when moving down, before it
 * when moving up); over a row of another backlog, before that row; over a backlog itself, at its end.
 *
 * @example
 * dropOnTarget(plan, { backlogId: 'b', itemIds: ['A'] }, 'A', { backlogId: 'b', itemId: 'C' });
 * // with b = [A, B, C, D]: { itemIds: ['A'], fromBacklogId: 'b', toBacklogId: 'b', beforeItemId: 'D' }
 */
export function dropOnTarget(
  plan: Plan,
  moving: BacklogMoving,
  activeItemId: string,
  over: BacklogDropTarget,
): BacklogDrop {
  const beforeItemId =
    over.itemId === null
      ? null
      : over.backlogId === moving.backlogId
        ? anchorForOver(itemsOf(plan, moving.backlogId), activeItemId, over.itemId, new Set(moving.itemIds))
        : over.itemId;
  return { itemIds: moving.itemIds, fromBacklogId: moving.backlogId, toBacklogId: over.backlogId, beforeItemId };
}

/** Where an item lands, 1-based, in a backlog of `total` items. */
export interface BacklogLanding {
  readonly backlogId: string;
  readonly position: number;
  readonly total: number;
}

/**
 * Where `itemId` (one of the drop's items) ends up once the drop is made, worked out from the
 * backlogs' order without applying the change, so a drag can announce each step cheaply. Returns
 * `undefined` when the drop changes nothing or names ids it cannot make a change from.
 *
 * @example
 * dropLanding(plan, { itemIds: ['A'], fromBacklogId: 'b', toBacklogId: 'b', beforeItemId: 'D' }, 'A');
 * // with b = [A, B, C, D]: { backlogId: 'b', position: 3, total: 4 }
 */
export function dropLanding(plan: Plan, drop: BacklogDrop, itemId: string): BacklogLanding | undefined {
  if (!dropChange(plan, drop)) return undefined;
  const moving = new Set(drop.itemIds);
  const offset = drop.itemIds.indexOf(itemId);
  if (offset < 0) return undefined;
  const target = itemsOf(plan, drop.toBacklogId);
  const same = drop.fromBacklogId === drop.toBacklogId;
  // The target list as the moving items find it: without them when they come from it.
  let kept = 0;
  let insertAt = -1;
  for (const id of target) {
    if (id === drop.beforeItemId) insertAt = kept;
    if (!same || !moving.has(id)) kept++;
  }
  if (drop.beforeItemId === null) insertAt = kept;
  if (insertAt < 0) return undefined;
  return {
    backlogId: drop.toBacklogId,
    position: insertAt + offset + 1,
    total: same ? target.length : target.length + drop.itemIds.length,
  };
}
