import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/types.js';
import { generatePlan } from '../sample/generatePlan.js';
import { createPlan, validatePlan } from '../validate/validatePlan.js';
import { applyChange } from './applyChange.js';
import { invertChange } from './invertChange.js';
import type { Change } from './types.js';

const generated = generatePlan({ seed: 11, items: 60, initiatives: 6 });
// A few items and initiatives start with priority inputs, so set-priority has old values to restore.
const withInputs = <T extends object>(entity: T, i: number) =>
  i % 6 === 0 ? { ...entity, priority: { moscow: 'must' as const, rice: { reach: 10 }, hostField: 1 } } : entity;
const plan = createPlan({
  ...generated,
  items: generated.items?.map(withInputs),
  initiatives: generated.initiatives?.map(withInputs),
});
const itemIds = plan.items.map((i) => i.id);
const backlogIds = plan.backlogs.map((b) => b.id);
const initiativeIds = plan.initiatives.map((i) => i.id);
const horizonIds = plan.horizons.map((h) => h.id);

const id = (ids: string[]) => fc.constantFrom(...ids, 'unknown-id');
// Most reorders and moves start from an item where the plan has it, so they usually apply.
const placed = fc.constantFrom(
  ...plan.backlogs.flatMap((b) => b.itemIds.map((itemId) => ({ backlogId: b.id, itemId }))),
);
const place = fc.oneof(
  { weight: 4, arbitrary: placed },
  { weight: 1, arbitrary: fc.record({ backlogId: id(backlogIds), itemId: id(itemIds) }) },
);
const date = fc.oneof(
  fc
    .date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constant('2026-02-30'),
);

// Priority inputs, mostly valid; a confidence of 80 (a percentage), a negative job size and a
// miscased category are refused.
const share = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => n / 100) }, fc.constant(80));
const optional = { requiredKeys: [] as [] };
const priorityUpdate = fc.record(
  {
    rice: fc.option(
      fc.record(
        { reach: fc.nat(5000), impact: fc.constantFrom(3, 2, 1, 0.5, 0.25, 4), confidence: share, effort: fc.nat(8) },
        optional,
      ),
      { nil: null },
    ),
    wsjf: fc.option(
      fc.record(
        { businessValue: fc.nat(20), timeCriticality: fc.nat(20), jobSize: fc.integer({ min: -1, max: 13 }) },
        optional,
      ),
      { nil: null },
    ),
    ice: fc.option(fc.record({ impact: fc.nat(10), confidence: fc.nat(10), ease: fc.nat(10) }, optional), {
      nil: null,
    }),
    valueEffort: fc.option(fc.constantFrom({ value: { value: 4 }, effort: { effort: 2 } }, { value: { 'a "b"': 1 } }), {
      nil: null,
    }),
    moscow: fc.option(fc.constantFrom('must', 'should', 'could', 'wont', 'Must'), { nil: null }),
  },
  optional,
);
const priorityTarget = fc.oneof(
  fc.record({ kind: fc.constant('item' as const), id: id(itemIds) }),
  fc.record({ kind: fc.constant('initiative' as const), id: id(initiativeIds) }),
);

/** Any change a host or a view could send, valid or not, against the generated plan's ids. */
const change: fc.Arbitrary<Change> = fc.letrec<{ change: Change }>((tie) => ({
  change: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .tuple(place, fc.integer({ min: -1, max: 12 }))
      .map(([p, toIndex]) => ({ type: 'reorder' as const, ...p, toIndex })),
    fc.tuple(place, id(backlogIds), fc.integer({ min: -1, max: 12 })).map(([p, toBacklogId, toIndex]) => ({
      type: 'move' as const,
      itemId: p.itemId,
      fromBacklogId: p.backlogId,
      toBacklogId,
      toIndex,
    })),
    fc.record({ type: fc.constant('link'), itemId: id(itemIds), initiativeId: id(initiativeIds) }),
    fc.record({ type: fc.constant('unlink'), itemId: id(itemIds) }),
    fc.record({ type: fc.constant('reparent'), itemId: id(itemIds), parentId: fc.option(id(itemIds), { nil: null }) }),
    fc.record(
      {
        type: fc.constant('reschedule'),
        initiativeId: id(initiativeIds),
        start: fc.option(date, { nil: null }),
        end: fc.option(date, { nil: null }),
        horizonId: fc.option(id(horizonIds), { nil: null }),
      },
      { requiredKeys: ['type', 'initiativeId'] },
    ),
    fc.record({
      type: fc.constant('set-status'),
      itemId: id(itemIds),
      status: fc.constantFrom('todo', 'in-progress', 'blocked', 'done'),
    }),
    fc.record({ type: fc.constant('set-priority'), target: priorityTarget, priority: priorityUpdate }),
    fc.record({ type: fc.constant('batch'), changes: fc.array(tie('change'), { maxLength: 4 }) }),
  ) as fc.Arbitrary<Change>,
})).change;

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
