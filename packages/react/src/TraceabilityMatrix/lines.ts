'use client';
import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';
import type { MatrixCell, MatrixColumn, MatrixRow } from '@throughline/core';

/** One header along either axis: a goal or initiative row, or a piece of work. */
export type Line =
  | { readonly type: 'strategy'; readonly row: MatrixRow }
  | { readonly type: 'work'; readonly column: MatrixColumn };

/** What a line is called: a goal's or initiative's title, or a piece of work's id and title. */
export function lineTitle(line: Line | undefined): string {
  if (!line) return '';
  return line.type === 'strategy' ? line.row.title : `${line.column.id} ${line.column.title}`;
}

/**
 * A line's identity across renders (its kind and id, held apart), for focus that follows a line
 * whose place changed: the item unlinked moves to "Serves no goal", and focus goes with it.
 */
export function lineKey(line: Line | undefined): string | undefined {
  if (!line) return undefined;
  return JSON.stringify(line.type === 'strategy' ? [line.row.kind, line.row.id] : ['item', line.column.id]);
}

/** The cell where the line drawn as row `row` meets the line drawn as column `column`. */
export type MatrixCellAt = (row: number, column: number) => MatrixCell | null;

/** The goal or initiative and the piece of work two lines stand for, whichever axis each is on. */
export function pairOf(
  a: Line | undefined,
  b: Line | undefined,
): { readonly row: MatrixRow; readonly column: MatrixColumn } | null {
  const strategy = a?.type === 'strategy' ? a : b?.type === 'strategy' ? b : undefined;
  const work = a?.type === 'work' ? a : b?.type === 'work' ? b : undefined;
  return strategy && work ? { row: strategy.row, column: work.column } : null;
}

/** The virtualiser's range along either axis, plus one index that must stay rendered (the focused line). */
export function withIndex(range: Range, index: number): number[] {
  const indexes = defaultRangeExtractor(range);
  if (index >= 0 && !indexes.includes(index)) indexes.push(index);
  return indexes.sort((a, b) => a - b);
}
