import { FindingList } from '../shared/FindingList.js';
import type { Line } from './lines.js';
import type { TraceabilityMatrixMessages } from './messages.js';

/** The scorer's findings for one goal, initiative or piece of work, grouped by rule. */
export function MatrixDetails(props: {
  line: Line;
  messages: TraceabilityMatrixMessages;
  className: string | undefined;
  onClose: () => void;
}) {
  const title =
    props.line.type === 'strategy' ? props.line.row.title : `${props.line.column.id} ${props.line.column.title}`;
  const findings = props.line.type === 'strategy' ? props.line.row.findings : props.line.column.findings;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of findings, not of form fields (no fieldset).
    <div role="group" className={props.className} aria-label={props.messages.findingsFor(title)}>
      <p className="tl-details-title">{props.messages.findingsFor(title)}</p>
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
