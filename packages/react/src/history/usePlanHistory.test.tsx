import { act, renderHook } from '@testing-library/react';
import { type Change, createPlan, type Plan } from '@throughline/core';
import { generatePlan } from '@throughline/core/sample';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { usePlanHistory } from './usePlanHistory.js';

const plan = createPlan(generatePlan({ seed: 3, items: 30 }));
const product = plan.backlogs.find((b) => b.kind === 'product');
if (!product) throw new Error('the generated plan has a product backlog');
const first = product.itemIds[0] as string;
const reorder: Change = { type: 'reorder', backlogId: product.id, itemId: first, toIndex: 2 };

describe('usePlanHistory', () => {
  it('starts at the initial plan, given as a value or made once by a function', () => {
    const make = vi.fn(() => plan);
    const { result, rerender } = renderHook(() => usePlanHistory(make));
    rerender();
    expect(result.current.plan).toBe(plan);
    expect(result.current).toMatchObject({ changes: [], canUndo: false, canRedo: false });
    expect(make).toHaveBeenCalledTimes(1);
    expect(renderHook(() => usePlanHistory(plan)).result.current.plan).toBe(plan);
  });

  it('applies, undoes and redoes, re-rendering with the new state each time', () => {
    const { result } = renderHook(() => usePlanHistory(plan));
    act(() => {
      expect(result.current.apply(reorder).ok).toBe(true);
    });
    expect(result.current.plan.backlogs.find((b) => b.id === product.id)?.itemIds[2]).toBe(first);
    expect(result.current).toMatchObject({ changes: [reorder], canUndo: true, canRedo: false });

    let undo: Change | undefined;
    act(() => {
      undo = result.current.undo();
    });
    expect(undo).toEqual({ ...reorder, toIndex: 0 });
    expect(result.current.plan).toBe(plan);
    expect(result.current).toMatchObject({ changes: [], canUndo: false, canRedo: true });

    act(() => {
      expect(result.current.redo()).toBe(reorder);
    });
    expect(result.current.changes).toEqual([reorder]);
  });

  it('returns a refused change’s error and does not re-render', () => {
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return usePlanHistory(plan);
    });
    const before = result.current;
    act(() => {
      const refused = result.current.apply({ type: 'unlink', itemId: 'no-such-item' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'unknown-item' } });
    });
    expect(result.current).toBe(before);
    expect(renders).toBe(1);
  });

  it('keeps apply, undo, redo and reset stable across changes, and the result stable across unrelated renders', () => {
    const { result, rerender } = renderHook(() => usePlanHistory(plan));
    const { apply, undo, redo, reset } = result.current;
    const before = result.current;
    rerender();
    expect(result.current).toBe(before);
    act(() => {
      result.current.apply(reorder);
    });
    act(() => {
      result.current.undo();
    });
    expect(result.current.apply).toBe(apply);
    expect(result.current.undo).toBe(undo);
    expect(result.current.redo).toBe(redo);
    expect(result.current.reset).toBe(reset);
  });

  it('fits a view’s onChange(change, next) and works under StrictMode', () => {
    const { result } = renderHook(() => usePlanHistory(() => plan), { wrapper: StrictMode });
    const onChange: (change: Change, next: Plan) => void = result.current.apply;
    act(() => onChange(reorder, plan));
    expect(result.current.changes).toEqual([reorder]);
    act(() => {
      result.current.undo();
    });
    expect(result.current.plan).toBe(plan);
  });

  it('resets to a plan from elsewhere in place: one render, nothing to undo, the actions kept', () => {
    const elsewhere = createPlan(generatePlan({ seed: 4, items: 30 }));
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return usePlanHistory(plan);
    });
    act(() => {
      result.current.apply(reorder);
    });
    const { apply, undo, redo, reset } = result.current;
    const rendered = renders;
    act(() => result.current.reset(elsewhere));
    expect(renders).toBe(rendered + 1);
    expect(result.current.plan).toBe(elsewhere);
    expect(result.current).toMatchObject({ changes: [], canUndo: false, canRedo: false });
    expect(result.current).toMatchObject({ apply, undo, redo, reset });
    act(() => {
      expect(result.current.undo()).toBeUndefined();
    });
    expect(result.current.plan).toBe(elsewhere);
  });

  it('undoes at most `limit` steps', () => {
    const { result } = renderHook(() => usePlanHistory(plan, { limit: 1 }));
    act(() => {
      result.current.apply(reorder);
      result.current.apply({ ...reorder, toIndex: 0 });
    });
    act(() => {
      result.current.undo();
    });
    expect(result.current.canUndo).toBe(false);
    expect(result.current.changes).toEqual([reorder]);
  });
});
