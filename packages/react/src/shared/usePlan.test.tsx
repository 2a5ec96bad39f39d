import { renderHook } from '@testing-library/react';
import { createPlan, isPlan } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { describe, expect, it } from 'vitest';
import { dataWithProblems } from './dataWithProblems.story.js';
import { usePlan } from './usePlan.js';

describe('usePlan', () => {
  it('passes a Plan straight through, untouched and not salvaged', () => {
    const plan = createPlan(samplePlan());
    const { result } = renderHook(() => usePlan(plan));
    expect(result.current).toEqual({ ok: true, plan, salvaged: null });
    if (result.current.ok) expect(result.current.plan).toBe(plan);
  });

  it('validates raw data that has no problems, with nothing salvaged', () => {
    const { result } = renderHook(() => usePlan(samplePlan()));
    expect(result.current.ok && isPlan(result.current.plan)).toBe(true);
    expect(result.current.ok && result.current.salvaged).toBeNull();
  });

  it('salvages raw data with problems: the plan keeps what is valid, each problem says what was set aside', () => {
    const { result } = renderHook(() => usePlan(dataWithProblems()));
    if (!result.current.ok) throw new Error('expected a salvaged plan');
    const { plan, salvaged } = result.current;
    expect(plan.initiatives.map((i) => i.title)).toEqual(['Guided first project', 'Single sign-on']);
    expect(plan.initiatives[0]?.end).toBeUndefined();
    expect(plan.items.find((i) => i.id === 'STORY-2')?.parentId).toBeUndefined();
    expect(salvaged?.problems.map((p) => [p.code, p.setAside.kind])).toEqual([
      ['invalid-date', 'field'],
      ['duplicate-id', 'entity'],
      ['dangling-reference', 'reference'],
    ]);
    expect(salvaged?.summary).toMatchObject({ problems: 3, leftOut: { initiatives: 1 }, fields: 1, references: 1 });
  });

  it('when strict, is the all-or-nothing list of errors', () => {
    const { result } = renderHook(() => usePlan(dataWithProblems(), { strict: true }));
    expect(result.current.ok).toBe(false);
    if (!result.current.ok) {
      expect(result.current.errors.map((e) => e.code)).toEqual(
        expect.arrayContaining(['invalid-date', 'duplicate-id', 'dangling-reference']),
      );
    }
  });

  it('is the list of errors for a value that is not a plan object, strict or not', () => {
    for (const input of [null, 'plan', [1, 2]]) {
      const { result } = renderHook(() => usePlan(input));
      expect(result.current.ok ? 'drawn' : result.current.errors[0]?.code).toBe('not-an-object');
    }
  });

  it('works once per input object: the same object keeps its result, a new one is salvaged again', () => {
    const first = dataWithProblems();
    const { result, rerender } = renderHook(({ input }) => usePlan(input), { initialProps: { input: first } });
    const state = result.current;
    rerender({ input: first });
    expect(result.current).toBe(state);
    rerender({ input: dataWithProblems() });
    expect(result.current).not.toBe(state);
    expect(result.current).toEqual(state);
  });
});
