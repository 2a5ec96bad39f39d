'use client';
import type { GridPosition } from '@throughline/core';
import { type RefObject, useCallback, useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect.js';
import { type Line, lineKey } from './lines.js';

export interface FocusFollowsOptions {
  /** The lines drawn as rows and as columns now. */
  readonly lines: readonly Line[];
  readonly across: readonly Line[];
  /** Moves the grid's focus (and scrolls there). */
  readonly moveTo: (position: GridPosition) => void;
  /** The grid: focus follows only while it is inside. */
  readonly scrollRef: RefObject<HTMLElement | null>;
}

/**
 * Focus that follows what it was on when an edit moves it: after `follow(position)`, the next time
 * the lines change (the host drew the edited plan), focus goes to where the same row and column
 * now are. Unlinking an item moves its column to "Serves no goal"; focus goes with it, so a second
 * Enter does not unlink the item that slid into its place. Lines are known by kind and id.
 *
 * @example
 * const follow = useFocusFollows({ lines, across, moveTo: focus.moveTo, scrollRef });
 * follow({ row: 3, column: 12 }); // before emitting the change that moves column 12
 */
export function useFocusFollows(options: FocusFollowsOptions): (position: GridPosition) => void {
  const { lines, across, moveTo, scrollRef } = options;
  const pending = useRef<{
    readonly row: string | undefined;
    readonly column: string | undefined;
    readonly lines: readonly Line[];
    readonly across: readonly Line[];
  } | null>(null);
  const latest = useRef(options);
  latest.current = options;

  useIsomorphicLayoutEffect(() => {
    const want = pending.current;
    if (!want || (want.lines === lines && want.across === across)) return;
    pending.current = null;
    const grid = scrollRef.current;
    if (!grid?.contains(grid.ownerDocument.activeElement)) return;
    const row = lines.findIndex((line) => lineKey(line) === want.row);
    const column = across.findIndex((line) => lineKey(line) === want.column);
    if (row >= 0 && column >= 0) moveTo({ row, column });
  }, [lines, across, moveTo, scrollRef]);

  return useCallback((position: GridPosition) => {
    const { lines: rows, across: columns } = latest.current;
    pending.current = {
      row: lineKey(rows[position.row]),
      column: lineKey(columns[position.column]),
      lines: rows,
      across: columns,
    };
  }, []);
}
