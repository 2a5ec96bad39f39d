import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/types.js';
import { smallPlan } from '../test-support/smallPlan.js';
import { createPlan, isPlan, validatePlan } from '../validate/validatePlan.js';
import { applyChange } from './applyChange.js';
import { invertChange } from './invertChange.js';
import type { Change, PriorityUpdate } from './types.js';

/** The small plan with inputs on item S1 and initiative I1; S1 also carries a host's own field. */
function planWithPriorities(): Plan {
  const input = smallPlan();
  Object.assign(input.items[1] as object, {
    priority: { rice: { reach: 2000, impact: 2, confidence: 0.8, effort: 4 }, moscow: 'should', source: 'pb' },
  });
  Object.assign(input.initiatives[0] as object, { priority: { wsjf: { businessValue: 8 } } });
  return createPlan(input);
}

const base = planWithPriorities();
const setItem = (id: string, priority: PriorityUpdate): Change => ({
  type: 'set-priority',
  target: { kind: 'item', id },
  priority,
});

function applied(change: Change, plan: Plan = base): Plan {
  const result = applyChange(plan, change);
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.message}`);
  return result.plan;
}

function refusal(change: Change) {
  const result = applyChange(base, change);
  return result.ok ? undefined : { code: result.error.code, message: result.error.message };
}

/** Applying a change then its inverse gives back the plan. */
function roundTrips(change: Change, plan: Plan = base) {
  const undo = invertChange(plan, change);
  expect(applied(undo, applied(change, plan))).toEqual(plan);
  return undo;
}

describe('set-priority', () => {
  it('replaces the frameworks it names and keeps the others, including fields a host added', () => {
    const next = applied(setItem('S1', { moscow: 'must', ice: { impact: 8, confidence: 7, ease: 6 } }));
    expect(next.items[1]?.priority).toEqual({
      rice: { reach: 2000, impact: 2, confidence: 0.8, effort: 4 },
      moscow: 'must',
      source: 'pb',
      ice: { impact: 8, confidence: 7, ease: 6 },
    });
    // Only that item and the items list are new.
    expect(next.items[0]).toBe(base.items[0]);
    expect(next.initiatives).toBe(base.initiatives);
    expect(isPlan(next)).toBe(true);
    expect(validatePlan(JSON.parse(JSON.stringify(next))).ok).toBe(true);
  });

  it('replaces a framework’s inputs whole, not input by input', () => {
    const next = applied(setItem('S1', { rice: { reach: 10 } }));
    expect(next.items[1]?.priority?.rice).toEqual({ reach: 10 });
  });

  it('removes a framework given null, and the priority object once nothing is left in it', () => {
    const input = smallPlan();
    Object.assign(input.items[3] as object, { priority: { moscow: 'could' } });
    const plan = createPlan(input);
    const next = applied(setItem('B1', { moscow: null }), plan);
    expect(next.items[3]).not.toHaveProperty('priority');
    expect(applied(setItem('S1', { rice: null, moscow: null })).items[1]?.priority).toEqual({ source: 'pb' });
  });

  it('sets an initiative’s inputs, and an item’s that had none', () => {
    const next = applied({
      type: 'set-priority',
      target: { kind: 'initiative', id: 'I1' },
      priority: { moscow: 'must' },
    });
    expect(next.initiatives[0]?.priority).toEqual({ wsjf: { businessValue: 8 }, moscow: 'must' });
    expect(next.items).toBe(base.items);
    expect(applied(setItem('O1', { moscow: 'wont' })).items[4]?.priority).toEqual({ moscow: 'wont' });
  });

  it('returns the same plan when nothing changes', () => {
    expect(applied(setItem('S1', { moscow: 'should' }))).toBe(base);
    expect(applied(setItem('O1', { rice: null }))).toBe(base);
    expect(applied(setItem('S1', {}))).toBe(base);
  });

  it('inverts to the previous values of exactly the frameworks it named', () => {
    expect(roundTrips(setItem('S1', { moscow: 'must', wsjf: { jobSize: 3 } }))).toEqual(
      setItem('S1', { moscow: 'should', wsjf: null }),
    );
    expect(roundTrips(setItem('S1', { rice: null }))).toEqual(
      setItem('S1', { rice: { reach: 2000, impact: 2, confidence: 0.8, effort: 4 } }),
    );
    roundTrips(setItem('O1', { moscow: 'must' }));
    roundTrips({ type: 'set-priority', target: { kind: 'initiative', id: 'I3' }, priority: { ice: { ease: 2 } } });
  });

  it('refuses an unknown target, naming it', () => {
    expect(refusal(setItem('S9', { moscow: 'must' }))).toEqual({
      code: 'unknown-item',
      message: 'There is no item "S9" in the plan.',
    });
    // Ids name one kind: I1 is an initiative, not an item.
    expect(refusal(setItem('I1', { moscow: 'must' }))?.code).toBe('unknown-item');
    expect(
      refusal({ type: 'set-priority', target: { kind: 'initiative', id: 'S1' }, priority: { moscow: 'must' } })?.code,
    ).toBe('unknown-initiative');
    expect(
      refusal({ type: 'set-priority', target: { kind: 'goal', id: 'G1' }, priority: {} } as unknown as Change),
    ).toEqual({
      code: 'invalid-change',
      message: "A set-priority change names its `target`: { kind: 'item' | 'initiative', id }.",
    });
  });

  it('refuses bad inputs with invalid-change, naming the field, checked as validation checks them', () => {
    const message = (priority: unknown) => refusal(setItem('S1', priority as PriorityUpdate))?.message;
    expect(message({ rice: { reach: 10, confidence: 80 } })).toBe(
      'priority.rice.confidence: number 80 is more than 1; `confidence` is a share between 0 and 1: write 0.8 for 80%.',
    );
    expect(message({ wsjf: { jobSize: -1 } })).toBe(
      'priority.wsjf.jobSize: number -1 is negative; `jobSize` cannot be below 0.',
    );
    expect(message({ ice: { ease: '7' } })).toBe('priority.ice.ease: `ease` should be a number, not the string "7".');
    expect(message({ valueEffort: { value: { revenue: -2 } } })).toBe(
      'priority.valueEffort.value.revenue: number -2 is negative; `revenue` cannot be below 0.',
    );
    expect(message({ moscow: 'Must' })).toBe(
      'priority.moscow: the string "Must" is not allowed here; use one of: must, should, could, wont.',
    );
    expect(message({ rice: 'high' })).toBe('priority.rice: `rice` should be an object, not the string "high".');
    expect(message({ kano: { delight: 3 } })).toBe(
      "priority.kano is not a framework's inputs; set-priority takes rice, wsjf, ice, valueEffort, moscow.",
    );
    expect(message(null)).toBe('A set-priority change carries a `priority` object, e.g. { "moscow": "must" }.');
    expect(refusal(setItem('S1', { moscow: 'Must' } as unknown as PriorityUpdate))?.code).toBe('invalid-change');
  });

  it('inside a batch, is all or nothing like every change', () => {
    const batch: Change = {
      type: 'batch',
      changes: [setItem('S1', { moscow: 'must' }), setItem('S1', { rice: { confidence: 2 } })],
    };
    expect(refusal(batch)?.code).toBe('invalid-change');
    expect(base.items[1]?.priority?.moscow).toBe('should');
  });
});
