'use client';
import { listMove, listMoveForKey, listPageSize } from '@throughline/core';
import { type FocusEvent, type KeyboardEvent, useCallback, useMemo, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect.js';
import { useBoard } from './boardContext.js';
import { viewHeight } from './keyboardJump.js';

/** The controls of a row, in the order drawn; each carries `data-part`. */
export type RowPart = 'handle' | 'check' | 'title' | 'menu';

const PARTS: ReadonlySet<string> = new Set<RowPart>(['handle', 'check', 'title', 'menu']);

const isPart = (part: string | undefined): part is RowPart => part !== undefined && PARTS.has(part);

/** The one control of a list that Tab reaches: a row, by id and place, and which of its controls. */
export interface RowStop {
  readonly itemId: string;
  readonly index: number;
  readonly part: RowPart;
  /**
   * How many times the keys have moved the stop: a virtual list scrolls the row into view when
   * this changes, and only then (not when the host reorders the list under a reader's scroll).
   */
  readonly moves: number;
}

export interface RowFocusOptions {
  readonly backlogId: string;
  /** The rows' item ids in the order drawn (group after group when grouped). */
  readonly order: readonly string[];
  /** Sizes of the groups along `order`, for Ctrl/Cmd+arrows; omit when ungrouped. */
  readonly groups?: readonly number[] | undefined;
}

export interface RowFocus {
  /** Where the list's tab stop is; null for an empty list. */
  readonly stop: RowStop | null;
  /** For the list's container: the stop follows focus, however it arrived (click, Tab, a move). */
  readonly onFocus: (event: FocusEvent<HTMLElement>) => void;
  /** For the list's container: the keys of every row control. */
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/** The row element a control is in, and its item id. */
function rowOfControl(control: HTMLElement): { readonly row: HTMLElement; readonly itemId: string } | undefined {
  const row = control.closest<HTMLElement>('[data-item-id]');
  const itemId = row?.dataset.itemId;
  return row && itemId !== undefined ? { row, itemId } : undefined;
}

/** The controls of one row, in the order drawn (not those of a menu or form inside it). */
function controlsOf(row: HTMLElement): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>('[data-part]')].filter(
    (element) => isPart(element.dataset.part) && element.closest('[data-item-id]') === row,
  );
}

/** Focuses a row's control (or its first one) when the row is drawn; false when it is not (yet). */
function focusControl(root: HTMLElement, itemId: string, part: RowPart): boolean {
  // Ids are compared as values, never put in a selector: an id may hold any character.
  const row = [...root.querySelectorAll<HTMLElement>('[data-item-id]')].find((r) => r.dataset.itemId === itemId);
  if (!row) return false;
  const controls = controlsOf(row);
  (controls.find((c) => c.dataset.part === part) ?? controls[0])?.focus();
  return true;
}

/** Whether a row is laid out right to left: its computed direction, or the nearest `dir` where none is computed. */
function isRtl(row: HTMLElement): boolean {
  const computed = row.ownerDocument.defaultView?.getComputedStyle(row).direction;
  return computed ? computed === 'rtl' : row.closest('[dir]')?.getAttribute('dir') === 'rtl';
}

/** Rows in a page (core's `listPageSize`): as many of this row's height as fit in the list's scroll area, or in the window when the page scrolls. */
function pageSize(row: HTMLElement): number | undefined {
  const height = row.offsetHeight;
  if (!(height > 0)) return undefined;
  const scroller = row.closest('[data-virtual]')?.parentElement ?? row.ownerDocument.scrollingElement;
  return listPageSize(scroller ? viewHeight(scroller) : 0, height);
}

/**
 * One tab stop per backlog, with the arrows roving between rows (WAI-ARIA's roving tabindex): Tab
 * enters the list at the row last used (the first row at first) and leaves it at once, whatever
 * its length. On any row control, ↑/↓ go to the same control of the previous and next row, Home
 * and End to the first and last row, Page Up/Down a page, Ctrl/Cmd+↑/↓ to the previous and next
 * group, ←/→ between the row's own controls (mirrored right to left). The selection keys stay:
 * Shift+↑/↓ extend from the anchor, Ctrl/Cmd+A selects every row shown, Escape clears (and goes
 * on to whatever holds the list). In a virtual list the target row may not be drawn yet: the
 * stop moves to it, the list keeps that row drawn, and focus lands once it is. Keys inside a
 * row's menu or position form, and every key during a drag, belong to those.
 *
 * @example
 * const focus = useRowFocus({ backlogId, order: shownIds });
 * <div onFocus={focus.onFocus} onKeyDown={focus.onKeyDown}>…rows, each told `focus.stop`…</div>
 */
