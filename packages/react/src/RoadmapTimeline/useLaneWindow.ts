'use client';
import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { type RefObject, useCallback, useEffect, useRef } from 'react';
import type { TimelineGeometry } from './geometry.js';
import { type TimelineSpan, useScrollWindow } from './useScrollWindow.js';

export interface LaneWindowOptions {
  readonly scrollRef: RefObject<HTMLElement | null>;
  readonly geometry: TimelineGeometry;
  readonly laneCount: number;
  /** Pixels above the first lane inside the scroll area: the axis and the milestone band. */
  readonly headerHeight: number;
  /** The scroll area's width, for the first layout before it is measured. */
  readonly width: number;
  /** More lanes than this render only those in view. */
  readonly virtualizeAbove: number;
  /** The lane of the roving tab stop (or a bar being moved): always rendered. */
  readonly keepLane: number | undefined;
}

export interface LaneWindow {
  /** The lanes to render, in order. */
  readonly lanes: readonly number[];
  readonly virtualized: boolean;
  /** The part of the lanes near what is visible, in the geometry's pixels. */
  readonly span: TimelineSpan;
  /** Brings a lane into view (and so into the DOM). */
  readonly scrollToLane: (lane: number) => void;
}

/**
 * What of the lanes is rendered: with many lanes only those in view (TanStack Virtual, lane
 * heights from the geometry) plus the lane holding the tab stop, so focus and a bar being moved
 * never vanish; and, along time and down the rows, the span near the visible part (`span`), which
 * the lanes use to leave far bars out.
 *
 * @example
 * const { lanes, span, scrollToLane } = useLaneWindow({ scrollRef, geometry, laneCount, headerHeight, width, virtualizeAbove: 20, keepLane });
 */
export function useLaneWindow(options: LaneWindowOptions): LaneWindow {
  const { scrollRef, geometry, laneCount, headerHeight, width, keepLane } = options;
  const virtualized = laneCount > options.virtualizeAbove;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (keepLane !== undefined && !indexes.includes(keepLane)) indexes.push(keepLane);
      return indexes.sort((a, b) => a - b);
    },
    [keepLane],
  );
  const virtualizer = useVirtualizer({
    count: laneCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => geometry.lanes[i]?.height ?? 60,
    overscan: 2,
    scrollMargin: headerHeight,
    rangeExtractor,
    initialRect: { width, height: 640 },
    enabled: virtualized,
  });
  // estimateSize reads the geometry: lane heights change with width and density (not with zoom).
  // Not on mount, where the virtualizer has just read them (an extra pass would cost a frame).
  const laneHeights = virtualized ? geometry.lanes.map((lane) => lane.height).join() : '';
  const measured = useRef(laneHeights);
  useEffect(() => {
    if (!virtualized || measured.current === laneHeights) return;
    measured.current = laneHeights;
    virtualizer.measure();
  }, [virtualizer, virtualized, laneHeights]);

  const span = useScrollWindow(scrollRef, width, geometry.laneHeaderWidth, headerHeight);
  const lanes = virtualized
    ? virtualizer.getVirtualItems().map((v) => v.index)
    : Array.from({ length: laneCount }, (_, i) => i);
  const latest = useRef({ virtualizer, virtualized });
  latest.current = { virtualizer, virtualized };
  const scrollToLane = useCallback((lane: number) => {
    const { virtualizer: v, virtualized: on } = latest.current;
    if (on) v.scrollToIndex(lane, { align: 'auto' });
  }, []);
  return { lanes, virtualized, span, scrollToLane };
}
