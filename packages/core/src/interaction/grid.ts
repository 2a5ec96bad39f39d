// Grid navigation as WAI-ARIA's grid pattern describes it, over a grid of `rows` × `columns` body
// cells with optional header row and header column. Plain data in, the next position out: the view
// decides what a position is (a cell, a header) and how to focus it.

/**
 * A place in a grid: a body cell at (`row`, `column`), both from 0. `-1` on either axis is a
 * header: `row: -1` the header row, `column: -1` the header column, both `-1` the corner.
 *
 * @example
 * const corner: GridPosition = { row: -1, column: -1 };
 * const firstCell: GridPosition = { row: 0, column: 0 };
 */
export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

/**
 * The grid a key moves in.
 * - `rows`, `columns`: body cells on each axis (headers not counted).
 * - `rowHeaders`: whether the header column (`column: -1`) takes focus; default `true`.
 * - `columnHeaders`: whether the header row (`row: -1`) takes focus; default `true`.
 * - `pageSize`: rows one Page Up / Page Down moves; default 10, at least 1.
 * - `dir`: `'rtl'` mirrors ArrowLeft / ArrowRight (the inline start is on the right).
 *
 * @example
 * const shape: GridShape = { rows: 200, columns: 2000, pageSize: 12, dir: 'rtl' };
 */
export interface GridShape {
  readonly rows: number;
  readonly columns: number;
  readonly rowHeaders?: boolean | undefined;
  readonly columnHeaders?: boolean | undefined;
  readonly pageSize?: number | undefined;
  readonly dir?: 'ltr' | 'rtl' | undefined;
}

/**
 * A key as grid navigation reads it: the `key` of a `KeyboardEvent` and whether Ctrl (or Cmd) was
 * held, which sends Home / End to the grid's first / last cell.
 *
 * @example
 * const press: GridKey = { key: 'End', ctrl: true };
 */
export interface GridKey {
  readonly key: string;
  readonly ctrl?: boolean | undefined;
}

/**
 * The keys `gridMove` answers; any other key leaves the position to the view (Enter, Space,
 * letters…).
 *
 * @example
 * GRID_KEYS.has(event.key); // whether the grid owns this key's default action
 */
export const GRID_KEYS: ReadonlySet<string> = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/** The lowest index on an axis: -1 when its header takes focus. */
const low = (headers: boolean | undefined) => (headers === false ? 0 : -1);

/**
 * `position` brought inside `shape`: each axis clamped to its first focusable index (the header's
 * `-1`, or `0` when headers do not take focus) and its last cell. A grid with no body cells on an
 * axis keeps only its header there (or 0 when there is none to keep).
 *
 * @example
 * clampGridPosition({ rows: 3, columns: 4 }, { row: 9, column: -5 }); // { row: 2, column: -1 }
 * clampGridPosition({ rows: 3, columns: 4, rowHeaders: false }, { row: 0, column: -1 }); // { row: 0, column: 0 }
 */
export function clampGridPosition(shape: GridShape, position: GridPosition): GridPosition {
  const clamp = (value: number, min: number, count: number) =>
    Math.max(min, Math.min(Math.max(min, count - 1), Number.isFinite(value) ? Math.trunc(value) : min));
  return {
    row: clamp(position.row, low(shape.columnHeaders), shape.rows),
    column: clamp(position.column, low(shape.rowHeaders), shape.columns),
  };
}

/**
 * Where a key sends focus from `from` in a grid of `shape`, or `null` for a key grid navigation
 * does not answer (the caller then leaves the event alone). The result is always inside the grid.
 *
 * - Arrows move one cell, stopping at the edges (no wrapping); in `rtl`, ArrowLeft moves towards
 *   the end of the row and ArrowRight towards its start.
 * - Home / End: the row's first focusable position (its header when row headers take focus) /
 *   last cell. With Ctrl: the grid's first position (the corner) / last cell.
 * - Page Down / Page Up: `pageSize` rows down / up in the same column, stopping at the last cell /
 *   the header row. Page Down from the header row starts counting at the first body row.
 *
 * @example
 * const shape = { rows: 200, columns: 2000, pageSize: 10 };
 * gridMove(shape, { row: 0, column: 0 }, { key: 'PageDown' }); // { row: 10, column: 0 }
 * gridMove(shape, { row: 5, column: 5 }, { key: 'End', ctrl: true }); // { row: 199, column: 1999 }
 * gridMove({ ...shape, dir: 'rtl' }, { row: 0, column: 3 }, { key: 'ArrowLeft' }); // { row: 0, column: 4 }
 * gridMove(shape, { row: 0, column: 0 }, { key: 'Enter' }); // null
 */
export function gridMove(shape: GridShape, from: GridPosition, key: GridKey): GridPosition | null {
  if (!GRID_KEYS.has(key.key)) return null;
  const { row, column } = clampGridPosition(shape, from);
  const page = Math.max(1, Math.floor(shape.pageSize ?? 10));
  const step = shape.dir === 'rtl' ? -1 : 1;
  const firstRow = low(shape.columnHeaders);
  const firstColumn = low(shape.rowHeaders);
  const next = (r: number, c: number) => clampGridPosition(shape, { row: r, column: c });
  switch (key.key) {
    case 'ArrowDown':
      return next(row + 1, column);
    case 'ArrowUp':
      return next(row - 1, column);
    case 'ArrowRight':
      return next(row, column + step);
    case 'ArrowLeft':
      return next(row, column - step);
    case 'Home':
      return key.ctrl ? next(firstRow, firstColumn) : next(row, firstColumn);
    case 'End':
      return key.ctrl ? next(shape.rows - 1, shape.columns - 1) : next(row, shape.columns - 1);
    case 'PageDown':
      return next(Math.max(0, row) + page, column);
    case 'PageUp':
      return next(row - page, column);
    default:
      return null;
  }
}

/**
 * Along one axis of a scroll area, the scroll offset that shows the span [`start`, `start + size`)
 * whole in the part sticky headers leave free, moving as little as possible from `offset`. `view`
 * is the area's visible length, `inset` what its sticky headers cover at the start, `max` the
 * furthest it scrolls; a span that cannot fit shows its start. Plain numbers in, so a view can
 * place what it is about to show before the browser lays it out.
 *
 * @example
 * // Rows of 52 px under a 76 px header, 600 px shown, scrolled to 0: row 20 starts at 76 + 20 × 52.
 * revealOffset({ offset: 0, view: 600, inset: 76, max: 10_000 }, 1116, 52); // 568: its bottom at the bottom
 * revealOffset({ offset: 2000, view: 600, inset: 76, max: 10_000 }, 1116, 52); // 1040: its top under the header
 * revealOffset({ offset: 600, view: 600, inset: 76, max: 10_000 }, 1116, 52); // 600: already shown
 */
export function revealOffset(
  area: { readonly offset: number; readonly view: number; readonly inset: number; readonly max: number },
  start: number,
  size: number,
): number {
  const { offset, view, inset } = area;
  const end = start + size;
  let next = offset;
  if (start < offset + inset) next = start - inset;
  else if (end > offset + view) next = Math.min(end - view, start - inset);
  return Math.max(0, Math.min(Math.max(0, area.max), next));
}
