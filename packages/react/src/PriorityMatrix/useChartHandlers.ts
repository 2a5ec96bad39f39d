'use client';
import {
  type PriorityKeyAction,
  type PriorityMatrixView,
  type PriorityPoint,
  priorityKeyAction,
} from '@throughline/core';
import {
  type FocusEvent as ReactFocusEvent,
  type KeyboardEvent as ReactKeyboardEvent,
  type PointerEvent as ReactPointerEvent,
  useMemo,
  useRef,
} from 'react';
import type { ChartHandlers } from './PriorityChart.js';
import { rankOf } from './usePointFocus.js';
import type { PriorityMoveControls } from './usePriorityMove.js';

export interface ChartHandlerOptions {
  readonly view: PriorityMatrixView;
  readonly focus: {
    readonly moveTo: (rank: number) => void;
    readonly onFocus: (event: ReactFocusEvent<SVGSVGElement>) => void;
  };
  readonly move: PriorityMoveControls;
  /** Points may be moved (the view is editable and the framework has inputs to move). */
  readonly editable: boolean;
  readonly dir: 'ltr' | 'rtl';
  readonly onSelect: ((ref: PriorityPoint['ref']) => void) | undefined;
}

/**
 * The chart's keys and pointers, handled once on the SVG: core's `priorityKeyAction` decides what
 * a key does (walk the points in rank order, pick one up, step it, drop or cancel, select) and this
 * carries it out; a press on a point drags it (when editable) or, if it never travels, focuses and
 * selects it. Focus leaving a point being moved puts it back. Keys the chart does not answer are
 * left to the page. The handlers keep one identity and read the latest options when called.
 *
 * @example
 * const handlers = useChartHandlers({ view, focus, move, editable, dir, onSelect });
 * <PriorityChart handlers={handlers} … />
 */
export function useChartHandlers(options: ChartHandlerOptions): ChartHandlers {
  const latest = useRef(options);
  latest.current = options;
  return useMemo(() => {
    const run = (action: PriorityKeyAction, o: ChartHandlerOptions) => {
      switch (action.type) {
        case 'focus':
          return o.focus.moveTo(action.index);
        case 'pick-up':
          return o.move.pickUp(action.index);
        case 'step':
          return o.move.step(action.axis, action.by);
        case 'drop':
          return o.move.drop();
        case 'cancel':
          return o.move.cancel();
        case 'select': {
          const point = o.view.points[action.index];
          if (point) o.onSelect?.(point.ref);
          return;
        }
        case 'stay':
          return;
      }
    };
    return {
      onKeyDown: (event: ReactKeyboardEvent<SVGSVGElement>) => {
        const rank = rankOf(event.target);
        if (rank === undefined) return;
        const o = latest.current;
        const moving = o.move.movingRank();
        const action = priorityKeyAction(event, {
          index: moving ?? rank,
          count: o.view.points.length,
          moving: moving !== null,
          movable: o.editable,
          dir: o.dir,
        });
        if (action === null) return;
        event.preventDefault();
        event.stopPropagation();
        run(action, o);
      },
      onFocus: (event: ReactFocusEvent<SVGSVGElement>) => latest.current.focus.onFocus(event),
      onBlur: (event: ReactFocusEvent<SVGSVGElement>) => {
        // A move never follows focus: leaving the point being moved puts it back.
        const o = latest.current;
        const moving = o.move.movingRank();
        if (moving !== null && rankOf(event.relatedTarget) !== moving) o.move.cancel();
      },
      onPointerDown: (event: ReactPointerEvent<SVGSVGElement>) => {
        const rank = rankOf(event.target);
        const o = latest.current;
        if (rank === undefined || !o.editable) return;
        o.move.press(event, rank);
      },
      onPointerMove: (event: ReactPointerEvent<SVGSVGElement>) => latest.current.move.pointerMove(event),
      onPointerUp: (event: ReactPointerEvent<SVGSVGElement>) => {
        const o = latest.current;
        if (o.move.release(event)) return;
        // A press that never travelled is a click: focus the point and tell the host.
        const rank = rankOf(event.target);
        const point = rank === undefined ? undefined : o.view.points[rank];
        if (rank === undefined || !point || event.button !== 0) return;
        o.focus.moveTo(rank);
        o.onSelect?.(point.ref);
      },
      onPointerCancel: () => latest.current.move.cancel(),
    };
  }, []);
}
