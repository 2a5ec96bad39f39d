'use client';
import { createContext, useContext } from 'react';
import type { BacklogListSlot } from './BacklogList.js';
import type { BacklogListMessages } from './messages.js';
import type { RowKeys } from './rowKeys.js';
import type { BacklogRowActions } from './useBacklogMoves.js';

/**
 * What every part of a board reads instead of receiving it through each level: words, number
 * format, classes, mode, the row keys and the row gestures. Changes only when the host changes
 * messages, locale, classes or `readOnly`; never on a selection or a drag, so the memoised parts
 * below it re-render only for their own props.
 */
export interface BoardContextValue {
  readonly messages: BacklogListMessages;
  readonly n: (value: number) => string;
  readonly slot: (name: BacklogListSlot) => string | undefined;
  readonly readOnly: boolean;
  readonly rowKeys: RowKeys;
  readonly actions: BacklogRowActions;
  /** Whether a row title is a button that tells the host (`onSelect` given). */
  readonly selectable: boolean;
}

export const BoardContext = createContext<BoardContextValue | null>(null);

/**
 * The board a part is drawn in; throws when a part is rendered outside a `BacklogList`.
 *
 * @example
 * const { messages, slot, actions } = useBoard();
 */
export function useBoard(): BoardContextValue {
  const board = useContext(BoardContext);
  if (!board) throw new Error('BacklogList parts render inside a BacklogList');
  return board;
}

/**
 * Told of every render of a row and of its facts: the way tests count re-renders. Not exported from
 * the package; unset (and free) everywhere else.
 */
export type RenderProbe = (part: 'row' | 'facts', itemId: string) => void;
export const RenderProbeContext = createContext<RenderProbe | null>(null);
