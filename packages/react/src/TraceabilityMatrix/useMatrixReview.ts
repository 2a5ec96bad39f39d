'use client';
import { applyChange, type Change, type GridPosition, type Plan, type SuspectLink } from '@throughline/core';
import { useCallback, useRef } from 'react';
import type { TraceabilityMatrixMessages } from './messages.js';

/**
 * The change that marks links reviewed: one `review-link` for a single link, a `batch` of them
 * (all or nothing) for several.
 *
 * @example
 * reviewChange([{ link, changes }]); // { type: 'review-link', link }
 */
export function reviewChange(links: readonly SuspectLink[]): Change {
  const reviews = links.map((s): Change => ({ type: 'review-link', link: s.link }));
  return reviews.length === 1 ? (reviews[0] as Change) : { type: 'batch', changes: reviews };
}

export interface MatrixReviewOptions {
  readonly plan: Plan;
  readonly onChange: ((change: Change, nextPlan: Plan) => void) | undefined;
  readonly messages: TraceabilityMatrixMessages;
  readonly announce: (text: string) => void;
  /** Puts focus on a cell of the grid from outside it (`useMatrixFocus`'s `focusAt`). */
  readonly focusAt: (position: GridPosition) => void;
  readonly closeDetails: () => void;
}

/**
 * "Mark reviewed" for a suspect cell: focus back on the cell, the details closed, and the review
 * emitted through `onChange` with the plan it leads to, said aloud ("Link reviewed."). The cell
 * stops being suspect when the host draws that plan, not before: the mark follows the data.
 *
 * @example
 * const review = useMatrixReview({ plan, onChange, messages, announce, focusAt: focus.focusAt, closeDetails });
 * <button onClick={() => review(cell.links, cell.position)}>Mark reviewed</button>
 */
export function useMatrixReview(options: MatrixReviewOptions) {
  const latest = useRef(options);
  latest.current = options;
  return useCallback((links: readonly SuspectLink[], position: GridPosition) => {
    const { plan, onChange, messages, announce, focusAt, closeDetails } = latest.current;
    // Back on the cell first: the button that has focus goes away with the details.
    focusAt(position);
    closeDetails();
    if (!onChange || links.length === 0) return;
    const change = reviewChange(links);
    const result = applyChange(plan, change);
    if (!result.ok) return announce(result.error.message);
    announce(messages.reviewed(links.length));
    onChange(change, result.plan);
  }, []);
}
