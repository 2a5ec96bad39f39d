import { act, renderHook } from '@testing-library/react';
import { createPlan } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { describe, expect, it, vi } from 'vitest';
import { type TimelineStateProps, useTimelineState } from './useTimelineState.js';

const plan = createPlan(samplePlan());
const measure = { width: 1200, barHeight: 44 };
const TODAY = '2026-11-25';

describe('useTimelineState', () => {
  it('owns layout, zoom, lanes and audience when the host does not, telling it of each change', () => {
    const onZoomChange = vi.fn();
    const onAudienceChange = vi.fn();
    const { result } = renderHook(() =>
      useTimelineState(plan, { today: TODAY, onZoomChange, onAudienceChange, defaultLanesBy: 'goal' }, measure),
    );
    expect(result.current).toMatchObject({ layout: 'time', zoom: 'quarter', lanesBy: 'goal', audience: 'product' });
    const setZoom = result.current.setZoom;
    act(() => result.current.setZoom('month'));
    expect(onZoomChange).toHaveBeenCalledWith('month');
    expect(result.current.zoom).toBe('month');
    expect(result.current.geometry.step).toBe('week');
    // Setters keep one identity, so memoised parts that take them never re-render for a new one.
    expect(result.current.setZoom).toBe(setZoom);
    act(() => result.current.setAudience('executive'));
    expect(onAudienceChange).toHaveBeenCalledWith('executive');
    expect(result.current.view.lanes.flatMap((l) => l.bars).every((b) => b.kind === 'theme')).toBe(true);
  });

  it('leaves controlled state to the host: a change is told, not drawn', () => {
    const onLayoutChange = vi.fn();
    const props: TimelineStateProps = { today: TODAY, layout: 'time', onLayoutChange };
    const { result, rerender } = renderHook((p: TimelineStateProps) => useTimelineState(plan, p, measure), {
      initialProps: props,
    });
    act(() => result.current.switchLayout('horizons'));
    expect(onLayoutChange).toHaveBeenCalledWith('horizons');
    expect(result.current.layout).toBe('time');
    rerender({ ...props, layout: 'horizons' });
    expect(result.current.view.layout).toBe('horizons');
  });

  it('keeps the view and geometry while nothing they depend on changes, and lays out again for what does', () => {
    const { result, rerender } = renderHook((m: typeof measure) => useTimelineState(plan, { today: TODAY }, m), {
      initialProps: measure,
    });
    const { view, geometry } = result.current;
    rerender({ ...measure });
    expect(result.current.view).toBe(view);
    expect(result.current.geometry).toBe(geometry);
    rerender({ ...measure, barHeight: 36 });
    expect(result.current.view).toBe(view);
    expect(result.current.geometry).not.toBe(geometry);
    expect(result.current.geometry.boxes.get('init-onboarding')?.height).toBe(36);
  });

  it('reuses a zoom’s layout when the zoom comes back', () => {
    const { result } = renderHook(() => useTimelineState(plan, { today: TODAY }, measure));
    const quarter = result.current.geometry;
    act(() => result.current.setZoom('month'));
    act(() => result.current.setZoom('quarter'));
    expect(result.current.geometry).toBe(quarter);
  });

  it('expands a lane and opens an unscheduled group with stable toggles', () => {
    const { result } = renderHook(() => useTimelineState(plan, { today: TODAY }, measure));
    const toggle = result.current.toggleLane;
    act(() => result.current.toggleLane('theme-onboarding'));
    expect(result.current.expandedLanes.has('theme-onboarding')).toBe(true);
    act(() => result.current.toggleLane('theme-onboarding'));
    expect(result.current.expandedLanes.size).toBe(0);
    expect(result.current.toggleLane).toBe(toggle);
  });
});
