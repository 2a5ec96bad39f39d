'use client';
import type { Finding, GridPosition, Plan, SuspectLink } from '@throughline/core';
import { FindingList } from '../shared/FindingList.js';
import type { Line } from './lines.js';
import { MatrixSuspectDetails } from './MatrixSuspectDetails.js';
import type { TraceabilityMatrixMessages } from './messages.js';
import type { MatrixDetailsFor } from './useMatrixActivation.js';
import type { MatrixSuspectsState } from './useMatrixSuspects.js';

/**
 * What shows below the grid: a header's or the plan's findings, or why a cell is suspect (looked
 * up again in today's view, so it shows the links as they are now, and nothing once the cell is gone).
 */
export function MatrixDetailsPanel(props: {
  readonly details: MatrixDetailsFor;
  readonly plan: Plan;
  readonly planFindings: readonly Finding[];
  readonly suspects: MatrixSuspectsState;
  readonly onReview: ((links: readonly SuspectLink[], position: GridPosition) => void) | undefined;
  /** Unlinking a suspect cell's own link from its details (Enter there opens them instead); absent when read-only. */
  readonly unlink:
    | { readonly can: (position: GridPosition) => boolean; readonly run: (position: GridPosition) => void }
    | undefined;
  readonly number: (value: number) => string;
  readonly messages: TraceabilityMatrixMessages;
  readonly className: string | undefined;
  readonly onClose: () => void;
}) {
  const { details, suspects, onReview, unlink } = props;
  if (details === 'plan' || details.type !== 'cell') {
    return (
      <MatrixDetails
        line={details}
        planFindings={props.planFindings}
        messages={props.messages}
        className={props.className}
        onClose={props.onClose}
      />
    );
  }
  const cell = suspects.find(details);
  if (!cell || cell.links.length === 0 || !suspects.baseline) return null;
  return (
    <MatrixSuspectDetails
      cell={cell}
      plan={props.plan}
      before={suspects.baseline.before}
      messages={props.messages}
      number={props.number}
      className={props.className}
      onReview={onReview && (() => onReview(cell.links, cell.position))}
      onUnlink={unlink?.can(cell.position) ? () => unlink.run(cell.position) : undefined}
      onClose={props.onClose}
    />
  );
}

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
