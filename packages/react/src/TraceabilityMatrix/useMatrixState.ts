'use client';
import type { MatrixColumnsBy, MatrixRowsBy, MatrixSort } from '@throughline/core';
import { useCallback, useMemo } from 'react';
import { renamed } from '../shared/deprecated.js';
import { useControllableState } from '../shared/useControllableState.js';

export type MatrixHeatmap = 'off' | 'effort' | 'count';

/** What the matrix's work axis is narrowed to. Each field left out is off. */
export interface MatrixFilters {
  /** Only work that serves no goal. */
  readonly orphansOnly?: boolean | undefined;
  /** Only goals and initiatives with no work. */
  readonly uncoveredOnly?: boolean | undefined;
  /** Only work whose title contains this text (case-insensitive). */
  readonly text?: string | undefined;
}

/**
 * The matrix's view state a host may own, each on the one contract: `x` (controlled when given),
 * `defaultX` (where it starts otherwise), `onXChange(x)` (told of every change either way).
 */
export interface MatrixStateProps {
  /** Goals (expandable into their initiatives) or initiatives; default `goals`. */
  readonly rows?: MatrixRowsBy | undefined;
  readonly defaultRows?: MatrixRowsBy | undefined;
  readonly onRowsChange?: ((rows: MatrixRowsBy) => void) | undefined;
  /** Epics, every item, or the items of some kinds; default `epics`. */
  readonly columns?: MatrixColumnsBy | undefined;
  readonly defaultColumns?: MatrixColumnsBy | undefined;
  readonly onColumnsChange?: ((columns: MatrixColumnsBy) => void) | undefined;
  /** @deprecated Renamed `columns`; works until the next release. */
  readonly cols?: MatrixColumnsBy | undefined;
  /** @deprecated Renamed `defaultColumns`; works until the next release. */
  readonly defaultCols?: MatrixColumnsBy | undefined;
  /** @deprecated Renamed `onColumnsChange`; works until the next release. */
  readonly onColsChange?: ((cols: MatrixColumnsBy) => void) | undefined;
  /** Work as rows and goals or initiatives as columns; default `false`. */
  readonly transposed?: boolean | undefined;
  readonly defaultTransposed?: boolean | undefined;
  readonly onTransposedChange?: ((transposed: boolean) => void) | undefined;
  /** Shade cells by effort or by item count; default `off`. */
  readonly heatmap?: MatrixHeatmap | undefined;
  readonly defaultHeatmap?: MatrixHeatmap | undefined;
  readonly onHeatmapChange?: ((heatmap: MatrixHeatmap) => void) | undefined;
  /** Order of the goal and initiative rows; default `plan`. The toolbar's sort select sets it. */
  readonly sortRows?: MatrixSort | undefined;
  readonly defaultSortRows?: MatrixSort | undefined;
  readonly onSortRowsChange?: ((sort: MatrixSort) => void) | undefined;
  /** Order of the work columns; default `plan`. */
  readonly sortColumns?: MatrixSort | undefined;
  readonly defaultSortColumns?: MatrixSort | undefined;
  readonly onSortColumnsChange?: ((sort: MatrixSort) => void) | undefined;
  /** What the axes are narrowed to; default none. The toolbar's checkboxes set `orphansOnly` and `uncoveredOnly`. */
  readonly filters?: MatrixFilters | undefined;
  readonly defaultFilters?: MatrixFilters | undefined;
  readonly onFiltersChange?: ((filters: MatrixFilters) => void) | undefined;
  /** @deprecated Use `defaultFilters={{ orphansOnly }}`; works until the next release. */
  readonly defaultOrphansOnly?: boolean | undefined;
  /** @deprecated Use `defaultFilters={{ uncoveredOnly }}`; works until the next release. */
  readonly defaultUncoveredOnly?: boolean | undefined;
  /** @deprecated Use `filters={{ text }}`; works until the next release. */
  readonly text?: string | undefined;
  /** Goal ids shown expanded into their initiatives; default none. */
  readonly expanded?: readonly string[] | undefined;
  readonly defaultExpanded?: readonly string[] | undefined;
  readonly onExpandedChange?: ((expanded: readonly string[]) => void) | undefined;
}

const NAME = 'TraceabilityMatrix';
const NONE: readonly string[] = [];
const NO_FILTERS: MatrixFilters = {};

