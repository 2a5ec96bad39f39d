'use client';
import type { PlanRef, ReportRef } from '@throughline/core';
import type { AlignmentReportMessages } from './messages.js';

/**
 * What a finding concerns, as a list: each goal, initiative, item or backlog by its kind, title
 * and id, a button that calls `onSelect` with its `{ kind, id }` when the host navigates; an id
 * the plan holds nothing by is written out and said to be missing, never dropped.
 */
export function RefList(props: {
  readonly refs: readonly ReportRef[];
  readonly onSelect: ((ref: PlanRef) => void) | undefined;
  readonly messages: AlignmentReportMessages;
}) {
  const { refs, onSelect, messages } = props;
  if (refs.length === 0) return null;
  return (
    <ul className="tl-report-refs" aria-label={messages.concerns}>
      {refs.map((ref, at) => (
        // A finding may name an id twice; ids are text of any kind, so the place keys the entry.
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed for one finding.
        <li key={at} className="tl-report-ref" data-kind={ref.kind ?? 'missing'}>
          {ref.kind === null ? (
            <span>
              <span className="tl-report-ref-id">{ref.id}</span>{' '}
              <span className="tl-muted">({messages.notInPlan})</span>
            </span>
          ) : onSelect ? (
            <button
              type="button"
              className="tl-link-button tl-report-ref-button"
              onClick={() => onSelect({ kind: ref.kind, id: ref.id })}
            >
              <RefText kind={messages.refKind[ref.kind]} title={ref.title} id={ref.id} />
            </button>
          ) : (
            <RefText kind={messages.refKind[ref.kind]} title={ref.title} id={ref.id} />
          )}
        </li>
      ))}
    </ul>
  );
}

/** A kind in words, a title, and the id when the title is not it. */
function RefText({ kind, title, id }: { kind: string; title: string; id: string }) {
  return (
    <>
      <span className="tl-report-ref-kind">{kind}</span> {title}
      {title === id ? null : (
        <>
          {' '}
          <span className="tl-report-ref-id">{id}</span>
        </>
      )}
    </>
  );
}
