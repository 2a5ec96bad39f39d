import type { KeyboardEvent as ReactKeyboardEvent, RefObject } from 'react';
import { type RefOrder, refOf, type TimelineRef } from './refs.js';
import type { Moving } from './useReschedule.js';

export interface TimelineKeyContext {
  readonly order: RefOrder;
  readonly laneOf: (ref: TimelineRef) => number | undefined;
  readonly laneCount: number;
  readonly focusRequest: RefObject<TimelineRef | null>;
  readonly rtl: boolean;
  /** It is an initiative bar that the reader may move. */
  readonly movable: (ref: TimelineRef) => boolean;
  readonly movingNow: RefObject<Moving | null>;
  readonly step: (id: string, by: number) => void;
  readonly commit: (id: string) => void;
  readonly cancel: () => void;
  readonly focus: (ref: TimelineRef) => void;
  readonly select: (ref: TimelineRef) => void;
}

/**
 * The chart's keys: ↑/↓ through the reading order, Page Up/Down between lanes, Home/End; ←/→ move
 * a movable bar a step (mirrored right to left) and go on otherwise; Enter or Space saves a move
 * or selects; Escape cancels a move. Keys not handled are left to the page.
 */
export function onTimelineKey(event: ReactKeyboardEvent<HTMLElement>, ctx: TimelineKeyContext): void {
  const focused = refOf(event.target);
  if (focused === undefined) return;
  const { order } = ctx;
  // Where keys already sent focus, if it has not landed yet: fast presses move on from there.
  const ref = ctx.focusRequest.current ?? focused;
  const moving = ctx.movingNow.current;
  const at = order.indexOf(ref);
  const movingThis = moving !== null && ref.kind === 'initiative' && moving.id === ref.id;
  const later = ctx.rtl ? 'ArrowLeft' : 'ArrowRight';
  const earlier = ctx.rtl ? 'ArrowRight' : 'ArrowLeft';
  const go = (to: number) => {
    const next = order.at(to);
    if (next !== undefined && order.indexOf(next) !== at) {
      if (moving) ctx.cancel();
      ctx.focus(next);
    }
  };
  switch (event.key) {
    case 'ArrowDown':
      go(at + 1);
      break;
    case 'ArrowUp':
      go(at - 1);
      break;
    case 'Home':
      go(0);
      break;
    case 'End':
      go(order.length - 1);
      break;
    case 'PageDown':
    case 'PageUp': {
      const by = event.key === 'PageDown' ? 1 : -1;
      const lane = ctx.laneOf(ref) ?? (by > 0 ? -1 : ctx.laneCount);
      for (let l = lane + by; l >= 0 && l < ctx.laneCount; l += by) {
        const first = order.refs.find((o) => ctx.laneOf(o) === l);
        if (first !== undefined) {
          go(order.indexOf(first));
          break;
        }
      }
      break;
    }
    case later:
    case earlier:
      if (ctx.movable(ref)) ctx.step(ref.id, event.key === later ? 1 : -1);
      else go(at + (event.key === later ? 1 : -1));
      break;
    case 'Enter':
    case ' ':
      if (movingThis) ctx.commit(ref.id);
      else ctx.select(ref);
      break;
    case 'Escape':
      if (!moving) return;
      ctx.cancel();
      break;
    default:
      return;
  }
  event.preventDefault();
  event.stopPropagation();
}
