'use client';
import type { PriorityMatrixView } from '@throughline/core';
import { type FocusEvent as ReactFocusEvent, type RefObject, useCallback, useMemo, useRef, useState } from 'react';

/** The rank a point element carries, or `undefined` for anything else in the chart. */
export function rankOf(target: EventTarget | null): number | undefined {
  const rank = target instanceof Element ? target.getAttribute('data-rank') : null;
  return rank === null ? undefined : Number(rank);
}

/**
 * Roving focus over the chart's points: one point takes Tab (the last one focused, tracked by
 * entity so it survives a change of rank; the top one at first), `moveTo` focuses a point at once
 * (every point is focusable, so fast keys never wait for a render), and focus that lands on a point
 * by pointer or Tab makes it the one. The returned functions keep one identity.
 *
 * @example
 * const focus = usePointFocus(view, svgRef);
 * focus.moveTo(3); // focuses the point of rank 3, which then takes Tab
 */
export function usePointFocus(view: PriorityMatrixView, svgRef: RefObject<SVGSVGElement | null>) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const latest = useRef(view);
  latest.current = view;
  const active = useMemo(() => {
    const at = activeId === null ? -1 : view.points.findIndex((point) => point.ref.id === activeId);
    return Math.max(0, at);
  }, [view, activeId]);

  const moveTo = useCallback(
    (rank: number) => {
      const point = latest.current.points[rank];
      if (!point) return;
      setActiveId(point.ref.id);
      svgRef.current?.querySelector<SVGElement>(`[data-rank="${rank}"]`)?.focus();
    },
    [svgRef],
  );

  const onFocus = useCallback((event: ReactFocusEvent<SVGSVGElement>) => {
    const rank = rankOf(event.target);
    const point = rank === undefined ? undefined : latest.current.points[rank];
    if (point) setActiveId(point.ref.id);
  }, []);

  return { active, moveTo, onFocus };
}
