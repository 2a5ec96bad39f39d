import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRowWindow } from './useRowWindow.js';

const KEYS = Array.from({ length: 10_000 }, (_, i) => `item ${i}`);

describe('useRowWindow', () => {
  it('renders the first screenful before any layout, with the keys of those rows only', () => {
    const scroller = { current: null };
    const { result } = renderHook(() => useRowWindow({ scroller, keys: KEYS, keepIndex: -1, estimate: 76, gap: 4 }));
    const { items, windowKeys, totalSize } = result.current;
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(40);
    expect(items[0]?.index).toBe(0);
    expect(windowKeys).toEqual(items.map((entry) => KEYS[entry.index]));
    expect(totalSize).toBe(10_000 * 76 + 9_999 * 4);
  });

  it('keeps the dragged row rendered wherever the list is, in order', () => {
    const scroller = { current: null };
    const { result } = renderHook(() => useRowWindow({ scroller, keys: KEYS, keepIndex: 7_500, estimate: 76 }));
    const indexes = result.current.items.map((entry) => entry.index);
    expect(indexes).toContain(7_500);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(result.current.windowKeys.at(-1)).toBe('item 7500');
  });

  it('keeps one keys array while the window holds the same rows', () => {
    const scroller = { current: null };
    const { result, rerender } = renderHook(
      ({ keep }: { keep: number }) => useRowWindow({ scroller, keys: KEYS, keepIndex: keep, estimate: 76 }),
      { initialProps: { keep: -1 } },
    );
    const first = result.current.windowKeys;
    rerender({ keep: 2 }); // already in the window
    expect(result.current.windowKeys).toBe(first);
    rerender({ keep: 9_000 });
    expect(result.current.windowKeys).not.toBe(first);
    expect(result.current.measure).toBeTypeOf('function');
  });

  it('hands back the same rows when re-rendered with the same list (nothing recomputed)', () => {
    const scroller = { current: null };
    const { result, rerender } = renderHook(() => useRowWindow({ scroller, keys: KEYS, keepIndex: 0, estimate: 76 }));
    const first = result.current.items;
    rerender();
    expect(result.current.items).toBe(first);
  });

  it('puts the window’s edges on whole blocks of rows, so a row-by-row scroll seldom changes it', () => {
    const scroller = { current: null };
    const { result } = renderHook(() =>
      useRowWindow({ scroller, keys: KEYS, keepIndex: 9_000, estimate: 40, block: 8 }),
    );
    const indexes = result.current.items.map((entry) => entry.index);
    const window = indexes.slice(0, -1);
    // 640 px of 40 px rows: 16 in view, 2 more below, rounded up to a whole block.
    expect(window).toEqual(Array.from({ length: 24 }, (_, i) => i));
    expect(indexes.at(-1)).toBe(9_000);
  });

  it('scrolls a row into view when asked (revealKey changes), never when only its index does (a host reorder)', () => {
    const element = document.createElement('div');
    let scrolls = 0;
    element.scrollTo = (() => {
      scrolls++;
    }) as typeof element.scrollTo;
    const scroller = { current: element };
    const { rerender } = renderHook(
      ({ index, key }: { index: number; key: number }) =>
        useRowWindow({ scroller, keys: KEYS, keepIndex: index, revealIndex: index, revealKey: key, estimate: 76 }),
      { initialProps: { index: 0, key: 0 } },
    );
    const atMount = scrolls;
    rerender({ index: 5_000, key: 0 });
    expect(scrolls).toBe(atMount);
    rerender({ index: 5_000, key: 1 });
    expect(scrolls).toBe(atMount + 1);
    rerender({ index: 4_000, key: 1 });
    expect(scrolls).toBe(atMount + 1);
  });
});
