import type { Initiative, TimelineView } from '@throughline/core';
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
import { elementOf, RefOrder, refOf, sameRef, type TimelineRef } from './refs.js';

/**
 * The keyboard's reading order (milestones in time order, then the bars lane by lane, then the
 * listed unscheduled initiatives), the roving tab stop in it, and focus that follows the keys
 * once the element it goes to is drawn. Every place is a `{ kind, id }` ref.
 */
export function useTimelineNavigation(options: {
  readonly view: TimelineView;
  readonly geometry: TimelineGeometry;
  readonly unscheduled: readonly Initiative[];
  readonly rootRef: RefObject<HTMLElement | null>;
}) {
  const { view, geometry, unscheduled, rootRef } = options;
  const order = useMemo(
    () =>
      new RefOrder([
        ...view.milestones.map((m): TimelineRef => ({ kind: 'milestone', id: m.id })),
        ...geometry.order.map((id): TimelineRef => ({ kind: geometry.boxes.get(id)?.bar.kind ?? 'initiative', id })),
        ...unscheduled.map((i): TimelineRef => ({ kind: 'initiative', id: i.id })),
      ]),
    [view, geometry, unscheduled],
  );
  const lanes = useMemo(() => {
    const map = new Map<string, number>();
    view.lanes.forEach((lane, l) => {
      for (const bar of lane.bars) map.set(bar.id, l);
    });
    return map;
  }, [view]);
  /** The lane a bar is in; none for a milestone or an unscheduled initiative. */
  const laneOf = useCallback((ref: TimelineRef) => (ref.kind === 'milestone' ? undefined : lanes.get(ref.id)), [lanes]);

  const [chosen, setActive] = useState<TimelineRef | null>(null);
  const active = chosen !== null && order.has(chosen) ? chosen : (order.at(0) ?? null);

  // Where the keys sent focus, until it lands: fast presses move on from there.
  const focusRequest = useRef<TimelineRef | null>(null);
  useEffect(() => {
    const ref = focusRequest.current;
    if (ref === null) return;
    const element = elementOf(rootRef.current, ref);
    if (element) {
      focusRequest.current = null;
      element.focus();
    }
  });

  const requestFocus = (ref: TimelineRef) => {
    setActive(ref);
    focusRequest.current = ref;
  };

  const onFocus = (event: ReactFocusEvent<HTMLElement>) => {
    const ref = refOf(event.target);
    // Focus that lands elsewhere than the keys sent it (a click, say) overrides where they sent it.
    if (!sameRef(focusRequest.current, ref)) focusRequest.current = null;
    if (ref !== undefined && !sameRef(ref, active)) setActive(ref);
  };

  return { order, laneOf, active, setActive, focusRequest, requestFocus, onFocus };
}
