'use client';
import type { BacklogPriority, BacklogPriorityEntry, PriorityFramework } from '@throughline/core';
import { createContext, useContext } from 'react';
import type { PriorityText } from '../shared/priorityText.js';
import type { PriorityPreviewActions } from './usePriorityPreview.js';

/**
 * What the priority column and the preview buttons read, when the list has a `priority`: each
 * shown backlog in the framework's order, the words for a row, and the preview's gestures.
 * Changes only with the plan, the options, the words or the locale: starting a preview re-renders
 * the column it changes, never the rows of the others.
 */
export interface PriorityBoardValue {
  readonly framework: PriorityFramework;
  /** Each shown backlog in the framework's order, by backlog id. */
  readonly backlogs: ReadonlyMap<string, BacklogPriority>;
  /** What one row draws and reads. */
  readonly text: (entry: BacklogPriorityEntry) => PriorityText;
  /** Whether the preview buttons show (the list is not read-only). */
  readonly previewable: boolean;
  /** Gestures of one identity for the board's lifetime. */
  readonly preview: PriorityPreviewActions;
}

export const PriorityContext = createContext<PriorityBoardValue | null>(null);

/**
 * The list's priorities, or null when it was given no `priority`.
 *
 * @example
 * const entry = usePriorityBoard()?.backlogs.get(backlogId)?.entries.get(itemId);
 */
export function usePriorityBoard(): PriorityBoardValue | null {
  return useContext(PriorityContext);
}
