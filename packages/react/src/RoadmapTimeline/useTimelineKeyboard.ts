'use client';
import { type TimelineKeyAction, type TimelineOrder, timelineKeyAction } from '@throughline/core';
import { type KeyboardEvent as ReactKeyboardEvent, type RefObject, useCallback, useRef } from 'react';
import { refOf, type TimelineRef } from './refs.js';

export interface TimelineKeyboardOptions {
  readonly order: TimelineOrder;
  /** Where the keys already sent focus, if it has not landed yet: fast presses move on from there. */
  readonly focusRequest: RefObject<TimelineRef | null>;
  /** The initiative a move in progress moves, as the last event left it. */
  readonly movingId: () => string | null;
  readonly dir: 'ltr' | 'rtl';
  /** The ref is an initiative bar the reader may move. */
  readonly movable: (ref: TimelineRef) => boolean;
  readonly step: (id: string, by: number) => void;
  readonly commit: (id: string) => void;
  readonly cancel: () => void;
  readonly focus: (ref: TimelineRef) => void;
  readonly select: (ref: TimelineRef) => void;
}

/**
 * The chart's keys, delegated from the scroll area: core's `timelineKeyAction` decides (walk the
 * reading order, page by lane, step, commit, cancel, select) and this carries it out. Keys it
 * does not answer are left to the page. The handler keeps one identity and reads the latest
 * options when a key is pressed.
 *
 * @example
 * const onKeyDown = useTimelineKeyboard({ order, focusRequest, movingId, dir, movable, step, commit, cancel, focus, select });
 * <div role="group" onKeyDown={onKeyDown}>…</div>
 */
export function useTimelineKeyboard(options: TimelineKeyboardOptions) {
  const latest = useRef(options);
  latest.current = options;
  return useCallback((event: ReactKeyboardEvent<HTMLElement>) => {
    const focused = refOf(event.target);
    if (focused === undefined) return;
    const o = latest.current;
    const from = o.focusRequest.current ?? focused;
    const moving = o.movingId();
    const action = timelineKeyAction(o.order, event, { from, moving, movable: o.movable(from), dir: o.dir });
    if (action === null) return;
    run(action, o, moving !== null);
    event.preventDefault();
    event.stopPropagation();
  }, []);
}

function run(action: TimelineKeyAction, o: TimelineKeyboardOptions, moving: boolean): void {
  switch (action.type) {
    case 'focus':
      // A move never follows focus: leaving the bar abandons it.
      if (moving) o.cancel();
      o.focus(action.ref as TimelineRef);
      break;
    case 'step':
      o.step(action.initiativeId, action.by);
      break;
    case 'commit':
      o.commit(action.initiativeId);
      break;
    case 'cancel':
      o.cancel();
      break;
    case 'select':
      o.select(action.ref as TimelineRef);
      break;
    case 'stay':
      break;
  }
}
