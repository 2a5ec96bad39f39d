import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampGridPosition, GRID_KEYS, type GridShape, gridMove, revealOffset } from './grid.js';

const shape: GridShape = { rows: 5, columns: 8, pageSize: 3 };
const at = (row: number, column: number) => ({ row, column });

describe('gridMove', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(gridMove(shape, at(0, 0), { key: 'ArrowDown' })).toEqual(at(1, 0));
    expect(gridMove(shape, at(0, 0), { key: 'ArrowRight' })).toEqual(at(0, 1));
    expect(gridMove(shape, at(0, 0), { key: 'ArrowUp' })).toEqual(at(-1, 0));
    expect(gridMove(shape, at(-1, 0), { key: 'ArrowUp' })).toEqual(at(-1, 0));
    expect(gridMove(shape, at(0, 0), { key: 'ArrowLeft' })).toEqual(at(0, -1));
    expect(gridMove(shape, at(0, -1), { key: 'ArrowLeft' })).toEqual(at(0, -1));
    expect(gridMove(shape, at(4, 7), { key: 'ArrowDown' })).toEqual(at(4, 7));
    expect(gridMove(shape, at(4, 7), { key: 'ArrowRight' })).toEqual(at(4, 7));
  });

  it('mirrors ArrowLeft and ArrowRight right to left, and nothing else', () => {
    const rtl = { ...shape, dir: 'rtl' } as const;
    expect(gridMove(rtl, at(2, 3), { key: 'ArrowLeft' })).toEqual(at(2, 4));
    expect(gridMove(rtl, at(2, 3), { key: 'ArrowRight' })).toEqual(at(2, 2));
    expect(gridMove(rtl, at(2, 3), { key: 'ArrowDown' })).toEqual(at(3, 3));
    expect(gridMove(rtl, at(2, 3), { key: 'Home' })).toEqual(at(2, -1));
    expect(gridMove(rtl, at(2, 3), { key: 'End' })).toEqual(at(2, 7));
  });

  it('goes to the row’s ends with Home and End, and the grid’s with Ctrl', () => {
    expect(gridMove(shape, at(2, 3), { key: 'Home' })).toEqual(at(2, -1));
    expect(gridMove(shape, at(2, 3), { key: 'End' })).toEqual(at(2, 7));
    expect(gridMove(shape, at(2, 3), { key: 'Home', ctrl: true })).toEqual(at(-1, -1));
    expect(gridMove(shape, at(2, 3), { key: 'End', ctrl: true })).toEqual(at(4, 7));
  });

  it('pages by pageSize rows in the same column, from the first body row when on the header row', () => {
    expect(gridMove(shape, at(0, 2), { key: 'PageDown' })).toEqual(at(3, 2));
    expect(gridMove(shape, at(3, 2), { key: 'PageDown' })).toEqual(at(4, 2));
    expect(gridMove(shape, at(-1, 2), { key: 'PageDown' })).toEqual(at(3, 2));
    expect(gridMove(shape, at(4, 2), { key: 'PageUp' })).toEqual(at(1, 2));
    expect(gridMove(shape, at(1, 2), { key: 'PageUp' })).toEqual(at(-1, 2));
    expect(gridMove({ ...shape, pageSize: 0 }, at(1, 2), { key: 'PageDown' })).toEqual(at(2, 2));
  });

  it('keeps off headers that do not take focus', () => {
    const bare = { ...shape, rowHeaders: false, columnHeaders: false };
    expect(gridMove(bare, at(0, 0), { key: 'ArrowLeft' })).toEqual(at(0, 0));
    expect(gridMove(bare, at(0, 0), { key: 'ArrowUp' })).toEqual(at(0, 0));
    expect(gridMove(bare, at(3, 3), { key: 'Home' })).toEqual(at(3, 0));
    expect(gridMove(bare, at(3, 3), { key: 'Home', ctrl: true })).toEqual(at(0, 0));
    expect(gridMove(bare, at(3, 3), { key: 'PageUp' })).toEqual(at(0, 3));
  });

  it('leaves keys it does not answer to the caller', () => {
    expect(gridMove(shape, at(0, 0), { key: 'Enter' })).toBeNull();
    expect(gridMove(shape, at(0, 0), { key: ' ' })).toBeNull();
    expect(gridMove(shape, at(0, 0), { key: 'a' })).toBeNull();
  });

  it('moves on from a position the grid no longer holds (it shrank) from the nearest one it does', () => {
    expect(gridMove(shape, at(40, 3), { key: 'ArrowUp' })).toEqual(at(3, 3));
    expect(gridMove({ rows: 0, columns: 0 }, at(3, 3), { key: 'ArrowDown' })).toEqual(at(-1, -1));
  });

  it('never leaves the grid, whatever the shape, position and keys', () => {
    const keys = [...GRID_KEYS];
    fc.assert(
      fc.property(
        fc.record({
          rows: fc.integer({ min: 0, max: 50 }),
          columns: fc.integer({ min: 0, max: 50 }),
          rowHeaders: fc.boolean(),
          columnHeaders: fc.boolean(),
          pageSize: fc.integer({ min: -3, max: 60 }),
          dir: fc.constantFrom('ltr' as const, 'rtl' as const),
        }),
        fc.record({ row: fc.integer({ min: -5, max: 60 }), column: fc.integer({ min: -5, max: 60 }) }),
        fc.array(fc.record({ key: fc.constantFrom(...keys), ctrl: fc.boolean() }), { maxLength: 30 }),
        (grid, start, presses) => {
          let position = start;
          for (const press of presses) {
            const next = gridMove(grid, position, press);
            expect(next).not.toBeNull();
            position = next ?? position;
            const minRow = grid.columnHeaders ? -1 : 0;
            const minColumn = grid.rowHeaders ? -1 : 0;
            expect(position.row).toBeGreaterThanOrEqual(minRow);
            expect(position.row).toBeLessThanOrEqual(Math.max(minRow, grid.rows - 1));
            expect(position.column).toBeGreaterThanOrEqual(minColumn);
            expect(position.column).toBeLessThanOrEqual(Math.max(minColumn, grid.columns - 1));
            expect(Number.isInteger(position.row) && Number.isInteger(position.column)).toBe(true);
          }
        },
      ),
    );
  });

  it('undoes an arrow with the opposite arrow away from the edges, in either direction', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('ltr' as const, 'rtl' as const),
        (row, column, dir) => {
          const grid = { ...shape, dir };
          const from = at(row, column);
          const right = gridMove(grid, from, { key: 'ArrowRight' }) ?? from;
          const back = right.column === from.column ? from : (gridMove(grid, right, { key: 'ArrowLeft' }) ?? right);
          expect(back).toEqual(from);
          const down = gridMove(grid, from, { key: 'ArrowDown' }) ?? from;
          expect(gridMove(grid, down, { key: 'ArrowUp' })).toEqual(from);
        },
      ),
    );
  });
});

