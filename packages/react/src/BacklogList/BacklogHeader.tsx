'use client';
import type { BacklogView } from '@throughline/core';
import { memo } from 'react';
import { useBaselineBoard } from './baselineContext.js';
import { useBoard } from './boardContext.js';
import { PriorityPreviewBar } from './PriorityPreviewBar.js';

/**
 * A backlog's header: its name (the heading that names its lists), its count and load against
 * capacity, with a `baseline` how many items moved and how many are new since, and, when the list
 * has a `priority`, the preview of the framework's order.
 */
export const BacklogHeader = memo(function BacklogHeader({
  view,
  headingId,
  previewing,
}: {
  readonly view: BacklogView;
  readonly headingId: string;
  readonly previewing: boolean;
}) {
  const { messages, n, slot } = useBoard();
  const baseline = useBaselineBoard();
  const since = baseline?.backlogs.get(view.backlog.id);
  return (
    <div className={slot('header')}>
      <h2 id={headingId}>{messages.listLabel(view.backlog.title)}</h2>
      <p className="tl-muted">
        {messages.itemCount(n(view.total), view.total)}
        {view.capacity !== undefined ? (
          <>
            {' · '}
            <span data-over-capacity={view.overCapacity ? '' : undefined}>
              {messages.capacity(n(view.estimate), n(view.capacity), view.capacity)}
              {view.overCapacity ? ` · ${messages.overCapacity}` : ''}
            </span>
          </>
        ) : null}
        {baseline && since ? (
          <>
            {' · '}
            <span className="tl-backlog-since-summary">
              {messages.sinceSummary(
                n(since.moved),
                n(since.added.size),
                baseline.since,
                since.moved,
                since.added.size,
              )}
            </span>
          </>
        ) : null}
      </p>
      <PriorityPreviewBar backlogId={view.backlog.id} previewing={previewing} />
    </div>
  );
});
