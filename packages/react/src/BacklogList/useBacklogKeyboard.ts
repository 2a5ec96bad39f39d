'use client';
import { listMove, listMoveForKey } from '@throughline/core';
import { type KeyboardEvent, useCallback } from 'react';
import { useBoard } from './boardContext.js';
import type { RowRef } from './rowKeys.js';

/** The rendered rows of the backlog an element is in, in the order shown. */
function rowsAround(element: Element): HTMLElement[] {
  const backlog = element.closest('[data-backlog-kind]');
  return backlog ? [...backlog.querySelectorAll<HTMLElement>('[data-item-id]')] : [];
}

/**
 * The keys of a row's checkbox, as a WAI-ARIA multi-select list has them: Up and Down go to the
 * previous and next row's checkbox, Shift+Up and Shift+Down extend the selection from its anchor
 * (focus following), Ctrl/Cmd+A selects every row shown in the backlog, and Escape clears the
 * selection. Returns the `onKeyDown` handler, one per row.
 *
 * @example
 * const onKeyDown = useBacklogKeyboard({ backlogId: 'backlog-product', itemId: 'STORY-3' });
 * <input type="checkbox" onKeyDown={onKeyDown} />
 */
export function useBacklogKeyboard(row: RowRef): (event: KeyboardEvent<HTMLElement>) => void {
  const { actions } = useBoard();
  const { backlogId, itemId } = row;
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const ref = { backlogId, itemId };
      const vertical = event.key === 'ArrowDown' || event.key === 'ArrowUp';
      if (event.shiftKey && vertical && !event.altKey && !event.ctrlKey && !event.metaKey) {
        actions.extend(ref, event.key === 'ArrowDown' ? 1 : -1);
      } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
        actions.selectAll(backlogId);
      } else if (event.key === 'Escape' && !event.shiftKey) {
        actions.clearSelection();
        return; // Escape also belongs to whatever holds the list (a dialog): let it through.
      } else {
        const move = listMoveForKey(event);
        // Only steps: a virtual list renders a window, so its ends may not be in the DOM.
        if (move !== 'next' && move !== 'previous') return;
        const rows = rowsAround(event.currentTarget);
        const at = rows.findIndex((element) => element.contains(event.currentTarget));
        const next = rows[listMove(at, move, { count: rows.length })];
        if (at < 0 || !next || next === rows[at]) return;
        next.querySelector<HTMLElement>('[data-part="check"]')?.focus();
      }
      event.preventDefault();
    },
    [actions, backlogId, itemId],
  );
}
