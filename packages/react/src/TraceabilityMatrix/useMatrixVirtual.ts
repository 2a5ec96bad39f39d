'use client';
import { type Range, useVirtualizer } from '@tanstack/react-virtual';
import { type GridPosition, revealOffset } from '@throughline/core';
import { type RefObject, useCallback, useMemo, useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect.js';
import { withIndex } from './lines.js';

/** One line drawn along an axis: its index, where it starts (headers' room included) and its size. */
export interface MatrixSpan {
  readonly index: number;
  readonly key: number | string | bigint;
  readonly start: number;
  readonly size: number;
}

export interface MatrixVirtualOptions {
  readonly scrollRef: RefObject<HTMLElement | null>;
  /** Lines drawn as rows, and across as columns. */
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rowHeight: number;
  readonly columnWidth: number;
  /** Room the sticky header row and header column take before the first row and column. */
  readonly headerHeight: number;
  readonly headerWidth: number;
  /** The focused row and column (`-1` for a header): always drawn, so focus survives scrolling. */
  readonly focusedRow: number;
  readonly focusedColumn: number;
  /** Draw only the lines in view (and the focused ones); otherwise every line, with no layout read. */
  readonly virtualize: boolean;
  readonly rtl: boolean;
}

/** A rect to lay out against before the scroller is measured (and on the server, where it never is). */
const INITIAL_RECT = { width: 1000, height: 600 };

/**
 * Which rows and columns of the matrix to draw, and where: both axes virtualised when `virtualize`
 * (the lines in view plus overscan, and always the focused row and column), every line otherwise —
 * small grids draw whole, so they render fully on the server and in tests without layout. Spans
 * keep their identity while the range they come from is unchanged, so memoised rows and cells
 * skip a render that moves nothing. `reveal` scrolls a position into view from the lines' sizes
 * alone (no layout read) and draws the lines there in the render that follows, so the scroll event
 * finds them already drawn.
 *
 * @example
 * const { rows, columns, width, height } = useMatrixVirtual({ scrollRef, rowCount: 200, columnCount: 2000, ... });
 * rows.map((row) => <Row key={row.key} top={row.start} height={row.size} columns={columns} />);
 */
export function useMatrixVirtual(options: MatrixVirtualOptions) {
  const { scrollRef, rowCount, columnCount, rowHeight, columnWidth, virtualize } = options;
  const latest = useRef(options);
  latest.current = options;
  // The focused line joins the range; the extractors change only when the focused line does.
  const rowRange = useCallback((range: Range) => withIndex(range, options.focusedRow), [options.focusedRow]);
  const columnRange = useCallback((range: Range) => withIndex(range, options.focusedColumn), [options.focusedColumn]);
  const rowVirtualizer = useVirtualizer({
    count: virtualize ? rowCount : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 4,
    scrollMargin: options.headerHeight,
    rangeExtractor: rowRange,
    initialRect: INITIAL_RECT,
  });
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: virtualize ? columnCount : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => columnWidth,
    overscan: 1,
    scrollMargin: options.headerWidth,
    rangeExtractor: columnRange,
    initialRect: INITIAL_RECT,
    isRtl: options.rtl,
  });
  // Sizes change with the axes' shape (transposing): measured again before paint. Not on mount,
  // where the estimates are already these sizes (a measure there would cost a second render).
  const sizes = useRef({ rowHeight, columnWidth });
  useIsomorphicLayoutEffect(() => {
    const was = sizes.current;
    if (was.rowHeight === rowHeight && was.columnWidth === columnWidth) return;
    sizes.current = { rowHeight, columnWidth };
    rowVirtualizer.measure();
    columnVirtualizer.measure();
  }, [rowHeight, columnWidth, rowVirtualizer, columnVirtualizer]);

  const allRows = useMemo(
    () => (virtualize ? null : every(rowCount, rowHeight, options.headerHeight)),
    [virtualize, rowCount, rowHeight, options.headerHeight],
  );
  const allColumns = useMemo(
    () => (virtualize ? null : every(columnCount, columnWidth, options.headerWidth)),
    [virtualize, columnCount, columnWidth, options.headerWidth],
  );
  const rows: readonly MatrixSpan[] = allRows ?? rowVirtualizer.getVirtualItems();
  const columns: readonly MatrixSpan[] = allColumns ?? columnVirtualizer.getVirtualItems();

  const reveal = useCallback(
    (position: GridPosition) => {
      const o = latest.current;
      const scroller = o.scrollRef.current;
      // Hidden, or without a layout engine (a server, jsdom): there is nothing to scroll into.
      if (!scroller || scroller.clientWidth === 0 || scroller.clientHeight === 0) return;
      const height = scroller.clientHeight;
      const width = scroller.clientWidth;
      // Right to left, scrollLeft runs from 0 to negative: measured here from the inline start.
      const sign = o.rtl ? -1 : 1;
      const was = { top: scroller.scrollTop, left: scroller.scrollLeft * sign };
      // Headers are sticky: a header row or column never needs scrolling along its own axis.
      // One axis: where its scroll must go to show the line at `index` (a header, -1, never scrolls).
      const axis = (index: number, offset: number, view: number, inset: number, count: number, size: number) =>
        index < 0
          ? offset
          : revealOffset({ offset, view, inset, max: inset + count * size - view }, inset + index * size, size);
      const top = axis(position.row, was.top, height, o.headerHeight, o.rowCount, o.rowHeight);
      const left = axis(position.column, was.left, width, o.headerWidth, o.columnCount, o.columnWidth);
      if (top !== was.top) scroller.scrollTop = top;
      if (left !== was.left) scroller.scrollLeft = left * sign;
      if (!o.virtualize) return;
      // The virtualisers hear of the scroll from its event, a frame later. Told now (what their
      // scroll handlers would record), the render this move causes draws the lines in view there,
      // and the event, finding the offset it already knows, renders nothing again.
      rowVirtualizer.scrollOffset = scroller.scrollTop;
      columnVirtualizer.scrollOffset = scroller.scrollLeft * sign;
    },
    [rowVirtualizer, columnVirtualizer],
  );

  return {
    rows,
    columns,
    reveal,
    width: options.headerWidth + columnCount * columnWidth,
    height: options.headerHeight + rowCount * rowHeight,
  };
}

/** Every line of an axis, laid end to end after the headers' room (as the virtualisers' scroll margin does). */
function every(count: number, size: number, margin: number): MatrixSpan[] {
  return Array.from({ length: count }, (_, index) => ({ index, key: index, start: margin + index * size, size }));
}