export function useRowFocus({ backlogId, order, groups }: RowFocusOptions): RowFocus {
  const { actions, readOnly } = useBoard();
  const [last, setLast] = useState<RowStop | null>(null);
  const stop = useMemo<RowStop | null>(() => {
    if (order.length === 0) return null;
    if (last && order[last.index] === last.itemId) return last;
    const found = last ? order.indexOf(last.itemId) : -1;
    if (last && found >= 0) return { ...last, index: found };
    // The row left (moved away, filtered out): the stop stays at its place.
    const index = Math.min(last?.index ?? 0, order.length - 1);
    return { itemId: order[index] as string, index, part: last?.part ?? 'check', moves: last?.moves ?? 0 };
  }, [order, last]);

  const latest = useRef({ order, groups, stop });
  latest.current = { order, groups, stop };
  const pending = useRef<{ readonly root: HTMLElement; readonly itemId: string; readonly part: RowPart } | null>(null);
  useIsomorphicLayoutEffect(() => {
    const want = pending.current;
    if (want && focusControl(want.root, want.itemId, want.part)) pending.current = null;
  });

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const control = event.target as HTMLElement;
    const part = control.dataset?.part;
    const found = isPart(part) ? rowOfControl(control) : undefined;
    if (!found || !isPart(part)) return;
    const { itemId } = found;
    setLast((was) =>
      was?.itemId === itemId && was.part === part
        ? was
        : { itemId, part, index: latest.current.order.indexOf(itemId), moves: was?.moves ?? 0 },
    );
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const control = event.target as HTMLElement;
      const part = control.dataset?.part;
      const found = isPart(part) ? rowOfControl(control) : undefined;
      // A row being dragged: dnd-kit's keyboard sensor owns every key until the drop.
      if (event.defaultPrevented || !found || !isPart(part) || found.row.hasAttribute('data-dragging')) return;
      const { row, itemId } = found;
      const vertical = event.key === 'ArrowDown' || event.key === 'ArrowUp';
      const command = event.ctrlKey || event.metaKey;
      if (!readOnly && event.shiftKey && vertical && !event.altKey && !command) {
        actions.extend({ backlogId, itemId }, event.key === 'ArrowDown' ? 1 : -1);
      } else if (!readOnly && command && !event.altKey && event.key.toLowerCase() === 'a') {
        actions.selectAll(backlogId);
      } else if (!readOnly && event.key === 'Escape' && !event.shiftKey) {
        actions.clearSelection();
        return; // Escape also belongs to whatever holds the list (a dialog): let it through.
      } else {
        const dir = isRtl(row) ? 'rtl' : 'ltr';
        const across = listMoveForKey(event, { orientation: 'horizontal', dir });
        if (across === 'next' || across === 'previous') {
          const controls = controlsOf(row);
          const at = controls.indexOf(control);
          const next = controls[listMove(at, across, { count: controls.length })];
          if (at < 0 || !next || next === control) return;
          next.focus();
        } else {
          const move = listMoveForKey(event);
          if (!move) return;
          const { order: ids, groups: sizes } = latest.current;
          const at = ids.indexOf(itemId);
          const index = listMove(at, move, { count: ids.length, pageSize: pageSize(row), groups: sizes });
          if (at < 0 || index < 0 || index === at) return;
          const target = ids[index] as string;
          setLast({ itemId: target, index, part, moves: (latest.current.stop?.moves ?? 0) + 1 });
          const root = event.currentTarget;
          pending.current = focusControl(root, target, part) ? null : { root, itemId: target, part };
        }
      }
      event.preventDefault();
    },
    [actions, backlogId, readOnly],
  );

  return { stop, onFocus, onKeyDown };
}

/**
 * The control of a row that holds the list's tab stop, given the part the stop asks for and the
 * parts the row has (a row without a title button or a handle falls back to its first control).
 *
 * @example
 * stopPart('title', ['handle', 'check', 'menu']); // 'handle'
 */
export function stopPart(wanted: RowPart | null, parts: readonly RowPart[]): RowPart | null {
  if (wanted === null) return null;
  return parts.includes(wanted) ? wanted : (parts[0] ?? null);
}
