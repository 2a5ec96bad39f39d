import {
  applyChange,
  type Change,
  type Plan,
  type RescheduleTarget,
  rescheduleTarget,
  type TimelineBar,
  type TimelineLayout,
} from '@throughline/core';
import { type PointerEvent as ReactPointerEvent, useCallback, useMemo, useRef, useState } from 'react';
import type { TimelineFormat } from './format.js';
import type { TimelineGeometry } from './geometry.js';
import type { RoadmapTimelineMessages } from './messages.js';

/** An initiative being moved: by this many steps, by the keyboard or (with `pointer`) a drag. */
export interface Moving {
  /** The initiative's id: only initiative bars move. */
  readonly id: string;
  readonly steps: number;
  readonly pointer?: { readonly id: number; readonly x0: number; readonly stepPx: number; readonly started: boolean };
}

interface RescheduleOptions {
  readonly plan: Plan;
  readonly layout: TimelineLayout;
  readonly geometry: TimelineGeometry;
  readonly bars: ReadonlyMap<string, TimelineBar>;
  readonly messages: RoadmapTimelineMessages;
  readonly format: TimelineFormat;
  readonly rtl: boolean;
  readonly onChange: ((change: Change, nextPlan: Plan) => void) | undefined;
  readonly announce: (text: string) => void;
}

/**
 * Rescheduling an initiative, by keyboard steps or a pointer drag: the move in progress, where it
 * would land, each step announced, and one `reschedule` change when it is committed. The move is
 * kept as the last event left it too, so keys pressed before the next render build on it.
 */
export function useReschedule(options: RescheduleOptions) {
  const { plan, layout, geometry, bars, messages, format, rtl, announce } = options;
  const [moving, setMovingState] = useState<Moving | null>(null);
  // Rendering reads `moving`; event handlers read this.
  const movingNow = useRef<Moving | null>(null);
  const suppressClick = useRef(false);
  const setMoving = useCallback((next: Moving | null) => {
    movingNow.current = next;
    setMovingState(next);
  }, []);

  const target: RescheduleTarget | null = useMemo(
    () => (moving ? rescheduleTarget(plan, moving.id, { layout, steps: moving.steps, unit: geometry.step }) : null),
    [moving, plan, layout, geometry.step],
  );

  const whereText = (t: RescheduleTarget) =>
    layout === 'horizons' || t.change.horizonId !== undefined
      ? (t.horizon?.title ?? '')
      : t.start !== undefined && t.end !== undefined
        ? format.range(t.start, t.end)
        : '';

  const announceMove = (id: string, steps: number) => {
    const bar = bars.get(id);
    if (!bar) return;
    const next = rescheduleTarget(plan, id, { layout, steps, unit: geometry.step });
    announce(next ? messages.moving(bar.title, whereText(next)) : messages.cannotMove(bar.title));
  };

  /** A keyboard step later (+1) or earlier (-1) for the initiative `id`. */
  const step = (id: string, by: number) => {
    const was = movingNow.current;
    const steps = (was?.id === id ? was.steps : 0) + by;
    setMoving({ id, steps });
    announceMove(id, steps);
  };

  const commit = (id: string) => {
    const m = movingNow.current;
    setMoving(null);
    const bar = bars.get(id);
    if (m?.id !== id || !bar) return;
    const current = rescheduleTarget(plan, id, { layout, steps: m.steps, unit: geometry.step });
    if (!current) return;
    const result = applyChange(plan, current.change);
    if (!result.ok) return;
    announce(messages.moved(bar.title, whereText(current)));
    options.onChange?.(current.change, result.plan);
  };

  const cancel = () => {
    const m = movingNow.current;
    if (!m) return;
    const bar = bars.get(m.id);
    setMoving(null);
    if (bar) announce(messages.cancelled(bar.title));
  };

  const onBarPointerDown = useCallback(
    (event: ReactPointerEvent<HTMLButtonElement>, id: string) => {
      if (event.button !== 0) return;
      const box = geometry.boxes.get(id);
      if (!box) return;
      // An undated bar moves a whole horizon at a time: one step is its own width.
      const stepPx = layout === 'time' && !box.bar.dated ? box.width : geometry.stepWidth;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      setMoving({ id, steps: 0, pointer: { id: event.pointerId, x0: event.clientX, stepPx, started: false } });
    },
    [geometry, layout, setMoving],
  );

  const onPointerMove = (event: ReactPointerEvent<HTMLElement>) => {
    const m = movingNow.current;
    const pointer = m?.pointer;
    if (!m || !pointer || pointer.id !== event.pointerId) return;
    const dx = (event.clientX - pointer.x0) * (rtl ? -1 : 1);
    const started = pointer.started || Math.abs(dx) > 4;
    const steps = started ? Math.round(dx / pointer.stepPx) : 0;
    if (steps !== m.steps || started !== pointer.started) {
      setMoving({ ...m, steps, pointer: { ...pointer, started } });
      if (steps !== m.steps) announceMove(m.id, steps);
    }
  };

  const onPointerUp = (event: ReactPointerEvent<HTMLElement>) => {
    const m = movingNow.current;
    const pointer = m?.pointer;
    if (!m || !pointer || pointer.id !== event.pointerId) return;
    if (pointer.started) {
      suppressClick.current = true;
      if (m.steps === 0) setMoving(null);
      else commit(m.id);
    } else setMoving(null);
  };

  const onPointerCancel = () => {
    if (movingNow.current?.pointer) setMoving(null);
  };

  /** True once for the click that ends a drag: that click selects nothing. */
  const takeClick = () => {
    const suppressed = suppressClick.current;
    suppressClick.current = false;
    return suppressed;
  };

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
