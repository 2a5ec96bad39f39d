import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type MatrixVirtualOptions, useMatrixVirtual } from './useMatrixVirtual.js';

const options = (overrides: Partial<MatrixVirtualOptions> = {}): MatrixVirtualOptions => ({
  scrollRef: { current: null },
  rowCount: 200,
  columnCount: 2000,
  rowHeight: 52,
  columnWidth: 112,
  headerHeight: 76,
  headerWidth: 280,
  focusedRow: 0,
  focusedColumn: 0,
  virtualize: true,
  rtl: false,
  ...overrides,
});

const render = (o: MatrixVirtualOptions) =>
  renderHook((p: MatrixVirtualOptions) => useMatrixVirtual(p), { initialProps: o });

describe('useMatrixVirtual', () => {
  it('draws every line of a small grid, laid after the headers’ room', () => {
    const { result } = render(options({ rowCount: 3, columnCount: 2, virtualize: false }));
    expect(result.current.rows.map((r) => [r.index, r.start, r.size])).toEqual([
      [0, 76, 52],
      [1, 128, 52],
      [2, 180, 52],
    ]);
    expect(result.current.columns.map((c) => c.start)).toEqual([280, 392]);
    expect(result.current).toMatchObject({ width: 280 + 2 * 112, height: 76 + 3 * 52 });
  });

  it('draws only the lines in view of a large grid, and the size of the whole', () => {
    const { result } = render(options());
    expect(result.current.rows.length).toBeGreaterThan(5);
    expect(result.current.rows.length).toBeLessThan(30);
    expect(result.current.columns.length).toBeLessThan(30);
    expect(result.current.rows[0]?.index).toBe(0);
    expect(result.current).toMatchObject({ width: 280 + 2000 * 112, height: 76 + 200 * 52 });
  });

  it('keeps the focused row and column drawn wherever they are', () => {
    const { result, rerender } = render(options());
    rerender(options({ focusedRow: 150, focusedColumn: 1999 }));
    expect(result.current.rows.map((r) => r.index)).toContain(150);
    expect(result.current.columns.map((c) => c.index)).toContain(1999);
    const far = result.current.rows.find((r) => r.index === 150);
    expect(far?.start).toBe(76 + 150 * 52);
    // A header (-1) is always drawn: no extra line for it.
    rerender(options({ focusedRow: -1, focusedColumn: -1 }));
    expect(result.current.rows.map((r) => r.index)).not.toContain(150);
  });

  it('keeps the columns’ identity when only the focused row moves', () => {
    const { result, rerender } = render(options());
    const columns = result.current.columns;
    rerender(options({ focusedRow: 120 }));
    expect(result.current.columns).toBe(columns);
  });

  it('lays lines out at the new sizes when they change (transposing)', () => {
    const { result, rerender } = render(options());
    rerender(options({ rowHeight: 40, columnWidth: 150 }));
    expect(result.current.rows[1]?.start).toBe(76 + 40);
    expect(result.current.columns[1]?.start).toBe(280 + 150);
  });
});

describe('useMatrixVirtual reveal', () => {
  /** A laid-out scroller, 1200 × 700 (1198 × 698 inside its border), scrolled to the top left. */
  function scroller(): HTMLElement {
    const element = document.createElement('div');
    const scroll = { top: 0, left: 0 };
    Object.defineProperties(element, {
      offsetWidth: { value: 1200 },
      offsetHeight: { value: 700 },
      clientWidth: { value: 1198 },
      clientHeight: { value: 698 },
      scrollTop: { get: () => scroll.top, set: (v: number) => (scroll.top = v) },
      scrollLeft: { get: () => scroll.left, set: (v: number) => (scroll.left = v) },
    });
    document.body.append(element);
    return element;
  }

  it('scrolls a position clear of the sticky headers from the lines’ sizes, and draws the lines there next', () => {
    const element = scroller();
    const start = options({ scrollRef: { current: element } });
    const { result, rerender } = render(start);
    expect(result.current.rows.map((r) => r.index)).toContain(0);
    act(() => result.current.reveal({ row: 100, column: 50 }));
    // Row 100 ends at 76 + 101 × 52 and shows at the bottom; column 50 ends at 280 + 51 × 112, at the end.
    expect(element.scrollTop).toBe(76 + 101 * 52 - 698);
    expect(element.scrollLeft).toBe(280 + 51 * 112 - 1198);
    // The render the move causes draws the rows and columns in view there, not only the focused ones.
    rerender({ ...start, focusedRow: 100, focusedColumn: 50 });
    const rows = result.current.rows.map((r) => r.index);
    const columns = result.current.columns.map((c) => c.index);
    for (const row of [90, 95, 100]) expect(rows).toContain(row);
    for (const column of [44, 47, 50]) expect(columns).toContain(column);
    expect(rows).not.toContain(0);
    // Headers are sticky: revealing the header row or column scrolls neither axis.
    act(() => result.current.reveal({ row: -1, column: -1 }));
    expect(element.scrollTop).toBe(76 + 101 * 52 - 698);
    // Back to the first row: its top just under the header row.
    act(() => result.current.reveal({ row: 0, column: 50 }));
    expect(element.scrollTop).toBe(0);
    element.remove();
  });

  it('measures along the inline start in right to left, where scrollLeft runs negative', () => {
    const element = scroller();
    const { result } = render(options({ scrollRef: { current: element }, rtl: true }));
    act(() => result.current.reveal({ row: 0, column: 50 }));
    expect(element.scrollLeft).toBe(-(280 + 51 * 112 - 1198));
    element.remove();
  });
});
