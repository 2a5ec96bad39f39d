'use client';
import { type Range, useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { type RefObject, useCallback, useMemo, useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect.js';

export interface RowWindowOptions<K> {
  /** The scrolling element the rows sit in. */
  readonly scroller: RefObject<HTMLElement | null>;
  /** Each row's stable key (an item id), in order. */
  readonly keys: readonly K[];
  /** A row kept rendered wherever the list is scrolled (the one being dragged); -1 for none. */
  readonly keepIndex: number;
  /**
   * A row to scroll into view (the row keyboard focus went to), each time `revealKey` changes; -1
   * for none. The virtualiser scrolls, then corrects once the rows it passed are measured, so the
   * row shows even where rows are much taller than `estimate` (a narrow screen).
   */
  readonly revealIndex?: number;
  readonly revealKey?: number;
  /** A row's height before it is measured. */
  readonly estimate: number;
  readonly gap?: number;
  /** Rows rendered beyond each edge of the view, at least; default 2. */
  readonly overscan?: number;
  /**
   * The window's edges move in steps of this many rows (default 8), so a list scrolled a row at
   * a time (a keyboard drag) keeps the same rows rendered for most steps.
   */
  readonly block?: number;
}

export interface RowWindow<K> {
  /** The rows to render, in order: those in view, the overscan, and the kept row. */
  readonly items: readonly VirtualItem[];
  /** Their keys, in the same order: one array per window, so a consumer can memoise on it. */
  readonly windowKeys: readonly K[];
  readonly totalSize: number;
  /** Measures a rendered row (its element carries `data-index`); one identity. */
  readonly measure: (element: Element | null) => void;
}

/**
 * A long list rendered as a window of rows (TanStack Virtual), with one row kept rendered wherever
 * the list is scrolled: a dragged row's element carries the drag, so it must not unmount when it
 * leaves the view. Also returns the window's keys, for whatever works on the rendered rows only (a
 * sortable context handed just these stays O(window) per drag step, not O(list)).
 * On the server (no layout) the first screenful is rendered.
 *
 * @example
 * const window = useRowWindow({ scroller, keys: rowIds, keepIndex: draggedIndex, estimate: 76 });
 * window.items.map((entry) => <Row key={entry.key} index={entry.index} top={entry.start} />);
 */
export function useRowWindow<K extends string | number>({
  scroller,
  keys,
  keepIndex,
  revealIndex = -1,
  revealKey = 0,
  estimate,
  gap = 0,
  overscan = 2,
  block = 8,
}: RowWindowOptions<K>): RowWindow<K> {
  // Every change of the rendered rows costs a dragged list dearly: each row mounted or unmounted
  // re-registers a drop target, and dnd-kit then measures every target again. With edges on
  // multiples of `block`, a row-by-row scroll changes the window once every few rows, not on each.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const first = Math.max(0, Math.floor((range.startIndex - range.overscan) / block) * block);
      const last = Math.min(range.count - 1, Math.ceil((range.endIndex + range.overscan + 1) / block) * block - 1);
      const indexes: number[] = [];
      if (keepIndex >= 0 && keepIndex < first) indexes.push(keepIndex);
      for (let index = first; index <= last; index++) indexes.push(index);
      if (keepIndex > last && keepIndex < range.count) indexes.push(keepIndex);
      return indexes;
    },
    [keepIndex, block],
  );
  // One key function per list: the virtualiser recomputes every row's offset (the whole list, not
  // the window) whenever it is handed a new one, and a drag re-renders the window on every step.
  const getItemKey = useCallback((index: number) => keys[index] ?? index, [keys]);
  const virtualizer = useVirtualizer({
    count: keys.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    gap,
    overscan,
    initialRect: { width: 0, height: 640 },
    getItemKey,
    rangeExtractor,
    // Scroll and resize updates batch into React's next render instead of each forcing one
    // synchronously: a keyboard drag scrolls the list on every step, and a forced render per
    // scroll event and per measured row made each step re-render the window several times.
    useFlushSync: false,
  });
  const reveal = useRef(revealIndex);
  reveal.current = revealIndex;
  useIsomorphicLayoutEffect(() => {
    const index = reveal.current;
    if (revealKey !== 0 && index >= 0 && index < keys.length) virtualizer.scrollToIndex(index, { align: 'auto' });
    // Only when asked: a scroll by the wheel, or a reorder by the host, is left where it is.
  }, [revealKey]);
  const items = virtualizer.getVirtualItems();
  // One array while the window holds the same rows (a re-measured row changes `items`, not them):
  // a sortable context given a new array re-renders every row in it.
  const previous = useRef<readonly K[]>([]);
  const windowKeys = useMemo(() => {
    const next = items.map((entry) => keys[entry.index] as K);
    const was = previous.current;
    return next.length === was.length && next.every((key, i) => key === was[i]) ? was : next;
  }, [items, keys]);
  previous.current = windowKeys;
  return { items, windowKeys, totalSize: virtualizer.getTotalSize(), measure: virtualizer.measureElement };
}
