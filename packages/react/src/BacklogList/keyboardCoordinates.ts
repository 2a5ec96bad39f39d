'use client';
import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';

interface Coordinates {
  readonly x: number;
  readonly y: number;
}

/** The box an element scrolls: the viewport for the page's scrolling element. */
function scrollBox(element: Element): { readonly top: number; readonly height: number } {
  if (element === element.ownerDocument.scrollingElement) {
    return { top: 0, height: element.ownerDocument.defaultView?.innerHeight ?? element.clientHeight };
  }
  const { top, height } = element.getBoundingClientRect();
  return { top, height };
}

/**
 * Scrolls `scroller` at once so that a row whose top is at `y` (viewport) keeps to the half of the
 * box the move heads away from, as dnd-kit's keyboard sensor keeps it; returns how far it scrolled
 * (positive: down), 0 when the row is already there or the scroller is at its end.
 */
export function scrollToKeep(scroller: Element, y: number, down: boolean): number {
  const box = scrollBox(scroller);
  const want = y - (box.top + box.height / 2);
  if (down ? want <= 0 : want >= 0) return 0;
  const before = scroller.scrollTop;
  const page = scroller === scroller.ownerDocument.scrollingElement;
  const max = scroller.scrollHeight - (page ? box.height : scroller.clientHeight);
  const target = Math.min(Math.max(before + want, 0), Math.max(max, 0));
  if (target === before) return 0;
  scroller.scrollTo({ top: target, behavior: 'instant' });
  return scroller.scrollTop - before;
}

const SCROLL_KEYS = new Set(['Home', 'End', 'PageUp', 'PageDown']);

/**
 * dnd-kit sortable's keyboard step (the next row up or down, the nearest row across), with the
 * list scrolled here, at once, when the step would leave the half of the list it keeps to. The
 * keyboard sensor would otherwise scroll instead of moving and find the new row only from the
 * scroll event a frame later, then render twice more: each step past the first screenful cost two
 * or three frames before a screen reader heard where the row is. The coordinates returned are the
 * row's once scrolled, so the sensor moves to it in the same task. Home, End, Page Up and Page
 * Down, which would scroll the list under the dragged row, are held back.
 *
 * @example
 * useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates });
 */
export const keyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  // Keys that scroll the page natively would carry the drop target off with the scroll (End, then
  // Space, dropped an item thousands of rows away): during a keyboard drag they do nothing.
  if (SCROLL_KEYS.has(event.code)) {
    event.preventDefault();
    return undefined;
  }
  const next = sortableKeyboardCoordinates(event, args);
  if (!next || (event.code !== 'ArrowDown' && event.code !== 'ArrowUp')) return next;
  const down = event.code === 'ArrowDown';
  for (const scroller of args.context.scrollableAncestors) {
    const moved = scrollToKeep(scroller, next.y, down);
    if (moved !== 0) return keep(scroller, { x: next.x, y: next.y - moved }, down);
  }
  return next;
};

/**
 * The coordinates as the sensor checks them: a fraction of a pixel past the middle (scroll
 * positions are rounded to device pixels) would still make it scroll instead of moving. Further
 * past it, the scroller is at its end and the row moves on without scrolling.
 */
function keep(scroller: Element, at: Coordinates, down: boolean): Coordinates {
  const box = scrollBox(scroller);
  const past = at.y - (box.top + box.height / 2);
  const slight = down ? past > 0 && past < 1 : past < 0 && past > -1;
  return slight ? { x: at.x, y: at.y - past } : at;
}
