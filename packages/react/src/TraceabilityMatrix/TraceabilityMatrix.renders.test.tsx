import { act, fireEvent, render } from '@testing-library/react';
import { createPlan } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import type { ComponentType } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MatrixCellViewProps } from './MatrixCellView.js';
import type { MatrixHeaderRowProps } from './MatrixHeaders.js';
import type { MatrixRowProps } from './MatrixRow.js';
import { TraceabilityMatrix } from './TraceabilityMatrix.js';

// Counts the renders of the grid's memoised parts: each part is swapped for the same memo (same
// comparison) around the same drawing function, with a counter. A part that re-renders for a
// selection or focus change elsewhere in the grid fails these tests.
const renders = vi.hoisted(() => ({ cells: new Map<string, number>(), rows: new Map<number, number>(), headerRow: 0 }));

type Memo<P> = { type: (props: P) => unknown; compare: ((a: P, b: P) => boolean) | null };
async function counted<P extends object>(part: unknown, count: (props: P) => void): Promise<ComponentType<P>> {
  const { memo } = await import('react');
  const { type: draw, compare } = part as Memo<P>;
  return memo((props: P) => {
    count(props);
    return draw(props) as ReturnType<ComponentType<P> & ((p: P) => never)>;
  }, compare ?? undefined) as unknown as ComponentType<P>;
}
const bump = <K,>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

vi.mock('./MatrixCellView.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./MatrixCellView.js')>();
  return {
    ...actual,
    MatrixCellView: await counted<MatrixCellViewProps>(actual.MatrixCellView, (p) =>
      bump(renders.cells, `${p.row}:${p.column}`),
    ),
  };
});
vi.mock('./MatrixRow.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./MatrixRow.js')>();
  return { ...actual, MatrixRow: await counted<MatrixRowProps>(actual.MatrixRow, (p) => bump(renders.rows, p.index)) };
});
vi.mock('./MatrixHeaders.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./MatrixHeaders.js')>();
  return {
    ...actual,
    MatrixHeaderRow: await counted<MatrixHeaderRowProps>(actual.MatrixHeaderRow, () => {
      renders.headerRow++;
    }),
  };
});

const plan = createPlan(samplePlan());
const cellAt = (pos: string) => document.querySelector<HTMLElement>(`[data-pos="${pos}"]`) as HTMLElement;
const reset = () => {
  renders.cells.clear();
  renders.rows.clear();
  renders.headerRow = 0;
};

describe('TraceabilityMatrix re-renders only what a change touches', () => {
  beforeEach(reset);

  it('selecting a cell re-renders the cell and row it leaves and those it enters, nothing else', () => {
    render(<TraceabilityMatrix plan={plan} today="2026-11-25" rows="initiatives" readOnly />);
    expect(renders.rows.size).toBeGreaterThan(3);
    expect(renders.cells.size).toBeGreaterThan(20);
    act(() => cellAt('0:0').focus());
    reset();
    fireEvent.click(cellAt('2:3'));
    act(() => cellAt('2:3').focus());
    expect([...renders.rows.keys()].sort()).toEqual([0, 2]);
    expect([...renders.cells.keys()].sort()).toEqual(['0:0', '2:3']);
    expect(renders.headerRow).toBe(0);
  });

  it('moving focus by keyboard re-renders the two rows and cells concerned, nothing else', () => {
    render(<TraceabilityMatrix plan={plan} today="2026-11-25" rows="initiatives" readOnly />);
    act(() => cellAt('1:1').focus());
    reset();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cellAt('2:1'));
    expect([...renders.rows.keys()].sort()).toEqual([1, 2]);
    expect([...renders.cells.keys()].sort()).toEqual(['1:1', '2:1']);
    reset();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect([...renders.rows.keys()]).toEqual([2]);
    expect([...renders.cells.keys()].sort()).toEqual(['2:1', '2:2']);
    expect(renders.headerRow).toBe(0);
  });

  it('a notice or a findings panel re-renders no row or cell', () => {
    render(<TraceabilityMatrix plan={plan} today="2026-11-25" rows="initiatives" readOnly />);
    act(() => cellAt('0:0').focus());
    reset();
    // The corner: the whole plan's findings open below the grid.
    fireEvent.click(cellAt('-1:-1'));
    expect(document.querySelector('.tl-matrix-details')).toBeInTheDocument();
    expect([...renders.rows.keys()]).toEqual([0]);
    expect([...renders.cells.keys()]).toEqual(['0:0']);
  });

  it('a change of look re-renders every cell drawn (the counters count)', () => {
    const { rerender } = render(<TraceabilityMatrix plan={plan} today="2026-11-25" rows="initiatives" readOnly />);
    const drawn = renders.cells.size;
    reset();
    rerender(<TraceabilityMatrix plan={plan} today="2026-11-25" rows="initiatives" readOnly heatmap="count" />);
    expect(renders.cells.size).toBe(drawn);
    expect(renders.headerRow).toBe(1);
  });
});
