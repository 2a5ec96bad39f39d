import { describe, expect, it, vi } from 'vitest';
import type { Plan } from '../model/types.js';
import { smallPlan } from '../test-support/smallPlan.js';
import { createPlan } from '../validate/validatePlan.js';
import { perPlan } from './perPlan.js';

describe('perPlan', () => {
  it('computes once per plan', () => {
    const compute = vi.fn((plan: Plan) => plan.items.length);
    const count = perPlan(compute);
    const a = createPlan(smallPlan());
    const b = createPlan(smallPlan());
    expect(count(a)).toBe(a.items.length);
    count(a);
    expect(compute).toHaveBeenCalledTimes(1);
    count(b);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('keeps one value per plan and key', () => {
    const compute = vi.fn((plan: Plan, backlogId: string) => `${plan.backlogs.length}:${backlogId}`);
    const get = perPlan(compute, (backlogId) => backlogId);
    const plan = createPlan(smallPlan());
    expect(get(plan, 'a')).toBe(`${plan.backlogs.length}:a`);
    expect(get(plan, 'b')).toBe(`${plan.backlogs.length}:b`);
    get(plan, 'a');
    get(plan, 'b');
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('caches a computed undefined like any other value', () => {
    const compute = vi.fn((_plan: Plan, _key: string) => undefined);
    const get = perPlan(compute, (key) => key);
    const plan = createPlan(smallPlan());
    get(plan, 'x');
    get(plan, 'x');
    const once = perPlan(vi.fn((_plan: Plan) => undefined));
    once(plan);
    once(plan);
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
