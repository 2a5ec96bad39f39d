'use client';
import { createContext, useContext } from 'react';
import type { BacklogSince, RowSince } from './backlogSince.js';

/**
 * What the rows and headers read when the list has a readable `baseline`: the baseline's name in
 * the view's words, each shown backlog's moves and new items, and a row's lookup. Changes only with
 * the baseline, the backlogs shown or the words, so a row re-renders for it only then.
 */
export interface BaselineBoardValue {
  /** The baseline's label ("Q3 review"), or the view's words for an unlabelled one ("the baseline"). */
  readonly since: string;
  /** Each shown backlog against the baseline, by backlog id. */
  readonly backlogs: ReadonlyMap<string, BacklogSince>;
  /** A row against the baseline (two map lookups); undefined when it neither moved nor is new. */
  readonly row: (backlogId: string, itemId: string) => RowSince | undefined;
}

export const BaselineContext = createContext<BaselineBoardValue | null>(null);

/**
 * The list's baseline, or null when it was given none (or one that could not be read).
 *
 * @example
 * const mark = useBaselineBoard()?.row(backlogId, itemId); // { direction: 'up', places: 12 }
 */
export function useBaselineBoard(): BaselineBoardValue | null {
  return useContext(BaselineContext);
}
