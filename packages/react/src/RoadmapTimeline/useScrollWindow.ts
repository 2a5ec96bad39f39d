'use client';
import { type RefObject, useEffect, useMemo, useRef, useState } from 'react';

/** Pixels rendered beyond each side of what is visible, along time and down the lanes. */
const OVERSCAN = 600;
/** Down the lanes a row is 52 pixels: a few rows either side are enough. */
const ROWS_OVERSCAN = 200;
/** The window moves in steps of this many pixels, so scrolling re-renders now and then, not per pixel. */
const WINDOW_STEP = 200;

/**
 * Calls `read` with the scroll container once it is mounted, then on the frame after each scroll
 * (and each resize of it, with `resize`): one read a frame however fast the events come.
 */
export function useOnScroll(
  scrollRef: RefObject<HTMLElement | null>,
  read: (scroller: HTMLElement) => void,
  options: { readonly resize?: boolean } = {},
) {
  const latest = useRef(read);
  latest.current = read;
  const resize = options.resize ?? false;
  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    let frame = 0;
    const run = () => {
      frame = 0;
      latest.current(scroller);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(run);
    };
    scroller.addEventListener('scroll', schedule, { passive: true });
    const observer = resize && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(schedule) : undefined;
    observer?.observe(scroller);
    run();
    return () => {
      scroller.removeEventListener('scroll', schedule);
      observer?.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [scrollRef, resize]);
}

/** The part of the lanes near what is visible: `start`–`end` along time, `top`–`bottom` down the lanes. */
export interface TimelineSpan {
  readonly start: number;
  readonly end: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * The part of the lanes near what is visible, from the scroll container's position: along time in
 * the inline coordinates the geometry uses, and down the lanes in pixels from the first lane.
 * Before mount (and on the server) it starts at the top and the inline start. The same object
 * until it moves, so memoised parts that take it skip a render.
 */
export function useScrollWindow(
  scrollRef: RefObject<HTMLElement | null>,
  width: number,
  headerWidth: number,
  header: number,
): TimelineSpan {
  const [offset, setOffset] = useState({ left: 0, top: 0, height: 640 });
  useOnScroll(scrollRef, (scroller) => {
    const left = Math.floor(Math.abs(scroller.scrollLeft) / WINDOW_STEP) * WINDOW_STEP;
    const top = Math.floor(scroller.scrollTop / WINDOW_STEP) * WINDOW_STEP;
    const height = scroller.clientHeight || 640;
    setOffset((o) => (o.left === left && o.top === top && o.height === height ? o : { left, top, height }));
  });
  const start = offset.left - OVERSCAN;
  const end = offset.left + width - headerWidth + WINDOW_STEP + OVERSCAN;
  const top = offset.top - header - ROWS_OVERSCAN;
  const bottom = offset.top + offset.height - header + WINDOW_STEP + ROWS_OVERSCAN;
  return useMemo(() => ({ start, end, top, bottom }), [start, end, top, bottom]);
}

/** The span holds a box (x and width along time, y and height down the lanes) at least in part. */
export const inSpan = (span: TimelineSpan, x: number, width: number, y?: number, height = 0): boolean =>
  x + width >= span.start && x <= span.end && (y === undefined || (y + height >= span.top && y <= span.bottom));
