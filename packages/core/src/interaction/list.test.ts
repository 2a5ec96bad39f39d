import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimateRowStart,
  groupSizes,
  groupStarts,
  type ListMove,
  listMove,
  listMoveForKey,
  listMoveKey,
  listPageSize,
} from './list.js';

const MOVES: readonly ListMove[] = [
  'next',
  'previous',
  'first',
  'last',
  'pageDown',
  'pageUp',
  'nextGroup',
  'previousGroup',
];

describe('listMove', () => {
  it('steps, pages and goes to the ends', () => {
    const list = { count: 12, pageSize: 5 };
    expect(listMove(4, 'next', list)).toBe(5);
    expect(listMove(4, 'previous', list)).toBe(3);
    expect(listMove(4, 'first', list)).toBe(0);
    expect(listMove(4, 'last', list)).toBe(11);
    expect(listMove(4, 'pageDown', list)).toBe(9);
    expect(listMove(9, 'pageDown', list)).toBe(11);
    expect(listMove(4, 'pageUp', list)).toBe(0);
    expect(listMove(8, 'pageUp', list)).toBe(3);
  });

  it('stops at the ends, or wraps when asked (pages never wrap)', () => {
    expect(listMove(11, 'next', { count: 12 })).toBe(11);
    expect(listMove(0, 'previous', { count: 12 })).toBe(0);
    expect(listMove(11, 'next', { count: 12, wrap: true })).toBe(0);
    expect(listMove(0, 'previous', { count: 12, wrap: true })).toBe(11);
    expect(listMove(11, 'pageDown', { count: 12, wrap: true })).toBe(11);
  });

  it('starts forward moves at the top and backward moves at the bottom when no row is active', () => {
    const list = { count: 12, pageSize: 5 };
    expect(listMove(-1, 'next', list)).toBe(0);
    expect(listMove(-1, 'previous', list)).toBe(11);
    expect(listMove(-1, 'pageDown', list)).toBe(4);
    expect(listMove(-1, 'pageUp', list)).toBe(7);
    expect(listMove(40, 'next', list)).toBe(0);
  });

  it('goes by group, skipping empty groups', () => {
    const list = { count: 12, groups: [3, 0, 4, 5] };
    expect(listMove(1, 'nextGroup', list)).toBe(3);
    expect(listMove(4, 'nextGroup', list)).toBe(7);
    expect(listMove(8, 'nextGroup', list)).toBe(8);
    expect(listMove(8, 'nextGroup', { ...list, wrap: true })).toBe(0);
    expect(listMove(8, 'previousGroup', list)).toBe(3);
    expect(listMove(7, 'previousGroup', list)).toBe(3);
    expect(listMove(1, 'previousGroup', list)).toBe(1);
    expect(listMove(1, 'previousGroup', { ...list, wrap: true })).toBe(7);
    expect(listMove(-1, 'previousGroup', list)).toBe(7);
  });

  it('treats a list without groups as one group', () => {
    expect(listMove(5, 'nextGroup', { count: 12 })).toBe(5);
    expect(listMove(5, 'nextGroup', { count: 12, wrap: true })).toBe(0);
  });

  it('has nowhere to go in an empty list', () => {
    for (const move of MOVES) expect(listMove(0, move, { count: 0 })).toBe(-1);
  });

  it('never leaves the list, whatever the index, move, page size, groups or wrap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: -5, max: 70 }),
        fc.constantFrom(...MOVES),
        fc.integer({ min: -3, max: 30 }),
        fc.option(fc.array(fc.integer({ min: 0, max: 15 }), { maxLength: 8 }), { nil: undefined }),
        fc.boolean(),
        (count, index, move, pageSize, groups, wrap) => {
          const next = listMove(index, move, { count, pageSize, wrap, ...(groups ? { groups } : {}) });
          if (count === 0) expect(next).toBe(-1);
          else {
            expect(Number.isInteger(next)).toBe(true);
            expect(next).toBeGreaterThanOrEqual(0);
            expect(next).toBeLessThan(count);
          }
        },
      ),
    );
  });

  it('lands group moves on a group start (or stays put at the end without wrap)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.boolean(),
        fc.boolean(),
        (groups, seed, forward, wrap) => {
          const count = groups.reduce((a, b) => a + b, 0);
          fc.pre(count > 0);
          const index = seed % count;
          const next = listMove(index, forward ? 'nextGroup' : 'previousGroup', { count, groups, wrap });
          expect(groupStarts(groups, count).includes(next) || next === index).toBe(true);
        },
      ),
    );
  });

  it('undoes a step with the opposite step away from the ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 500 }), fc.nat(), (count, seed) => {
        const index = 1 + (seed % (count - 1));
        expect(listMove(listMove(index, 'previous', { count }), 'next', { count })).toBe(index);
      }),
    );
  });
});

