'use client';
import { type GridPosition, type MatrixCell, matrixView, type Plan } from '@throughline/core';
import { type ReactNode, useCallback, useId, useMemo, useRef, useState } from 'react';
import { BaselineNotice } from '../shared/BaselineNotice.js';
import { cx } from '../shared/classes.js';
import { PlanView } from '../shared/PlanView.js';
import { reportFor, todayIso } from '../shared/scoreReport.js';
import { LiveRegion, useAnnouncer } from '../shared/useAnnouncer.js';
import { useWidthDerived } from '../shared/useElementWidth.js';
import type { Line } from './lines.js';
import { MatrixCanvas } from './MatrixCanvas.js';
import { MatrixDetailsPanel } from './MatrixDetails.js';
import { MatrixEmpty } from './MatrixEmpty.js';
import { MatrixLegend, MatrixSuspectLegend, MatrixToolbar } from './MatrixToolbar.js';
import { useMatrixLook } from './matrixLook.js';
import { defaultTraceabilityMatrixMessages, type TraceabilityMatrixMessages } from './messages.js';
import { DEFAULT_CLASSES, type TraceabilityMatrixProps, type TraceabilityMatrixSlot } from './props.js';
import { useFocusFollows } from './useFocusFollows.js';
import { useMatrixActivation } from './useMatrixActivation.js';
import { useMatrixExport } from './useMatrixExport.js';
import { useMatrixFocus } from './useMatrixFocus.js';
import { useMatrixReview } from './useMatrixReview.js';
import { useMatrixState } from './useMatrixState.js';
import { useMatrixSuspects } from './useMatrixSuspects.js';
import { useMatrixVirtual } from './useMatrixVirtual.js';

export type { TraceabilityMatrixProps, TraceabilityMatrixSlot } from './props.js';
export type { MatrixRef } from './useMatrixActivation.js';
export type { TraceabilityMatrixFile } from './useMatrixExport.js';
export type { MatrixFilters, MatrixHeatmap, MatrixStateProps } from './useMatrixState.js';

/**
 * Every goal and initiative against the work that serves it: a keyboard grid (roving focus,
 * sticky headers, both axes virtualised) whose cells say whether a piece of work traces to the
 * row, directly or inherited, with coverage per row, the orphan work grouped at the end and the
 * scorer's findings one click away. Toggling a cell links or unlinks the item and the
 * initiative through one core change. Against a `baseline`, cells whose links are suspect are
 * hatched and marked, with the reasons and a "Mark reviewed" action in the details.
 *
 * @example
 * <TraceabilityMatrix plan={plan} rows="initiatives" columns="epics" onChange={(change, next) => setPlan(next)} />
 */
export function TraceabilityMatrix(props: TraceabilityMatrixProps) {
  return (
    <PlanView props={props} defaults={defaultTraceabilityMatrixMessages} classes={DEFAULT_CLASSES}>
      {(setup) => <Matrix {...props} {...setup} />}
    </PlanView>
  );
}

interface MatrixProps extends Omit<TraceabilityMatrixProps, 'plan' | 'messages'> {
  readonly plan: Plan;
  readonly messages: TraceabilityMatrixMessages;
  readonly slot: (name: TraceabilityMatrixSlot) => string | undefined;
  readonly notice?: ReactNode;
}

// The grid is made of ARIA roles on divs, not a <table>: a table cannot position virtualised
// cells absolutely or keep sticky headers in both directions (Biome's semantic-element rules are
// off for this folder in biome.json). Rows are not focusable in an ARIA grid; cells are.
const ROW_HEADER_WIDTH = 280;
const HEADER_HEIGHT = 76;
/** The row header's width in a grid this wide: 280 px, down to 40% of a narrow grid (at least 96 px), so cells show at 320 px. */
const rowHeaderWidthFor = (gridWidth: number) => Math.min(ROW_HEADER_WIDTH, Math.max(96, Math.round(gridWidth * 0.4)));

