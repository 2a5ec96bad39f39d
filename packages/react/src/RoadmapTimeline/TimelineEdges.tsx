'use client';
import { type TimelineBar, type TimelineView, workOutside } from '@throughline/core';
import { memo, type RefObject, useState } from 'react';
import type { TimelineGeometry } from './geometry.js';
import type { RoadmapTimelineMessages } from './messages.js';
import { useOnScroll } from './useScrollWindow.js';

/** The inline scroll position and the width of the time area in view, read as the reader scrolls. */
function useVisibleSpan(scrollRef: RefObject<HTMLElement | null>, headerWidth: number) {
  const [span, setSpan] = useState<{ left: number; width: number } | null>(null);
  useOnScroll(
    scrollRef,
    (scroller) => {
      const left = Math.abs(scroller.scrollLeft);
      const width = Math.max(0, scroller.clientWidth - headerWidth);
      setSpan((s) => (s && s.left === left && s.width === width ? s : { left, width }));
    },
    { resize: true },
  );
  return span;
}

export interface TimelineEdgesProps {
  readonly view: TimelineView;
  readonly geometry: TimelineGeometry;
  readonly scrollRef: RefObject<HTMLElement | null>;
  /** Pixels from the top of the frame to the first lane: the controls sit just under the axis. */
  readonly top: number;
  readonly messages: RoadmapTimelineMessages;
  /** Brings a bar outside the visible span into view. */
  readonly onReveal: (bar: TimelineBar, side: 'before' | 'after') => void;
}

/**
 * "Earlier work" and "Later work" at the edges of the time axis when bars lie wholly outside the
 * visible span, each with their count; each scrolls to the nearest of them. Nothing when all the
 * work is in view (or before the scroll area is measured).
 */
export const TimelineEdges = memo(function TimelineEdges(props: TimelineEdgesProps) {
  const { geometry: g, messages } = props;
  const span = useVisibleSpan(props.scrollRef, g.laneHeaderWidth);
  if (!span || props.view.layout !== 'time' || span.width === 0) return null;
  const start = g.dateAt(span.left);
  const end = g.dateAt(span.left + span.width);
  if (start === undefined || end === undefined) return null;
  const { before, after } = workOutside(props.view, { start, end }, (bar) => g.boxes.has(bar.id));
  const edge = (side: 'before' | 'after', count: number, bar: TimelineBar | undefined) =>
    bar && count > 0 ? (
      <button
        type="button"
        className="tl-timeline-edge"
        data-edge={side}
        style={{
          top: props.top,
          ...(side === 'before' ? { insetInlineStart: g.laneHeaderWidth + 8 } : { insetInlineEnd: 24 }),
        }}
        onClick={() => props.onReveal(bar, side)}
      >
        {side === 'before' ? messages.earlierWork(count) : messages.laterWork(count)}
      </button>
    ) : null;
  return (
    <>
      {edge('before', before.count, before.nearest)}
      {edge('after', after.count, after.nearest)}
    </>
  );
});

/**
 * Scrolls a bar outside the visible span into view with a column of context (after the span: to
 * its start; before it: to its end). False when there is no scroller or no such bar to reveal.
 */
export function revealBar(
  scroller: HTMLElement | null,
  g: TimelineGeometry,
  bar: TimelineBar,
  side: 'before' | 'after',
  rtl: boolean,
): boolean {
  const box = g.boxes.get(bar.id);
  if (!box || !scroller) return false;
  const visible = scroller.clientWidth - g.laneHeaderWidth;
  const x = side === 'after' ? box.x - g.stepWidth : Math.min(box.x, box.x + box.width + g.stepWidth - visible);
  scroller.scrollLeft = (rtl ? -1 : 1) * Math.max(0, x);
  return true;
}
