import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';
import type { MatrixColumn, MatrixRow } from '@throughline/core';

/** One header along either axis: a goal or initiative row, or a piece of work. */
export type Line =
  | { readonly type: 'strategy'; readonly row: MatrixRow }
  | { readonly type: 'work'; readonly column: MatrixColumn };

/** The virtualiser's range along either axis, plus one index that must stay rendered (the focused line). */
export function withIndex(range: Range, index: number): number[] {
  const indexes = defaultRangeExtractor(range);
  if (index >= 0 && !indexes.includes(index)) indexes.push(index);
  return indexes.sort((a, b) => a - b);
}