describe('listPageSize', () => {
  it('counts the rows that fit whole in the view', () => {
    expect(listPageSize(640, 80)).toBe(8);
    expect(listPageSize(640, 79)).toBe(8);
    expect(listPageSize(640, 81)).toBe(7);
    expect(listPageSize(1000, 50)).toBe(20);
  });

  it('is at least one row, whatever the sizes', () => {
    expect(listPageSize(50, 80)).toBe(1);
    expect(listPageSize(0, 80)).toBe(1);
    expect(listPageSize(640, 0)).toBe(1);
    expect(listPageSize(640, Number.NaN)).toBe(1);
    expect(listPageSize(Number.POSITIVE_INFINITY, 80)).toBe(1);
  });

  it('pages a list as far as a screenful of rows through listMove', () => {
    const pageSize = listPageSize(640, 80);
    expect(listMove(3, 'pageDown', { count: 10_000, pageSize })).toBe(11);
    expect(listMove(3, 'pageUp', { count: 10_000, pageSize })).toBe(0);
  });
});

describe('estimateRowStart', () => {
  const list = { count: 100, start: 0, end: 8_000 };

  it('gives a known row its own start', () => {
    expect(estimateRowStart(10, { ...list, known: [{ index: 10, start: 790 }] })).toBe(790);
  });

  it('draws a line from the nearest known rows either side, the list’s ends standing in for rows 0 and count', () => {
    const known = [
      { index: 40, start: 3_300 },
      { index: 41, start: 3_380 },
    ];
    expect(estimateRowStart(0, { ...list, known })).toBe(0);
    expect(estimateRowStart(20, { ...list, known })).toBe(1_650);
    expect(estimateRowStart(70, { ...list, known })).toBe(3_380 + (29 * 4_620) / 59);
    expect(estimateRowStart(99, { ...list, known })).toBeCloseTo(8_000 - 4_620 / 59);
  });

  it('reads rows in any order, and a known row far from the rest (the one being dragged)', () => {
    const known = [
      { index: 51, start: 4_080 },
      { index: 0, start: 0 },
      { index: 50, start: 4_000 },
    ];
    expect(estimateRowStart(25, { ...list, known })).toBe(2_000);
    expect(estimateRowStart(75, { ...list, known })).toBe(4_080 + (24 * 3_920) / 49);
  });

  it('works from the ends alone when no row is known, and the origin is any', () => {
    expect(estimateRowStart(50, { count: 100, start: 200, end: 8_200, known: [] })).toBe(4_200);
  });

  it('stays between the neighbours it draws from, in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.nat(),
        (count, seeds, pick) => {
          // Known rows laid out 80 apart, as a virtual list's measured rows are.
          const known = [...new Set(seeds.map((seed) => seed % count))].map((index) => ({ index, start: index * 80 }));
          const rows = { count, start: 0, end: count * 80, known };
          const index = pick % count;
          expect(estimateRowStart(index, rows)).toBeCloseTo(index * 80);
          if (index + 1 < count)
            expect(estimateRowStart(index + 1, rows)).toBeGreaterThanOrEqual(estimateRowStart(index, rows));
        },
      ),
    );
  });
});

