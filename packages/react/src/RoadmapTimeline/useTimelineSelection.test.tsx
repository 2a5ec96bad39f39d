import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoadmapTimelineProps } from './props.js';
import { useTimelineSelection } from './useTimelineSelection.js';

afterEach(() => vi.restoreAllMocks());

describe('useTimelineSelection', () => {
  it('selects bars, not milestones, and tells the host { kind, id } either way', () => {
    const onSelect = vi.fn();
    const { result } = renderHook(() => useTimelineSelection(onSelect));
    act(() => result.current.select({ kind: 'initiative', id: 'milestone:2' }));
    expect(result.current.selected).toEqual({ kind: 'initiative', id: 'milestone:2' });
    act(() => result.current.select({ kind: 'milestone', id: '2' }));
    expect(result.current.selected).toEqual({ kind: 'initiative', id: 'milestone:2' });
    expect(onSelect.mock.calls).toEqual([
      [{ kind: 'initiative', id: 'milestone:2' }],
      [{ kind: 'milestone', id: '2' }],
    ]);
  });

  it('still calls a callback declared as (id, kind) that way, warning once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const calls: [string, string][] = [];
    const legacy = (id: string, kind: string) => calls.push([id, kind]);
    const { result } = renderHook(() => useTimelineSelection(legacy as never));
    act(() => result.current.select({ kind: 'theme', id: 'theme-a' }));
    act(() => result.current.select({ kind: 'initiative', id: 'init-b' }));
    expect(calls).toEqual([
      ['theme-a', 'theme'],
      ['init-b', 'initiative'],
    ]);
    expect(warn.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it('keeps one select function and calls the latest onSelect', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { result, rerender } = renderHook((cb: RoadmapTimelineProps['onSelect']) => useTimelineSelection(cb), {
      initialProps: first,
    });
    const select = result.current.select;
    rerender(second);
    expect(result.current.select).toBe(select);
    act(() => result.current.select({ kind: 'initiative', id: 'a' }));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ kind: 'initiative', id: 'a' });
  });
});
