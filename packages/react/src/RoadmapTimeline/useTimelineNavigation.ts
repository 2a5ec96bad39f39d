'use client';
import {
  type Initiative,
  type PlanRef,
  type TimelineOrder,
  type TimelineView,
  timelineOrder,
  timelineOrderIndex,
  timelineOrderLane,
} from '@throughline/core';
import {
  type FocusEvent as ReactFocusEvent,
  type RefObject,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { TimelineGeometry } from './geometry.js';
import { elementOf, refOf, sameRef, type TimelineRef } from './refs.js';

/** The reading order of a view as laid out: milestones in time order, each lane's bars as the geometry orders them, then the listed unscheduled initiatives. */
export function readingOrder(
  view: TimelineView,
  geometry: TimelineGeometry,
  unscheduled: readonly Initiative[],
): TimelineOrder {
  const lanes: PlanRef[][] = view.lanes.map(() => []);
  for (const id of geometry.order) {
    const box = geometry.boxes.get(id);
    if (box) lanes[box.lane]?.push({ kind: box.bar.kind, id });
  }
  return timelineOrder({
    milestones: view.milestones.map((m) => m.id),
    lanes,
    unscheduled: unscheduled.map((i) => i.id),
  });
}

/**
 * The roving tab stop over the timeline's reading order: the active place (the first when none
 * was chosen or the chosen one left the order), and focus that follows the keys once the element
 * it goes to is drawn (a virtualised lane mounts a frame later). Every place is a `{ kind, id }` ref.
 *
 * @example
 * const nav = useTimelineNavigation({ view, geometry, unscheduled: listed, rootRef });
 * nav.requestFocus({ kind: 'initiative', id: 'init-a' }); // tab stop moves; focus lands once drawn
 */
export function useTimelineNavigation(options: {
  readonly view: TimelineView;
  readonly geometry: TimelineGeometry;
  readonly unscheduled: readonly Initiative[];
  readonly rootRef: RefObject<HTMLElement | null>;
}) {
  const { view, geometry, unscheduled, rootRef } = options;
  const order = useMemo(() => readingOrder(view, geometry, unscheduled), [view, geometry, unscheduled]);
  const laneOf = useCallback((ref: TimelineRef | null) => timelineOrderLane(order, ref), [order]);

  const [chosen, setActive] = useState<TimelineRef | null>(null);
  const active: TimelineRef | null =
    chosen !== null && timelineOrderIndex(order, chosen) >= 0
      ? chosen
      : ((order.refs[0] as TimelineRef | undefined) ?? null);

  // Where the keys sent focus, until it lands: fast presses move on from there.
  const focusRequest = useRef<TimelineRef | null>(null);
  useEffect(() => {
    const ref = focusRequest.current;
    if (ref === null) return;
    const element = elementOf(rootRef.current, ref);
    if (element) {
      focusRequest.current = null;
      // Whole, clear of the sticky axis and lane headers (the scroll area's scroll padding), the
      // page following when the chart is taller or wider than the screen: focus() alone stops at
      // "partly visible".
      element.focus({ preventScroll: true });
      element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
  });

  const requestFocus = useCallback((ref: TimelineRef) => {
    setActive(ref);
    focusRequest.current = ref;
  }, []);

  const onFocus = useCallback((event: ReactFocusEvent<HTMLElement>) => {
    const ref = refOf(event.target);
    // Focus that lands elsewhere than the keys sent it (a click, say) overrides where they sent it.
    if (!sameRef(focusRequest.current, ref)) focusRequest.current = null;
    if (ref !== undefined) setActive((was) => (sameRef(was, ref) ? was : ref));
  }, []);

  return { order, laneOf, active, setActive, focusRequest, requestFocus, onFocus };
}

export type TimelineNavigation = ReturnType<typeof useTimelineNavigation>;
