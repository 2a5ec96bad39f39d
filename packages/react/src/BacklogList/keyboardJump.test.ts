import type { ClientRect, UniqueIdentifier } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import {
  type DragContext,
  type DragList,
  dragListOf,
  type HeldJump,
  heldCollisions,
  jumpForKey,
  jumpTarget,
  type RowBox,
} from './keyboardJump.js';

/** Rows laid out `pitch` apart from `top`, 40 px tall and 300 wide, one per index. */
const rowsAt = (indexes: readonly number[], top = 100, pitch = 50): RowBox[] =>
  indexes.map((index) => ({
    index,
    id: `row-${index}`,
    box: { top: top + index * pitch, left: 20, width: 300, height: 40 },
  }));

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('jumpForKey', () => {
  it('reads Home, End, Page Up and Page Down as list moves, with Ctrl on Home and End too', () => {
    expect(jumpForKey({ key: 'Home', code: 'Home' })).toBe('first');
    expect(jumpForKey({ key: 'End', code: 'End' })).toBe('last');
    expect(jumpForKey({ key: 'End', code: 'End', ctrlKey: true })).toBe('last');
    expect(jumpForKey({ key: 'PageUp', code: 'PageUp' })).toBe('pageUp');
    expect(jumpForKey({ key: 'PageDown', code: 'PageDown' })).toBe('pageDown');
  });

  it('reads the number pad’s keys by what they mean', () => {
    expect(jumpForKey({ key: 'End', code: 'Numpad1' })).toBe('last');
    expect(jumpForKey({ key: 'PageDown', code: 'Numpad3' })).toBe('pageDown');
  });

  it('holds back the chords of those keys that make no move (null), and leaves other keys alone', () => {
    expect(jumpForKey({ key: 'PageDown', code: 'PageDown', shiftKey: true })).toBeNull();
    expect(jumpForKey({ key: 'Home', code: 'Home', altKey: true })).toBeNull();
    expect(jumpForKey({ key: 'PageDown', code: 'PageDown', ctrlKey: true })).toBeNull();
    // A real event's modifiers are getters on its prototype: they must still be read.
    expect(jumpForKey(new KeyboardEvent('keydown', { key: 'End', code: 'End', shiftKey: true }))).toBeNull();
    expect(jumpForKey({ key: 'ArrowDown', code: 'ArrowDown' })).toBeUndefined();
    expect(jumpForKey({ key: ' ', code: 'Space' })).toBeUndefined();
  });
});

describe('jumpTarget', () => {
  /** Ten rows, all rendered, 50 px apart, in a view of 200 px: a page is 4 rows. */
  const short: DragList = { count: 10, at: 2, rows: rowsAt(range(0, 10)), top: 100, bottom: 590, viewHeight: 200 };

  it('goes to the first and last row of the list, measured', () => {
    expect(jumpTarget(short, 'first')).toEqual({ index: 0, id: 'row-0', box: short.rows[0]?.box, estimated: false });
    expect(jumpTarget(short, 'last')).toEqual({ index: 9, id: 'row-9', box: short.rows[9]?.box, estimated: false });
  });

  it('pages by the rows that fit in the view, stopping at the ends', () => {
    expect(jumpTarget(short, 'pageDown')?.index).toBe(6);
    expect(jumpTarget({ ...short, at: 8 }, 'pageDown')?.index).toBe(9);
    expect(jumpTarget(short, 'pageUp')?.index).toBe(0);
    expect(jumpTarget({ ...short, at: 7 }, 'pageUp')?.index).toBe(3);
    expect(jumpTarget({ ...short, viewHeight: 30 }, 'pageDown')?.index).toBe(3);
    expect(jumpTarget({ ...short, viewHeight: 520 }, 'pageDown')?.index).toBe(9);
  });

  it('starts from the top when the drag is over no row of the list', () => {
    expect(jumpTarget({ ...short, at: -1 }, 'pageDown')?.index).toBe(3);
  });

  it('places a row of a long list that is not rendered from the rendered rows and the list’s extent', () => {
    // 10,000 rows 80 px apart; rows 40–55 rendered, and row 0, the one dragged, kept.
    const top = -3_000;
    const long: DragList = {
      count: 10_000,
      at: 45,
      rows: rowsAt([0, ...range(40, 56)], top, 80),
      top,
      bottom: top + 800_000,
      viewHeight: 640,
    };
    const last = jumpTarget(long, 'last');
    expect(last).toMatchObject({ index: 9_999, estimated: true, box: { left: 20, width: 300 } });
    expect(last?.id).toBeUndefined();
    expect(last?.box.top).toBeCloseTo(top + 9_999 * 80);
    // A page is what fits in the view: 640 / 80.
    expect(jumpTarget(long, 'pageDown')).toMatchObject({ index: 53, id: 'row-53', estimated: false });
    expect(jumpTarget({ ...long, at: 55 }, 'pageDown')).toMatchObject({ index: 63, estimated: true });
    expect(jumpTarget({ ...long, at: 55 }, 'pageDown')?.box.top).toBeCloseTo(top + 63 * 80);
    expect(jumpTarget({ ...long, at: 41 }, 'pageUp')?.box.top).toBeCloseTo(top + 33 * 80);
    // Row 0 is rendered (it is the one dragged): measured, not estimated.
    expect(jumpTarget(long, 'first')).toMatchObject({ index: 0, id: 'row-0', estimated: false, box: { top } });
  });

  it('has nowhere to go with no row rendered', () => {
    expect(jumpTarget({ ...short, rows: [] }, 'last')).toBeUndefined();
  });
});

