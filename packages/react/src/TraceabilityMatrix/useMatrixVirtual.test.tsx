import { renderHook } from '@testing-library/react';
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
