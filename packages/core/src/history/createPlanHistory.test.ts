import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { applyChange } from '../changes/applyChange.js';
import type { Change } from '../changes/types.js';
import type { Plan } from '../model/types.js';
import { generatePlan } from '../sample/generatePlan.js';
import { createPlan } from '../validate/validatePlan.js';
import { createPlanHistory } from './createPlanHistory.js';

const plan = createPlan(generatePlan({ seed: 5, items: 40, initiatives: 4 }));
const product = plan.backlogs.find((b) => b.kind === 'product');
const sprint = plan.backlogs.find((b) => b.kind === 'sprint');
if (!product || !sprint) throw new Error('the generated plan has a product backlog and a sprint');
const itemIds = plan.items.map((i) => i.id);
const initiativeIds = plan.initiatives.map((i) => i.id);
const first = product.itemIds[0] as string;

const setStatus = (itemId: string, status: 'todo' | 'done'): Change => ({ type: 'set-status', itemId, status });

/** Changes a view could send: most apply, some are refused (unknown ids, out-of-range indexes). */
const change: fc.Arbitrary<Change> = fc.letrec<{ change: Change }>((tie) => ({
  change: fc.oneof(
    { depthSize: 'small' },
    fc
      .tuple(fc.constantFrom(...product.itemIds), fc.integer({ min: -1, max: product.itemIds.length }))
      .map(([itemId, toIndex]) => ({ type: 'reorder' as const, backlogId: product.id, itemId, toIndex })),
    fc.tuple(fc.constantFrom(...product.itemIds), fc.integer({ min: 0, max: 3 })).map(([itemId, toIndex]) => ({
      type: 'move' as const,
      itemId,
      fromBacklogId: product.id,
      toBacklogId: sprint.id,
      toIndex,
    })),
    fc.record({
      type: fc.constant('link'),
      itemId: fc.constantFrom(...itemIds),
      initiativeId: fc.constantFrom(...initiativeIds),
    }),
    fc.record({ type: fc.constant('unlink'), itemId: fc.constantFrom(...itemIds, 'no-such-item') }),
    fc.record({
      type: fc.constant('set-status'),
      itemId: fc.constantFrom(...itemIds),
      status: fc.constantFrom('todo', 'in-progress', 'blocked', 'done'),
    }),
    fc.record({
      type: fc.constant('reschedule'),
      initiativeId: fc.constantFrom(...initiativeIds),
      start: fc.constantFrom('2026-10-01', '2026-12-01'),
    }),
    fc.record({ type: fc.constant('batch'), changes: fc.array(tie('change'), { maxLength: 3 }) }),
  ) as fc.Arbitrary<Change>,
})).change;

/** The plan `changes` give when replayed on `start`, as a host restoring persisted changes would. */
function replay(start: Plan, changes: readonly Change[]): Plan {
  let current = start;
  for (const c of changes) {
    const result = applyChange(current, c);
    if (!result.ok) throw new Error(result.error.message);
    current = result.plan;
  }
  return current;
}

