import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallPlan } from '../test-support/smallPlan.js';
import { PlanValidationError, PROBLEM_CODES, type ProblemCode } from './problems.js';
import { createPlan, isPlan, validatePlan } from './validatePlan.js';

type Input = ReturnType<typeof smallPlan>;

/** Validates a small valid plan after `edit` and returns every problem (errors and warnings). */
function problemsAfter(edit: (plan: Input & Record<string, unknown>) => void) {
  const input = smallPlan() as Input & Record<string, unknown>;
  edit(input);
  const result = validatePlan(input);
  return result.ok ? [...result.warnings] : [...result.errors, ...result.warnings];
}

const pick = (problems: ReturnType<typeof problemsAfter>) => problems.map(({ code, path, id }) => ({ code, path, id }));
const item = (input: Input, id: string) => input.items.find((i) => i.id === id) as Record<string, unknown>;

describe('validatePlan', () => {
  it('accepts the small plan with no problems and fills defaults', () => {
    const result = validatePlan(smallPlan());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.plan.items[0]?.status).toBe('todo');
    expect(result.plan.items[0]?.acceptanceCriteria).toEqual([]);
    expect(result.plan.initiatives[0]?.confidence).toBe('likely');
    expect(result.plan.initiatives[0]?.status).toBe('planned');
    expect(isPlan(result.plan)).toBe(true);
  });

  it('keeps fields a host adds, at any level', () => {
    const input = smallPlan() as Input & Record<string, unknown>;
    input.source = 'jira';
    (input.items[0] as Record<string, unknown>).jiraKey = 'ACME-1';
    const plan = createPlan(input) as unknown as { source: string; items: { jiraKey?: string }[] };
    expect(plan.source).toBe('jira');
    expect(plan.items[0]?.jiraKey).toBe('ACME-1');
  });

  it('returns a plan it already validated as it is', () => {
    const plan = createPlan(smallPlan());
    expect(createPlan(plan)).toBe(plan);
  });

  const cases: [ProblemCode, (p: Input & Record<string, unknown>) => void, { path: string; id?: string }][] = [
    ['missing-field', (p) => delete item(p, 'S1').title, { path: 'items[1].title', id: 'S1' }],
    ['wrong-type', (p) => (item(p, 'S1').estimate = '5'), { path: 'items[1].estimate', id: 'S1' }],
    ['unknown-value', (p) => (item(p, 'S1').kind = 'feature'), { path: 'items[1].kind', id: 'S1' }],
    ['invalid-value', (p) => (item(p, 'S1').estimate = -2), { path: 'items[1].estimate', id: 'S1' }],
    ['invalid-date', (p) => (item(p, 'S1').updatedAt = '2026-02-30'), { path: 'items[1].updatedAt', id: 'S1' }],
    ['duplicate-id', (p) => (item(p, 'O1').id = 'G1'), { path: 'items[4].id', id: 'G1' }],
    ['dangling-reference', (p) => (item(p, 'S1').parentId = 'E9'), { path: 'items[1].parentId', id: 'S1' }],
    ['parent-cycle', (p) => (item(p, 'E1').parentId = 'K1'), { path: 'items[0].parentId', id: 'E1' }],
    [
      'dependency-cycle',
      (p) => ((p.initiatives[0] as Record<string, unknown>).dependsOn = ['I2']),
      { path: 'initiatives[1].dependsOn', id: 'I2' },
    ],
    ['parent-kind-inverted', (p) => (item(p, 'O1').parentId = 'K1'), { path: 'items[4].parentId', id: 'O1' }],
    ['parent-kind-same-level', (p) => (item(p, 'O1').parentId = 'S1'), { path: 'items[4].parentId', id: 'O1' }],
    ['duplicate-in-backlog', (p) => p.backlogs[0]?.itemIds.push('O1'), { path: 'backlogs[0].itemIds[4]', id: 'BL' }],
    [
      'in-two-product-backlogs',
      (p) => p.backlogs.push({ id: 'BL2', title: 'Other', kind: 'product', itemIds: ['O1'] }),
      { path: 'backlogs[4].itemIds[0]', id: 'BL2' },
    ],
    [
      'in-two-sprints',
      (p) =>
        p.backlogs.push({
          id: 'SP3',
          title: 'S',
          kind: 'sprint',
          itemIds: ['S1'],
          start: '2026-11-20',
          end: '2026-12-01',
        }),
      { path: 'backlogs[4].itemIds[0]', id: 'SP3' },
    ],
    [
      'end-before-start',
      (p) => Object.assign(p.initiatives[0] as object, { start: '2026-12-01', end: '2026-11-01' }),
      { path: 'initiatives[0].end', id: 'I1' },
    ],
    [
      'horizons-out-of-order',
      (p) => Object.assign((p.horizons ?? [])[1] as object, { start: '2026-01-01', end: '2026-03-31' }),
      { path: 'horizons[1].start', id: 'H-next' },
    ],
  ];

  it.each(cases)('reports %s with its path and id', (code, edit, where) => {
    const problems = problemsAfter(edit);
    expect(pick(problems)).toContainEqual({ code, ...where });
    expect(problems.find((p) => p.code === code)?.severity).toBe(PROBLEM_CODES[code]);
    expect(problems.find((p) => p.code === code)?.message).toMatch(/\w{3,}.*\w{3,}/);
  });

  it('covers every problem code with a case above', () => {
    const tested = new Set([...cases.map(([code]) => code), 'not-an-object']);
    expect([...tested].sort()).toEqual(Object.keys(PROBLEM_CODES).sort());
  });

  it('reports a dangling backlog entry at its exact place', () => {
    const problems = problemsAfter((p) => p.backlogs[1]?.itemIds.push('NOPE'));
    expect(pick(problems)).toEqual([{ code: 'dangling-reference', path: 'backlogs[1].itemIds[1]', id: 'SP1' }]);
  });

  it('says which kind an id belongs to when a reference points at the wrong kind', () => {
    const [first] = problemsAfter((p) => (item(p, 'S1').parentId = 'G1'));
    expect(first?.message).toContain("'G1' is a goal (goals[0]), not an item");
  });

  it('names the whole cycle', () => {
    const problems = problemsAfter((p) => {
      item(p, 'E1').parentId = 'K1';
    });
    expect(problems.find((p) => p.code === 'parent-cycle')?.message).toContain("'E1' → 'K1' → 'S1' → 'E1'");
  });

  it('reports a self-dependency as a cycle of one', () => {
    const problems = problemsAfter((p) => ((p.initiatives[2] as Record<string, unknown>).dependsOn = ['I3']));
    expect(pick(problems)).toEqual([{ code: 'dependency-cycle', path: 'initiatives[2].dependsOn', id: 'I3' }]);
  });

  it('lets sprints that do not overlap share an item (carried over)', () => {
    const problems = problemsAfter((p) =>
      p.backlogs.push({
        id: 'SP0',
        title: 'S0',
        kind: 'sprint',
        itemIds: ['S1'],
        start: '2026-11-01',
        end: '2026-11-13',
      }),
    );
    expect(problems).toEqual([]);
  });

  it('reports every problem in one pass, not the first', () => {
    const problems = problemsAfter((p) => {
      item(p, 'S1').estimate = 'lots';
      item(p, 'K1').parentId = 'NOPE';
      p.backlogs[0]?.itemIds.push('O1');
      Object.assign((p.horizons ?? [])[0] as object, { order: 5 });
    });
    expect(new Set(problems.map((p) => p.code))).toEqual(
      new Set(['wrong-type', 'dangling-reference', 'duplicate-in-backlog', 'horizons-out-of-order']),
    );
  });

  it.each([
    [null, 'null'],
    [[], 'an array'],
    ['plan', 'string'],
    [42, 'number'],
  ])('reports not-an-object for %j', (input, got) => {
    const result = validatePlan(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ code: 'not-an-object', path: '' })]);
    expect(result.errors[0]?.message).toContain(got);
  });

  it('createPlan throws a PlanValidationError carrying the same list', () => {
    const input = smallPlan() as Input & Record<string, unknown>;
    item(input, 'S1').parentId = 'E9';
    const result = validatePlan(input);
    expect(() => createPlan(input)).toThrow(PlanValidationError);
    try {
      createPlan(input);
    } catch (error) {
      expect((error as PlanValidationError).errors).toEqual(result.ok ? [] : result.errors);
      expect((error as Error).message).toContain('items[1].parentId');
    }
  });

  it('never throws on arbitrary JSON, and always explains a refusal', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validatePlan(value);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on plans with arbitrary values in their fields', () => {
    const field = fc.oneof(fc.jsonValue(), fc.constantFrom('E1', 'S1', 'I1', 'G1', 'BL', '2026-13-01', ''));
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('items', 'initiatives', 'backlogs', 'themes', 'horizons'),
            fc.nat(6),
            fc.string(),
            field,
          ),
        ),
        (edits) => {
          const input = smallPlan() as unknown as Record<string, Record<string, unknown>[]>;
          for (const [collection, index, key, value] of edits) {
            const target = input[collection]?.[index];
            if (target) target[key] = value;
          }
          const result = validatePlan(input);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
