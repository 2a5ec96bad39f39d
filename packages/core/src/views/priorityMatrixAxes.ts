import type {
  PriorityAxis,
  PriorityMatrixSplit,
  PriorityQuadrant,
  PrioritySplit,
  PriorityValueScale,
} from './priorityMatrixTypes.js';

// The geometry of a value-vs-effort chart as numbers: where it splits into quadrants, which
// quadrant a point is in, and what each axis spans. Pure, so a view and a test agree on them.

/**
 * The median of `values`: the middle one, or the mean of the two middle ones for an even count;
 * `0` for none. Non-finite values are left out.
 *
 * @example
 * median([5, 1, 3]); // 3
 * median([4, 1, 3, 2]); // 2.5
 */
export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return 0;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Where the quadrants meet for `points`: at the median value and the median effort (`median`), or
 * at the numbers given. A threshold that is not a finite number falls back to the median on that axis.
 *
 * @example
 * prioritySplit([{ value: 1, effort: 5 }, { value: 9, effort: 1 }, { value: 4, effort: 2 }], 'median');
 * // { value: 4, effort: 2, by: 'median' }
 * prioritySplit(points, { value: 10, effort: 3 }); // { value: 10, effort: 3, by: 'threshold' }
 */
export function prioritySplit(
  points: readonly { readonly value: number; readonly effort: number }[],
  split: PrioritySplit = 'median',
): PriorityMatrixSplit {
  const at = (given: number | undefined, axis: 'value' | 'effort') =>
    given !== undefined && Number.isFinite(given) ? given : median(points.map((point) => point[axis]));
  if (split === 'median') return { value: at(undefined, 'value'), effort: at(undefined, 'effort'), by: 'median' };
  return { value: at(split.value, 'value'), effort: at(split.effort, 'effort'), by: 'threshold' };
}

/**
 * The quadrant of a point against a split. A value at or above the split counts as high value, an
 * effort at or below it as low effort: on a tie, work leans towards the better quadrant.
 *
 * @example
 * priorityQuadrant({ value: 8, effort: 1 }, { value: 4, effort: 2 }); // 'quick-win'
 * priorityQuadrant({ value: 4, effort: 3 }, { value: 4, effort: 2 }); // 'big-bet'
 * priorityQuadrant({ value: 1, effort: 5 }, { value: 4, effort: 2 }); // 'money-pit'
 */
export function priorityQuadrant(
  point: { readonly value: number; readonly effort: number },
  split: { readonly value: number; readonly effort: number },
): PriorityQuadrant {
  const high = point.value >= split.value;
  const low = point.effort <= split.effort;
  if (high) return low ? 'quick-win' : 'big-bet';
  return low ? 'filler' : 'money-pit';
}

/** Share of the span added past the largest value, so no point sits on the chart's edge. */
const PAD = 0.1;
/** With `auto`, a log scale when half the positive values lie below this share of the largest. */
const CROWDED = 1 / 50;

/**
 * The scale a value axis takes. `linear` and `log` as asked; `auto` is `log` when every value is
 * zero or more and the median of the positive ones is under a fiftieth of the largest (on a
 * straight axis, half the points would be crowded into its bottom 2%, as RICE is when reach runs
 * from tens to tens of thousands), else `linear`.
 *
 * @example
 * valueScaleFor([40, 90, 120, 60_000, 80_000], 'auto'); // 'log'
 * valueScaleFor([3, 8, 5, 13], 'auto'); // 'linear'
 */
export function valueScaleFor(values: readonly number[], scale: PriorityValueScale = 'auto'): 'linear' | 'log' {
  if (scale !== 'auto') return scale;
  if (values.some((value) => value < 0)) return 'linear';
  const positive = values.filter((value) => value > 0 && Number.isFinite(value));
  if (positive.length < 2) return 'linear';
  return median(positive) < Math.max(...positive) * CROWDED ? 'log' : 'linear';
}

/**
 * The span of an axis over `values`. Linear: from zero (or the lowest value, when below zero) to a
 * tenth of the span past the highest. Log: from the smallest positive value to the largest, widened
 * by a tenth of that span on each side in log terms (zero and below are drawn at the low end).
 * An axis with one distinct value, or none, still has a width.
 *
 * @example
 * priorityAxis([2, 8, 5], 'linear'); // { domain: [0, 8.8], scale: 'linear' }
 * priorityAxis([10, 1000], 'log'); // { domain: [~6.3, ~1585], scale: 'log' }
 * priorityAxis([], 'linear'); // { domain: [0, 1], scale: 'linear' }
 */
export function priorityAxis(values: readonly number[], scale: 'linear' | 'log'): PriorityAxis {
  const finite = values.filter(Number.isFinite);
  if (scale === 'log') {
    const positive = finite.filter((value) => value > 0);
    if (positive.length === 0) return { domain: [1, 10], scale };
    const low = Math.min(...positive);
    const high = Math.max(...positive);
    if (low === high) return { domain: [low / 2, high * 2], scale };
    const pad = (high / low) ** PAD;
    return { domain: [low / pad, high * pad], scale };
  }
  const low = Math.min(0, ...finite);
  const high = Math.max(low, ...finite);
  if (high === low) return { domain: [low, low + 1], scale };
  return { domain: [low, high + (high - low) * PAD], scale };
}
