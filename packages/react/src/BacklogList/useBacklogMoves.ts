'use client';
import {
  applyChange,
  type BacklogMoveTarget,
  type Change,
  getPlanIndex,
  moveChange,
  moveTargetBacklogs,
  movingItems,
  type Plan,
  type PlanRef,
} from '@throughline/core';
import { type RefObject, useMemo, useRef, useState } from 'react';
import type { MoveMenuAction } from './MoveMenu.js';
import type { BacklogListMessages } from './messages.js';
import type { RowRef } from './rowKeys.js';
import type { BacklogSelectionActions, SelectGesture } from './useBacklogState.js';
import { type Refocus, useRefocus } from './useRefocus.js';

/** Every gesture a row can make, with one identity for the board's lifetime (rows are memoised). */
export interface BacklogRowActions {
  readonly select: (row: RowRef, gesture: SelectGesture) => void;
  /** Shift+arrow on a row's checkbox; focus follows to the row the range now ends on. */
  readonly extend: (row: RowRef, step: 1 | -1) => void;
  readonly selectAll: (backlogId: string) => void;
  readonly clearSelection: () => void;
  /** A row's title activated: the host's `onSelect`, told which item. */
  readonly open: (itemId: string) => void;
  /** The row's "Move to…" menu, computed when it opens. */
  readonly menu: (row: RowRef) => readonly MoveMenuAction[];
  readonly moveToPosition: (row: RowRef, position: number) => void;
  readonly closePosition: (row: RowRef) => void;
}

export interface BacklogMovesOptions {
  readonly plan: Plan;
  readonly messages: BacklogListMessages;
  readonly selected: ReadonlySet<string>;
  readonly selection: BacklogSelectionActions;
  /** The item ids shown in one backlog, in the order shown (filtered, grouped). */
  readonly shownIds: (backlogId: string) => readonly string[];
  readonly onChange: ((change: Change, nextPlan: Plan) => void) | undefined;
  readonly onSelect: ((ref: PlanRef) => void) | undefined;
  /** Says where a move from the menu or the position form put the items. */
  readonly announce: (text: string) => void;
  /** Formats a number for the view's locale. */
  readonly n: (value: number) => string;
}

export interface BacklogMoves {
  readonly actions: BacklogRowActions;
  /** Emits a change (when it applies) and says where focus goes once the host has drawn it; returns the plan it leads to. */
  readonly emit: (change: Change | undefined, focus?: Refocus) => Plan | undefined;
  /** The items a gesture on a row moves: the row alone, or its backlog's selection. */
  readonly moving: (row: RowRef) => readonly string[];
  /** The row whose "Move to position…" form is open. */
  readonly asking: RowRef | null;
}

/**
 * Moves without dragging, and the row gestures: the menu's targets (top, position, bottom, other
 * backlogs) resolved by core, the position form, selection gestures, and where focus goes after a
 * move. Every change goes through `emit`: applied to check it, handed to `onChange`, then the
 * selection is cleared. A move from the menu or the form is announced, as a drop is.
 *
 * @example
 * const { actions, emit, moving, asking } = useBacklogMoves(root, { plan, messages, selected, selection, shownIds, onChange, onSelect });
 */
