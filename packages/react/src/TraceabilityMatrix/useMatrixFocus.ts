'use client';
import { clampGridPosition, type GridPosition, type GridShape, gridMove } from '@throughline/core';
import {
  type FocusEvent as ReactFocusEvent,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type RefObject,
  useCallback,
  useMemo,
  useRef,
  useState,
} from 'react';
import { revealInViewport } from '../shared/revealInViewport.js';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect.js';

export interface MatrixFocusOptions {
  /** The grid's scroll container; every focusable position inside carries `data-row` and `data-column`. */
  readonly scrollRef: RefObject<HTMLElement | null>;
  /** Body rows and columns as drawn (headers not counted; both take focus, as `-1`). */
  readonly rows: number;
  readonly columns: number;
  readonly dir: 'ltr' | 'rtl' | undefined;
  /** Height of one row, and of the sticky header row they scroll under (a page is what fits below it). */
  readonly rowHeight: number;
  readonly headerHeight: number;
  /** Enter, Space or a click on a position. */
  readonly onActivate: (position: GridPosition) => void;
  /**
   * Scrolls a position the keys move to into view, clear of the sticky headers, before it renders
   * (the grid's virtualiser, which then draws the lines there in the same render).
   */
  readonly reveal?: ((position: GridPosition) => void) | undefined;
}

/**
 * Reads the position an element (or its nearest ancestor) stands for, from its `data-row` and
 * `data-column` (two numbers, never one string to split; `data-pos` is only a styling hook).
 */
function positionOf(target: EventTarget): GridPosition | null {
  const element = target instanceof Element ? target.closest<HTMLElement>('[data-row][data-column]') : null;
  if (!element) return null;
  return { row: Number(element.dataset.row), column: Number(element.dataset.column) };
}

const same = (a: GridPosition, b: GridPosition) => a.row === b.row && a.column === b.column;

/**
 * Roving focus over the matrix's grid (WAI-ARIA grid pattern): one position is tabbable, the keys
 * move it as core's `gridMove` says (mirrored in right to left), `reveal` scrolls there before the
 * move renders, and the element drawn there takes focus before paint. A key pressed before the last move's
 * element is drawn moves on from where the keys sent focus, not from the element still holding it,
 * so fast presses are not lost. Enter, Space and clicks activate.
 *
 * @example
 * const focus = useMatrixFocus({ scrollRef, rows: 200, columns: 2000, dir, rowHeight: 52, headerHeight: 76, onActivate, reveal });
 * <div role="grid" ref={scrollRef} onKeyDown={focus.onKeyDown} onFocus={focus.onFocus} onClick={focus.onClick}>…</div>
 */
export function useMatrixFocus(options: MatrixFocusOptions) {
  const { scrollRef, rows, columns, dir } = options;
  const [active, setActive] = useState<GridPosition>({ row: 0, column: 0 });
  const shape: GridShape = useMemo(() => ({ rows, columns, dir }), [rows, columns, dir]);
  // The grid may have shrunk since focus was placed: the nearest position it still holds.
  const focused = useMemo(() => clampGridPosition(shape, active), [shape, active]);
  // Where the keys sent focus, until that element is drawn and focused.
  const request = useRef<GridPosition | null>(null);
  const latest = useRef({ shape, focused, options });
  latest.current = { shape, focused, options };

  useIsomorphicLayoutEffect(() => {
    const want = request.current;
    const scroller = scrollRef.current;
    if (!want || !scroller) return;
    const element = scroller.querySelector<HTMLElement>(`[data-row="${want.row}"][data-column="${want.column}"]`);
    if (!element) return;
    request.current = null;
    // Already scrolled into view inside the grid when the keys moved it (`reveal`); the page
    // follows when the grid is taller or wider than the screen.
    element.focus({ preventScroll: true });
    revealInViewport(element);
  });

  const moveTo = useCallback((next: GridPosition) => {
    const p = clampGridPosition(latest.current.shape, next);
    request.current = p;
    latest.current.options.reveal?.(p);
    setActive((was) => (same(was, p) ? was : p));
  }, []);

  // From outside the grid (a button that goes away, or one that jumps): focus there now when the
  // position is drawn, as no render may follow to do it; else once it is.
  const focusAt = useCallback(
    (next: GridPosition) => {
      moveTo(next);
      const want = request.current;
      const element =
        want && scrollRef.current?.querySelector<HTMLElement>(`[data-row="${want.row}"][data-column="${want.column}"]`);
      if (!element) return;
      request.current = null;
      element.focus({ preventScroll: true });
      revealInViewport(element);
    },
    [moveTo, scrollRef],
  );

  const onKeyDown = useCallback(
    (event: ReactKeyboardEvent<HTMLElement>) => {
      const target = positionOf(event.target);
      if (!target) return;
      const from = request.current ?? target;
      const { shape: grid, options: now } = latest.current;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        now.onActivate(from);
        return;
      }
      // Rows in view, read only when a page key is pressed: reading layout while rendering would force it every render.
      const page = event.key === 'PageDown' || event.key === 'PageUp' ? pageSize(now) : undefined;
      const next = gridMove({ ...grid, pageSize: page }, from, {
        key: event.key,
        ctrl: event.ctrlKey || event.metaKey,
      });
      if (!next) return;
      event.preventDefault();
      moveTo(next);
    },
    [moveTo],
  );

  const onClick = useCallback((event: ReactMouseEvent<HTMLElement>) => {
    const position = positionOf(event.target);
    if (!position) return;
    setActive((was) => (same(was, position) ? was : position));
    latest.current.options.onActivate(position);
  }, []);

  const onFocus = useCallback((event: ReactFocusEvent<HTMLElement>) => {
    const position = positionOf(event.target);
    if (!position) return;
    // Focus that lands elsewhere than the keys sent it (a click, say) overrides where they sent it.
    const want = request.current;
    if (want && !same(want, position)) request.current = null;
    setActive((was) => (same(was, position) ? was : position));
  }, []);

  return { focused, moveTo, focusAt, onKeyDown, onClick, onFocus };
}

/** Whole rows that fit under the sticky header row, less one so a page keeps one row of context. */
function pageSize(options: MatrixFocusOptions): number {
  const height = options.scrollRef.current?.clientHeight ?? 600;
  return Math.max(1, Math.floor((height - options.headerHeight) / options.rowHeight) - 1);
}
