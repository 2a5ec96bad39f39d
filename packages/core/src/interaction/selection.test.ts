import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptySelection,
  keysBetween,
  selectAll,
  selectedInOrder,
  selectionClear,
  selectionExtend,
  selectionOf,
  selectionRange,
  selectionToggle,
} from './selection.js';

const ORDER = ['PROJ::1', 'a "quoted" id', '🚀', 'd', 'e'];

/** Distinct keys in some order, and two of them. */
const orderAndTwo = fc
  .uniqueArray(fc.string(), { minLength: 1, maxLength: 30 })
  .chain((order) => fc.tuple(fc.constant(order), fc.constantFrom(...order), fc.constantFrom(...order)));

describe('selection', () => {
  it('toggles a key and anchors there', () => {
    const one = selectionToggle(emptySelection<string>(), 'd');
    expect([...one.selected]).toEqual(['d']);
    expect(one.anchor).toBe('d');
    const none = selectionToggle(one, 'd');
    expect(none.selected.size).toBe(0);
    expect(none.anchor).toBe('d');
  });

  it('adds a range from the anchor, keeping the anchor', () => {
    const start = selectionToggle(emptySelection<string>(), 'a "quoted" id');
    const range = selectionRange(start, ORDER, 'd');
    expect(selectedInOrder(range, ORDER)).toEqual(['a "quoted" id', '🚀', 'd']);
    expect(range.anchor).toBe('a "quoted" id');
    const back = selectionRange(range, ORDER, 'PROJ::1');
    expect(selectedInOrder(back, ORDER)).toEqual(['PROJ::1', 'a "quoted" id', '🚀', 'd']);
  });

  it('toggles instead of ranging when the anchor is not in the order', () => {
    const range = selectionRange(selectionOf(['gone']), ORDER, '🚀');
    expect([...range.selected].sort()).toEqual(['gone', '🚀'].sort());
    expect(range.anchor).toBe('🚀');
  });

  it('extends with Shift+arrows and shrinks when stepping back', () => {
    let state = emptySelection<string>();
    let focus = 'a "quoted" id';
    for (const step of [1, 1] as const) ({ state, focus } = selectionExtend(state, ORDER, focus, step));
    expect(focus).toBe('d');
    expect(selectedInOrder(state, ORDER)).toEqual(['a "quoted" id', '🚀', 'd']);
    ({ state, focus } = selectionExtend(state, ORDER, focus, -1));
    expect(selectedInOrder(state, ORDER)).toEqual(['a "quoted" id', '🚀']);
    ({ state, focus } = selectionExtend(state, ORDER, focus, -1));
    ({ state, focus } = selectionExtend(state, ORDER, focus, -1));
    expect(focus).toBe('PROJ::1');
    expect(selectedInOrder(state, ORDER)).toEqual(['PROJ::1', 'a "quoted" id']);
    expect(state.anchor).toBe('a "quoted" id');
  });

  it('keeps rows selected outside the extended range, and stays put at the ends', () => {
    const state = selectionToggle(selectionOf(['e']), 'PROJ::1');
    const down = selectionExtend(state, ORDER, 'PROJ::1', 1);
    expect(selectedInOrder(down.state, ORDER)).toEqual(['PROJ::1', 'a "quoted" id', 'e']);
    const top = selectionExtend(state, ORDER, 'PROJ::1', -1);
    expect(top.state).toBe(state);
    expect(top.focus).toBe('PROJ::1');
  });

  it('selects all and clears, keeping the anchor', () => {
    const all = selectAll(selectionOf(['🚀']), ORDER);
    expect(all.selected.size).toBe(ORDER.length);
    expect(all.anchor).toBe('🚀');
    expect(selectAll(emptySelection<string>(), ORDER).anchor).toBe('PROJ::1');
    const cleared = selectionClear(all);
    expect(cleared.selected.size).toBe(0);
    expect(cleared.anchor).toBe('🚀');
  });

  it('lists keys between two, either way round', () => {
    expect(keysBetween(ORDER, '🚀', 'PROJ::1')).toEqual(['PROJ::1', 'a "quoted" id', '🚀']);
    expect(keysBetween(ORDER, 'nope', 'd')).toEqual([]);
  });

  it('a range is contiguous in the order and runs from the anchor to the key', () => {
    fc.assert(
      fc.property(orderAndTwo, ([order, anchor, key]) => {
        const range = selectionRange(selectionToggle(emptySelection<string>(), anchor), order, key);
        const picked = order.map((k, i) => (range.selected.has(k) ? i : -1)).filter((i) => i >= 0);
        const [lo, hi] = [order.indexOf(anchor), order.indexOf(key)].sort((x, y) => x - y) as [number, number];
        expect(picked).toEqual(Array.from({ length: hi - lo + 1 }, (_, i) => lo + i));
        expect(range.anchor).toBe(anchor);
      }),
    );
  });

  it('a run of Shift+arrows from nothing selected is contiguous, holds anchor and focus, and only them', () => {
    fc.assert(
      fc.property(
        orderAndTwo,
        fc.array(fc.constantFrom(1, -1) as fc.Arbitrary<1 | -1>, { maxLength: 40 }),
        ([order, start], steps) => {
          let state = emptySelection<string>();
          let focus = start;
          for (const step of steps) ({ state, focus } = selectionExtend(state, order, focus, step));
          if (steps.length === 0 || state.anchor === null) return;
          expect(selectedInOrder(state, order)).toEqual(keysBetween(order, state.anchor, focus));
        },
      ),
    );
  });
});