describe('groupStarts and groupSizes', () => {
  it('finds each group start, cutting sizes at the count and gathering the rest', () => {
    expect(groupStarts([3, 0, 4], 9)).toEqual([0, 3, 7]);
    expect(groupStarts([3, 10], 5)).toEqual([0, 3]);
    expect(groupStarts(undefined, 5)).toEqual([0]);
    expect(groupStarts([], 0)).toEqual([]);
  });

  it('measures runs of equal keys, null and NaN included', () => {
    expect(groupSizes(['epic-1', 'epic-1', 'epic-2', null, null])).toEqual([2, 1, 2]);
    expect(groupSizes([Number.NaN, Number.NaN])).toEqual([2]);
    expect(groupSizes([])).toEqual([]);
  });

  it('sizes that add up to the rows', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', null)), (keys) => {
        const sizes = groupSizes(keys);
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(keys.length);
        expect(sizes.every((s) => s > 0)).toBe(true);
      }),
    );
  });
});

describe('listMoveKey', () => {
  it('moves over keys, any string included', () => {
    const keys = ['PROJ::1', 'a "quoted" id', '🚀'];
    expect(listMoveKey(keys, 'PROJ::1', 'next')).toBe('a "quoted" id');
    expect(listMoveKey(keys, '🚀', 'next', { wrap: true })).toBe('PROJ::1');
    expect(listMoveKey(keys, null, 'previous')).toBe('🚀');
    expect(listMoveKey(keys, 'gone', 'next')).toBe('PROJ::1');
    expect(listMoveKey([], null, 'first')).toBeNull();
  });
});

describe('listMoveForKey', () => {
  it('reads a vertical list’s keys', () => {
    expect(listMoveForKey({ key: 'ArrowDown' })).toBe('next');
    expect(listMoveForKey({ key: 'ArrowUp' })).toBe('previous');
    expect(listMoveForKey({ key: 'Home' })).toBe('first');
    expect(listMoveForKey({ key: 'End', ctrlKey: true })).toBe('last');
    expect(listMoveForKey({ key: 'PageDown' })).toBe('pageDown');
    expect(listMoveForKey({ key: 'PageUp' })).toBe('pageUp');
    expect(listMoveForKey({ key: 'ArrowDown', ctrlKey: true })).toBe('nextGroup');
    expect(listMoveForKey({ key: 'ArrowUp', metaKey: true })).toBe('previousGroup');
    expect(listMoveForKey({ key: 'ArrowRight' })).toBeUndefined();
  });

  it('lets through keys that belong to selection, the browser or the host', () => {
    expect(listMoveForKey({ key: 'ArrowDown', shiftKey: true })).toBeUndefined();
    expect(listMoveForKey({ key: 'ArrowDown', altKey: true })).toBeUndefined();
    expect(listMoveForKey({ key: 'PageDown', ctrlKey: true })).toBeUndefined();
    expect(listMoveForKey({ key: 'Enter' })).toBeUndefined();
  });

  it('follows the text direction in a horizontal list', () => {
    const ltr = { orientation: 'horizontal' } as const;
    const rtl = { orientation: 'horizontal', dir: 'rtl' } as const;
    expect(listMoveForKey({ key: 'ArrowRight' }, ltr)).toBe('next');
    expect(listMoveForKey({ key: 'ArrowLeft' }, ltr)).toBe('previous');
    expect(listMoveForKey({ key: 'ArrowRight' }, rtl)).toBe('previous');
    expect(listMoveForKey({ key: 'ArrowLeft' }, rtl)).toBe('next');
    expect(listMoveForKey({ key: 'ArrowLeft', ctrlKey: true }, rtl)).toBe('nextGroup');
    expect(listMoveForKey({ key: 'ArrowDown' }, rtl)).toBeUndefined();
  });
});