/** A backlog as the board renders it: a column (itself a drop target) holding a list of rows. */
function board(rows: readonly number[], options: { virtual?: { count: number } } = {}) {
  const column = document.createElement('div');
  column.setAttribute('data-backlog-kind', 'product');
  const list = document.createElement('ul');
  column.append(list);
  document.body.append(column);
  const nodes = new Map<UniqueIdentifier, HTMLElement>([['column', column]]);
  const rects = new Map<UniqueIdentifier, ClientRect>([
    ['column', { top: 0, left: 0, width: 340, height: 900, right: 340, bottom: 900 }],
  ]);
  for (const index of rows) {
    const row = document.createElement('li');
    if (options.virtual) {
      row.setAttribute('data-index', String(index));
      row.setAttribute('aria-setsize', String(options.virtual.count));
    }
    list.append(row);
    nodes.set(`row-${index}`, row);
    const top = 100 + index * 50;
    rects.set(`row-${index}`, { top, left: 20, width: 300, height: 40, right: 320, bottom: top + 40 });
  }
  const containers = [...nodes].map(([id, node]) => ({ id, node: { current: node } }));
  const context = (over: UniqueIdentifier | null, active: UniqueIdentifier = 'row-0'): DragContext => ({
    active: { id: active },
    activeNode: nodes.get(active) ?? null,
    over: over === null ? null : { id: over },
    droppableRects: rects,
    droppableContainers: {
      getEnabled: () => containers,
      getNodeFor: (id) => (id == null ? undefined : nodes.get(id)),
    },
  });
  return { column, nodes, rects, containers, context };
}

describe('dragListOf', () => {
  it('reads a short list: every row, in the order laid out, and where the drag is over', () => {
    const { column, context } = board([0, 1, 2, 3]);
    const found = dragListOf(context('row-2'));
    expect(found?.column).toBe(column);
    expect(found?.end).toBe('column');
    expect(found?.list).toMatchObject({ count: 4, at: 2, top: 100, bottom: 290 });
    expect(found?.list.rows.map((row) => [row.index, row.id])).toEqual([
      [0, 'row-0'],
      [1, 'row-1'],
      [2, 'row-2'],
      [3, 'row-3'],
    ]);
    column.remove();
  });

  it('reads a virtual list’s indexes and length from its rows, and its end as the last row', () => {
    const { column, context } = board([0, 40, 41, 42], { virtual: { count: 10_000 } });
    const found = dragListOf(context('column'));
    expect(found?.list.count).toBe(10_000);
    expect(found?.list.rows.map((row) => row.index)).toEqual([0, 40, 41, 42]);
    expect(found?.list.at).toBe(9_999);
    column.remove();
  });

  it('falls back to the dragged row when the drag is over nothing', () => {
    const { column, context } = board([0, 1, 2]);
    expect(dragListOf(context(null, 'row-1'))?.list.at).toBe(1);
    column.remove();
  });

  it('finds nothing outside a backlog', () => {
    const { column, context } = board([0, 1]);
    expect(dragListOf({ ...context(null), activeNode: document.createElement('li') })).toBeUndefined();
    column.remove();
  });
});

describe('heldCollisions', () => {
  const active = { id: 'row-0' };
  const args = (b: ReturnType<typeof board>, activeNode = active) =>
    ({
      active: activeNode,
      collisionRect: { top: 0, left: 0, width: 300, height: 40, right: 300, bottom: 40 },
      droppableRects: b.rects,
      droppableContainers: b.containers,
      pointerCoordinates: null,
    }) as unknown as Parameters<typeof heldCollisions>[1];

  it('holds a rendered row by its id', () => {
    const b = board([0, 1, 2]);
    const held: HeldJump = { active, list: b.column, index: 2, id: 'row-2', from: 'row-0' };
    expect(heldCollisions(held, args(b))?.map((c) => c.id)).toEqual(['row-2']);
    b.column.remove();
  });

  it('keeps the target it left until the row is rendered and measured, then holds the row', () => {
    const b = board([0, 40, 41], { virtual: { count: 10_000 } });
    const held: HeldJump = { active, list: b.column, index: 9_999, from: 'row-41' };
    expect(heldCollisions(held, args(b))?.map((c) => c.id)).toEqual(['row-41']);
    // The window renders the last row: registered, but not measured yet.
    const row = document.createElement('li');
    row.setAttribute('data-index', '9999');
    b.column.querySelector('ul')?.append(row);
    b.containers.push({ id: 'row-9999', node: { current: row } });
    expect(heldCollisions(held, args(b))?.map((c) => c.id)).toEqual(['row-41']);
    b.rects.set('row-9999', { top: 600, left: 20, width: 300, height: 40, right: 320, bottom: 640 });
    expect(heldCollisions(held, args(b))?.map((c) => c.id)).toEqual(['row-9999']);
    b.column.remove();
  });

  it('is no part of another drag, nor of a drag without a jump', () => {
    const b = board([0, 1]);
    const held: HeldJump = { active, list: b.column, index: 1, id: 'row-1', from: null };
    expect(heldCollisions(held, args(b, { id: 'row-0' }))).toBeUndefined();
    expect(heldCollisions(null, args(b))).toBeUndefined();
    b.column.remove();
  });
});
