import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../sample/generatePlan.js';
import { samplePlan } from '../sample/samplePlan.js';
import { smallPlan } from '../test-support/smallPlan.js';
import { COLLECTIONS } from './collections.js';
import { salvagePlan } from './salvagePlan.js';
import { createPlan, isPlan, validatePlan } from './validatePlan.js';

type Input = ReturnType<typeof smallPlan> & Record<string, unknown>;
type Raw = Record<string, unknown>;

/** Salvages the small plan after `edit`. */
function salvageAfter(edit: (plan: Input) => void) {
  const input = smallPlan() as Input;
  edit(input);
  return salvagePlan(input);
}

const entity = (list: readonly unknown[] | undefined, id: string) =>
  (list ?? []).find((e) => (e as Raw).id === id) as Raw | undefined;
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('salvagePlan', () => {
  it('returns a valid plan as validatePlan does, with no problems', () => {
    for (const input of [smallPlan(), samplePlan(), generatePlan({ seed: 3, items: 300 })]) {
      const { plan, problems, summary } = salvagePlan(input);
      expect(problems).toEqual([]);
      expect(summary.problems).toBe(0);
      expect(isPlan(plan)).toBe(true);
      expect(plan).toEqual(createPlan(input));
    }
  });

  it('passes a Plan from createPlan straight through', () => {
    const plan = createPlan(smallPlan());
    expect(salvagePlan(plan).plan).toBe(plan);
  });

  it('drops a bad date, not the initiative, and fills the default of a dropped status', () => {
    const { plan, problems } = salvageAfter((p) => {
      Object.assign(p.initiatives[0] as object, { start: '2025-10-9', status: 'Someday' });
    });
    const initiative = entity(plan.initiatives, 'I1');
    expect(initiative?.title).toBe('Improve onboarding activation');
    expect(initiative).not.toHaveProperty('start');
    expect(initiative?.status).toBe('planned');
    expect(problems.map((p) => [p.code, p.path, p.setAside.kind, p.setAside.value])).toEqual([
      ['invalid-date', 'initiatives[0].start', 'field', '2025-10-9'],
      ['unknown-value', 'initiatives[0].status', 'field', 'Someday'],
    ]);
    expect(problems[0]?.setAside.description).toContain('start');
  });

  it('unlinks a dangling parent, keeping the item', () => {
    const { plan, problems } = salvageAfter((p) => {
      (entity(p.items, 'S1') as Raw).parentId = 'E9';
    });
    expect(entity(plan.items, 'S1')).toMatchObject({ title: 'Redesign the signup flow' });
    expect(entity(plan.items, 'S1')).not.toHaveProperty('parentId');
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'dangling-reference',
        path: 'items[1].parentId',
        id: 'S1',
        setAside: expect.objectContaining({ kind: 'reference', value: 'E9', id: 'S1' }),
      }),
    ]);
  });

  it('keeps the first of two entities with one id and lists the other as left out', () => {
    const { plan, problems, summary } = salvageAfter((p) => {
      p.items.push({ id: 'O1', title: 'A second O1', kind: 'task' });
    });
    expect(plan.items.filter((i) => i.id === 'O1').map((i) => i.title)).toEqual(['Dark mode for the admin']);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'duplicate-id',
        path: 'items[7].id',
        setAside: expect.objectContaining({ kind: 'entity', path: 'items[7]', collection: 'items', id: 'O1' }),
      }),
    ]);
    expect(summary.leftOut).toEqual({ items: 1 });
  });

  it('breaks a dependency cycle by removing one named edge', () => {
    const { plan, problems } = salvageAfter((p) => {
      (p.initiatives[0] as Raw).dependsOn = ['I2'];
    });
    const [cycle] = problems;
    expect(cycle?.code).toBe('dependency-cycle');
    expect(cycle?.setAside).toMatchObject({ kind: 'dependency', edge: { from: 'I2', to: 'I1' } });
    expect(cycle?.setAside.path).toBe('initiatives[1].dependsOn[0]');
    expect(entity(plan.initiatives, 'I1')?.dependsOn).toEqual(['I2']);
    expect(entity(plan.initiatives, 'I2')?.dependsOn).toEqual([]);
  });

  it('leaves out an item of an unknown kind and unlinks what pointed at it', () => {
    const { plan, problems, summary } = salvageAfter((p) => {
      (entity(p.items, 'O1') as Raw).kind = 'feature';
    });
    expect(ids(plan.items)).not.toContain('O1');
    expect(plan.backlogs[0]?.itemIds).toEqual(['B1', 'P1', 'X1']);
    expect(problems.map((p) => [p.code, p.path, p.setAside.kind])).toEqual([
      ['unknown-value', 'items[4].kind', 'entity'],
      ['dangling-reference', 'backlogs[0].itemIds[0]', 'backlog-entry'],
    ]);
    expect(summary).toMatchObject({ problems: 2, errors: 2, leftOut: { items: 1 }, backlogEntries: 1 });
  });

  it('names an untitled entity by its id and drops list entries of the wrong type', () => {
    const { plan, problems } = salvageAfter((p) => {
      delete (p.initiatives[2] as Raw).title;
      (p.themes?.[0] as Raw).goalIds = ['G1', 7];
      (entity(p.items, 'S1') as Raw).labels = ['ok', null];
    });
    expect(entity(plan.initiatives, 'I3')?.title).toBe('I3');
    expect(plan.themes[0]?.goalIds).toEqual(['G1']);
    expect(entity(plan.items, 'S1')?.labels).toEqual(['ok']);
    expect(problems.map((p) => p.setAside.path)).toEqual([
      'themes[0].goalIds[1]',
      'initiatives[2].title',
      'items[1].labels[1]',
    ]);
  });

  it('repairs backlog membership and date order', () => {
    const { plan, problems } = salvageAfter((p) => {
      p.backlogs[0]?.itemIds.push('O1');
      p.backlogs.push({ id: 'BL2', title: 'Other', kind: 'product', itemIds: ['B1', 'K1'] });
      Object.assign(p.initiatives[0] as object, { start: '2026-12-01', end: '2026-11-01' });
    });
    expect(plan.backlogs[0]?.itemIds).toEqual(['O1', 'B1', 'P1', 'X1']);
    expect(entity(plan.backlogs, 'BL2')?.itemIds).toEqual(['K1']);
    expect(entity(plan.initiatives, 'I1')).toMatchObject({ start: '2026-12-01' });
    expect(entity(plan.initiatives, 'I1')).not.toHaveProperty('end');
    expect(problems.map((p) => [p.code, p.setAside.kind, p.setAside.path])).toEqual([
      ['duplicate-in-backlog', 'backlog-entry', 'backlogs[0].itemIds[4]'],
      ['in-two-product-backlogs', 'backlog-entry', 'backlogs[4].itemIds[0]'],
      ['end-before-start', 'field', 'initiatives[0].end'],
    ]);
  });

  it('unlinks a parent cycle and reports a same-level parent as a warning that sets nothing aside', () => {
    const { plan, problems } = salvageAfter((p) => {
      (entity(p.items, 'E1') as Raw).parentId = 'K1';
      (entity(p.items, 'O1') as Raw).parentId = 'S1';
    });
    expect(validatePlan(plan).ok).toBe(true);
    const codes = problems.map((p) => [p.code, p.severity, p.setAside.kind]);
    expect(codes).toContainEqual(['parent-cycle', 'error', 'reference']);
    expect(codes).toContainEqual(['parent-kind-same-level', 'warning', 'nothing']);
    expect(entity(plan.items, 'O1')?.parentId).toBe('S1');
  });

  it('reports shape and reference problems with the same codes and paths as validatePlan', () => {
    const input = smallPlan() as Input;
    Object.assign(entity(input.items, 'S1') as object, { estimate: '5', updatedAt: '2026-02-30', parentId: 'E9' });
    Object.assign(input.milestones?.[0] as object, { date: '15/12/2026' });
    const checked = validatePlan(input);
    const expected = checked.ok ? [] : checked.errors.map(({ code, path, message }) => ({ code, path, message }));
    const salvaged = salvagePlan(input).problems.map(({ code, path, message }) => ({ code, path, message }));
    expect(salvaged).toEqual(expected);
  });

  it('salvages whatever is not a plan to an empty plan with one problem', () => {
    for (const input of [null, 42, 'plan', [1, 2]]) {
      const { plan, problems } = salvagePlan(input);
      expect(plan.items).toEqual([]);
      expect(problems).toEqual([expect.objectContaining({ code: 'not-an-object', setAside: expect.anything() })]);
    }
    const { plan, problems } = salvagePlan({ items: 'nope', goals: [42, { id: 'G', title: 'Kept' }] });
    expect(plan.goals.map((g) => g.id)).toEqual(['G']);
    expect(problems.map((p) => p.setAside.path)).toEqual(['goals[0]', 'items']);
  });

  it('never modifies the host input', () => {
    const input = deepFreeze(generatePlan({ seed: 9, items: 120 }) as Raw);
    const before = JSON.stringify(input);
    const items = input.items as Raw[];
    const broken = deepFreeze({
      ...input,
      items: [...items, { ...items[0] }, { id: 'x', kind: 'story', title: 'x', start: 'soon', parentId: 'gone' }],
    });
    expect(() => salvagePlan(broken)).not.toThrow();
    expect(JSON.stringify(input)).toBe(before);
  });
});