/** The matrix over a valid plan: hooks hold the state and behaviour, the parts draw. */
function Matrix(props: MatrixProps) {
  const { plan, messages, slot } = props;
  const uid = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeaderWidth = useWidthDerived(scrollRef, ROW_HEADER_WIDTH, rowHeaderWidthFor);
  const [today] = useState(() => props.today ?? todayIso());
  const day = props.today ?? today;
  const state = useMatrixState(props);
  const { transposed, heatmap, filters } = state;

  const report = useMemo(() => reportFor(plan, day, props.scoreOptions), [plan, day, props.scoreOptions]);
  const view = useMemo(
    () =>
      matrixView(plan, {
        rows: state.rows,
        columns: state.columns,
        expanded: state.expanded,
        sortRows: state.sortRows,
        sortColumns: state.sortColumns,
        orphansOnly: filters.orphansOnly === true,
        uncoveredOnly: filters.uncoveredOnly === true,
        ...(filters.text ? { text: filters.text } : {}),
        report,
      }),
    [plan, state.rows, state.columns, state.expanded, state.sortRows, state.sortColumns, filters, report],
  );

  // The two axes, swapped when transposed: `lines` are drawn as rows, `across` as columns.
  const strategy: Line[] = useMemo(() => view.rows.map((row) => ({ type: 'strategy', row })), [view]);
  const work: Line[] = useMemo(() => view.columns.map((column) => ({ type: 'work', column })), [view]);
  const lines = transposed ? work : strategy;
  const across = transposed ? strategy : work;
  const cellAt = useCallback(
    (r: number, c: number): MatrixCell | null => (transposed ? view.cell(c, r) : view.cell(r, c)),
    [view, transposed],
  );
  const rowHeight = transposed ? 40 : 52;
  const columnWidth = transposed ? 150 : 112;

  const announcer = useAnnouncer();
  // Focus follows the row and column an edit moves (set once the focus hook exists, below).
  const follow = useRef<(position: GridPosition) => void>(() => {});
  const suspects = useMatrixSuspects({ plan, view, baseline: props.baseline, transposed, messages });
  const { linksAt } = suspects;
  const { activate, toggle, unlinkable, details, closeDetails } = useMatrixActivation({
    plan,
    lines,
    across,
    cellAt,
    suspectAt: linksAt && ((r, c) => linksAt(r, c).length),
    messages,
    readOnly: props.readOnly,
    onChange: props.onChange,
    onSelect: props.onSelect,
    toggleExpanded: state.toggleExpanded,
    announce: announcer.announce,
    follow: (position) => follow.current(position),
  });
  const focus = useMatrixFocus({
    scrollRef,
    rows: lines.length,
    columns: across.length,
    dir: props.dir,
    rowHeight,
    headerHeight: HEADER_HEIGHT,
    onActivate: activate,
    // Through the virtualiser, which knows where each line lies (called on a key, once it is made).
    reveal: (position) => layout.reveal(position),
  });
  const { focused } = focus;
  follow.current = useFocusFollows({ lines, across, moveTo: focus.moveTo, scrollRef });
  const layout = useMatrixVirtual({
    scrollRef,
    rowCount: lines.length,
    columnCount: across.length,
    rowHeight,
    columnWidth,
    headerHeight: HEADER_HEIGHT,
    headerWidth: rowHeaderWidth,
    focusedRow: focused.row,
    focusedColumn: focused.column,
    // Small grids draw every cell, and so render fully on the server and in tests without layout.
    virtualize: lines.length * across.length > (props.virtualizeAbove ?? 2500),
    rtl: props.dir === 'rtl',
  });
  const editable = !props.readOnly && props.onChange !== undefined;
  const review = useMatrixReview({
    plan,
    onChange: props.readOnly ? undefined : props.onChange,
    messages,
    announce: announcer.announce,
    focusAt: focus.focusAt,
    closeDetails,
  });
  const { focusAt } = focus;
  const unlinkSuspect = useCallback(
    (position: GridPosition) => {
      closeDetails();
      focusAt(position);
      toggle(position);
    },
    [closeDetails, focusAt, toggle],
  );
  const { next: nextSuspect } = suspects;
  const toNextSuspect = useCallback(() => {
    const position = nextSuspect(focused);
    if (position) focusAt(position);
    else announcer.announce(messages.noSuspectCell);
  }, [nextSuspect, focused, focusAt, announcer, messages]);
  const exportCsv = useMatrixExport({ view, transposed, fileName: props.fileName, onExport: props.onExport });

  const instructionsId = `${uid}-instructions`;
  const look = useMatrixLook({
    messages,
    locale: props.locale,
    cellClass: slot('cell'),
    rowHeaderClass: slot('rowHeader'),
    columnHeaderClass: slot('columnHeader'),
    instructionsId,
    heatmap,
    showEffort: props.showEffort === true,
    view,
  });
  const { setFilters } = state;
  const clearFilters = useCallback(
    () => setFilters({ ...filters, orphansOnly: false, uncoveredOnly: false }),
    [filters, setFilters],
  );
  const empty = view.rows.length === 0 || view.columns.length === 0;

  return (
    <div
      className={cx(slot('root'), props.className)}
      dir={props.dir}
      data-heatmap={heatmap}
      data-transposed={transposed || undefined}
    >
      {props.notice}
      <BaselineNotice baseline={props.baseline} messages={messages} />
      {props.toolbar === false ? null : (
        <MatrixToolbar
          filters={filters}
          onFiltersChange={state.setFilters}
          sortRows={state.sortRows}
          onSortRowsChange={state.setSortRows}
          heatmap={heatmap}
          onHeatmapChange={state.setHeatmap}
          transposed={transposed}
          onTransposedChange={state.setTransposed}
          onExport={exportCsv}
          messages={messages}
          className={slot('toolbar')}
        />
      )}
      {heatmap !== 'off' ? (
        <MatrixLegend
          heatmap={heatmap}
          max={look.number(heatmap === 'effort' ? view.maxEffort : view.maxCount)}
          messages={messages}
          className={slot('legend')}
        />
      ) : null}
      {suspects.baseline ? (
        <MatrixSuspectLegend
          count={look.number(suspects.baseline.suspects.length)}
          suspects={suspects.baseline.suspects.length}
          onNext={empty ? undefined : toNextSuspect}
          messages={messages}
          className={slot('legend')}
        />
      ) : null}
      <p id={instructionsId} className="tl-visually-hidden">
        {props.readOnly ? messages.instructionsReadOnly : messages.instructions}
        {suspects.baseline
          ? ` ${editable ? messages.instructionsSuspect : messages.instructionsSuspectReadOnly}`
          : null}
      </p>
      <LiveRegion announcer={announcer} />
      {empty ? (
        <MatrixEmpty
          emptyAxes={view.emptyAxes}
          axes={state}
          findings={report.findings}
          onClearFilters={filters.orphansOnly || filters.uncoveredOnly ? clearFilters : undefined}
          messages={messages}
          className={slot('empty')}
        />
      ) : (
        <div
          ref={scrollRef}
          role="grid"
          className={slot('grid')}
          aria-label={messages.label}
          aria-rowcount={lines.length + 1}
          aria-colcount={across.length + 1}
          aria-readonly={!editable || undefined}
          onKeyDown={focus.onKeyDown}
          onClick={focus.onClick}
          onFocus={focus.onFocus}
        >
          <MatrixCanvas
            lines={lines}
            across={across}
            cellAt={cellAt}
            suspectAt={suspects.wordsAt}
            layout={layout}
            headerHeight={HEADER_HEIGHT}
            rowHeaderWidth={rowHeaderWidth}
            focusedRow={focused.row}
            focusedColumn={focused.column}
            transposed={transposed}
            look={look}
          />
        </div>
      )}
      {details ? (
        <MatrixDetailsPanel
          details={details}
          plan={plan}
          planFindings={report.findings}
          suspects={suspects}
          onReview={editable ? review : undefined}
          unlink={editable ? { can: unlinkable, run: unlinkSuspect } : undefined}
          number={look.number}
          messages={messages}
          className={slot('details')}
          onClose={closeDetails}
        />
      ) : null}
    </div>
  );
}
