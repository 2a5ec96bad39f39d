import { act, renderHook } from '@testing-library/react';
import type { Change, Plan, PlanRef } from '@throughline/core';
import { createPlan } from '@throughline/core';
import { describe, expect, it, vi } from 'vitest';
import { defaultBacklogListMessages } from './messages.js';
import { type BacklogMovesOptions, useBacklogMoves } from './useBacklogMoves.js';
import type { BacklogSelectionActions } from './useBacklogState.js';

// Ids holding separators, quotes and emoji.
const oddPlan = createPlan({
  items: ['PROJ::1', 'a "quoted" id', '🚀', 'D', 'S1'].map((id) => ({ id, title: `Item ${id}`, kind: 'story' })),
  backlogs: [
    { id: 'PROJ::backlog', title: 'Product', kind: 'product', itemIds: ['PROJ::1', 'a "quoted" id', '🚀', 'D'] },
    { id: 'sprint "1"', title: 'Sprint 1', kind: 'sprint', itemIds: ['S1'] },
  ],
});
const PRODUCT = 'PROJ::backlog';
const SPRINT = 'sprint "1"';
const SHOWN = ['PROJ::1', 'a "quoted" id', '🚀', 'D'];

function setup(overrides: Partial<BacklogMovesOptions> = {}) {
  const onChange = vi.fn<(change: Change, next: Plan) => void>();
  const onSelect = vi.fn<(ref: PlanRef) => void>();
  const announce = vi.fn<(text: string) => void>();
  const selection: BacklogSelectionActions = {
    select: vi.fn(),
    extend: vi.fn(() => 'a "quoted" id'),
    selectAll: vi.fn(),
    clear: vi.fn(),
  };
  const options: BacklogMovesOptions = {
    plan: oddPlan,
    messages: defaultBacklogListMessages,
    selected: new Set(),
    selection,
    shownIds: (id) => (id === PRODUCT ? SHOWN : ['S1']),
    onChange,
    onSelect,
    announce,
    n: String,
    ...overrides,
  };
  const root = { current: document.createElement('div') };
  const hook = renderHook((props: BacklogMovesOptions) => useBacklogMoves(root, props), { initialProps: options });
  return { ...hook, onChange, onSelect, selection, announce };
}

describe('useBacklogMoves', () => {
  it('offers top, position, bottom and the other backlogs, and moves with exact ids', () => {
    const { result, onChange, selection } = setup();
    const menu = result.current.actions.menu({ backlogId: PRODUCT, itemId: '🚀' });
    expect(menu.map((a) => a.label)).toEqual([
      'Move to top',
      'Move to position…',
      'Move to bottom',
      'Move to Sprint 1',
    ]);
    act(() => menu[0]?.run());
    expect(onChange.mock.calls[0]?.[0]).toEqual({ type: 'reorder', backlogId: PRODUCT, itemId: '🚀', toIndex: 0 });
    expect(selection.clear).toHaveBeenCalled();
    act(() => menu[3]?.run());
    expect(onChange.mock.calls[1]?.[0]).toEqual({
      type: 'move',
      itemId: '🚀',
      fromBacklogId: PRODUCT,
      toBacklogId: SPRINT,
      toIndex: 1,
    });
  });

  it('moves the backlog’s selection together when the row is in it', () => {
    const { result, onChange } = setup({ selected: new Set(['D', 'PROJ::1']) });
    expect(result.current.moving({ backlogId: PRODUCT, itemId: 'D' })).toEqual(['PROJ::1', 'D']);
    expect(result.current.moving({ backlogId: PRODUCT, itemId: '🚀' })).toEqual(['🚀']);
    act(() => result.current.actions.menu({ backlogId: PRODUCT, itemId: 'D' })[3]?.run());
    expect(onChange.mock.calls[0]?.[0]).toMatchObject({ type: 'batch' });
  });

  it('opens and closes the position form for one row, and moves to a typed position', () => {
    const { result, onChange } = setup();
    const row = { backlogId: PRODUCT, itemId: 'PROJ::1' };
    act(() => result.current.actions.menu(row)[1]?.run());
    expect(result.current.asking).toEqual(row);
    act(() => result.current.actions.moveToPosition(row, 3));
    expect(result.current.asking).toBeNull();
    expect(onChange.mock.calls[0]?.[0]).toEqual({ type: 'reorder', backlogId: PRODUCT, itemId: 'PROJ::1', toIndex: 2 });
  });

  it('announces where a move from the menu or the position form put the item, as a drop would', () => {
    const { result, announce } = setup();
    act(() => result.current.actions.menu({ backlogId: PRODUCT, itemId: '🚀' })[0]?.run());
    expect(announce).toHaveBeenLastCalledWith('Moved Item 🚀 to position 1 of 4 in Product.');
    act(() => result.current.actions.menu({ backlogId: PRODUCT, itemId: 'D' })[3]?.run());
    expect(announce).toHaveBeenLastCalledWith('Moved Item D to position 2 of 2 in Sprint 1.');
    act(() => result.current.actions.moveToPosition({ backlogId: PRODUCT, itemId: 'PROJ::1' }, 3));
    expect(announce).toHaveBeenLastCalledWith('Moved Item PROJ::1 to position 3 of 4 in Product.');
  });

  it('announces a move of several selected items by their count', () => {
    const { result, announce } = setup({ selected: new Set(['PROJ::1', 'D']) });
    act(() => result.current.actions.menu({ backlogId: PRODUCT, itemId: 'D' })[2]?.run());
    expect(announce).toHaveBeenLastCalledWith('Moved 2 items in Product.');
  });

  it('tells the host which item a title names, as a plan ref', () => {
    const { result, onSelect } = setup();
    act(() => result.current.actions.open('a "quoted" id'));
    expect(onSelect).toHaveBeenCalledWith({ kind: 'item', id: 'a "quoted" id' });
  });

  it('hands selection gestures the order shown, and keeps one identity across renders', () => {
    const { result, rerender, selection } = setup();
    const { actions } = result.current;
    act(() => actions.select({ backlogId: PRODUCT, itemId: 'D' }, { shiftKey: true }));
    expect(selection.select).toHaveBeenCalledWith(SHOWN, 'D', { shiftKey: true });
    rerender({
      plan: oddPlan,
      messages: defaultBacklogListMessages,
      selected: new Set(['D']),
      selection,
      shownIds: () => SHOWN,
      onChange: undefined,
      onSelect: undefined,
      announce: vi.fn(),
      n: String,
    });
    expect(result.current.actions).toBe(actions);
  });
});
