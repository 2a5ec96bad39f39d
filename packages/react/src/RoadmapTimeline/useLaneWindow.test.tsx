import { act, renderHook } from '@testing-library/react';
import { createPlan, timelineView } from '@throughline/core';
import { generatePlan } from '@throughline/core/sample';
import { describe, expect, it } from 'vitest';
import { timelineGeometry } from './geometry.js';
import { type LaneWindowOptions, useLaneWindow } from './useLaneWindow.js';
import { inSpan } from './useScrollWindow.js';

const plan = createPlan(generatePlan({ seed: 6, items: 500, initiatives: 300, themes: 40 }));
const view = timelineView(plan, { layout: 'time', lanesBy: 'theme' });
const geometry = timelineGeometry(view, { zoom: 'quarter', width: 1200, maxRows: 6 });

function setup(overrides: Partial<LaneWindowOptions> = {}) {
  // Not yet mounted (as on the server): the window is laid out for the initial size.
  const options: LaneWindowOptions = {
    scrollRef: { current: null },
    geometry,
    laneCount: view.lanes.length,
    headerHeight: 60,
    width: 1200,
    virtualizeAbove: 20,
    keepLane: undefined,
    ...overrides,
  };
  return renderHook((o: LaneWindowOptions) => useLaneWindow(o), { initialProps: options });
}

describe('useLaneWindow', () => {
  it('renders every lane up to the threshold, and only a window of them above it', () => {
    const few = setup({ virtualizeAbove: 100 });
    expect(few.result.current.virtualized).toBe(false);
    expect(few.result.current.lanes).toHaveLength(view.lanes.length);
    const many = setup();
    expect(view.lanes.length).toBeGreaterThan(20);
    expect(many.result.current.virtualized).toBe(true);
    expect(many.result.current.lanes.length).toBeLessThan(view.lanes.length);
    expect(many.result.current.lanes[0]).toBe(0);
  });

  it('keeps the lane of the tab stop rendered however far it is from view', () => {
    const last = view.lanes.length - 1;
    const { result, rerender } = setup();
    expect(result.current.lanes).not.toContain(last);
    const options = {
      scrollRef: { current: null },
      geometry,
      laneCount: view.lanes.length,
      headerHeight: 60,
      width: 1200,
      virtualizeAbove: 20,
      keepLane: last,
    };
    rerender(options);
    expect(result.current.lanes.at(-1)).toBe(last);
    expect([...result.current.lanes]).toEqual([...result.current.lanes].sort((a, b) => a - b));
  });

  it('keeps one span object until it moves, and holds what is near the start of the axis', () => {
    const { result, rerender } = setup();
    const span = result.current.span;
    const same = {
      scrollRef: { current: null },
      geometry,
      laneCount: view.lanes.length,
      headerHeight: 60,
      width: 1200,
    };
    act(() => rerender({ ...same, virtualizeAbove: 20, keepLane: undefined }));
    expect(result.current.span).toBe(span);
    expect(inSpan(span, 0, 10, 0, 10)).toBe(true);
    expect(inSpan(span, span.end + 1, 10)).toBe(false);
  });
});
