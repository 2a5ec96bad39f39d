'use client';
import { daysBetween, initialWindow, type TimelineLayout, type TimelineView } from '@throughline/core';
import { type RefObject, useEffect, useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect.js';
import type { TimelineGeometry, TimelineZoom } from './geometry.js';

/**
 * Where the time axis is scrolled to. It opens where the work is (core `initialWindow`: on today
 * when work is near it, else on the latest past or the first future work), once, the first time
 * it is laid out at its container's width; an opening already on the first screen leaves the
 * scroll at the start. A zoom keeps the date at the start of the visible span where it was, not
 * the pixel offset (which at another zoom would show another month).
 */
export function useOpening(
  scrollRef: RefObject<HTMLElement | null>,
  options: {
    readonly view: TimelineView;
    readonly geometry: TimelineGeometry;
    readonly layout: TimelineLayout;
    readonly zoom: TimelineZoom;
    readonly rtl: boolean;
    readonly today: string;
  },
) {
  const { view, geometry, layout, zoom, rtl, today } = options;
  const opened = useRef(false);
  // The inline scroll position as the last scroll event (or this hook) left it: a zoom reads
  // this, not the scroller, so it never forces a layout in the middle of its own commit.
  const scrolled = useRef(0);
  useIsomorphicLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (opened.current || !scroller || scroller.clientWidth === 0 || layout !== 'time') return;
    opened.current = true;
    const visible = scroller.clientWidth - geometry.laneHeaderWidth;
    const first = geometry.dateAt(0);
    const last = geometry.dateAt(visible);
    const column = geometry.dateAt(geometry.stepWidth);
    if (first === undefined || last === undefined || column === undefined) return;
    // One column of what came before stays in view, so the opening reads in context.
    const opening = initialWindow(view, { today, days: daysBetween(first, last), lead: daysBetween(first, column) });
    const focus = geometry.xOf(opening.focus);
    if (focus >= 0 && focus <= visible - geometry.stepWidth) return;
    scrolled.current = Math.max(0, geometry.xOf(opening.start));
    scroller.scrollLeft = (rtl ? -1 : 1) * scrolled.current;
  }, [geometry, layout, rtl]);

  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const read = () => {
      scrolled.current = Math.abs(scroller.scrollLeft);
    };
    read();
    scroller.addEventListener('scroll', read, { passive: true });
    return () => scroller.removeEventListener('scroll', read);
  }, [scrollRef]);

  const beforeZoom = useRef({ zoom, geometry });
  useIsomorphicLayoutEffect(() => {
    const was = beforeZoom.current;
    beforeZoom.current = { zoom, geometry };
    const scroller = scrollRef.current;
    if (!scroller || was.zoom === zoom || layout !== 'time') return;
    const date = was.geometry.dateAt(scrolled.current);
    if (date === undefined) return;
    const next = Math.max(0, geometry.xOf(date));
    // At the start already (where most zooms begin), writing it would only force a layout.
    if (Math.round(next) === Math.round(scrolled.current)) return;
    scrolled.current = next;
    scroller.scrollLeft = (rtl ? -1 : 1) * next;
  }, [zoom, geometry, layout, rtl]);
}