describe('clampGridPosition', () => {
  it('brings a position inside the grid, headers included when they take focus', () => {
    expect(clampGridPosition(shape, at(9, -5))).toEqual(at(4, -1));
    expect(clampGridPosition({ ...shape, rowHeaders: false }, at(0, -1))).toEqual(at(0, 0));
    expect(clampGridPosition(shape, at(Number.NaN, 2.7))).toEqual(at(-1, 2));
  });
});

describe('revealOffset', () => {
  const area = (offset: number) => ({ offset, view: 600, inset: 76, max: 10_000 });

  it('scrolls as little as shows the span whole, clear of the sticky headers', () => {
    expect(revealOffset(area(0), 1116, 52)).toBe(568);
    expect(revealOffset(area(2000), 1116, 52)).toBe(1040);
    expect(revealOffset(area(600), 1116, 52)).toBe(600);
    // Exactly under the header, or exactly at the bottom: already shown.
    expect(revealOffset(area(1040), 1116, 52)).toBe(1040);
    expect(revealOffset(area(568), 1116, 52)).toBe(568);
  });

  it('shows the start of a span longer than the free part, and stays within 0 and max', () => {
    expect(revealOffset(area(0), 1000, 900)).toBe(924);
    expect(revealOffset(area(500), 40, 52)).toBe(0);
    expect(revealOffset({ ...area(0), max: 300 }, 1116, 52)).toBe(300);
    expect(revealOffset({ ...area(0), max: -5 }, 1116, 52)).toBe(0);
  });

  it('leaves the span whole in view wherever it started', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_400 }), fc.integer({ min: 0, max: 190 }), (offset, row) => {
        const start = 76 + row * 52;
        const next = revealOffset(area(offset), start, 52);
        expect(start).toBeGreaterThanOrEqual(next + 76);
        expect(start + 52).toBeLessThanOrEqual(next + 600);
      }),
    );
  });
});
