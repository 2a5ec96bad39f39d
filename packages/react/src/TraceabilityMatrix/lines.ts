import type { MatrixColumn, MatrixRow } from '@throughline/core';

/** One header along either axis: a goal or initiative row, or a piece of work. */
export type Line =
  | { readonly type: 'strategy'; readonly row: MatrixRow }
  | { readonly type: 'work'; readonly column: MatrixColumn };
