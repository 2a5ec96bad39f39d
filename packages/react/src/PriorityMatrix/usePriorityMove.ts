'use client';
import {
  type Change,
  type Plan,
  type PriorityMatrixView,
  type PriorityMove,
  type PriorityOptions,
  type PriorityReport,
  priorityMoveCommit,
  priorityMovePreview,
  priorityMoveStart,
  priorityMoveStep,
  priorityMoveToward,
  priorityQuadrant,
} from '@throughline/core';
import { type PointerEvent as ReactPointerEvent, type RefObject, useCallback, useMemo, useRef, useState } from 'react';
import type { ChartScales } from './chartScales.js';
import type { PriorityMatrixMessages } from './messages.js';
import { inputName } from './PriorityAside.js';
import type { MovingPoint } from './PriorityChart.js';

/** How far a pointer travels, in the chart's units, before a press on a point becomes a drag. */
const DRAG_THRESHOLD = 4;

export interface PriorityMoveOptions {
  readonly plan: Plan;
  readonly view: PriorityMatrixView;
  readonly report: PriorityReport;
  readonly options: PriorityOptions;
  readonly scales: ChartScales;
  readonly svgRef: RefObject<SVGSVGElement | null>;
  readonly messages: PriorityMatrixMessages;
  readonly format: (value: number) => string;
  readonly announce: (text: string) => void;
  readonly onChange: ((change: Change, nextPlan: Plan) => void) | undefined;
}

/** A pointer pressed on a point: which, where, and whether it has travelled far enough to drag. */
interface Press {
  readonly pointerId: number;
  readonly rank: number;
  readonly x0: number;
  readonly y0: number;
  started: boolean;
}

/** Where a client position falls in the chart's own units, or `null` where the SVG cannot say (no layout). */
function chartPoint(svg: SVGSVGElement | null, clientX: number, clientY: number): { x: number; y: number } | null {
  const matrix = svg?.getScreenCTM?.();
  if (!matrix) return null;
  const at = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return { x: at.x, y: at.y };
}

/**
 * Moving a point by keys or a pointer, on core's gesture (`priorityMoveStart`, `priorityMoveStep`,
 * `priorityMoveToward`, `priorityMoveCommit`): the point picked up, where the move would put it
 * (drawn, and announced at each step), and one `set-priority` change to `onChange` on drop. The
 * gesture is also kept as the last event left it, so keys pressed before the next render build on
 * it. Every returned function keeps one identity.
 *
 * @example
 * const move = usePriorityMove({ plan, view, report, options, scales, svgRef, messages, format, announce, onChange });
 * move.pickUp(0); move.step('value', 1); move.drop();
 */
