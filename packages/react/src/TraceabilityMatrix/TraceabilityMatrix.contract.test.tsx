import { act, fireEvent, render } from '@testing-library/react';
import { createPlan, type MatrixColumnsBy, type MatrixSort } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TraceabilityMatrix, type TraceabilityMatrixProps } from './TraceabilityMatrix.js';

// The controlled-state contract (x / defaultX / onXChange), the renamed props, onSelect's
// { kind, id } and right to left, on the sample plan's initiatives × epics.
const plan = createPlan(samplePlan());
const TODAY = '2026-11-25';
const epics = plan.items.filter((i) => i.kind === 'epic');

const renderMatrix = (props: Partial<TraceabilityMatrixProps> = {}) =>
  render(<TraceabilityMatrix plan={plan} today={TODAY} locale="en-GB" rows="initiatives" {...props} />);
const grid = () => document.querySelector('[role="grid"]') as HTMLElement;
const button = (name: string) =>
  [...document.querySelectorAll<HTMLButtonElement>('.tl-matrix-toolbar button')].find((b) => b.textContent === name);
const at = (pos: string) => document.querySelector<HTMLElement>(`[data-pos="${pos}"]`) as HTMLElement;

/** A host that owns `transposed` and passes every change back. */
function TransposingHost(props: { onTransposedChange: (t: boolean) => void; onHeatmapChange: (h: string) => void }) {
  const [transposed, setTransposed] = useState(false);
  return (
    <TraceabilityMatrix
      plan={plan}
      today={TODAY}
      rows="initiatives"
      transposed={transposed}
      onTransposedChange={(next) => {
        props.onTransposedChange(next);
        setTransposed(next);
      }}
      onHeatmapChange={props.onHeatmapChange}
    />
  );
}

/** A host that owns `sortRows` and passes every change back. */
function SortingHost() {
  const [sortRows, setSortRows] = useState<MatrixSort>('plan');
  return (
    <TraceabilityMatrix
      plan={plan}
      today={TODAY}
      rows="initiatives"
      sortRows={sortRows}
      onSortRowsChange={setSortRows}
    />
  );
}