export function useBacklogMoves(root: RefObject<HTMLElement | null>, options: BacklogMovesOptions): BacklogMoves {
  const refocus = useRefocus(root);
  const [asking, setAsking] = useState<RowRef | null>(null);
  // Gestures read the latest render's values, so `actions` keeps one identity.
  const latest = useRef(options);
  latest.current = options;

  const parts = useMemo(() => {
    const moving = (row: RowRef) => {
      const { plan, selected } = latest.current;
      return movingItems(plan, row, (id) => selected.has(id)).itemIds;
    };
    const emit = (change: Change | undefined, focus?: Refocus) => {
      const { plan, onChange, selection } = latest.current;
      if (!change) return undefined;
      const result = applyChange(plan, change);
      if (!result.ok) return undefined;
      if (focus) refocus.current = focus;
      onChange?.(change, result.plan);
      selection.clear();
      return result.plan;
    };
    const shownIndex = ({ backlogId, itemId }: RowRef) =>
      Math.max(0, latest.current.shownIds(backlogId).indexOf(itemId));
    const stayOnMenu = (row: RowRef): Refocus => ({
      ...row,
      part: 'menu',
      fromBacklogId: row.backlogId,
      fromIndex: shownIndex(row),
    });
    const move = (row: RowRef, target: BacklogMoveTarget, focus: Refocus) => {
      const { plan } = latest.current;
      const itemIds = moving(row);
      const next = emit(moveChange(plan, { backlogId: row.backlogId, itemIds }, target), focus);
      if (next) announceMove(next, itemIds, target.kind === 'backlog' ? target.backlogId : row.backlogId);
    };
    // Where the moved items now are, in the words a drop is announced with.
    const announceMove = (next: Plan, itemIds: readonly string[], backlogId: string) => {
      const { messages, announce, n } = latest.current;
      const name = titles(next);
      const order = getPlanIndex(next).backlogs.get(backlogId)?.itemIds ?? [];
      const first = itemIds[0];
      if (first === undefined) return;
      announce(
        itemIds.length > 1
          ? messages.movedMany(n(itemIds.length), name.backlog(backlogId), itemIds.length)
          : messages.moved(name.item(first), n(order.indexOf(first) + 1), n(order.length), name.backlog(backlogId)),
      );
    };

    const actions: BacklogRowActions = {
      select: (row, gesture) =>
        latest.current.selection.select(latest.current.shownIds(row.backlogId), row.itemId, gesture),
      extend: (row, step) => {
        const order = latest.current.shownIds(row.backlogId);
        const focus = latest.current.selection.extend(order, row.itemId, step);
        if (focus === row.itemId) return;
        refocus.current = {
          itemId: focus,
          backlogId: row.backlogId,
          part: 'check',
          fromBacklogId: row.backlogId,
          fromIndex: order.indexOf(focus),
        };
      },
      selectAll: (backlogId) => latest.current.selection.selectAll(latest.current.shownIds(backlogId)),
      clearSelection: () => latest.current.selection.clear(),
      open: (itemId) => latest.current.onSelect?.({ kind: 'item', id: itemId }),
      menu: (row) => {
        const { plan, messages } = latest.current;
        const others = moveTargetBacklogs(plan, { backlogId: row.backlogId, itemIds: moving(row) });
        return [
          { key: 'top', label: messages.moveToTop, run: () => move(row, { kind: 'top' }, stayOnMenu(row)) },
          { key: 'position', label: messages.moveToPosition, run: () => setAsking(row) },
          { key: 'bottom', label: messages.moveToBottom, run: () => move(row, { kind: 'bottom' }, stayOnMenu(row)) },
          // Keyed by place, not by backlog id: an id may be anything, "top" included.
          ...others.map((target, at) => ({
            key: `backlog-${at}`,
            label: messages.moveToBacklog(target.title),
            run: () =>
              move(row, { kind: 'backlog', backlogId: target.id }, { ...stayOnMenu(row), backlogId: target.id }),
          })),
        ];
      },
      moveToPosition: (row, position) => {
        // Closing the form re-renders, so focus returns to the menu button even when nothing moves.
        const focus = { ...stayOnMenu(row), fromIndex: 0 };
        refocus.current = focus;
        setAsking(null);
        move(row, { kind: 'position', position }, focus);
      },
      closePosition: (row) => {
        setAsking(null);
        refocus.current = { ...stayOnMenu(row), fromIndex: 0 };
      },
    };
    return { actions, emit, moving };
  }, [refocus]);

  return { ...parts, asking };
}

/** The title of a backlog or item by id, for announcements; the id itself when unknown. */
export function titles(plan: Plan): { backlog: (id: string) => string; item: (id: string) => string } {
  const index = getPlanIndex(plan);
  return {
    backlog: (id) => index.backlogs.get(id)?.title ?? id,
    item: (id) => index.items.get(id)?.title ?? id,
  };
}
