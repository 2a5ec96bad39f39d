import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanRef } from '../model/types.js';
import {
  type TimelineKeyState,
  timelineKeyAction,
  timelineOrder,
  timelineOrderIndex,
  timelineOrderLane,
} from './timelineNavigation.js';

const bar = (id: string): PlanRef => ({ kind: 'initiative', id });
const milestone = (id: string): PlanRef => ({ kind: 'milestone', id });
// Ids that read like other kinds or hold separators are still just ids.
const order = timelineOrder({
  milestones: ['2', 'm:b'],
  lanes: [[bar('milestone:2'), bar('a')], [], [bar('b'), bar('c'), bar('d')]],
  unscheduled: ['u1', 'u2'],
});
const at = (from: PlanRef, extra: Partial<TimelineKeyState> = {}): TimelineKeyState => ({
  from,
  moving: null,
  movable: false,
  ...extra,
});
const key = (k: string, mods: { ctrlKey?: boolean; shiftKey?: boolean; altKey?: boolean } = {}) => ({
  key: k,
  ...mods,
});

describe('timelineOrder', () => {
  it('reads milestones, then lane by lane, then unscheduled, each band a group', () => {
    expect(order.refs.map((r) => `${r.kind} ${r.id}`)).toEqual([
      'milestone 2',
      'milestone m:b',
      'initiative milestone:2',
      'initiative a',
      'initiative b',
      'initiative c',
      'initiative d',
      'initiative u1',
      'initiative u2',
    ]);
    expect(order.groups).toEqual([2, 2, 0, 3, 2]);
  });

  it('finds places by kind and id, never by a joined string', () => {
    expect(timelineOrderIndex(order, milestone('2'))).toBe(0);
    expect(timelineOrderIndex(order, bar('2'))).toBe(-1);
    expect(timelineOrderIndex(order, bar('milestone:2'))).toBe(2);
    expect(timelineOrderLane(order, bar('c'))).toBe(2);
    expect(timelineOrderLane(order, milestone('2'))).toBeUndefined();
    expect(timelineOrderLane(order, bar('u1'))).toBeUndefined();
    expect(timelineOrderLane(order, null)).toBeUndefined();
  });
});

describe('timelineKeyAction', () => {
  it('walks the reading order with ↑/↓ and goes to its ends with Home/End', () => {
    expect(timelineKeyAction(order, key('ArrowDown'), at(milestone('m:b')))).toEqual({
      type: 'focus',
      ref: bar('milestone:2'),
    });
    expect(timelineKeyAction(order, key('ArrowUp'), at(bar('milestone:2')))).toEqual({
      type: 'focus',
      ref: milestone('m:b'),
    });
    expect(timelineKeyAction(order, key('ArrowUp'), at(milestone('2')))).toEqual({ type: 'stay' });
    expect(timelineKeyAction(order, key('End'), at(milestone('2')))).toEqual({ type: 'focus', ref: bar('u2') });
    expect(timelineKeyAction(order, key('Home'), at(bar('c')))).toEqual({ type: 'focus', ref: milestone('2') });
  });

  it('pages band by band, skipping empty lanes, and so does Ctrl with the arrows', () => {
    expect(timelineKeyAction(order, key('PageDown'), at(milestone('2')))).toEqual({
      type: 'focus',
      ref: bar('milestone:2'),
    });
    expect(timelineKeyAction(order, key('PageDown'), at(bar('a')))).toEqual({ type: 'focus', ref: bar('b') });
    expect(timelineKeyAction(order, key('PageUp'), at(bar('d')))).toEqual({ type: 'focus', ref: bar('milestone:2') });
    expect(timelineKeyAction(order, key('ArrowDown', { ctrlKey: true }), at(bar('c')))).toEqual({
      type: 'focus',
      ref: bar('u1'),
    });
    expect(timelineKeyAction(order, key('PageDown', { ctrlKey: true }), at(bar('c')))).toBeNull();
  });

  it('steps a movable bar with ←/→, mirrored right to left, and walks otherwise', () => {
    const movable = at(bar('b'), { movable: true });
    expect(timelineKeyAction(order, key('ArrowRight'), movable)).toEqual({ type: 'step', initiativeId: 'b', by: 1 });
    expect(timelineKeyAction(order, key('ArrowLeft'), movable)).toEqual({ type: 'step', initiativeId: 'b', by: -1 });
    expect(timelineKeyAction(order, key('ArrowLeft'), { ...movable, dir: 'rtl' })).toEqual({
      type: 'step',
      initiativeId: 'b',
      by: 1,
    });
    expect(timelineKeyAction(order, key('ArrowRight'), at(bar('b')))).toEqual({ type: 'focus', ref: bar('c') });
    expect(timelineKeyAction(order, key('ArrowRight'), at(bar('b'), { dir: 'rtl' }))).toEqual({
      type: 'focus',
      ref: bar('a'),
    });
    // A milestone never moves, whatever the flag says.
    expect(timelineKeyAction(order, key('ArrowRight'), at(milestone('2'), { movable: true }))).toEqual({
      type: 'focus',
      ref: milestone('m:b'),
    });
  });

  it('commits the focused bar’s move with Enter or Space, else selects; Escape cancels a move', () => {
    expect(timelineKeyAction(order, key('Enter'), at(bar('b'), { moving: 'b' }))).toEqual({
      type: 'commit',
      initiativeId: 'b',
    });
    expect(timelineKeyAction(order, key(' '), at(bar('c'), { moving: 'b' }))).toEqual({
      type: 'select',
      ref: bar('c'),
    });
    expect(timelineKeyAction(order, key('Enter'), at(milestone('2'), { moving: '2' }))).toEqual({
      type: 'select',
      ref: milestone('2'),
    });
    expect(timelineKeyAction(order, key('Escape'), at(bar('b'), { moving: 'b' }))).toEqual({ type: 'cancel' });
    expect(timelineKeyAction(order, key('Escape'), at(bar('b')))).toBeNull();
  });

  it('leaves other keys and Shift or Alt chords to the page', () => {
    expect(timelineKeyAction(order, key('a'), at(bar('b')))).toBeNull();
    expect(timelineKeyAction(order, key('Tab'), at(bar('b')))).toBeNull();
    expect(timelineKeyAction(order, key('ArrowDown', { shiftKey: true }), at(bar('b')))).toBeNull();
    expect(timelineKeyAction(order, key('ArrowDown', { altKey: true }), at(bar('b')))).toBeNull();
  });

  it('only ever focuses a place in the order, from anywhere, and ↓ then ↑ comes back', () => {
    const refs = order.refs;
    fc.assert(
      fc.property(
        fc.constantFrom(...refs, bar('gone')),
        fc.constantFrom('ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'),
        fc.boolean(),
        fc.constantFrom('ltr' as const, 'rtl' as const),
        (from, k, ctrlKey, dir) => {
          const action = timelineKeyAction(order, key(k, { ctrlKey }), { from, moving: null, movable: false, dir });
          if (action?.type === 'focus') expect(timelineOrderIndex(order, action.ref)).toBeGreaterThanOrEqual(0);
          else expect(action === null || action.type === 'stay').toBe(true);
        },
      ),
    );
    for (let i = 1; i < refs.length - 1; i++) {
      const down = timelineKeyAction(order, key('ArrowDown'), at(refs[i] as PlanRef));
      expect(down?.type).toBe('focus');
      if (down?.type !== 'focus') continue;
      expect(timelineKeyAction(order, key('ArrowUp'), at(down.ref))).toEqual({ type: 'focus', ref: refs[i] });
    }
  });
});