/** A small plan with one of the ways real data breaks applied to it, at random. */
const corruption = fc.oneof(
  fc.record({ at: fc.nat(), field: fc.constantFrom('start', 'end', 'createdAt', 'date'), value: fc.string() }),
  fc.record({
    at: fc.nat(),
    field: fc.constantFrom('id', 'title', 'kind', 'status', 'estimate'),
    value: fc.anything(),
  }),
  fc.record({
    at: fc.nat(),
    field: fc.constantFrom('parentId', 'initiativeId', 'themeId', 'horizonId'),
    value: fc.string(),
  }),
  fc.record({ at: fc.nat(), field: fc.constantFrom('dependsOn', 'goalIds', 'itemIds'), value: fc.array(fc.string()) }),
);

function corrupt(seed: number, edits: { at: number; field: string; value: unknown }[]): Raw {
  const input = generatePlan({ seed, items: 40, initiatives: 8 }) as unknown as Record<string, Raw[]>;
  const ids = Object.values(input)
    .filter(Array.isArray)
    .flat()
    .map((e) => (e as Raw).id);
  for (const { at, field, value } of edits) {
    const collections = Object.keys(input).filter((k) => Array.isArray(input[k]) && (input[k]?.length ?? 0) > 0);
    const list = input[collections[at % collections.length] as string] as Raw[];
    const target = list[at % list.length] as Raw;
    // Half of the string references point at a real id, so cycles and misplaced kinds arise too.
    target[field] = typeof value === 'string' && at % 2 === 0 ? ids[at % ids.length] : value;
  }
  return input;
}