export function usePriorityMove(options: PriorityMoveOptions) {
  const [gesture, setGestureState] = useState<{ readonly move: PriorityMove; readonly rank: number } | null>(null);
  const now = useRef(gesture);
  const latest = useRef(options);
  latest.current = options;
  const press = useRef<Press | null>(null);
  const setGesture = useCallback((next: { readonly move: PriorityMove; readonly rank: number } | null) => {
    now.current = next;
    setGestureState(next);
  }, []);

  /** The inputs as the move has them, in words: "impact 2, effort 1.5". */
  const inputsText = useCallback((move: PriorityMove) => {
    const { messages, format } = latest.current;
    return (['value', 'effort'] as const)
      .flatMap((axis) => {
        const knob = move.knobs[axis];
        const at = move.at[axis];
        if (!knob || at === undefined) return [];
        return [`${knob.label ?? inputName(knob.path.join('.'), messages)} ${format(at)}`];
      })
      .join(', ');
  }, []);

  /** Where the move puts the point, with the quadrant it lands in. */
  const where = useCallback((move: PriorityMove, rank: number) => {
    const o = latest.current;
    const point = o.view.points[rank];
    const preview = priorityMovePreview(o.plan, move, o.options);
    const value = preview.value ?? point?.value ?? 0;
    const effort = preview.effort ?? point?.effort ?? 0;
    return { value, effort, quadrant: priorityQuadrant({ value, effort }, o.view.split) };
  }, []);

  const announceMove = useCallback(
    (move: PriorityMove, rank: number) => {
      const o = latest.current;
      const title = o.view.points[rank]?.title ?? '';
      o.announce(o.messages.moving(title, inputsText(move), o.messages.quadrantOne[where(move, rank).quadrant]));
    },
    [inputsText, where],
  );

  const start = useCallback((rank: number): PriorityMove | null => {
    const o = latest.current;
    const point = o.view.points[rank];
    if (!point) return null;
    const score = (point.ref.kind === 'item' ? o.report.items : o.report.initiatives).find(
      (s) => s.ref.id === point.ref.id,
    );
    return priorityMoveStart(o.plan, point.ref, o.options, score);
  }, []);

  const pickUp = useCallback(
    (rank: number) => {
      const o = latest.current;
      const title = o.view.points[rank]?.title ?? '';
      const move = start(rank);
      if (!move) return o.announce(o.messages.cannotMove(title));
      setGesture({ move, rank });
      o.announce(o.messages.pickedUp(title));
    },
    [start, setGesture],
  );

  const step = useCallback(
    (axis: 'value' | 'effort', by: 1 | -1) => {
      const current = now.current;
      if (!current) return;
      const o = latest.current;
      const next = priorityMoveStep(current.move, axis, by);
      if (next === current.move) {
        const knob = current.move.knobs[axis];
        const name = knob ? (knob.label ?? inputName(knob.path.join('.'), o.messages)) : axis;
        return o.announce(o.messages.atEdge(o.view.points[current.rank]?.title ?? '', name));
      }
      setGesture({ move: next, rank: current.rank });
      announceMove(next, current.rank);
    },
    [setGesture, announceMove],
  );

  const drop = useCallback(() => {
    const current = now.current;
    setGesture(null);
    if (!current) return;
    const o = latest.current;
    const title = o.view.points[current.rank]?.title ?? '';
    const done = priorityMoveCommit(o.plan, current.move, o.options);
    if (!done) return o.announce(o.messages.cancelled(title));
    const quadrant = o.messages.quadrantOne[where(current.move, current.rank).quadrant];
    o.announce(o.messages.moved(title, inputsText(current.move), quadrant));
    o.onChange?.(done.change, done.plan);
  }, [setGesture, where, inputsText]);

  const cancel = useCallback(() => {
    const current = now.current;
    press.current = null;
    if (!current) return;
    setGesture(null);
    const o = latest.current;
    o.announce(o.messages.cancelled(o.view.points[current.rank]?.title ?? ''));
  }, [setGesture]);

  /** A press on point `rank`: a drag once it travels, a click (`false` from `release`) if not. */
  const press0 = useCallback((event: ReactPointerEvent<SVGSVGElement>, rank: number) => {
    const at = chartPoint(latest.current.svgRef.current, event.clientX, event.clientY);
    if (!at || event.button !== 0) return;
    (event.target as Element).setPointerCapture?.(event.pointerId);
    press.current = { pointerId: event.pointerId, rank, x0: at.x, y0: at.y, started: false };
  }, []);

  const pointerMove = useCallback(
    (event: ReactPointerEvent<SVGSVGElement>) => {
      const held = press.current;
      if (!held || held.pointerId !== event.pointerId) return;
      const o = latest.current;
      const at = chartPoint(o.svgRef.current, event.clientX, event.clientY);
      if (!at) return;
      if (!held.started) {
        if (Math.hypot(at.x - held.x0, at.y - held.y0) <= DRAG_THRESHOLD) return;
        const move = start(held.rank);
        if (!move) return;
        held.started = true;
        setGesture({ move, rank: held.rank });
      }
      const current = now.current;
      if (!current) return;
      const point = o.view.points[held.rank];
      if (!point) return;
      // The pointer's travel added to where the point was drawn: grabbing a point off its centre does not make it jump.
      const target = {
        effort: o.scales.x(point.effort) + (at.x - held.x0),
        value: o.scales.y(point.value) + (at.y - held.y0),
      };
      const next = priorityMoveToward(o.plan, current.move, target, o.scales.project, o.options);
      if (next === current.move) return;
      setGesture({ move: next, rank: current.rank });
      announceMove(next, current.rank);
    },
    [start, setGesture, announceMove],
  );

  /** Ends a press: drops a drag and returns true, or returns false for a press that never travelled (a click). */
  const release = useCallback(
    (event: ReactPointerEvent<SVGSVGElement>): boolean => {
      const held = press.current;
      if (!held || held.pointerId !== event.pointerId) return false;
      press.current = null;
      if (!held.started) return false;
      drop();
      return true;
    },
    [drop],
  );

  const moving: MovingPoint | null = useMemo(() => {
    if (!gesture) return null;
    const at = where(gesture.move, gesture.rank);
    return { rank: gesture.rank, x: options.scales.x(at.effort), y: options.scales.y(at.value) };
  }, [gesture, where, options.scales]);

  return {
    moving,
    /** The point being moved as the last event left it (for keys pressed before the next render). */
    movingRank: () => now.current?.rank ?? null,
    pickUp,
    step,
    drop,
    cancel,
    press: press0,
    pointerMove,
    release,
  };
}

export type PriorityMoveControls = ReturnType<typeof usePriorityMove>;
