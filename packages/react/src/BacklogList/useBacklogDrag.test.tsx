import type { Active, Over } from '@dnd-kit/core';
import { act, renderHook } from '@testing-library/react';
import { createPlan } from '@throughline/core';
import { describe, expect, it, vi } from 'vitest';
import { defaultBacklogListMessages } from './messages.js';
import { type BacklogDragOptions, useBacklogDrag } from './useBacklogDrag.js';

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

/** A dnd-kit node as the sensors hand it over: an opaque id, the row in `data`. */
const node = (backlogId: string, itemId: string | null, id = 'tl-row-x') =>
  ({
    id,
    data: { current: { backlogId, itemId } },
    rect: { current: { initial: null, translated: null } },
  }) as unknown as Active & Over;

function setup() {
  const emit = vi.fn();
  const options: BacklogDragOptions = {
    plan: oddPlan,
    messages: defaultBacklogListMessages,
    n: (value) => String(value),
    moving: (row) => [row.itemId],
    shownIndex: () => 0,
    emit,
  };
  return { ...renderHook(() => useBacklogDrag(options)), emit };
}

describe('useBacklogDrag', () => {
  it('announces the pick-up, each step and the cancel with titles and positions', () => {
    const { result } = setup();
    const { announcements } = result.current;
    const active = node(PRODUCT, 'PROJ::1');
    expect(announcements.onDragStart({ active })).toBe('Picked up Item PROJ::1, position 1 of 4 in Product.');
    expect(announcements.onDragOver({ active, over: node(PRODUCT, '🚀') })).toBe(
      'Item PROJ::1 is over position 3 of 4 in Product.',
    );
    expect(announcements.onDragOver({ active, over: node(SPRINT, null) })).toBe(
      'Item PROJ::1 is over position 2 of 2 in Sprint 1.',
    );
    expect(announcements.onDragCancel({ active, over: null })).toBe(
      'Cancelled. Item PROJ::1 stays at position 1 in Product.',
    );
  });

  it('says the position again when the drop target comes back to the row’s own place', () => {
    const { result } = setup();
    const { announcements } = result.current;
    const active = node(PRODUCT, '🚀');
    announcements.onDragStart({ active });
    // Over its own place as it is picked up: the pick-up has said where it is.
    expect(announcements.onDragOver({ active, over: node(PRODUCT, '🚀') })).toBeUndefined();
    expect(announcements.onDragOver({ active, over: node(PRODUCT, 'D') })).toBe(
      'Item 🚀 is over position 4 of 4 in Product.',
    );
    expect(announcements.onDragOver({ active, over: node(PRODUCT, '🚀') })).toBe(
      'Item 🚀 is over position 3 of 4 in Product.',
    );
  });

  it('drops into the change core makes, with ids read from data as they are', () => {
    const { result, emit } = setup();
    act(() =>
      result.current.onDragEnd({
        active: node(PRODUCT, 'D'),
        over: node(PRODUCT, 'a "quoted" id'),
        collisions: null,
        delta: { x: 0, y: 0 },
        activatorEvent: new Event('keydown'),
      }),
    );
    expect(emit).toHaveBeenCalledWith(
      { type: 'reorder', backlogId: PRODUCT, itemId: 'D', toIndex: 1 },
      expect.objectContaining({ itemId: 'D', backlogId: PRODUCT, part: 'handle' }),
    );
  });

  it('ignores nodes that are not rows of a backlog, and keeps its handlers across renders', () => {
    const { result, rerender } = setup();
    const foreign = { id: 'x', data: { current: { something: 'else' } } } as unknown as Active;
    expect(result.current.announcements.onDragStart({ active: foreign })).toBeUndefined();
    const { onDragEnd, announcements, sensors } = result.current;
    rerender();
    expect(result.current.onDragEnd).toBe(onDragEnd);
    expect(result.current.announcements).toBe(announcements);
    expect(result.current.sensors).toHaveLength(2);
    expect(sensors).toHaveLength(2);
  });
});
