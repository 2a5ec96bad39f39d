import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, priorityAxis, priorityQuadrant, prioritySplit, valueScaleFor } from './priorityMatrixAxes.js';

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones, ignoring order and non-numbers', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7, Number.NaN, Number.POSITIVE_INFINITY])).toBe(7);
    expect(median([])).toBe(0);
  });

  it('leaves as many values below it as above it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 }), (values) => {
        const m = median(values);
        expect(values.filter((v) => v < m).length).toBeLessThanOrEqual(values.length / 2);
        expect(values.filter((v) => v > m).length).toBeLessThanOrEqual(values.length / 2);
      }),
    );
  });
});

describe('prioritySplit and priorityQuadrant', () => {
  const points = [
    { value: 1, effort: 5 },
    { value: 9, effort: 1 },
    { value: 4, effort: 2 },
  ];

  it('splits at the medians by default, at the thresholds when given, and at the median for a threshold that is no number', () => {
    expect(prioritySplit(points)).toEqual({ value: 4, effort: 2, by: 'median' });
    expect(prioritySplit(points, { value: 10, effort: 3 })).toEqual({ value: 10, effort: 3, by: 'threshold' });
    expect(prioritySplit(points, { value: Number.NaN, effort: 0 })).toEqual({ value: 4, effort: 0, by: 'threshold' });
    expect(prioritySplit([])).toEqual({ value: 0, effort: 0, by: 'median' });
  });

  it('names the four quadrants, a tie leaning to more value and less effort', () => {
    const split = { value: 4, effort: 2 };
    expect(priorityQuadrant({ value: 8, effort: 1 }, split)).toBe('quick-win');
    expect(priorityQuadrant({ value: 8, effort: 3 }, split)).toBe('big-bet');
    expect(priorityQuadrant({ value: 1, effort: 1 }, split)).toBe('filler');
    expect(priorityQuadrant({ value: 1, effort: 3 }, split)).toBe('money-pit');
    expect(priorityQuadrant({ value: 4, effort: 2 }, split)).toBe('quick-win');
  });
});

describe('valueScaleFor', () => {
  it('goes logarithmic when half the values would crowd the bottom fiftieth of a straight axis', () => {
    expect(valueScaleFor([40, 90, 120, 60_000, 80_000])).toBe('log');
    expect(valueScaleFor([3, 8, 5, 13])).toBe('linear');
    // Zero is allowed (drawn at the low end); a negative value is not on a log axis.
    expect(valueScaleFor([0, 0, 10, 20, 50_000])).toBe('log');
    expect(valueScaleFor([-1, 10, 20, 50_000])).toBe('linear');
    expect(valueScaleFor([50_000])).toBe('linear');
  });

  it('keeps the scale asked for', () => {
    expect(valueScaleFor([3, 8], 'log')).toBe('log');
    expect(valueScaleFor([40, 90, 60_000], 'linear')).toBe('linear');
  });
});

describe('priorityAxis', () => {
  it('runs a straight axis from zero to a tenth past the highest value', () => {
    expect(priorityAxis([2, 8, 5], 'linear')).toEqual({ domain: [0, 8.8], scale: 'linear' });
    expect(priorityAxis([-2, 8], 'linear')).toEqual({ domain: [-2, 9], scale: 'linear' });
  });

  it('gives an axis with one value, or none, a width', () => {
    expect(priorityAxis([], 'linear').domain).toEqual([0, 1]);
    expect(priorityAxis([0, 0], 'linear').domain).toEqual([0, 1]);
    expect(priorityAxis([], 'log').domain).toEqual([1, 10]);
    expect(priorityAxis([5, 5], 'log').domain).toEqual([2.5, 10]);
  });

  it('pads a log axis by a tenth of its decades on each side, leaving out zero', () => {
    const [low, high] = priorityAxis([0, 10, 1000], 'log').domain;
    expect(low).toBeCloseTo(10 / 100 ** 0.1);
    expect(high).toBeCloseTo(1000 * 100 ** 0.1);
  });

  it('always holds every value it can draw', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1 }), (values) => {
        for (const scale of ['linear', 'log'] as const) {
          const [low, high] = priorityAxis(values, scale).domain;
          expect(low).toBeLessThan(high);
          for (const value of values) if (scale === 'linear' || value > 0) expect(value).toBeLessThanOrEqual(high);
          for (const value of values) if (scale === 'linear' || value > 0) expect(value).toBeGreaterThanOrEqual(low);
        }
      }),
    );
  });
});
