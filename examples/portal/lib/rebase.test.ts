import { applyChange, type Change, createPlan, type Plan } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { describe, expect, it } from 'vitest';
import { rebase } from './rebase';

const seed = createPlan(samplePlan());
const product = (plan: Plan) => plan.backlogs.find((b) => b.id === 'backlog-product')?.itemIds ?? [];
const [first, second, third, , fifth] = product(seed) as string[];

const reorder = (itemId: string | undefined, toIndex: number): Change => ({
  type: 'reorder',
  backlogId: 'backlog-product',
  itemId: itemId ?? '',
  toIndex,
});
const toSprint = (itemId: string | undefined): Change => ({
  type: 'move',
  itemId: itemId ?? '',
  fromBacklogId: 'backlog-product',
  toBacklogId: 'sprint-24',
  toIndex: 0,
});

function applied(plan: Plan, change: Change): Plan {
  const result = applyChange(plan, change);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

describe('rebase', () => {
  it('applies a change made on the latest version as the next version', () => {
    const decision = rebase({ version: 3, plan: seed }, { baseVersion: 3, change: reorder(first, 1) });
    expect(decision.outcome).toEqual({ status: 'applied', version: 4 });
    expect(decision.accepted && decision.next).toEqual({ version: 4, plan: applied(seed, reorder(first, 1)) });
  });

  it('rebases a change made on an older version onto the latest, keeping both edits', () => {
    const latest = applied(seed, reorder(first, 1)); // another editor's change, version 4
    const decision = rebase({ version: 4, plan: latest }, { baseVersion: 3, change: reorder(fifth, 5) });
    expect(decision.outcome).toEqual({ status: 'rebased', version: 5, onto: 4 });
    if (!decision.accepted) throw new Error('refused');
    expect(product(decision.next.plan).slice(0, 6)).toEqual([
      second,
      first,
      third,
      product(seed)[3],
      product(seed)[5],
      fifth,
    ]);
  });

  it('refuses a change the latest plan no longer allows, with applyChange’s code and reason', () => {
    const latest = applied(seed, toSprint(second)); // the other editor moved it first
    const request = {
      baseVersion: 0,
      change: { ...toSprint(second), toBacklogId: 'release-3-0' } as Change,
    };
    expect(rebase({ version: 1, plan: latest }, request)).toEqual({
      accepted: false,
      outcome: {
        status: 'refused',
        code: 'not-in-backlog',
        reason: `Item ${second} is not in backlog backlog-product.`,
      },
    });
  });

  it('refuses a change that does not apply even on the version it was made on', () => {
    const decision = rebase({ version: 0, plan: seed }, { baseVersion: 0, change: { type: 'unlink', itemId: 'nope' } });
    expect(decision.outcome).toMatchObject({ status: 'refused', code: 'unknown-item' });
  });

  it('refuses a base version the plan has not reached, asking for a reload', () => {
    const decision = rebase({ version: 2, plan: seed }, { baseVersion: 7, change: reorder(first, 1) });
    expect(decision).toEqual({
      accepted: false,
      outcome: {
        status: 'refused',
        code: 'unknown-version',
        reason: 'Version 7 is newer than the saved plan (version 2); reload the page.',
      },
    });
  });
});
