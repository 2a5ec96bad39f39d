'use client';
import type { MatrixSort } from '@throughline/core';
import { memo } from 'react';
import type { TraceabilityMatrixMessages } from './messages.js';
import type { MatrixFilters, MatrixHeatmap } from './useMatrixState.js';

export interface MatrixToolbarProps {
  readonly filters: MatrixFilters;
  readonly onFiltersChange: (filters: MatrixFilters) => void;
  readonly sortRows: MatrixSort;
  readonly onSortRowsChange: (sort: MatrixSort) => void;
  readonly heatmap: MatrixHeatmap;
  readonly onHeatmapChange: (heatmap: MatrixHeatmap) => void;
  readonly transposed: boolean;
  readonly onTransposedChange: (transposed: boolean) => void;
  readonly onExport: () => void;
  readonly messages: TraceabilityMatrixMessages;
  readonly className: string | undefined;
}

const SORTS = ['plan', 'name', 'coverage'] as const;
const HEATMAPS = ['off', 'effort', 'count'] as const;

/**
 * The matrix's controls: the orphan and uncovered filters, the row sort, the heatmap, transpose
 * and CSV export. Each reports through its `on…Change`; what it shows is what the matrix draws,
 * so a host that owns a value (and listens) keeps the control live.
 */
export const MatrixToolbar = memo(function MatrixToolbar(props: MatrixToolbarProps) {
  const { filters, messages } = props;
  return (
    <div className={props.className}>
      <label>
        <input
          type="checkbox"
          checked={filters.orphansOnly === true}
          onChange={(e) => props.onFiltersChange({ ...filters, orphansOnly: e.target.checked })}
        />{' '}
        {messages.orphansOnly}
      </label>
      <label>
        <input
          type="checkbox"
          checked={filters.uncoveredOnly === true}
          onChange={(e) => props.onFiltersChange({ ...filters, uncoveredOnly: e.target.checked })}
        />{' '}
        {messages.uncoveredOnly}
      </label>
      <label>
        {messages.sortLabel}{' '}
        <select
          className="tl-matrix-control"
          value={props.sortRows}
          onChange={(e) => props.onSortRowsChange(e.target.value as MatrixSort)}
        >
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {messages.sort[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {messages.heatmapLabel}{' '}
        <select
          className="tl-matrix-control"
          value={props.heatmap}
          onChange={(e) => props.onHeatmapChange(e.target.value as MatrixHeatmap)}
        >
          {HEATMAPS.map((h) => (
            <option key={h} value={h}>
              {messages.heatmap[h]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="tl-matrix-control"
        aria-pressed={props.transposed}
        onClick={() => props.onTransposedChange(!props.transposed)}
      >
        {messages.transpose}
      </button>
      <button type="button" className="tl-matrix-control" onClick={props.onExport}>
        {messages.exportCsv}
      </button>
    </div>
  );
});

/** The heatmap's key: the ramp and what its ends stand for. Drawn only while the heatmap is on. */
export const MatrixLegend = memo(function MatrixLegend(props: {
  readonly heatmap: Exclude<MatrixHeatmap, 'off'>;
  readonly max: string;
  readonly messages: TraceabilityMatrixMessages;
  readonly className: string | undefined;
}) {
  const { messages } = props;
  return (
    <div className={props.className}>
      <span className="tl-matrix-legend-ramp" aria-hidden="true" />
      <span>
        {messages.heatmap[props.heatmap]}: {messages.legend('0', props.max)}
      </span>
    </div>
  );
});

/** The suspect mark's key while a baseline is given: the mark as drawn, how many links are suspect, and a button to the next. */
export const MatrixSuspectLegend = memo(function MatrixSuspectLegend(props: {
  /** The count formatted, and the count. */
  readonly count: string;
  readonly suspects: number;
  /** Moves focus to the next suspect cell; absent while the grid is not drawn. */
  readonly onNext: (() => void) | undefined;
  readonly messages: TraceabilityMatrixMessages;
  readonly className: string | undefined;
}) {
  return (
    <div className={props.className} data-suspect="true">
      <span className="tl-matrix-suspect-swatch" aria-hidden="true">
        !
      </span>
      <span>{props.messages.suspectLegend(props.count, props.suspects)}</span>
      {props.onNext && props.suspects > 0 ? (
        <button type="button" className="tl-matrix-control" onClick={props.onNext}>
          {props.messages.nextSuspect}
        </button>
      ) : null}
    </div>
  );
});