describe('TraceabilityMatrix view state', () => {
  afterEach(() => vi.restoreAllMocks());

  it('takes columns and defaultColumns', () => {
    renderMatrix({ columns: ['bug'] }).unmount();
    const bugs = plan.items.filter((i) => i.kind === 'bug').length;
    renderMatrix({ defaultColumns: ['bug'] });
    expect(grid()).toHaveAttribute('aria-colcount', String(bugs + 1));
  });

  it('still takes cols, with a development warning naming the new prop', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const spikes = plan.items.filter((i) => i.kind === 'spike').length;
    const { unmount } = renderMatrix({ cols: ['spike'] });
    expect(grid()).toHaveAttribute('aria-colcount', String(spikes + 1));
    unmount();
    // The new name wins when both are given.
    renderMatrix({ columns: 'epics', cols: ['spike'] });
    expect(grid()).toHaveAttribute('aria-colcount', String(epics.length + 1));
    for (const [message] of warn.mock.calls) expect(String(message)).toMatch(/`cols` is renamed `columns`/);
  });

  it('tells the host of transpose and heatmap changes, and follows what it passes back', () => {
    const onTransposedChange = vi.fn();
    const onHeatmapChange = vi.fn();
    render(<TransposingHost onTransposedChange={onTransposedChange} onHeatmapChange={onHeatmapChange} />);
    fireEvent.click(button('Swap rows and columns') as HTMLElement);
    expect(onTransposedChange).toHaveBeenCalledWith(true);
    expect(document.querySelector('.tl-matrix')).toHaveAttribute('data-transposed', 'true');
    fireEvent.change(document.querySelectorAll('.tl-matrix-toolbar select')[1] as Element, {
      target: { value: 'count' },
    });
    expect(onHeatmapChange).toHaveBeenCalledWith('count');
    expect(document.querySelector('.tl-matrix')).toHaveAttribute('data-heatmap', 'count');
  });

  it('keeps the sort select live when the host owns sortRows and listens', () => {
    render(<SortingHost />);
    const select = document.querySelectorAll<HTMLSelectElement>('.tl-matrix-toolbar select')[0] as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'name' } });
    expect(select.value).toBe('name');
    const titles = [...document.querySelectorAll('[role="rowheader"] .tl-matrix-title')].map(
      (t) => t.textContent ?? '',
    );
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  });

  it('draws a controlled sort that has no listener, and asks for changes without making them', () => {
    const onSortRowsChange = vi.fn();
    const { rerender } = renderMatrix({ sortRows: 'name' });
    const select = document.querySelectorAll<HTMLSelectElement>('.tl-matrix-toolbar select')[0] as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'coverage' } });
    expect(select.value).toBe('name');
    rerender(
      <TraceabilityMatrix
        plan={plan}
        today={TODAY}
        rows="initiatives"
        sortRows="name"
        onSortRowsChange={onSortRowsChange}
      />,
    );
    fireEvent.change(select, { target: { value: 'coverage' } });
    expect(onSortRowsChange).toHaveBeenCalledWith('coverage');
  });

  it('owns its filters on the same contract, and the old default props still set them', () => {
    const onFiltersChange = vi.fn();
    renderMatrix({ defaultFilters: { orphansOnly: true }, onFiltersChange });
    const orphans = document.querySelectorAll<HTMLInputElement>('.tl-matrix-toolbar input')[0] as HTMLInputElement;
    expect(orphans.checked).toBe(true);
    for (const header of document.querySelectorAll('[role="columnheader"][data-pos^="-1:"]:not([data-pos="-1:-1"])'))
      expect(header).toHaveAttribute('data-orphan', 'true');
    fireEvent.click(orphans);
    expect(onFiltersChange).toHaveBeenCalledWith({ orphansOnly: false });
    expect(orphans.checked).toBe(false);
  });

  it('filters work by text through filters, and through the old text prop', () => {
    const title = epics[0]?.title ?? '';
    const { unmount } = renderMatrix({ filters: { text: title } });
    expect(grid()).toHaveAttribute('aria-colcount', '2');
    unmount();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderMatrix({ text: title });
    expect(grid()).toHaveAttribute('aria-colcount', '2');
  });

  it('calls onSelect with { kind, id }, and an old (id, kind) callback the old way', () => {
    const onSelect = vi.fn();
    const { unmount } = renderMatrix({ onSelect });
    fireEvent.click(at('0:-1'));
    fireEvent.click(at('-1:0'));
    const initiative = plan.initiatives.find((i) => i.status !== 'dropped');
    expect(onSelect.mock.calls).toEqual([
      [{ kind: 'initiative', id: initiative?.id }],
      [{ kind: 'item', id: epics[0]?.id }],
    ]);
    unmount();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const calls: [string, string][] = [];
    const legacy = (id: string, kind: string) => calls.push([id, kind]);
    renderMatrix({ onSelect: legacy as unknown as TraceabilityMatrixProps['onSelect'] });
    fireEvent.click(at('-1:0'));
    expect(calls).toEqual([[epics[0]?.id, 'item']]);
  });

  it('expands goals on the same contract', () => {
    const onExpandedChange = vi.fn();
    const goal = plan.goals.find((g) => plan.initiatives.some((i) => i.goalIds.includes(g.id)));
    renderMatrix({ rows: 'goals', expanded: [], onExpandedChange });
    const header = [...document.querySelectorAll('[role="rowheader"]')].find(
      (h) => h.querySelector('.tl-matrix-title')?.textContent === goal?.title,
    ) as HTMLElement;
    fireEvent.click(header);
    expect(onExpandedChange).toHaveBeenCalledWith([goal?.id]);
    expect(header).toHaveAttribute('aria-expanded', 'false');
  });

  it('mirrors the arrow keys right to left, on a root that says dir="rtl"', () => {
    renderMatrix({ dir: 'rtl' });
    expect(document.querySelector('.tl-matrix')).toHaveAttribute('dir', 'rtl');
    act(() => at('0:0').focus());
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect((document.activeElement as HTMLElement).dataset.pos).toBe('0:1');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect((document.activeElement as HTMLElement).dataset.pos).toBe('0:-1');
  });

  it('switches an empty axis through onColumnsChange when the host owns columns', () => {
    const noEpics = createPlan({
      goals: [{ id: 'G1', title: 'Activation' }],
      initiatives: [{ id: 'I1', title: 'Onboarding', goalIds: ['G1'], source: 'tech' }],
      items: [{ id: 'S1', title: 'Signup flow', kind: 'story', initiativeId: 'I1' }],
    });
    const onColumnsChange = vi.fn<(columns: MatrixColumnsBy) => void>();
    render(<TraceabilityMatrix plan={noEpics} today={TODAY} columns="epics" onColumnsChange={onColumnsChange} />);
    const offer = [...document.querySelectorAll('button')].find((b) => /items/i.test(b.textContent ?? ''));
    fireEvent.click(offer as HTMLElement);
    expect(onColumnsChange).toHaveBeenCalledWith('items');
  });
});