/**
 * The matrix's view state: rows, columns, transposed, heatmap, row and column sort, filters and
 * expanded goals, each controlled by the host when it passes the value and held here otherwise,
 * with setters of one identity for the matrix's lifetime. The old names (`cols`, `defaultCols`,
 * `onColsChange`, `defaultOrphansOnly`, `defaultUncoveredOnly`, `text`) still work, with a
 * development warning. `canSetRows` / `canSetColumns` say whether a switch can take effect: not
 * when the host controls the axis without listening for changes.
 *
 * @example
 * const state = useMatrixState({ rows: 'initiatives', defaultHeatmap: 'effort', onSortRowsChange: save });
 * state.setSortRows('coverage'); // tells `save`, redraws sorted
 */
export function useMatrixState(props: MatrixStateProps) {
  const [rows, setRows] = useControllableState(props.rows, props.defaultRows ?? 'goals', props.onRowsChange);
  const [columns, setColumns] = useControllableState<MatrixColumnsBy>(
    renamed(NAME, 'cols', 'columns', props.columns, props.cols),
    renamed(NAME, 'defaultCols', 'defaultColumns', props.defaultColumns, props.defaultCols) ?? 'epics',
    renamed(NAME, 'onColsChange', 'onColumnsChange', props.onColumnsChange, props.onColsChange),
  );
  const [transposed, setTransposed] = useControllableState(
    props.transposed,
    props.defaultTransposed ?? false,
    props.onTransposedChange,
  );
  const [heatmap, setHeatmap] = useControllableState(
    props.heatmap,
    props.defaultHeatmap ?? 'off',
    props.onHeatmapChange,
  );
  const [sortRows, setSortRows] = useControllableState(
    props.sortRows,
    props.defaultSortRows ?? 'plan',
    props.onSortRowsChange,
  );
  const [sortColumns, setSortColumns] = useControllableState(
    props.sortColumns,
    props.defaultSortColumns ?? 'plan',
    props.onSortColumnsChange,
  );
  const legacyDefaults = {
    orphansOnly: renamed(NAME, 'defaultOrphansOnly', 'defaultFilters', undefined, props.defaultOrphansOnly),
    uncoveredOnly: renamed(NAME, 'defaultUncoveredOnly', 'defaultFilters', undefined, props.defaultUncoveredOnly),
  };
  const [ownFilters, setFilters] = useControllableState<MatrixFilters>(
    props.filters,
    props.defaultFilters ??
      (legacyDefaults.orphansOnly !== undefined || legacyDefaults.uncoveredOnly !== undefined
        ? legacyDefaults
        : NO_FILTERS),
    props.onFiltersChange,
  );
  // The old `text` prop owned the text filter alone; the rest stays the matrix's (or the host's).
  const legacyText = props.filters === undefined ? renamed(NAME, 'text', 'filters', undefined, props.text) : undefined;
  const filters = useMemo(
    () => (legacyText === undefined ? ownFilters : { ...ownFilters, text: legacyText }),
    [ownFilters, legacyText],
  );
  const [expanded, setExpanded] = useControllableState(
    props.expanded,
    props.defaultExpanded ?? NONE,
    props.onExpandedChange,
  );

  // Read through the drawn value at call time: toggles keep one identity, as the setters do.
  const toggleExpanded = useCallback(
    (goalId: string) => setExpanded(toggled(expanded, goalId)),
    [expanded, setExpanded],
  );
  const canSetRows = props.rows === undefined || props.onRowsChange !== undefined;
  const canSetColumns =
    (props.columns ?? props.cols) === undefined || (props.onColumnsChange ?? props.onColsChange) !== undefined;

  return {
    rows,
    setRows,
    columns,
    setColumns,
    transposed,
    setTransposed,
    heatmap,
    setHeatmap,
    sortRows,
    setSortRows,
    sortColumns,
    setSortColumns,
    filters,
    setFilters,
    expanded,
    setExpanded,
    toggleExpanded,
    canSetRows,
    canSetColumns,
  };
}

export type MatrixState = ReturnType<typeof useMatrixState>;

/** `list` with `id` added at the end, or taken out when it is there. */
function toggled(list: readonly string[], id: string): readonly string[] {
  return list.includes(id) ? list.filter((entry) => entry !== id) : [...list, id];
}