/** JSON shaped somewhat like a plan: the plan's keys holding anything, entities with its fields holding anything. */
const idLike = fc.oneof(fc.constantFrom('a', 'b', 'c', 'PROJ::1', 'milestone:2', '🚀 x'), fc.jsonValue());
const entityLike = fc.record(
  {
    id: idLike,
    title: fc.oneof(fc.string(), fc.jsonValue()),
    kind: fc.oneof(fc.constantFrom('epic', 'story', 'task', 'product', 'sprint', 'quarter', 'now'), fc.jsonValue()),
    date: fc.oneof(fc.constantFrom('2026-01-31', '2026-02-30', '14/Jul/25'), fc.jsonValue()),
    start: fc.constantFrom('2026-01-01', '2026-06-30', 'soon'),
    end: fc.constantFrom('2026-03-31', '2025-12-31'),
    parentId: idLike,
    initiativeId: idLike,
    dependsOn: fc.array(idLike, { maxLength: 3 }),
    goalIds: fc.oneof(fc.array(idLike, { maxLength: 3 }), fc.jsonValue()),
    itemIds: fc.array(idLike, { maxLength: 4 }),
    estimate: fc.oneof(fc.integer({ min: -3, max: 8 }), fc.jsonValue()),
    order: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.jsonValue()),
  },
  { requiredKeys: [] },
);
const planLike = fc.dictionary(
  fc.constantFrom(...COLLECTIONS, 'vision'),
  fc.oneof(fc.array(fc.oneof(entityLike, fc.jsonValue()), { maxLength: 6 }), fc.jsonValue()),
);

describe('salvagePlan properties', () => {
  it('always gives a plan that passes validatePlan, and never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), planLike), (json) => {
        const { plan } = salvagePlan(json);
        expect(validatePlan(JSON.parse(JSON.stringify(plan))).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('on broken plans: the result is valid, and every entity is either kept once or listed as left out', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.array(corruption, { maxLength: 8 }), (seed, edits) => {
        const input = corrupt(seed, edits);
        const { plan, problems, summary } = salvagePlan(input);
        expect(validatePlan(JSON.parse(JSON.stringify(plan))).ok).toBe(true);
        for (const collection of ['initiatives', 'items', 'backlogs'] as const) {
          const sent = (input[collection] as unknown[]).length;
          const kept = plan[collection].length;
          expect(kept + (summary.leftOut[collection] ?? 0)).toBe(sent);
          expect(new Set(ids(plan[collection])).size).toBe(kept);
        }
        for (const p of problems) expect(p.setAside.description.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('returns any valid generated plan unchanged', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 0, max: 80 }), (seed, items) => {
        const input = generatePlan({ seed, items });
        const { plan, problems } = salvagePlan(input);
        expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(plan).toEqual(createPlan(input));
      }),
      { numRuns: 40 },
    );
  });
});
