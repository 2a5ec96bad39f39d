'use client';
import type { BacklogRow } from '@throughline/core';
import { memo, useContext } from 'react';
import { RenderProbeContext, useBoard } from './boardContext.js';
import { KindBadge } from './KindBadge.js';

/**
 * What a row says about its item: kind, title (a button for the host's `onSelect`, else a link to
 * an http(s) url, else text), status, estimate, readiness, criteria and trace. Memoised on the row
 * alone (everything else comes from the board's context, which a selection or a drag never
 * changes), so it renders again only when its item does.
 */
export const RowFacts = memo(function RowFacts({
  row,
  titleTab,
  describedBy,
}: {
  readonly row: BacklogRow;
  /** Whether the title's button or link holds the list's tab stop. */
  readonly titleTab: boolean;
  /** The id of what else describes the title's button or link (the row's mark against a baseline). */
  readonly describedBy?: string | undefined;
}) {
  const { messages, n, slot, selectable, actions } = useBoard();
  useContext(RenderProbeContext)?.('facts', row.item.id);
  const { item, trace } = row;
  const traceText =
    trace.status === 'reaches-goal'
      ? messages.traceGoal(trace.initiative?.title ?? '', trace.goals.map((g) => g.title).join(', '))
      : trace.status === 'reaches-initiative'
        ? messages.traceInitiative(trace.initiative?.title ?? '')
        : messages.traceOrphan;
  const safeUrl = isWebUrl(item.url) ? item.url : undefined;
  const tabIndex = titleTab ? 0 : -1;
  return (
    <>
      <KindBadge kind={item.kind} label={messages.kind[item.kind]} className={slot('kind')} />
      <span className={slot('title')}>
        {selectable ? (
          <button
            type="button"
            className="tl-link-button"
            data-part="title"
            tabIndex={tabIndex}
            aria-describedby={describedBy}
            onClick={() => actions.open(item.id)}
          >
            {item.title}
          </button>
        ) : safeUrl ? (
          <a href={safeUrl} data-part="title" tabIndex={tabIndex} aria-describedby={describedBy}>
            {item.title}
          </a>
        ) : (
          item.title
        )}
      </span>
      <span className={slot('badge')} data-status={item.status}>
        <span className="tl-visually-hidden">{messages.statusLabel} </span>
        {messages.status[item.status]}
      </span>
      {item.estimate !== undefined ? (
        <span className={slot('badge')}>{messages.estimate(n(item.estimate), item.estimate)}</span>
      ) : null}
      <span className={slot('badge')} data-readiness={row.readiness}>
        <span className="tl-visually-hidden">{messages.readinessLabel} </span>
        {messages.readiness[row.readiness]}
      </span>
      {row.criteria.total > 0 ? (
        <span className={slot('badge')}>{messages.criteria(n(row.criteria.done), n(row.criteria.total))}</span>
      ) : null}
      <span className={slot('trace')} data-trace={trace.status} data-link={trace.initiative?.link}>
        {traceText}
        {trace.initiative?.link === 'inherited' ? <span className="tl-muted"> ({messages.inherited})</span> : null}
      </span>
    </>
  );
});

/** Whether an item's url is drawn as a link (http and https only). */
export function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}
