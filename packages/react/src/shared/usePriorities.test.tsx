import { renderHook } from '@testing-library/react';
import { createPlan, type PriorityOptions } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { describe, expect, it } from 'vitest';
import { usePriorities } from './usePriorities.js';

const plan = createPlan(samplePlan());

describe('usePriorities', () => {
  it('scores the plan by the framework asked for, and nothing without options', () => {
    const { result, rerender } = renderHook(({ options }) => usePriorities(plan, options), {
      initialProps: { options: { framework: 'wsjf' } as PriorityOptions | undefined },
    });
    expect(result.current?.framework).toBe('wsjf');
    expect(result.current?.items).toHaveLength(plan.items.length);
    rerender({ options: undefined });
    expect(result.current).toBeUndefined();
  });

  it('keeps one report for options written inline each render, and scores again when they or the plan change', () => {
    const { result, rerender } = renderHook(({ p, framework }) => usePriorities(p, { framework }), {
      initialProps: { p: plan, framework: 'rice' as PriorityOptions['framework'] },
    });
    const first = result.current;
    rerender({ p: plan, framework: 'rice' });
    expect(result.current).toBe(first);
    rerender({ p: plan, framework: 'ice' });
    expect(result.current).not.toBe(first);
    expect(result.current?.framework).toBe('ice');
    const next = createPlan(samplePlan());
    rerender({ p: next, framework: 'ice' });
    expect(result.current?.framework).toBe('ice');
    expect(result.current?.items[0]?.ref.id).toBe(next.items[0]?.id);
  });

  it('shares the report between two views scoring the same plan the same way', () => {
    const a = renderHook(() => usePriorities(plan, { framework: 'value-effort' }));
    const b = renderHook(() => usePriorities(plan, { framework: 'value-effort' }));
    expect(a.result.current).toBe(b.result.current);
  });
});
