import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../scripts/json-schema.js';
import { smallPlan } from '../test-support/smallPlan.js';
import { salvagePlan } from './salvagePlan.js';
import { createPlan, validatePlan } from './validatePlan.js';

type Raw = Record<string, unknown>;

/** The small plan with `priority` set on item S1 (items[1]) and initiative I1 (initiatives[0]). */
function withPriority(item: unknown, initiative?: unknown): Raw {
  const input = smallPlan() as unknown as { items: Raw[]; initiatives: Raw[] };
  (input.items[1] as Raw).priority = item;
  if (initiative !== undefined) (input.initiatives[0] as Raw).priority = initiative;
  return input as unknown as Raw;
}

const errorsOf = (input: unknown) => {
  const result = validatePlan(input);
  return result.ok ? [] : result.errors.map(({ code, path, id, message }) => ({ code, path, id, message }));
};

describe('priority inputs: validation', () => {
  it('accepts every framework on items and initiatives, and keeps fields a host adds at each level', () => {
    const priority = {
      rice: { reach: 2000, impact: 2, confidence: 0.8, effort: 4, reachUnit: 'signups / quarter' },
      wsjf: { businessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 5 },
      ice: { impact: 8, confidence: 7, ease: 6 },
      valueEffort: { value: { revenue: 4, 'customer value': 5 }, effort: { build: 2 } },
      moscow: 'must',
      source: 'productboard',
    };
    const plan = createPlan(withPriority(priority, { moscow: 'could', wsjf: { businessValue: 0 } }));
    expect(plan.items[1]?.priority).toEqual(priority);
    expect(plan.initiatives[0]?.priority).toEqual({ moscow: 'could', wsjf: { businessValue: 0 } });
    expect(plan.items[0]?.priority).toBeUndefined();
  });

  it('reports a confidence written as a percentage with the share to write instead', () => {
    expect(errorsOf(withPriority({ rice: { reach: 10, confidence: 80 } }))).toEqual([
      {
        code: 'invalid-value',
        path: 'items[1].priority.rice.confidence',
        id: 'S1',
        message: 'number 80 is more than 1; `confidence` is a share between 0 and 1: write 0.8 for 80%.',
      },
    ]);
    expect(errorsOf(withPriority({ rice: { confidence: 1 } }))).toEqual([]);
  });

  it('names the exact input of every bad value, on items and initiatives', () => {
    const errors = errorsOf(
      withPriority(
        {
          wsjf: { jobSize: -3 },
          ice: { ease: '7' },
          valueEffort: { value: { 'revenue impact': Number.POSITIVE_INFINITY }, effort: 'hard' },
          moscow: 'Must',
        },
        { rice: 'high' },
      ),
    );
    expect(errors.map(({ code, path, id }) => ({ code, path, id }))).toEqual([
      { code: 'wrong-type', path: 'initiatives[0].priority.rice', id: 'I1' },
      { code: 'invalid-value', path: 'items[1].priority.wsjf.jobSize', id: 'S1' },
      { code: 'wrong-type', path: 'items[1].priority.ice.ease', id: 'S1' },
      { code: 'invalid-value', path: 'items[1].priority.valueEffort.value.revenue impact', id: 'S1' },
      { code: 'wrong-type', path: 'items[1].priority.valueEffort.effort', id: 'S1' },
      { code: 'unknown-value', path: 'items[1].priority.moscow', id: 'S1' },
    ]);
    expect(errors.find((e) => e.path.endsWith('moscow'))?.message).toBe(
      'the string "Must" is not allowed here; use one of: must, should, could, wont.',
    );
    expect(errors.find((e) => e.path.endsWith('jobSize'))?.message).toBe(
      'number -3 is negative; `jobSize` cannot be below 0.',
    );
  });

  it('reports a priority that is not an object', () => {
    expect(errorsOf(withPriority('high')).map((e) => [e.code, e.path])).toEqual([['wrong-type', 'items[1].priority']]);
  });
});

describe('priority inputs: salvage', () => {
  it('sets aside only the bad input, keeping the entity, its other inputs and host fields', () => {
    const input = withPriority(
      {
        rice: { reach: 2000, impact: 2, confidence: 80, effort: 4 },
        valueEffort: { value: { revenue: 4, reach: -1 } },
        moscow: 'Must',
        source: 'productboard',
      },
      { wsjf: 'soon', ice: { impact: 3 } },
    );
    const snapshot = JSON.stringify(input);
    const { plan, problems } = salvagePlan(input);
    expect(plan.items[1]?.priority).toEqual({
      rice: { reach: 2000, impact: 2, effort: 4 },
      valueEffort: { value: { revenue: 4 } },
      source: 'productboard',
    });
    expect(plan.initiatives[0]?.priority).toEqual({ ice: { impact: 3 } });
    expect(problems.map((p) => [p.path, p.setAside.kind, p.setAside.path, p.setAside.value])).toEqual([
      ['initiatives[0].priority.wsjf', 'field', 'initiatives[0].priority.wsjf', 'soon'],
      ['items[1].priority.rice.confidence', 'field', 'items[1].priority.rice.confidence', 80],
      ['items[1].priority.valueEffort.value.reach', 'field', 'items[1].priority.valueEffort.value.reach', -1],
      ['items[1].priority.moscow', 'field', 'items[1].priority.moscow', 'Must'],
    ]);
    expect(problems[1]?.setAside.description).toBe(
      'Dropped `priority.rice.confidence` (80); scores that need it report it as a missing input.',
    );
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(validatePlan(JSON.parse(JSON.stringify(plan))).ok).toBe(true);
  });

  it('drops a priority that is not an object as one field', () => {
    const { plan, problems } = salvagePlan(withPriority(42));
    expect(plan.items[1]?.priority).toBeUndefined();
    expect(problems.map((p) => [p.setAside.path, p.setAside.description])).toEqual([
      ['items[1].priority', 'Dropped `priority` (42).'],
    ]);
  });
});

describe('priority inputs: JSON Schema', () => {
  it('publishes the priority object of items and initiatives, with confidence as a share and MoSCoW as an enum', () => {
    type Node = {
      properties?: Record<string, Node>;
      items?: Node;
      enum?: string[];
      maximum?: number;
      minimum?: number;
    };
    const schema = planJsonSchema() as Node;
    for (const collection of ['items', 'initiatives']) {
      const priority = schema.properties?.[collection]?.items?.properties?.priority;
      expect(priority?.properties?.moscow?.enum, collection).toEqual(['must', 'should', 'could', 'wont']);
      expect(priority?.properties?.rice?.properties?.confidence, collection).toMatchObject({ minimum: 0, maximum: 1 });
      expect(priority?.properties?.wsjf?.properties?.jobSize?.minimum, collection).toBe(0);
    }
  });
});
