import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/types.js';
import { change, initiativeIds, itemIds, plan } from '../test-support/changeArbitraries.js';
import { validatePlan } from '../validate/validatePlan.js';
import { applyChange } from './applyChange.js';
import { invertChange } from './invertChange.js';

/** Every (backlog, item) pair, sorted: the multiset a change must preserve or move, never grow or shrink. */
function memberships(p: Plan): string[] {
  return p.backlogs.flatMap((b) => b.itemIds.map((i) => `${b.id}:${i}`)).sort();
}
const allItemsInBacklogs = (p: Plan) => p.backlogs.flatMap((b) => b.itemIds).sort();

describe('changes, over random sequences', () => {
  it('never lose or duplicate an item across backlogs, and keep every plan valid', () => {
    const outcomes = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 8 }), (changes) => {
        let current = plan;
        for (const c of changes) {
          const before = allItemsInBacklogs(current);
          const result = applyChange(current, c);
          const outcome = `${c.type}:${result.ok ? 'applied' : 'refused'}`;
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          if (!result.ok) continue;
          // Moves and reorders shift places; nothing appears or disappears.
          expect(allItemsInBacklogs(result.plan)).toEqual(before);
          for (const b of result.plan.backlogs) expect(new Set(b.itemIds).size).toBe(b.itemIds.length);
          expect(result.plan.items.map((i) => i.id)).toEqual(itemIds);
          expect(result.plan.initiatives.map((i) => i.id)).toEqual(initiativeIds);
          // A priority object is never left empty (one assertion: each costs more than the check).
          const empty = [...result.plan.items, ...result.plan.initiatives].filter(
            (entity) => entity.priority !== undefined && Object.keys(entity.priority).length === 0,
          );
          expect(empty).toEqual([]);
          current = result.plan;
        }
        // What the change functions produced, validation accepts.
        expect(validatePlan(JSON.parse(JSON.stringify(current))).ok).toBe(true);
      }),
      { numRuns: 10_000 },
    );
    // The sequences must exercise real changes, not only refusals.
    for (const type of [
      'reorder',
      'move',
      'link',
      'unlink',
      'reparent',
      'reschedule',
      'set-status',
      'set-priority',
      'review-link',
      'batch',
    ]) {
      expect(outcomes.get(`${type}:applied`) ?? 0, `${type} applied`).toBeGreaterThan(100);
    }
  }, 120_000);

  it('undo: applying a change and then its inverse gives back an equal plan', () => {
    fc.assert(
      fc.property(change, (c) => {
        const next = applyChange(plan, c);
        const undo = invertChange(plan, c);
        if (!next.ok) {
          expect(undo).toEqual({ type: 'batch', changes: [] });
          return;
        }
        const back = applyChange(next.plan, undo);
        expect(back.ok).toBe(true);
        if (back.ok) expect(back.plan).toEqual(plan);
        if (back.ok) expect(memberships(back.plan)).toEqual(memberships(plan));
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('leave the plan they were given untouched, applied or refused', () => {
    const snapshot = JSON.stringify(plan);
    fc.assert(
      fc.property(change, (c) => {
        applyChange(plan, c);
        invertChange(plan, c);
      }),
      { numRuns: 1000 },
    );
    expect(JSON.stringify(plan)).toBe(snapshot);
  });
});
