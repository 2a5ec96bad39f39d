import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type BacklogStateProps, useBacklogState } from './useBacklogState.js';

const ORDER = ['PROJ::1', 'a "quoted" id', '🚀', 'D'];

describe('useBacklogState', () => {
  it('keeps its own filter, grouping and selection when the host passes none', () => {
    const { result } = renderHook(() => useBacklogState({ defaultGroupBy: 'epic' }));
    expect(result.current.filter).toEqual({});
    expect(result.current.groupBy).toBe('epic');
    act(() => result.current.selection.select(ORDER, '🚀', { shiftKey: false }));
    act(() => result.current.selection.select(ORDER, 'PROJ::1', { shiftKey: true }));
    expect([...result.current.selected].sort()).toEqual(['PROJ::1', 'a "quoted" id', '🚀'].sort());
    act(() => result.current.setGroupBy('kind'));
    expect(result.current.groupBy).toBe('kind');
  });

  it('extends with Shift+arrows from the row, returning the row now focused, and shrinks back', () => {
    const { result } = renderHook(() => useBacklogState({}));
    let focus = '';
    act(() => {
      focus = result.current.selection.extend(ORDER, 'a "quoted" id', 1);
    });
    expect(focus).toBe('🚀');
    act(() => {
      focus = result.current.selection.extend(ORDER, focus, 1);
    });
    expect([...result.current.selected]).toEqual(['a "quoted" id', '🚀', 'D']);
    act(() => {
      focus = result.current.selection.extend(ORDER, focus, -1);
    });
    expect([...result.current.selected]).toEqual(['a "quoted" id', '🚀']);
  });

  it('when controlled, draws the host’s selection and only tells it of a change', () => {
    const onSelectionChange = vi.fn();
    const { result, rerender } = renderHook((props: BacklogStateProps) => useBacklogState(props), {
      initialProps: { selection: ['D'], onSelectionChange },
    });
    act(() => result.current.selection.select(ORDER, 'PROJ::1', { shiftKey: false }));
    expect(onSelectionChange).toHaveBeenLastCalledWith(['D', 'PROJ::1']);
    expect([...result.current.selected]).toEqual(['D']);
    rerender({ selection: ['D', 'PROJ::1'], onSelectionChange });
    expect([...result.current.selected]).toEqual(['D', 'PROJ::1']);
    act(() => result.current.selection.clear());
    expect(onSelectionChange).toHaveBeenLastCalledWith([]);
  });

  it('keeps one identity for the gestures, and one selected set per selection', () => {
    const { result, rerender } = renderHook(() => useBacklogState({}));
    const { selection, selected } = result.current;
    rerender();
    expect(result.current.selection).toBe(selection);
    expect(result.current.selected).toBe(selected);
    act(() => result.current.selection.selectAll(ORDER));
    expect(result.current.selection).toBe(selection);
    expect(result.current.selected.size).toBe(4);
  });

  it('clearing nothing tells no one', () => {
    const onSelectionChange = vi.fn();
    const { result } = renderHook(() => useBacklogState({ onSelectionChange }));
    act(() => result.current.selection.clear());
    expect(onSelectionChange).not.toHaveBeenCalled();
  });
});
