import { render, renderHook, screen } from '@testing-library/react';
import { createPlan, snapshotPlan } from '@throughline/core';
import { sampleBaseline, samplePlan } from '@throughline/core/sample';
import { describe, expect, it } from 'vitest';
import { BaselineNotice } from './BaselineNotice.js';
import { isBaselineView, useBaseline } from './useBaseline.js';

const plan = createPlan(samplePlan());
const baseline = sampleBaseline();
const messages = { baselineUnreadable: 'The baseline could not be read.', moreProblems: (n: number) => `${n} more` };

describe('useBaseline', () => {
  it('compares the plan with a snapshot, and gives nothing without one', () => {
    const { result, rerender } = renderHook(({ b }) => useBaseline(plan, b), {
      initialProps: { b: baseline as typeof baseline | undefined },
    });
    const view = result.current;
    expect(view && isBaselineView(view) && view.span('init-onboarding')?.slipDays).toBe(21);
    rerender({ b: undefined });
    expect(result.current).toBeUndefined();
  });

  it('shares one comparison between views given the same plan and baseline, and compares again for a new plan', () => {
    const a = renderHook(() => useBaseline(plan, baseline));
    const b = renderHook(() => useBaseline(plan, baseline));
    expect(a.result.current).toBe(b.result.current);
    const next = createPlan(samplePlan());
    expect(renderHook(() => useBaseline(next, baseline)).result.current).not.toBe(a.result.current);
    const moves = renderHook(() => useBaseline(plan, baseline, { minMove: 5 })).result.current;
    expect(moves).not.toBe(a.result.current);
  });

  it('gives the problems of a baseline it cannot read, with their paths, and the notice lists them', () => {
    const newer = { ...snapshotPlan(plan, { label: 'Q3' }), version: 9 };
    const { result } = renderHook(() => useBaseline(plan, newer as never));
    const read = result.current;
    expect(read && !isBaselineView(read) && read.errors.map((e) => e.path)).toEqual(['version']);
    render(<BaselineNotice baseline={read} messages={messages} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be read.*version.*version 9/);
  });

  it('reads a baseline straight from JSON, and names what is wrong with one that is not a plan or snapshot', () => {
    const stored = JSON.parse(JSON.stringify(baseline)) as unknown;
    const view = renderHook(() => useBaseline(plan, stored)).result.current;
    expect(view && isBaselineView(view) && view.diff.before.label).toBe(baseline.label);
    const text = renderHook(() => useBaseline(plan, 'Q3 review')).result.current;
    expect(text && !isBaselineView(text) && text.errors[0]?.message).toMatch(/object/i);
    expect(renderHook(() => useBaseline(plan, null)).result.current).toBeUndefined();
  });

  it('draws no notice for a readable baseline or none', () => {
    const { container } = render(
      <>
        <BaselineNotice baseline={undefined} messages={messages} />
        <BaselineNotice baseline={renderHook(() => useBaseline(plan, baseline)).result.current} messages={messages} />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
