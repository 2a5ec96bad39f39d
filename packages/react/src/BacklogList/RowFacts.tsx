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
export const RowFacts = memo(function RowFacts({ row }: { readonly row: BacklogRow }) {
  const { messages, n, slot, selectable, actions } = useBoard();
  useContext(RenderProbeContext)?.('facts', row.item.id);
  const { item, trace } = row;
  const traceText =
    trace.status === 'reaches-goal'
      ? messages.traceGoal(trace.initiative?.title ?? '', trace.goals.map((g) => g.title).join(', '))
      : trace.status === 'reaches-initiative'
        ? messages.traceInitiative(trace.initiative?.title ?? '')
        : messages.traceOrphan;
  const safeUrl = item.url !== undefined && /^https?:\/\//i.test(item.url) ? item.url : undefined;
  return (
    <>
      <KindBadge kind={item.kind} label={messages.kind[item.kind]} className={slot('kind')} />
      <span className={slot('title')}>
        {selectable ? (
          <button type="button" className="tl-link-button" onClick={() => actions.open(item.id)}>
            {item.title}
          </button>
        ) : safeUrl ? (
          <a href={safeUrl}>{item.title}</a>
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
