import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MatrixStateProps, useMatrixState } from './useMatrixState.js';

const render = (props: MatrixStateProps) =>
  renderHook((p: MatrixStateProps) => useMatrixState(p), { initialProps: props });

describe('useMatrixState', () => {
  afterEach(() => vi.restoreAllMocks());

  it('starts from the defaults, and from defaultX when given', () => {
    expect(render({}).result.current).toMatchObject({
      rows: 'goals',
      columns: 'epics',
      transposed: false,
      heatmap: 'off',
      sortRows: 'plan',
      sortColumns: 'plan',
      filters: {},
      expanded: [],
    });
    const { result } = render({
      defaultRows: 'initiatives',
      defaultColumns: 'items',
      defaultTransposed: true,
      defaultHeatmap: 'count',
      defaultSortRows: 'name',
      defaultSortColumns: 'coverage',
      defaultFilters: { orphansOnly: true },
      defaultExpanded: ['g1'],
    });
    expect(result.current).toMatchObject({
      rows: 'initiatives',
      columns: 'items',
      transposed: true,
      heatmap: 'count',
      sortRows: 'name',
      sortColumns: 'coverage',
      filters: { orphansOnly: true },
      expanded: ['g1'],
    });
  });

  it('holds every value itself when uncontrolled, and tells onXChange of each change', () => {
    const on = {
      onRowsChange: vi.fn(),
      onColumnsChange: vi.fn(),
      onTransposedChange: vi.fn(),
      onHeatmapChange: vi.fn(),
      onSortRowsChange: vi.fn(),
      onSortColumnsChange: vi.fn(),
      onFiltersChange: vi.fn(),
      onExpandedChange: vi.fn(),
    };
    const { result } = render(on);
    act(() => {
      result.current.setRows('initiatives');
      result.current.setColumns(['bug']);
      result.current.setTransposed(true);
      result.current.setHeatmap('effort');
      result.current.setSortRows('coverage');
      result.current.setSortColumns('name');
      result.current.setFilters({ uncoveredOnly: true });
    });
    act(() => result.current.toggleExpanded('g1'));
    expect(result.current).toMatchObject({
      rows: 'initiatives',
      columns: ['bug'],
      transposed: true,
      heatmap: 'effort',
      sortRows: 'coverage',
      sortColumns: 'name',
      filters: { uncoveredOnly: true },
      expanded: ['g1'],
    });
    expect(on.onRowsChange).toHaveBeenCalledWith('initiatives');
    expect(on.onColumnsChange).toHaveBeenCalledWith(['bug']);
    expect(on.onTransposedChange).toHaveBeenCalledWith(true);
    expect(on.onHeatmapChange).toHaveBeenCalledWith('effort');
    expect(on.onSortRowsChange).toHaveBeenCalledWith('coverage');
    expect(on.onSortColumnsChange).toHaveBeenCalledWith('name');
    expect(on.onFiltersChange).toHaveBeenCalledWith({ uncoveredOnly: true });
    expect(on.onExpandedChange).toHaveBeenCalledWith(['g1']);
    act(() => result.current.toggleExpanded('g1'));
    expect(result.current.expanded).toEqual([]);
  });

  it('draws what the host passes when controlled: a change is asked for, not made', () => {
    const onSortRowsChange = vi.fn();
    const onTransposedChange = vi.fn();
    const { result, rerender } = render({ sortRows: 'name', onSortRowsChange, transposed: false, onTransposedChange });
    act(() => result.current.setSortRows('coverage'));
    act(() => result.current.setTransposed(true));
    expect(onSortRowsChange).toHaveBeenCalledWith('coverage');
    expect(onTransposedChange).toHaveBeenCalledWith(true);
    expect(result.current.sortRows).toBe('name');
    expect(result.current.transposed).toBe(false);
    rerender({ sortRows: 'coverage', onSortRowsChange, transposed: true, onTransposedChange });
    expect(result.current.sortRows).toBe('coverage');
    expect(result.current.transposed).toBe(true);
  });

  it('keeps one identity for each setter across renders', () => {
    const { result, rerender } = render({});
    const first = result.current;
    act(() => first.setHeatmap('count'));
    rerender({ heatmap: 'effort' });
    for (const key of ['setRows', 'setColumns', 'setTransposed', 'setHeatmap', 'setSortRows', 'setFilters'] as const)
      expect(result.current[key]).toBe(first[key]);
  });

  it('says whether an axis can switch: not when the host owns it without listening', () => {
    expect(render({}).result.current).toMatchObject({ canSetRows: true, canSetColumns: true });
    expect(render({ rows: 'goals', columns: 'epics' }).result.current).toMatchObject({
      canSetRows: false,
      canSetColumns: false,
    });
    expect(
      render({ rows: 'goals', onRowsChange: () => {}, columns: 'epics', onColumnsChange: () => {} }).result.current,
    ).toMatchObject({ canSetRows: true, canSetColumns: true });
  });

  it('keeps the old names working, with a warning, the new name winning when both are given', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onColsChange = vi.fn();
    const { result } = render({ cols: 'items', onColsChange, text: 'sso', defaultOrphansOnly: true });
    expect(result.current.columns).toBe('items');
    expect(result.current.canSetColumns).toBe(true);
    expect(result.current.filters).toEqual({ orphansOnly: true, uncoveredOnly: undefined, text: 'sso' });
    act(() => result.current.setColumns('epics'));
    expect(onColsChange).toHaveBeenCalledWith('epics');
    expect(render({ columns: 'epics', cols: 'items' }).result.current.columns).toBe('epics');
    expect(render({ defaultCols: ['bug'] }).result.current.columns).toEqual(['bug']);
    expect(render({ defaultUncoveredOnly: true }).result.current.filters).toMatchObject({ uncoveredOnly: true });
    // Once a page for each old name (other tests may already have used some).
    for (const call of warn.mock.calls) expect(String(call[0])).toMatch(/^TraceabilityMatrix: `\w+` is renamed `\w+`/);
  });
});