describe('createPlanHistory', () => {
  it('starts at the initial plan with nothing to undo or redo', () => {
    const history = createPlanHistory(plan);
    expect(history.plan).toBe(plan);
    expect(history.changes).toEqual([]);
    expect(history.canUndo).toBe(false);
    expect(history.canRedo).toBe(false);
    expect(history.undo()).toBeUndefined();
    expect(history.redo()).toBeUndefined();
  });

  it('applies, undoes with the inverse change, and redoes the same change', () => {
    const history = createPlanHistory(plan);
    const done = setStatus(first, 'done');
    const before = plan.items.find((i) => i.id === first)?.status;
    const result = history.apply(done);
    expect(result.ok && result.plan).toBe(history.plan);
    expect(history.plan.items.find((i) => i.id === first)?.status).toBe('done');
    expect(history.changes).toEqual([done]);
    expect(history.canUndo).toBe(true);

    expect(history.undo()).toEqual({ type: 'set-status', itemId: first, status: before });
    expect(history.plan).toBe(plan);
    expect(history.changes).toEqual([]);
    expect(history.canUndo).toBe(false);
    expect(history.canRedo).toBe(true);

    expect(history.redo()).toBe(done);
    expect(history.plan).toBe(result.ok ? result.plan : undefined);
    expect(history.changes).toEqual([done]);
  });

  it('leaves history untouched when a change is refused, and returns the error', () => {
    const history = createPlanHistory(plan);
    history.apply(setStatus(first, 'done'));
    history.apply(setStatus(first, 'todo'));
    history.undo();
    const state = history.getState();
    const listener = vi.fn();
    history.subscribe(listener);
    const result = history.apply({ type: 'unlink', itemId: 'no-such-item' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-item' } });
    expect(history.getState()).toBe(state);
    expect(history.canRedo).toBe(true);
    expect(listener).not.toHaveBeenCalled();
  });

  it('undoes a batch as one step', () => {
    const history = createPlanHistory(plan);
    const second = product.itemIds[1] as string;
    history.apply({ type: 'batch', changes: [setStatus(first, 'done'), setStatus(second, 'done')] });
    expect(history.changes).toHaveLength(1);
    const undo = history.undo();
    expect(undo?.type).toBe('batch');
    expect(history.plan).toBe(plan);
    expect(history.canUndo).toBe(false);
  });

  it('drops the redo steps when a new change is applied', () => {
    const history = createPlanHistory(plan);
    history.apply(setStatus(first, 'done'));
    history.undo();
    expect(history.canRedo).toBe(true);
    const reorder: Change = { type: 'reorder', backlogId: product.id, itemId: first, toIndex: 1 };
    history.apply(reorder);
    expect(history.canRedo).toBe(false);
    expect(history.redo()).toBeUndefined();
    expect(history.changes).toEqual([reorder]);
  });

  it('adds no step for a change that leaves the plan as it was', () => {
    const history = createPlanHistory(plan);
    const result = history.apply({ type: 'reorder', backlogId: product.id, itemId: first, toIndex: 0 });
    expect(result).toEqual({ ok: true, plan });
    expect(history.canUndo).toBe(false);
    expect(history.changes).toEqual([]);
  });

  it('undoes at most `limit` steps, and still lists every change', () => {
    const history = createPlanHistory(plan, { limit: 2 });
    const statuses = ['done', 'todo', 'done'] as const;
    for (const status of statuses) history.apply(setStatus(first, status));
    expect(history.undo()).toBeDefined();
    expect(history.undo()).toBeDefined();
    expect(history.undo()).toBeUndefined();
    expect(history.changes).toEqual([setStatus(first, 'done')]);
    expect(replay(plan, history.changes)).toEqual(history.plan);
    expect(createPlanHistory(plan, { limit: 0 }).apply(setStatus(first, 'done')).ok).toBe(true);
  });

  it('tells subscribers of every apply, undo and redo until they unsubscribe', () => {
    const history = createPlanHistory(plan);
    const listener = vi.fn();
    const unsubscribe = history.subscribe(listener);
    history.apply(setStatus(first, 'done'));
    history.undo();
    history.redo();
    expect(listener).toHaveBeenCalledTimes(3);
    expect(listener).toHaveBeenLastCalledWith(history.getState());
    unsubscribe();
    history.undo();
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('resets to a plan from elsewhere: nothing to undo or redo, no changes, subscribers told', () => {
    const history = createPlanHistory(plan);
    history.apply(setStatus(first, 'done'));
    history.apply(setStatus(first, 'todo'));
    history.undo();
    const listener = vi.fn();
    history.subscribe(listener);
    const elsewhere = replay(plan, [{ type: 'reorder', backlogId: product.id, itemId: first, toIndex: 3 }]);
    history.reset(elsewhere);
    expect(history.getState()).toEqual({ plan: elsewhere, changes: [], canUndo: false, canRedo: false });
    expect(history.undo()).toBeUndefined();
    expect(history.redo()).toBeUndefined();
    expect(listener).toHaveBeenCalledExactlyOnceWith(history.getState());
    history.apply(setStatus(first, 'done'));
    expect(history.changes).toEqual([setStatus(first, 'done')]);
    const status = elsewhere.items.find((i) => i.id === first)?.status;
    expect(history.undo()).toEqual({ type: 'set-status', itemId: first, status });
    expect(history.plan).toBe(elsewhere);
  });

  it('undoing every applied change returns the initial plan; undo then redo returns the same plan', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), (changes) => {
        const history = createPlanHistory(plan);
        const plans: Plan[] = [];
        for (const c of changes) {
          const before = history.plan;
          const result = history.apply(c);
          if (!result.ok) expect(history.plan).toBe(before);
          plans.push(history.plan);
        }
        // What a host persists replays to the current plan.
        expect(replay(plan, history.changes)).toEqual(history.plan);
        const current = history.plan;
        if (history.canUndo) {
          history.undo();
          history.redo();
          expect(history.plan).toBe(current);
        }
        while (history.canUndo) {
          const was = history.plan;
          const inverse = history.undo() as Change;
          // The change undo returns, sent to a server holding `was`, gives the same plan.
          expect(replay(was, [inverse])).toEqual(history.plan);
        }
        expect(history.plan).toBe(plan);
        expect(history.changes).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
