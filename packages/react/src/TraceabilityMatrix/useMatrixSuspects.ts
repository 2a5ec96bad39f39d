'use client';
import {
  type BaselineView,
  type GridPosition,
  type MatrixColumn,
  type MatrixRow,
  type MatrixView,
  matrixSuspects,
  type Plan,
  type SuspectLink,
} from '@throughline/core';
import { useMemo } from 'react';
import { type BaselineInput, isBaselineView } from '../shared/useBaseline.js';
import type { TraceabilityMatrixMessages } from './messages.js';
import { suspectWords } from './suspectText.js';

/** A cell whose suspect links are shown in the details: its row (by key) and its work (by id). */
export interface SuspectCellRef {
  readonly type: 'cell';
  readonly rowKey: string;
  readonly columnId: string;
}

/** A suspect cell found in today's view: where it is drawn, what it joins, and its links. */
export interface SuspectCell {
  readonly position: GridPosition;
  readonly row: MatrixRow;
  readonly column: MatrixColumn;
  readonly links: readonly SuspectLink[];
}

export interface MatrixSuspectsState {
  /** The readable baseline, or undefined (none given, or one that could not be read). */
  readonly baseline: BaselineView | undefined;
  /** A cell's suspect links by where it is drawn (row, column, transposed or not); undefined without a baseline. */
  readonly linksAt: ((row: number, column: number) => readonly SuspectLink[]) | undefined;
  /** A cell's suspect reasons in words, or undefined when it has none; undefined without a baseline. */
  readonly wordsAt: ((row: number, column: number) => string | undefined) | undefined;
  /** The cell a ref names in today's view with its links now, or null when it is no longer drawn. */
  readonly find: (ref: SuspectCellRef) => SuspectCell | null;
  /** Where the next suspect cell after a position is drawn (row by row, wrapping), or null when none is. */
  readonly next: (from: GridPosition) => GridPosition | null;
}

/**
 * The first position after `from` (row by row, wrapping round) that `hit` accepts in a grid of
 * `rows` × `columns`, or null when none does. A header (`-1`) starts at the first cell after it.
 *
 * @example
 * nextWhere(3, 4, { row: 0, column: 1 }, (r, c) => r === 0 && c === 0); // { row: 0, column: 0 }
 */
export function nextWhere(
  rows: number,
  columns: number,
  from: GridPosition,
  hit: (row: number, column: number) => boolean,
): GridPosition | null {
  const total = rows * columns;
  const start = Math.max(0, from.row) * columns + Math.max(-1, from.column) + 1;
  for (let i = 0; i < total; i++) {
    const k = (start + i) % total;
    const row = Math.floor(k / columns);
    if (hit(row, k % columns)) return { row, column: k % columns };
  }
  return null;
}

/**
 * Where the matrix's suspect links fall against its `baseline`: each drawn cell's links and their
 * reasons in words, memoised per view and baseline, so the grid's rows re-render only when either
 * changes. Without a readable baseline there is nothing to look up, and the grid draws as without one.
 *
 * @example
 * const suspects = useMatrixSuspects({ plan, view, baseline, transposed, messages });
 * suspects.wordsAt?.(0, 3); // 'goal title changed, goal target changed'
 */
export function useMatrixSuspects(options: {
  readonly plan: Plan;
  readonly view: MatrixView;
  readonly baseline: BaselineInput;
  readonly transposed: boolean;
  readonly messages: TraceabilityMatrixMessages;
}): MatrixSuspectsState {
  const { plan, view, transposed, messages } = options;
  const baseline = options.baseline && isBaselineView(options.baseline) ? options.baseline : undefined;
  const suspects = useMemo(() => (baseline ? matrixSuspects(plan, view, baseline) : undefined), [plan, view, baseline]);
  return useMemo(() => {
    if (!suspects) return { baseline, linksAt: undefined, wordsAt: undefined, find: () => null, next: () => null };
    const linksAt = (r: number, c: number) => (transposed ? suspects.at(c, r) : suspects.at(r, c));
    const find = (ref: SuspectCellRef): SuspectCell | null => {
      const r = view.rows.findIndex((row) => row.key === ref.rowKey);
      const c = view.columns.findIndex((column) => column.id === ref.columnId);
      const row = view.rows[r];
      const column = view.columns[c];
      if (!row || !column) return null;
      const position = transposed ? { row: c, column: r } : { row: r, column: c };
      return { position, row, column, links: suspects.at(r, c) };
    };
    const [rows, columns] = transposed
      ? [view.columns.length, view.rows.length]
      : [view.rows.length, view.columns.length];
    const next = (from: GridPosition) => nextWhere(rows, columns, from, (r, c) => linksAt(r, c).length > 0);
    return { baseline, linksAt, wordsAt: (r, c) => suspectWords(linksAt(r, c), messages), find, next };
  }, [baseline, suspects, transposed, view, messages]);
}
