'use client';
import {
  type Change,
  type Plan,
  type RescheduleContext,
  type RescheduleGesture,
  type RescheduleTarget,
  rescheduleCommit,
  reschedulePointerMove,
  reschedulePreview,
  rescheduleStart,
  rescheduleStep,
  type TimelineBar,
  type TimelineLayout,
} from '@throughline/core';
import { type PointerEvent as ReactPointerEvent, useCallback, useMemo, useRef, useState } from 'react';
import type { TimelineFormat } from './format.js';
import type { TimelineGeometry } from './geometry.js';
import type { RoadmapTimelineMessages } from './messages.js';

export interface RescheduleOptions {
  readonly plan: Plan;
  readonly layout: TimelineLayout;
  readonly geometry: TimelineGeometry;
  readonly bars: ReadonlyMap<string, TimelineBar>;
  readonly messages: RoadmapTimelineMessages;
  readonly format: TimelineFormat;
  readonly dir: 'ltr' | 'rtl';
  readonly onChange: ((change: Change, nextPlan: Plan) => void) | undefined;
  readonly announce: (text: string) => void;
}

const contextOf = (o: RescheduleOptions): RescheduleContext => ({ layout: o.layout, unit: o.geometry.step });

/**
 * Rescheduling an initiative by keyboard steps or a pointer drag, on core's gesture machine
 * (`rescheduleStep`, `reschedulePointerMove`, `rescheduleCommit`): the gesture in progress, where
 * it would land, each step announced, and one `reschedule` change to `onChange` on commit. The
 * gesture is also kept as the last event left it, so keys pressed before the next render build
 * on it. Every returned function keeps one identity.
 *
 * @example
 * const move = useReschedule({ plan, layout, geometry, bars, messages, format, dir, onChange, announce });
 * move.step('init-a', 1); // previews a step later and announces it
 * move.commit('init-a'); // one reschedule change to onChange
 */
export function useReschedule(options: RescheduleOptions) {
  const { plan, layout, geometry } = options;
  const [moving, setMovingState] = useState<RescheduleGesture | null>(null);
  // Rendering reads `moving`; event handlers read this, and the latest options.
  const movingNow = useRef<RescheduleGesture | null>(null);
  const latest = useRef(options);
  latest.current = options;
  const suppressClick = useRef(false);
  const setMoving = useCallback((next: RescheduleGesture | null) => {
    movingNow.current = next;
    setMovingState(next);
  }, []);

  const target: RescheduleTarget | null = useMemo(
    () => (moving ? reschedulePreview(plan, moving, { layout, unit: geometry.step }) : null),
    [moving, plan, layout, geometry.step],
  );

  const whereText = useCallback((t: RescheduleTarget) => {
    const { layout: l, format } = latest.current;
    if (l === 'horizons' || t.change.horizonId !== undefined) return t.horizon?.title ?? '';
    return t.start !== undefined && t.end !== undefined ? format.range(t.start, t.end) : '';
  }, []);

  const announceMove = useCallback(
    (gesture: RescheduleGesture) => {
      const o = latest.current;
      const bar = o.bars.get(gesture.initiativeId);
      if (!bar) return;
      const next = reschedulePreview(o.plan, gesture, contextOf(o));
      o.announce(next ? o.messages.moving(bar.title, whereText(next)) : o.messages.cannotMove(bar.title));
    },
    [whereText],
  );

  /** A keyboard step later (+1) or earlier (-1) for the initiative `id`. */
  const step = useCallback(
    (id: string, by: number) => {
      const next = rescheduleStep(movingNow.current, id, by);
      setMoving(next);
      announceMove(next);
    },
    [setMoving, announceMove],
  );

  const commit = useCallback(
    (id: string) => {
      const gesture = movingNow.current;
      setMoving(null);
      const o = latest.current;
      const bar = o.bars.get(id);
      if (gesture?.initiativeId !== id || !bar) return;
      const done = rescheduleCommit(o.plan, gesture, contextOf(o));
      if (!done) return;
      o.announce(o.messages.moved(bar.title, whereText(done.target)));
      o.onChange?.(done.change, done.plan);
    },
    [setMoving, whereText],
  );

  const cancel = useCallback(() => {
    const gesture = movingNow.current;
    if (!gesture) return;
    setMoving(null);
    const o = latest.current;
    const bar = o.bars.get(gesture.initiativeId);
    if (bar) o.announce(o.messages.cancelled(bar.title));
  }, [setMoving]);

  const onBarPointerDown = useCallback(
    (event: ReactPointerEvent<HTMLButtonElement>, id: string) => {
      if (event.button !== 0) return;
      const { geometry: g, layout: l } = latest.current;
      const box = g.boxes.get(id);
      if (!box) return;
      // An undated bar moves a whole horizon at a time: one step is its own width.
      const stepPx = l === 'time' && !box.bar.dated ? box.width : g.stepWidth;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      setMoving(rescheduleStart(id, { id: event.pointerId, x0: event.clientX, stepPx }));
    },
    [setMoving],
  );

  const onPointerMove = useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      const gesture = movingNow.current;
      if (!gesture) return;
      const next = reschedulePointerMove(gesture, event, latest.current.dir);
      if (next === gesture) return;
      setMoving(next);
      if (next.steps !== gesture.steps) announceMove(next);
    },
    [setMoving, announceMove],
  );

  const onPointerUp = useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      const gesture = movingNow.current;
      const pointer = gesture?.pointer;
      if (!gesture || !pointer || pointer.id !== event.pointerId) return;
      if (!pointer.started) return setMoving(null);
      suppressClick.current = true;
      if (gesture.steps === 0) setMoving(null);
      else commit(gesture.initiativeId);
    },
    [setMoving, commit],
  );

  const onPointerCancel = useCallback(() => {
    if (movingNow.current?.pointer) setMoving(null);
  }, [setMoving]);

  /** True once for the click that ends a drag: that click selects nothing. */
  const takeClick = useCallback(() => {
    const suppressed = suppressClick.current;
    suppressClick.current = false;
    return suppressed;
  }, []);

  return {
    moving,
    movingNow,
    target,
    step,
    commit,
    cancel,
    takeClick,
    onBarPointerDown,
    onPointerMove,
    onPointerUp,
    onPointerCancel,
  };
}

export type Reschedule = ReturnType<typeof useReschedule>;
