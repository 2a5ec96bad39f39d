import { type Range, useVirtualizer } from '@tanstack/react-virtual';
import {
  applyChange,
  type Change,
  type Finding,
  type MatrixCell,
  type MatrixSort,
  matrixCsv,
  matrixToggle,
  matrixView,
  type Plan,
  type ScoreOptions,
} from '@throughline/core';
import { scaleSequential } from 'd3-scale';
import {
  type CSSProperties,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { cx } from '../shared/classes.js';
import { downloadFile } from '../shared/download.js';
import { InvalidPlan } from '../shared/PlanError.js';
import { revealInScroller } from '../shared/revealInScroller.js';
import { reportFor, todayIso } from '../shared/scoreReport.js';
import type { SalvageProps } from '../shared/usePlan.js';
import { useViewSetup } from '../shared/useViewSetup.js';
import { type Line, withIndex } from './lines.js';
import { MatrixDetails } from './MatrixDetails.js';
import { MatrixEmpty } from './MatrixEmpty.js';
import { defaultTraceabilityMatrixMessages, type TraceabilityMatrixMessages } from './messages.js';
import { type MatrixAxesProps, useMatrixAxes } from './useMatrixAxes.js';

export type TraceabilityMatrixSlot =
  | 'root'
  | 'toolbar'
  | 'grid'
  | 'columnHeader'
  | 'rowHeader'
  | 'cell'
  | 'legend'
  | 'details'
  | 'empty'
  | 'error'
  | 'notice';

const DEFAULT_CLASSES: Record<TraceabilityMatrixSlot, string> = {
  root: 'tl-root tl-matrix',
  toolbar: 'tl-matrix-toolbar',
  grid: 'tl-matrix-grid',
  columnHeader: 'tl-matrix-column-header',
  rowHeader: 'tl-matrix-row-header',
  cell: 'tl-matrix-cell',
  legend: 'tl-matrix-legend',
  details: 'tl-matrix-details',
  empty: 'tl-matrix-empty',
  error: 'tl-error',
  notice: 'tl-salvage-notice',
};

export type MatrixHeatmap = 'off' | 'effort' | 'count';

/** A file the matrix exports, handed to `onExport` instead of being downloaded when given. */
export interface TraceabilityMatrixFile {
  readonly name: string;
  readonly type: string;
  readonly data: Blob;
}

/**
 * `rows`: goals (expandable into their initiatives) or initiatives, default `goals`. `cols`: epics,
 * all items, or the items of some kinds, default `epics`. Each is controlled when given, with
 * `defaultRows` / `defaultCols` and `onRowsChange` / `onColsChange`: an axis the plan leaves empty
 * offers the shapes that have data, and switching goes through them.
 */
export interface TraceabilityMatrixProps extends MatrixAxesProps, SalvageProps {
  /** A plan from `createPlan`, or raw host data (validated; data with problems drawn salvaged, with a notice). */
  readonly plan: unknown;
  /** Work as rows and goals or initiatives as columns. Uncontrolled when left out (the toolbar swaps). */
  readonly transposed?: boolean;
  readonly defaultTransposed?: boolean;
  /** Goal ids shown expanded at first. */
  readonly defaultExpanded?: readonly string[];
  /** Shade cells by effort or by item count. */
  readonly heatmap?: MatrixHeatmap;
  readonly defaultHeatmap?: MatrixHeatmap;
  /** Show each cell's effort in points. */
  readonly showEffort?: boolean;
  readonly sortRows?: MatrixSort;
  readonly sortColumns?: MatrixSort;
  readonly defaultOrphansOnly?: boolean;
  readonly defaultUncoveredOnly?: boolean;
  /** Only work whose title contains this text. */
  readonly text?: string;
  /** Called with the one `link` or `unlink` change a toggle makes and the plan it leads to. */
  readonly onChange?: (change: Change, nextPlan: Plan) => void;
  /** Called when a row or column header is activated, for the host's own navigation. */
  readonly onSelect?: (id: string, kind: 'goal' | 'initiative' | 'item') => void;
  readonly readOnly?: boolean;
  /** Today, `YYYY-MM-DD`, for the scorer's findings; default the current UTC date. */
  readonly today?: string;
  readonly scoreOptions?: Omit<ScoreOptions, 'today'>;
  readonly toolbar?: boolean;
  readonly onExport?: (file: TraceabilityMatrixFile) => void;
  readonly fileName?: string;
  readonly messages?: Partial<TraceabilityMatrixMessages>;
  readonly locale?: string;
  readonly dir?: 'ltr' | 'rtl';
  readonly className?: string;
  readonly classNames?: Partial<Record<TraceabilityMatrixSlot, string>>;
  readonly unstyled?: boolean;
  /** Grids with more cells than this render only the rows and columns in view; default 2,500. */
  readonly virtualizeAbove?: number;
}

/**
 * Every goal and initiative against the work that serves it: a keyboard grid (roving focus,
 * sticky headers, both axes virtualised) whose cells say whether a piece of work traces to the
 * row, directly or inherited, with coverage per row, the orphan work grouped at the end and the
 * scorer's findings one click away. Toggling a cell links or unlinks the item and the
 * initiative through one core change.
 *
 * @example
 * <TraceabilityMatrix plan={plan} rows="initiatives" cols="epics" onChange={(change, next) => setPlan(next)} />
 */
export function TraceabilityMatrix(props: TraceabilityMatrixProps) {
  const { state, messages, slot, notice } = useViewSetup(props, defaultTraceabilityMatrixMessages, DEFAULT_CLASSES);
  if (!state.ok) {
    return (
      <InvalidPlan
        errors={state.errors}
        messages={messages}
        className={cx(slot('root'), props.className)}
        errorClassName={slot('error')}
        dir={props.dir}
      />
    );
  }
  return <Matrix {...props} plan={state.plan} messages={messages} slot={slot} notice={notice} />;
}

interface MatrixProps extends Omit<TraceabilityMatrixProps, 'plan' | 'messages'> {
  readonly plan: Plan;
  readonly messages: TraceabilityMatrixMessages;
  readonly slot: (name: TraceabilityMatrixSlot) => string | undefined;
  readonly notice?: ReactNode;
}

// The grid is made of ARIA roles on divs, not a <table>: a table cannot position virtualised
// cells absolutely or keep sticky headers in both directions (Biome's semantic-element rules are
// off for this file in biome.json). Rows are not focusable in an ARIA grid; cells are.
const ROW_HEADER_WIDTH = 280;

const HEADER_HEIGHT = 76;

/** The focused position: -1 is the header row or the header column. */
interface Position {
  readonly r: number;
  readonly c: number;
}

function Matrix(props: MatrixProps) {
  const { plan, messages, slot } = props;
  const uid = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rtl = props.dir === 'rtl';
  const [today] = useState(() => props.today ?? todayIso());
  const day = props.today ?? today;
  const [expanded, setExpanded] = useState<readonly string[]>(props.defaultExpanded ?? []);
  const [uncontrolledTransposed, setTransposed] = useState(props.defaultTransposed ?? false);
  const transposed = props.transposed ?? uncontrolledTransposed;
  const [uncontrolledHeatmap, setHeatmap] = useState<MatrixHeatmap>(props.defaultHeatmap ?? 'off');
  const heatmap = props.heatmap ?? uncontrolledHeatmap;
  const [orphansOnly, setOrphansOnly] = useState(props.defaultOrphansOnly ?? false);
  const [uncoveredOnly, setUncoveredOnly] = useState(props.defaultUncoveredOnly ?? false);
  const [sortRows, setSortRows] = useState<MatrixSort>(props.sortRows ?? 'plan');
  const axes = useMatrixAxes(props);
  const number = useMemo(() => new Intl.NumberFormat(props.locale, { maximumFractionDigits: 1 }), [props.locale]);
  const percent = useMemo(
    () => new Intl.NumberFormat(props.locale, { style: 'percent', maximumFractionDigits: 0 }),
    [props.locale],
  );

  const report = useMemo(() => reportFor(plan, day, props.scoreOptions), [plan, day, props.scoreOptions]);
  const view = useMemo(
    () =>
      matrixView(plan, {
        rows: axes.rows,
        columns: axes.cols,
        expanded,
        sortRows: props.sortRows ?? sortRows,
        sortColumns: props.sortColumns ?? 'plan',
        orphansOnly,
        uncoveredOnly,
        ...(props.text ? { text: props.text } : {}),
        report,
      }),
    [
      plan,
      axes.rows,
      axes.cols,
      expanded,
      props.sortRows,
      sortRows,
      props.sortColumns,
      orphansOnly,
      uncoveredOnly,
      props.text,
      report,
    ],
  );

  // The two axes, swapped when transposed: `lines` are drawn as rows, `columns` across.
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

  const [active, setActive] = useState<Position>({ r: 0, c: 0 });
  const clamp = (p: Position): Position => ({
    r: Math.max(-1, Math.min(lines.length - 1, p.r)),
    c: Math.max(-1, Math.min(across.length - 1, p.c)),
  });
  const current = clamp(active);
  // Where the keyboard sent focus, until that cell is rendered and focused: a key pressed before
  // then moves on from it, not from the cell that still holds focus, so fast presses are not lost.
  const focusRequest = useRef<Position | null>(null);
  const [notice, setNotice] = useState('');
  const [detailsFor, setDetailsFor] = useState<Line | 'plan' | null>(null);

  // The focused cell's row and column are always rendered, so focus survives scrolling.
  const rowRange = useCallback((range: Range) => withIndex(range, current.r), [current.r]);
  const columnRange = useCallback((range: Range) => withIndex(range, current.c), [current.c]);
  const rowVirtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 4,
    // Rows start below the header row.
    scrollMargin: HEADER_HEIGHT,
    rangeExtractor: rowRange,
    initialRect: { width: 1000, height: 600 },
  });
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: across.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => columnWidth,
    overscan: 3,
    scrollMargin: ROW_HEADER_WIDTH,
    rangeExtractor: columnRange,
    initialRect: { width: 1000, height: 600 },
    isRtl: rtl,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: sizes change with the axes' shape.
  useEffect(() => {
    rowVirtualizer.measure();
    columnVirtualizer.measure();
  }, [rowHeight, columnWidth, rowVirtualizer, columnVirtualizer]);

  useEffect(() => {
    // The latest request, which a key pressed since this render may have moved past what it shows.
    const want = focusRequest.current;
    if (!want) return;
    const scroller = scrollRef.current;
    const element = scroller?.querySelector<HTMLElement>(`[data-pos="${want.r}:${want.c}"]`);
    if (!scroller || !element) return;
    focusRequest.current = null;
    element.focus({ preventScroll: true });
    // Clear of the sticky header row (for cells and row headers) and header column (for cells and column headers).
    const start = want.c >= 0 ? ROW_HEADER_WIDTH : 0;
    revealInScroller(scroller, element, {
      top: want.r >= 0 ? HEADER_HEIGHT : 0,
      ...(rtl ? { right: start } : { left: start }),
    });
  });

  const moveTo = (next: Position) => {
    const p = clamp(next);
    setActive(p);
    focusRequest.current = p;
  };

  const toggle = (r: number, c: number) => {
    const pair = [lines[r], across[c]];
    const strategyLine = pair.find((l) => l?.type === 'strategy');
    const workLine = pair.find((l) => l?.type === 'work');
    if (strategyLine?.type !== 'strategy' || workLine?.type !== 'work') return;
    const row = strategyLine.row;
    const column = workLine.column;
    const cell = cellAt(r, c);
    const toggled = matrixToggle(plan, row, column, cell);
    if (toggled.kind === 'goal') {
      setNotice(messages.goalCell(row.title));
      return;
    }
    if (toggled.kind === 'inherited') {
      const via = toggled.via ? `${toggled.via.id} ${toggled.via.title}` : '';
      setNotice(messages.inheritedFrom(column.title, row.title, via));
      return;
    }
    if (props.readOnly || !props.onChange) return;
    const { change } = toggled;
    const result = applyChange(plan, change);
    if (!result.ok) {
      setNotice(result.error.message);
      return;
    }
    setNotice(cell ? messages.unlinked(column.title, row.title) : messages.linked(column.title, row.title));
    props.onChange(change, result.plan);
  };

  const activateHeader = (line: Line) => {
    setDetailsFor(line);
    if (line.type === 'strategy') {
      const row = line.row;
      if (row.expandable) {
        setExpanded((list) => (list.includes(row.id) ? list.filter((id) => id !== row.id) : [...list, row.id]));
      }
      props.onSelect?.(row.id, row.kind);
    } else props.onSelect?.(line.column.id, 'item');
  };

  /** Enter, Space or a click: a cell toggles, a header shows its findings, the corner the whole plan's. */
  const activate = (r: number, c: number) => {
    const line = r >= 0 ? (c === -1 ? lines[r] : undefined) : c >= 0 ? across[c] : undefined;
    if (r >= 0 && c >= 0) toggle(r, c);
    else if (line) activateHeader(line);
    else if (r === -1 && c === -1) setDetailsFor('plan');
  };

  // Rows in view, read when a page key is pressed: reading layout during render would force it on every render.
  const pageSize = () =>
    Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 600) - HEADER_HEIGHT) / rowHeight) - 1);

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-pos]');
    if (!target) return;
    const [r = 0, c = 0] = focusRequest.current
      ? [focusRequest.current.r, focusRequest.current.c]
      : (target.dataset.pos ?? '0:0').split(':').map(Number);
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const ctrl = event.ctrlKey || event.metaKey;
    switch (event.key) {
      case 'ArrowDown':
        moveTo({ r: r + 1, c });
        break;
      case 'ArrowUp':
        moveTo({ r: r - 1, c });
        break;
      case forward:
        moveTo({ r, c: c + 1 });
        break;
      case back:
        moveTo({ r, c: c - 1 });
        break;
      case 'Home':
        moveTo(ctrl ? { r: -1, c: -1 } : { r, c: -1 });
        break;
      case 'End':
        moveTo(ctrl ? { r: lines.length - 1, c: across.length - 1 } : { r, c: across.length - 1 });
        break;
      case 'PageDown':
        moveTo({ r: Math.max(0, r) + pageSize(), c });
        break;
      case 'PageUp':
        moveTo({ r: r - pageSize(), c });
        break;
      case 'Enter':
      case ' ':
        activate(r, c);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const onClick = (event: ReactMouseEvent<HTMLDivElement>) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-pos]');
    if (!target) return;
    const [r = 0, c = 0] = (target.dataset.pos ?? '0:0').split(':').map(Number);
    setActive({ r, c });
    activate(r, c);
  };

  const shade = useMemo(() => {
    const max = heatmap === 'effort' ? view.maxEffort : view.maxCount;
    return scaleSequential([0, Math.max(1, max)], (t: number) => t).clamp(true);
  }, [heatmap, view]);

  const cellText = (cell: MatrixCell | null) => {
    if (!cell) return messages.none;
    const parts = [cell.link === 'direct' ? messages.direct : messages.inherited];
    if (props.showEffort || heatmap === 'effort') parts.push(messages.effort(number.format(cell.effort)));
    if (heatmap === 'count') parts.push(messages.count(number.format(cell.count)));
    return parts.join(', ');
  };

  const exportCsv = () => {
    const data = new Blob([matrixCsv(view, { transposed })], { type: 'text/csv;charset=utf-8' });
    const file = { name: `${props.fileName ?? 'traceability'}.csv`, type: data.type, data };
    if (props.onExport) props.onExport(file);
    else downloadFile(file.name, data);
  };

  const instructionsId = `${uid}-instructions`;
  const empty = view.rows.length === 0 || view.columns.length === 0;
  // Small grids render every cell (and so render fully on the server and in tests without layout).
  const virtualize = lines.length * across.length > (props.virtualizeAbove ?? 2500);
  // Starts include the headers' room, as the virtualisers' do (their scroll margin).
  const all = (count: number, size: number, margin: number) =>
    Array.from({ length: count }, (_, index) => ({ index, key: index, start: margin + index * size, size }));
  const rows = virtualize ? rowVirtualizer.getVirtualItems() : all(lines.length, rowHeight, HEADER_HEIGHT);
  const columns = virtualize ? columnVirtualizer.getVirtualItems() : all(across.length, columnWidth, ROW_HEADER_WIDTH);
  const totalWidth = ROW_HEADER_WIDTH + across.length * columnWidth;
  const totalHeight = HEADER_HEIGHT + lines.length * rowHeight;
  const tab = (r: number, c: number) => (current.r === r && current.c === c ? 0 : -1);

  // Where a header sits in the grid: its focus position and (1-based, headers first) column index.
  const position = (r: number, c: number) => ({ 'data-pos': `${r}:${c}`, 'aria-colindex': c + 2 });
  const header = (line: Line, r: number, c: number, style: CSSProperties, role: 'rowheader' | 'columnheader') => {
    const findings: readonly Finding[] = line.type === 'strategy' ? line.row.findings : line.column.findings;
    if (line.type === 'strategy') {
      const row = line.row;
      return (
        <div
          key={row.key}
          role={role}
          className={slot(role === 'rowheader' ? 'rowHeader' : 'columnHeader')}
          style={style}
          {...position(r, c)}
          data-kind={row.kind}
          data-depth={row.depth}
          data-uncovered={row.uncovered || undefined}
          tabIndex={tab(r, c)}
          {...(row.expandable ? { 'aria-expanded': row.expanded } : {})}
          aria-describedby={instructionsId}
        >
          <span className="tl-matrix-heading">
            {row.expandable ? <span aria-hidden="true">{row.expanded ? '▾ ' : '▸ '}</span> : null}
            <span className="tl-matrix-title">{row.title}</span>
          </span>
          <span className="tl-matrix-coverage">
            {row.uncovered
              ? messages.uncovered
              : messages.coverage(
                  number.format(row.itemCount),
                  number.format(row.estimateSum),
                  percent.format(row.doneShare),
                )}
            {findings.length > 0 ? ` · ⚑ ${messages.findings(findings.length)}` : null}
          </span>
          <span className="tl-matrix-bar" aria-hidden="true">
            <span style={{ inlineSize: `${Math.round(row.effortShare * 100)}%` }} />
          </span>
        </div>
      );
    }
    const column = line.column;
    return (
      <div
        key={column.id}
        role={role}
        className={slot(role === 'rowheader' ? 'rowHeader' : 'columnHeader')}
        style={style}
        {...position(r, c)}
        data-kind={column.kind}
        data-orphan={column.orphan || undefined}
        data-orphan-start={(r === -1 ? c : r) === view.orphanStart || undefined}
        tabIndex={tab(r, c)}
        aria-describedby={instructionsId}
      >
        <span className="tl-matrix-id">
          {column.id} · {messages.kind[column.kind]}
        </span>
        <span className="tl-matrix-title">{column.title}</span>
        {column.orphan ? <span className="tl-matrix-orphan">⊘ {messages.orphan}</span> : null}
        {findings.length > 0 ? <span className="tl-visually-hidden">{messages.findings(findings.length)}</span> : null}
      </div>
    );
  };

  return (
    <div
      className={cx(slot('root'), props.className)}
      dir={props.dir}
      data-heatmap={heatmap}
      data-transposed={transposed || undefined}
    >
      {props.notice}
      {props.toolbar === false ? null : (
        <div className={slot('toolbar')}>
          <label>
            <input type="checkbox" checked={orphansOnly} onChange={(e) => setOrphansOnly(e.target.checked)} />{' '}
            {messages.orphansOnly}
          </label>
          <label>
            <input type="checkbox" checked={uncoveredOnly} onChange={(e) => setUncoveredOnly(e.target.checked)} />{' '}
            {messages.uncoveredOnly}
          </label>
          <label>
            {messages.sortLabel}{' '}
            <select
              className="tl-matrix-control"
              value={props.sortRows ?? sortRows}
              onChange={(e) => setSortRows(e.target.value as MatrixSort)}
            >
              {(['plan', 'name', 'coverage'] as const).map((s) => (
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
              value={heatmap}
              onChange={(e) => setHeatmap(e.target.value as MatrixHeatmap)}
            >
              {(['off', 'effort', 'count'] as const).map((h) => (
                <option key={h} value={h}>
                  {messages.heatmap[h]}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="tl-matrix-control"
            aria-pressed={transposed}
            onClick={() => setTransposed((t) => !t)}
          >
            {messages.transpose}
          </button>
          <button type="button" className="tl-matrix-control" onClick={exportCsv}>
            {messages.exportCsv}
          </button>
        </div>
      )}
      {heatmap !== 'off' ? (
        <div className={slot('legend')}>
          <span className="tl-matrix-legend-ramp" aria-hidden="true" />
          <span>
            {messages.heatmap[heatmap]}:{' '}
            {messages.legend('0', number.format(heatmap === 'effort' ? view.maxEffort : view.maxCount))}
          </span>
        </div>
      ) : null}
      <p id={instructionsId} className="tl-visually-hidden">
        {props.readOnly ? messages.instructionsReadOnly : messages.instructions}
      </p>
      <div className="tl-visually-hidden" aria-live="polite" aria-atomic="true">
        {notice}
      </div>
      {empty ? (
        <MatrixEmpty
          emptyAxes={view.emptyAxes}
          axes={axes}
          findings={report.findings}
          onClearFilters={
            orphansOnly || uncoveredOnly
              ? () => {
                  setOrphansOnly(false);
                  setUncoveredOnly(false);
                }
              : undefined
          }
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
          aria-readonly={props.readOnly || !props.onChange || undefined}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onFocus={(event) => {
            const pos = (event.target as HTMLElement).closest<HTMLElement>('[data-pos]')?.dataset.pos;
            if (!pos) return;
            const [r = 0, c = 0] = pos.split(':').map(Number);
            // Focus that lands elsewhere than the keys sent it (a click, say) overrides where they sent it.
            const want = focusRequest.current;
            if (want && (want.r !== r || want.c !== c)) focusRequest.current = null;
            if (r !== current.r || c !== current.c) setActive({ r, c });
          }}
        >
          <div className="tl-matrix-canvas" style={{ width: totalWidth, height: totalHeight }}>
            <div
              role="row"
              aria-rowindex={1}
              className="tl-matrix-header-row"
              style={{ width: totalWidth, height: HEADER_HEIGHT }}
            >
              <div
                role="columnheader"
                aria-colindex={1}
                className={cx(slot('columnHeader'), 'tl-matrix-corner')}
                style={{ width: ROW_HEADER_WIDTH, height: HEADER_HEIGHT }}
                data-pos="-1:-1"
                tabIndex={tab(-1, -1)}
                aria-describedby={instructionsId}
              >
                {transposed ? messages.cornerTransposed : messages.corner}
              </div>
              {columns.map((v) => {
                const line = across[v.index];
                if (!line) return null;
                return header(
                  line,
                  -1,
                  v.index,
                  { insetInlineStart: v.start, width: v.size, height: HEADER_HEIGHT },
                  'columnheader',
                );
              })}
            </div>
            {rows.map((vr) => {
              const line = lines[vr.index];
              if (!line) return null;
              return (
                <div
                  key={vr.key}
                  role="row"
                  aria-rowindex={vr.index + 2}
                  className="tl-matrix-row"
                  style={{ top: vr.start, height: vr.size, width: totalWidth }}
                >
                  {header(line, vr.index, -1, { width: ROW_HEADER_WIDTH, height: vr.size }, 'rowheader')}
                  {columns.map((vc) => {
                    const cell = cellAt(vr.index, vc.index);
                    const t = cell && heatmap !== 'off' ? shade(heatmap === 'effort' ? cell.effort : cell.count) : 0;
                    return (
                      <div
                        key={vc.key}
                        role="gridcell"
                        aria-colindex={vc.index + 2}
                        className={slot('cell')}
                        data-pos={`${vr.index}:${vc.index}`}
                        data-link={cell?.link}
                        tabIndex={tab(vr.index, vc.index)}
                        style={
                          {
                            insetInlineStart: vc.start,
                            width: vc.size,
                            height: vr.size,
                            // Shades stop at 55% of the accent so the cell's text keeps its contrast in both themes.
                            ...(t > 0 ? { '--tl-matrix-shade': `${Math.round(6 + t * 49)}%` } : {}),
                          } as CSSProperties
                        }
                      >
                        <span aria-hidden="true" className="tl-matrix-glyph">
                          {cell ? (cell.link === 'direct' ? '●' : '○') : ''}
                        </span>
                        {cell && (props.showEffort || heatmap !== 'off') ? (
                          <span aria-hidden="true" className="tl-matrix-effort">
                            {number.format(heatmap === 'count' ? cell.count : cell.effort)}
                          </span>
                        ) : null}
                        <span className="tl-visually-hidden">{cellText(cell)}</span>
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      )}
      {detailsFor ? (
        <MatrixDetails
          line={detailsFor}
          planFindings={report.findings}
          messages={messages}
          className={slot('details')}
          onClose={() => setDetailsFor(null)}
        />
      ) : null}
    </div>
  );
}
