'use client';
import type { LinkRef, Plan } from '@throughline/core';
import { useMemo } from 'react';
import type { TraceabilityMatrixMessages } from './messages.js';
import { changeText, type SuspectNames, suspectNames } from './suspectText.js';
import type { SuspectCell } from './useMatrixSuspects.js';

/** What a link's ends are called: an item by id and title, an initiative or goal by title. */
function endName(names: SuspectNames, end: LinkRef['from'] | LinkRef['to']): string {
  if (end.kind === 'item') {
    const title = names.item(end.id);
    return title === undefined ? end.id : `${end.id} ${title}`;
  }
  if (end.kind === 'goal') return names.goal(end.id) ?? end.id;
  return names.initiative(end.id) ?? end.id;
}

/**
 * Why a cell is suspect: each suspect link it stands for, with every reason and the value in the
 * baseline and now, and (when the matrix can emit changes) a "Mark reviewed" button, and "Unlink"
 * for a link of the cell's own (Enter on the cell opens these details instead of unlinking).
 */
export function MatrixSuspectDetails(props: {
  readonly cell: SuspectCell;
  readonly plan: Plan;
  readonly before: Plan;
  readonly messages: TraceabilityMatrixMessages;
  readonly number: (value: number) => string;
  readonly className: string | undefined;
  /** Absent for a read-only matrix, or one with no `onChange`. */
  readonly onReview: (() => void) | undefined;
  /** Absent unless the cell holds a link of its own the matrix may remove. */
  readonly onUnlink: (() => void) | undefined;
  readonly onClose: () => void;
}) {
  const { cell, plan, messages } = props;
  const names = useMemo(() => suspectNames(plan, props.before), [plan, props.before]);
  const label = messages.suspectFor(`${cell.column.id} ${cell.column.title}`, cell.row.title);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of details and actions, not of form fields (no fieldset).
    <div role="group" className={props.className} aria-label={label} data-suspect="true">
      <p className="tl-details-title">{label}</p>
      <ul className="tl-matrix-suspects">
        {cell.links.map((suspect, i) => (
          // The list is drawn whole from the cell's links each time: its order is its identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <li key={i}>
            {messages.suspectLink(endName(names, suspect.link.from), endName(names, suspect.link.to))}
            <ul>
              {suspect.changes.map((change) => (
                <li key={change.reason}>{changeText(change, messages, names, props.number)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {props.onReview ? (
        <button type="button" className="tl-matrix-control" onClick={props.onReview}>
          {messages.markReviewed}
        </button>
      ) : null}{' '}
      {props.onUnlink ? (
        <>
          <button type="button" className="tl-matrix-control" onClick={props.onUnlink}>
            {messages.unlinkSuspect}
          </button>{' '}
        </>
      ) : null}
      <button type="button" className="tl-matrix-control" onClick={props.onClose}>
        {messages.closeFindings}
      </button>
    </div>
  );
}
