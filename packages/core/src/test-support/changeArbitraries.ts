import fc from 'fast-check';
import type { Change } from '../changes/types.js';
import { generatePlan } from '../sample/generatePlan.js';
import type { LinkRef } from '../suspect/suspect.types.js';
import { getItemTraces } from '../trace/itemTraces.js';
import { createPlan } from '../validate/validatePlan.js';

// Random changes for the property tests (changes, undo, diff): any change a host or a view could
// send, valid or not, against a generated plan's ids.

const generated = generatePlan({ seed: 11, items: 60, initiatives: 6 });
// A few items and initiatives start with priority inputs, so set-priority has old values to restore.
const withInputs = <T extends object>(entity: T, i: number) =>
  i % 6 === 0 ? { ...entity, priority: { moscow: 'must' as const, rice: { reach: 10 }, hostField: 1 } } : entity;
const unreviewed = createPlan({
  ...generated,
  items: generated.items?.map(withInputs),
  initiatives: generated.initiatives?.map(withInputs),
});
const traces = getItemTraces(unreviewed);
/** Every trace link in the plan: items to their initiatives, initiatives to their goals. */
const links: LinkRef[] = [
  ...unreviewed.items.flatMap((item, p) => {
    const initiativeId = traces.initiativeId[p];
    return initiativeId === undefined
      ? []
      : [{ from: { kind: 'item' as const, id: item.id }, to: { kind: 'initiative' as const, id: initiativeId } }];
  }),
  ...unreviewed.initiatives.flatMap((initiative) =>
    (traces.goalsOfInitiative.get(initiative.id) ?? []).map((goalId) => ({
      from: { kind: 'initiative' as const, id: initiative.id },
      to: { kind: 'goal' as const, id: goalId },
    })),
  ),
];
// Two links start reviewed, so review-link has reviews to replace, clear and put back.
export const plan = createPlan({
  ...unreviewed,
  reviewedLinks: links.slice(0, 2).map((link) => ({ link, seen: { 'goal-title': 'An older title' } })),
});
export const itemIds = plan.items.map((i) => i.id);
const backlogIds = plan.backlogs.map((b) => b.id);
export const initiativeIds = plan.initiatives.map((i) => i.id);
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

// Links the plan has, one it does not, and one of a kind links never have; seen values a review
// records, one malformed.
const link = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...links) },
  fc.constant({ from: { kind: 'item', id: 'unknown-id' }, to: { kind: 'initiative', id: initiativeIds[0] } }),
  fc.constant({ from: { kind: 'goal', id: 'G' }, to: { kind: 'item', id: itemIds[0] } }),
);
const seen = fc.constantFrom(
  { 'goal-title': 'Seen in review', 'goal-target': 40 },
  { 'initiative-status': 'done', 'initiative-goals': ['G1'] },
  { 'goal-metric': { name: 'Activation', unit: '%' } },
  { 'goal-target': { unit: 'no name' } },
);
const review = fc.record(
  {
    type: fc.constant('review-link'),
    link,
    seen: fc.option(seen, { nil: null }),
    at: fc.integer({ min: -1, max: 3 }),
  },
  { requiredKeys: ['type', 'link'] },
);

/** Any change a host or a view could send, valid or not, against the generated plan's ids. */
export const change: fc.Arbitrary<Change> = fc.letrec<{ change: Change }>((tie) => ({
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
    review,
    fc.record({ type: fc.constant('batch'), changes: fc.array(tie('change'), { maxLength: 4 }) }),
  ) as fc.Arbitrary<Change>,
})).change;
