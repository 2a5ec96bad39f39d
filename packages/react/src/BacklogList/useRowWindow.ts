'use client';
import { defaultRangeExtractor, type Range, useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { type RefObject, useCallback, useMemo, useRef } from 'react';

export interface RowWindowOptions<K> {
  /** The scrolling element the rows sit in. */
  readonly scroller: RefObject<HTMLElement | null>;
  /** Each row's stable key (an item id), in order. */
  readonly keys: readonly K[];
  /** A row kept rendered wherever the list is scrolled (the one being dragged); -1 for none. */
  readonly keepIndex: number;
  /** A row's height before it is measured. */
  readonly estimate: number;
  readonly gap?: number;
  readonly overscan?: number;
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
  estimate,
  gap = 0,
  overscan = 6,
}: RowWindowOptions<K>): RowWindow<K> {
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (keepIndex >= 0 && keepIndex < range.count && !indexes.includes(keepIndex)) {
        indexes.push(keepIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [keepIndex],
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
