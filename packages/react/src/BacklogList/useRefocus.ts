'use client';
import { type RefObject, useEffect, useRef } from 'react';
import type { RowPart } from './useRowFocus.js';

/** Where focus goes after a move: the moved item's control, else the row now at its old place. */
export interface Refocus {
  readonly itemId: string;
  readonly backlogId: string;
  readonly part: RowPart;
  readonly fromBacklogId: string;
  readonly fromIndex: number;
}

/** The rows of one backlog in the board, in the order shown; ids compared as values, never parsed. */
export function rowsOf(root: HTMLElement, backlogId: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-item-id]')].filter((row) => row.dataset.backlogId === backlogId);
}

/**
 * Focus that follows a moved item. After a move the row may re-mount in another list; focus goes
 * to it, on the same control the user was on, once the host has rendered the plan it accepted.
 * When the item left every list shown (moved to a backlog not on screen), focus goes to the row
 * that took its place, so keyboard users keep their position. Returns the slot to set before a move.
 */
export function useRefocus(root: RefObject<HTMLElement | null>): { current: Refocus | null } {
  const refocus = useRef<Refocus | null>(null);
  useEffect(() => {
    const target = refocus.current;
    if (!target || !root.current) return;
    refocus.current = null;
    const moved = rowsOf(root.current, target.backlogId).find((row) => row.dataset.itemId === target.itemId);
    const source = rowsOf(root.current, target.fromBacklogId);
    const row = moved ?? source[Math.min(target.fromIndex, source.length - 1)];
    row?.querySelector<HTMLElement>(`[data-part="${target.part}"]`)?.focus();
  });
  return refocus;
}
