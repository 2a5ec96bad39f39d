import { act, renderHook } from '@testing-library/react';
import { createPlan, timelineView } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { timelineFormat } from './format.js';
import { timelineGeometry } from './geometry.js';
import { defaultRoadmapTimelineMessages } from './messages.js';
import { type RescheduleOptions, useReschedule } from './useReschedule.js';

const plan = createPlan(samplePlan());
const view = timelineView(plan, { layout: 'time', lanesBy: 'theme' });
const geometry = timelineGeometry(view, { zoom: 'quarter', width: 1200, today: '2026-11-25' });
const bars = new Map(view.lanes.flatMap((lane) => lane.bars.map((bar) => [bar.id, bar])));

function setup(overrides: Partial<RescheduleOptions> = {}) {
  const onChange = vi.fn();
  const announce = vi.fn();
  const options: RescheduleOptions = {
    plan,
    layout: 'time',
    geometry,
    bars,
    messages: defaultRoadmapTimelineMessages,
    format: timelineFormat('en-GB'),
    dir: 'ltr',
    onChange,
    announce,
    ...overrides,
  };
  const hook = renderHook(() => useReschedule(options));
  return { ...hook, onChange, announce };
}

const pointer = (type: string, pointerId: number, clientX: number, button = 0) =>
  ({
    type,
    pointerId,
    clientX,
    button,
    currentTarget: { setPointerCapture: () => undefined },
  }) as unknown as ReactPointerEvent<HTMLButtonElement>;

describe('useReschedule', () => {
  it('steps by keyboard, previews and announces each step, and commits one change', () => {
    const { result, onChange, announce } = setup();
    act(() => result.current.step('init-onboarding', 1));
    act(() => result.current.step('init-onboarding', 1));
    expect(result.current.moving).toEqual({ initiativeId: 'init-onboarding', steps: 2 });
    expect(result.current.target?.start).toBe('2026-12-01');
    expect(announce).toHaveBeenLastCalledWith(expect.stringMatching(/^Improve onboarding activation: 1 Dec 2026/));
    act(() => result.current.commit('init-onboarding'));
    expect(result.current.moving).toBeNull();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]?.[0]).toEqual({
      type: 'reschedule',
      initiativeId: 'init-onboarding',
      start: '2026-12-01',
      end: '2027-02-18',
    });
  });

  it('cancels back to where it started and tells no one but the reader', () => {
    const { result, onChange, announce } = setup();
    act(() => result.current.step('init-onboarding', -1));
    act(() => result.current.cancel());
    expect(result.current.moving).toBeNull();
    expect(result.current.target).toBeNull();
    expect(announce).toHaveBeenLastCalledWith('Move of Improve onboarding activation cancelled.');
    act(() => result.current.commit('init-onboarding'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('drags by whole columns past the threshold, and a press without travel is a click', () => {
    const { result, onChange } = setup();
    const column = geometry.stepWidth;
    act(() => result.current.onBarPointerDown(pointer('pointerdown', 1, 100), 'init-onboarding'));
    act(() => result.current.onPointerMove(pointer('pointermove', 1, 102)));
    expect(result.current.moving?.pointer?.started).toBe(false);
    act(() => result.current.onPointerUp(pointer('pointerup', 1, 102)));
    expect(result.current.moving).toBeNull();
    expect(result.current.takeClick()).toBe(false);

    act(() => result.current.onBarPointerDown(pointer('pointerdown', 1, 100), 'init-onboarding'));
    act(() => result.current.onPointerMove(pointer('pointermove', 2, 100 + column * 3)));
    expect(result.current.moving?.steps).toBe(0);
    act(() => result.current.onPointerMove(pointer('pointermove', 1, 100 + column)));
    expect(result.current.moving).toMatchObject({ steps: 1, pointer: { started: true } });
    act(() => result.current.onPointerUp(pointer('pointerup', 1, 100 + column)));
    expect(onChange.mock.calls[0]?.[0]).toMatchObject({ initiativeId: 'init-onboarding', start: '2026-11-01' });
    // The click that ends a drag selects nothing, once.
    expect(result.current.takeClick()).toBe(true);
    expect(result.current.takeClick()).toBe(false);
  });

  it('drags right to left in a right-to-left timeline', () => {
    const { result, onChange } = setup({ dir: 'rtl' });
    act(() => result.current.onBarPointerDown(pointer('pointerdown', 1, 500), 'init-onboarding'));
    act(() => result.current.onPointerMove(pointer('pointermove', 1, 500 - geometry.stepWidth)));
    act(() => result.current.onPointerUp(pointer('pointerup', 1, 500 - geometry.stepWidth)));
    expect(onChange.mock.calls[0]?.[0]).toMatchObject({ start: '2026-11-01' });
  });

  it('keeps one identity for every handler across renders', () => {
    const { result, rerender } = setup();
    const first = result.current;
    rerender();
    act(() => result.current.step('init-onboarding', 1));
    for (const name of ['step', 'commit', 'cancel', 'onBarPointerDown', 'onPointerMove', 'onPointerUp'] as const)
      expect(result.current[name]).toBe(first[name]);
  });
});
