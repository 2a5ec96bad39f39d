import type { Active, Announcements, DragEndEvent, Over } from '@dnd-kit/core';
import { anchorForOver, applyChange, type Change, dropChange, getPlanIndex, type Plan } from '@throughline/core';
import type { BacklogListMessages } from './messages.js';
import { type RowRef, rowOf, targetOf } from './rowKeys.js';
import type { Refocus } from './useRefocus.js';

export interface BacklogDragOptions {
  readonly plan: Plan;
  readonly messages: BacklogListMessages;
  readonly n: (value: number) => string;
  /** The items a gesture on one row moves: the row alone, or its backlog's selection. */
  readonly movingWith: (row: RowRef) => string[];
  /** Where a row is in the list shown (filtered, grouped), for focus after it leaves. */
  readonly shownIndex: (row: RowRef) => number;
  readonly emit: (change: Change | undefined, focus?: Refocus) => void;
}

/**
 * What a drag does and says, over dnd-kit's active and over elements: each carries its
 * `{ backlogId, itemId }` in `data`, so ids are read as they are, never parsed from a key.
 * Returns the drop handler and the screen-reader announcements.
 */
export function backlogDrag({ plan, messages, n, movingWith, shownIndex, emit }: BacklogDragOptions): {
  onDragEnd: (event: DragEndEvent) => void;
  announcements: Announcements;
} {
  const index = getPlanIndex(plan);
  const backlogItems = (id: string) => index.backlogs.get(id)?.itemIds ?? [];
  const backlogTitle = (id: string) => index.backlogs.get(id)?.title ?? id;
  const itemTitle = (id: string) => index.items.get(id)?.title ?? id;
  const positionOf = ({ backlogId, itemId }: RowRef) => {
    const list = backlogItems(backlogId);
    return { position: list.indexOf(itemId) + 1, total: list.length };
  };

  /** Resolves a drop target to the change it makes, shared by the drop handler and its announcement. */
  const changeForDrop = (activeNode: Active, overNode: Over | null) => {
    const active = rowOf(activeNode);
    const over = targetOf(overNode);
    if (!active || !over) return undefined;
    const itemIds = movingWith(active);
    const beforeItemId =
      over.itemId === null
        ? null
        : over.backlogId === active.backlogId
          ? anchorForOver(backlogItems(active.backlogId), active.itemId, over.itemId, new Set(itemIds))
          : over.itemId;
    return {
      change: dropChange(plan, { itemIds, fromBacklogId: active.backlogId, toBacklogId: over.backlogId, beforeItemId }),
      active,
      toBacklogId: over.backlogId,
      count: itemIds.length,
    };
  };

  /** Where the moved item ends up, for the announcement: applied to a copy, never emitted here. */
  const landing = (active: Active, over: Over | null) => {
    const drop = changeForDrop(active, over);
    if (!drop?.change) return undefined;
    const result = applyChange(plan, drop.change);
    if (!result.ok) return undefined;
    const list = result.plan.backlogs.find((b) => b.id === drop.toBacklogId)?.itemIds ?? [];
    return { ...drop, position: list.indexOf(drop.active.itemId) + 1, total: list.length };
  };

  const cancelled = (active: Active) => {
    const row = rowOf(active);
    if (!row) return undefined;
    return messages.cancelled(itemTitle(row.itemId), n(positionOf(row).position), backlogTitle(row.backlogId));
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const row = rowOf(active);
      if (!row) return undefined;
      const { position, total } = positionOf(row);
      return messages.pickedUp(itemTitle(row.itemId), n(position), n(total), backlogTitle(row.backlogId));
    },
    onDragOver: ({ active, over }) => {
      const land = landing(active, over);
      if (!land) return undefined;
      return messages.over(
        itemTitle(land.active.itemId),
        n(land.position),
        n(land.total),
        backlogTitle(land.toBacklogId),
      );
    },
    onDragEnd: ({ active, over }) => {
      const land = landing(active, over);
      if (!land) return cancelled(active);
      return land.count > 1
        ? messages.movedMany(n(land.count), backlogTitle(land.toBacklogId))
        : messages.moved(
            itemTitle(land.active.itemId),
            n(land.position),
            n(land.total),
            backlogTitle(land.toBacklogId),
          );
    },
    onDragCancel: ({ active }) => cancelled(active),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const drop = changeForDrop(active, over);
    if (!drop) return;
    emit(drop.change, {
      itemId: drop.active.itemId,
      backlogId: drop.toBacklogId,
      part: 'handle',
      fromBacklogId: drop.active.backlogId,
      fromIndex: Math.max(0, shownIndex(drop.active)),
    });
  };

  return { onDragEnd, announcements };
}
