'use client';
import type { Finding } from '@throughline/core';
import { FindingList } from '../shared/FindingList.js';
import type { Line } from './lines.js';
import type { TraceabilityMatrixMessages } from './messages.js';

/** The scorer's findings for one goal, initiative or piece of work, or (`plan`) the whole plan, grouped by rule. */
export function MatrixDetails(props: {
  line: Line | 'plan';
  planFindings: readonly Finding[];
  messages: TraceabilityMatrixMessages;
  className: string | undefined;
  onClose: () => void;
}) {
  const { line, messages } = props;
  const label =
    line === 'plan'
      ? messages.planFindings
      : messages.findingsFor(line.type === 'strategy' ? line.row.title : `${line.column.id} ${line.column.title}`);
  const findings =
    line === 'plan' ? props.planFindings : line.type === 'strategy' ? line.row.findings : line.column.findings;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of findings, not of form fields (no fieldset).
    <div role="group" className={props.className} aria-label={label}>
      <p className="tl-details-title">{label}</p>
      {findings.length === 0 ? (
        <p className="tl-muted">{props.messages.findings(0)}</p>
      ) : (
        <FindingList findings={findings} messages={props.messages.findingList} />
      )}
      <button type="button" className="tl-matrix-control" onClick={props.onClose}>
        {props.messages.closeFindings}
      </button>
    </div>
  );
}
