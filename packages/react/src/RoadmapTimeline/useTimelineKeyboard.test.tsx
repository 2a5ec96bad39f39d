import { act, renderHook } from '@testing-library/react';
import { createPlan, timelineView } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { timelineGeometry } from './geometry.js';
import { refAttributes, type TimelineRef } from './refs.js';
import { type TimelineKeyboardOptions, useTimelineKeyboard } from './useTimelineKeyboard.js';
import { readingOrder, useTimelineNavigation } from './useTimelineNavigation.js';

const plan = createPlan(samplePlan());
const view = timelineView(plan, { layout: 'time', lanesBy: 'theme' });
const geometry = timelineGeometry(view, { zoom: 'quarter', width: 1200, today: '2026-11-25' });
const order = readingOrder(view, geometry, []);
const onboarding: TimelineRef = { kind: 'initiative', id: 'init-onboarding' };

/** A key pressed on the element drawn for `ref`. */
function press(key: string, ref: TimelineRef, mods: Partial<KeyboardEvent> = {}) {
  const target = document.createElement('button');
  for (const [name, value] of Object.entries(refAttributes(ref))) target.setAttribute(name, value);
  return {
    key,
    target,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
    preventDefault: vi.fn(),
    stopPropagation: vi.fn(),
  } as unknown as ReactKeyboardEvent<HTMLElement> & { preventDefault: ReturnType<typeof vi.fn> };
}

function setup(overrides: Partial<TimelineKeyboardOptions> = {}) {
  const options = {
    order,
    focusRequest: { current: null },
    movingId: () => null,
    dir: 'ltr' as const,
    movable: (ref: TimelineRef) => ref.kind === 'initiative',
    step: vi.fn(),
    commit: vi.fn(),
    cancel: vi.fn(),
    focus: vi.fn(),
    select: vi.fn(),
    ...overrides,
  } satisfies TimelineKeyboardOptions;
  const { result } = renderHook(() => useTimelineKeyboard(options));
  return { onKeyDown: result.current, ...options };
}

describe('useTimelineKeyboard', () => {
  it('walks the reading order and leaves keys it does not answer to the page', () => {
    const { onKeyDown, focus } = setup();
    const down = press('ArrowDown', { kind: 'milestone', id: order.refs[0]?.id ?? '' });
    onKeyDown(down);
    expect(focus).toHaveBeenCalledWith(order.refs[1]);
    expect(down.preventDefault).toHaveBeenCalled();
    const tab = press('Tab', onboarding);
    onKeyDown(tab);
    expect(tab.preventDefault).not.toHaveBeenCalled();
  });

  it('steps a movable bar, mirrored right to left, commits on Enter and cancels on Escape', () => {
    const ltr = setup();
    ltr.onKeyDown(press('ArrowRight', onboarding));
    expect(ltr.step).toHaveBeenCalledWith('init-onboarding', 1);
    const rtl = setup({ dir: 'rtl', movingId: () => 'init-onboarding' });
    rtl.onKeyDown(press('ArrowRight', onboarding));
    expect(rtl.step).toHaveBeenCalledWith('init-onboarding', -1);
    rtl.onKeyDown(press('Enter', onboarding));
    expect(rtl.commit).toHaveBeenCalledWith('init-onboarding');
    rtl.onKeyDown(press('Escape', onboarding));
    expect(rtl.cancel).toHaveBeenCalledTimes(1);
  });

  it('cancels a move before focus leaves the bar, and moves on from where focus was sent', () => {
    const sent = order.refs[5] as TimelineRef;
    const { onKeyDown, cancel, focus } = setup({ movingId: () => 'init-onboarding', focusRequest: { current: sent } });
    onKeyDown(press('ArrowDown', onboarding));
    expect(cancel).toHaveBeenCalled();
    expect(focus).toHaveBeenCalledWith(order.refs[6]);
  });
});

describe('useTimelineNavigation', () => {
  it('holds one tab stop, the first place until one is chosen, and follows focus', () => {
    const root = document.createElement('div');
    const { result } = renderHook(() =>
      useTimelineNavigation({ view, geometry, unscheduled: [], rootRef: { current: root } }),
    );
    expect(result.current.active).toEqual(order.refs[0]);
    act(() => result.current.requestFocus(onboarding));
    expect(result.current.active).toEqual(onboarding);
    expect(result.current.focusRequest.current).toEqual(onboarding);
    expect(result.current.laneOf(onboarding)).toBe(0);
    expect(result.current.laneOf({ kind: 'milestone', id: order.refs[0]?.id ?? '' })).toBeUndefined();
  });
});
