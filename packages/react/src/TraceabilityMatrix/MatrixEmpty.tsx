'use client';
import type { Finding, MatrixEmptyAxis, MatrixRowsBy } from '@throughline/core';
import { FindingList } from '../shared/FindingList.js';
import type { TraceabilityMatrixMessages } from './messages.js';
import type { MatrixState } from './useMatrixState.js';

/** A shape the matrix offers as a way out of an empty axis. */
type Way =
  | { readonly axis: 'rows'; readonly to: MatrixRowsBy }
  | { readonly axis: 'columns'; readonly to: 'epics' | 'items' };

/** The ways out of an empty axis; lists of kinds are the host's to choose, so never offered. */
const offered = (axis: MatrixEmptyAxis): Way[] =>
  axis.emptyAxis === 'rows'
    ? axis.alternatives.map((rows) => ({ axis: 'rows' as const, to: rows }))
    : axis.alternatives.flatMap((cols) =>
        cols === 'epics' || cols === 'items' ? [{ axis: 'columns' as const, to: cols }] : [],
      );

/**
 * What the matrix shows instead of a grid with nothing on an axis: why (the plan has no goals, no
 * epics, no items…), a button for each shape of that axis that has data, and the scorer's findings
 * for the plan, grouped. With `filtered`, the axes have data but the toolbar's filters hide it all.
 */
export function MatrixEmpty(props: {
  readonly emptyAxes: readonly MatrixEmptyAxis[];
  readonly axes: Pick<MatrixState, 'canSetRows' | 'canSetColumns' | 'setRows' | 'setColumns'>;
  readonly findings: readonly Finding[];
  readonly onClearFilters: (() => void) | undefined;
  readonly messages: TraceabilityMatrixMessages;
  readonly className: string | undefined;
}) {
  const { emptyAxes, axes, messages } = props;
  const ways = emptyAxes.flatMap(offered).filter((way) => (way.axis === 'rows' ? axes.canSetRows : axes.canSetColumns));
  const reasons = emptyAxes.map((axis) => {
    const first = ways.find((way) => way.axis === axis.emptyAxis);
    const question = first
      ? first.axis === 'rows'
        ? messages.offerRows[first.to]
        : messages.offerColumns[first.to]
      : '';
    return { key: axis.emptyAxis, text: `${messages.emptyReason[axis.reason]}${question ? ` ${question}` : ''}` };
  });
  const nothing = emptyAxes.length === 2 && ways.length === 0;
  return (
    <div className={props.className} data-empty={emptyAxes.map((axis) => axis.reason).join(' ') || 'filtered'}>
      <div role="status">
        {emptyAxes.length === 0 ? <p>{messages.noMatches}</p> : null}
        {nothing ? <p>{messages.empty}</p> : reasons.map((reason) => <p key={reason.key}>{reason.text}</p>)}
        {/* The data is missing, not the shape wrong: it is added where the plan comes from. */}
        {nothing ? (
          <p className="tl-muted">{messages.emptyHint}</p>
        ) : (
          emptyAxes
            .filter((axis) => axis.alternatives.length === 0)
            .map((axis) => (
              <p key={axis.emptyAxis} className="tl-muted">
                {messages.emptyHintFor[axis.reason]}
              </p>
            ))
        )}
      </div>
      {ways.length > 0 || (emptyAxes.length === 0 && props.onClearFilters) ? (
        <p className="tl-matrix-empty-actions">
          {ways.map((way) => (
            <button
              key={`${way.axis} ${way.to}`}
              type="button"
              className="tl-matrix-control"
              onClick={() => (way.axis === 'rows' ? axes.setRows(way.to) : axes.setColumns(way.to))}
            >
              {way.axis === 'rows' ? messages.switchRows[way.to] : messages.switchColumns[way.to]}
            </button>
          ))}
          {emptyAxes.length === 0 && props.onClearFilters ? (
            <button type="button" className="tl-matrix-control" onClick={props.onClearFilters}>
              {messages.clearFilters}
            </button>
          ) : null}
        </p>
      ) : null}
      {emptyAxes.length > 0 && props.findings.length > 0 ? (
        // A group, not a landmark: several matrices on one page would make several regions of one name.
        // biome-ignore lint/a11y/useSemanticElements: a group of findings, not of form fields (no fieldset).
        <div role="group" className="tl-matrix-plan-findings" aria-label={messages.planFindings}>
          <p className="tl-details-subtitle">{messages.planFindings}</p>
          <FindingList findings={props.findings} messages={messages.findingList} />
        </div>
      ) : null}
    </div>
  );
}
