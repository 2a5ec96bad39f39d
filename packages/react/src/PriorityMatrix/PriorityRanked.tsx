'use client';
import type { PriorityPoint } from '@throughline/core';
import { memo, useId, useState } from 'react';
import type { PriorityMatrixMessages } from './messages.js';

/** Entries the list shows at first, and each "Show more" adds. */
export const RANKED_PAGE = 20;

export interface PriorityRankedProps {
  readonly points: readonly PriorityPoint[];
  readonly title: string;
  readonly messages: PriorityMatrixMessages;
  readonly format: (value: number) => string;
  /** Entries are buttons that tell the host, when it listens. */
  readonly onSelect: ((ref: PriorityPoint['ref']) => void) | undefined;
  /** Why the order cannot be applied, or `null` when it can. */
  readonly applyReason: string | null;
  readonly onApply: () => void;
  readonly className: string | undefined;
}

/**
 * The framework's order beside the chart: an ordered list, best first, each entry with its score
 * and, for an item in the backlog, how far the framework would move it; the first twenty, more on
 * request. "Apply this order" puts the backlog in this order through one change, or says why not.
 */
export const PriorityRanked = memo(function PriorityRanked(props: PriorityRankedProps) {
  const { points, messages, format } = props;
  const [shown, setShown] = useState(RANKED_PAGE);
  const uid = useId();
  const titleId = `${uid}-title`;
  const reasonId = `${uid}-reason`;
  const more = Math.min(RANKED_PAGE, points.length - shown);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of a list and its action, not of form fields (no fieldset).
    <div className={props.className} role="group" aria-labelledby={titleId}>
      <p id={titleId} className="tl-pmatrix-ranked-title">
        {props.title}
      </p>
      <ol>
        {points.slice(0, shown).map((point) => (
          <li
            key={point.ref.id}
            data-quadrant={point.quadrant}
            data-gap={point.gap === null ? undefined : Math.sign(point.gap)}
          >
            {props.onSelect ? (
              <button type="button" className="tl-pmatrix-entry" onClick={() => props.onSelect?.(point.ref)}>
                {point.title}
              </button>
            ) : (
              <span className="tl-pmatrix-entry">{point.title}</span>
            )}{' '}
            <span className="tl-muted">{messages.score(format(point.score))}</span>
            {point.gap === null ? null : (
              <>
                {' '}
                <span className="tl-pmatrix-gap">{messages.gap(point.gap, format(Math.abs(point.gap)))}</span>
              </>
            )}
          </li>
        ))}
      </ol>
      {more > 0 || shown > RANKED_PAGE ? (
        <p className="tl-pmatrix-ranked-more">
          {more > 0 ? (
            <button type="button" className="tl-pmatrix-control" onClick={() => setShown(shown + RANKED_PAGE)}>
              {messages.showMore(more, format(more))}
            </button>
          ) : null}
          {shown > RANKED_PAGE ? (
            <button type="button" className="tl-pmatrix-control" onClick={() => setShown(RANKED_PAGE)}>
              {messages.showFewer}
            </button>
          ) : null}
        </p>
      ) : null}
      <p className="tl-pmatrix-apply">
        <button
          type="button"
          className="tl-pmatrix-control"
          data-primary="true"
          disabled={props.applyReason !== null}
          aria-describedby={props.applyReason === null ? undefined : reasonId}
          onClick={props.onApply}
        >
          {messages.applyOrder}
        </button>
        {props.applyReason === null ? null : (
          <span id={reasonId} className="tl-muted">
            {props.applyReason}
          </span>
        )}
      </p>
    </div>
  );
});
