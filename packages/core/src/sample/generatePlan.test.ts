import { describe, expect, it } from 'vitest';
import { ITEM_KINDS } from '../model/vocabulary.js';
import { traceItem } from '../trace/traceItem.js';
import { validatePlan } from '../validate/validatePlan.js';
import { generatePlan } from './generatePlan.js';

describe('generatePlan', () => {
  it('repeats exactly for the same seed and differs for another', () => {
    expect(generatePlan({ seed: 5, items: 300 })).toEqual(generatePlan({ seed: 5, items: 300 }));
    expect(generatePlan({ seed: 5, items: 300 })).not.toEqual(generatePlan({ seed: 6, items: 300 }));
  });

  it.each([0, 1, 25, 2_000])('makes a valid plan of %i items with no warnings', (items) => {
    const result = validatePlan(generatePlan({ seed: items, items }));
    expect(result.ok && result.warnings).toEqual([]);
    if (result.ok) expect(result.plan.items).toHaveLength(items);
  });

  it('honours the sizes it is asked for', () => {
    const plan = generatePlan({ seed: 2, items: 500, initiatives: 40, goals: 7, themes: 9 });
    expect(plan.initiatives).toHaveLength(40);
    expect(plan.goals).toHaveLength(7);
    expect(plan.themes).toHaveLength(9);
  });

  it('uses every item kind, every backlog kind, and leaves some orphans', () => {
    const result = validatePlan(generatePlan({ seed: 3, items: 2_000, orphanShare: 0.05 }));
    if (!result.ok) throw new Error('invalid');
    const { plan } = result;
    expect(new Set(plan.items.map((i) => i.kind))).toEqual(new Set(ITEM_KINDS));
    expect(new Set(plan.backlogs.map((b) => b.kind))).toEqual(new Set(['product', 'sprint', 'release']));
    const statuses = plan.items.map((i) => traceItem(plan, i.id)?.status);
    expect(statuses).toContain('orphan');
    expect(statuses).toContain('reaches-goal');
    expect(statuses.filter((s) => s === 'orphan').length).toBeLessThan(plan.items.length * 0.1);
  });

  it('fills priority inputs on request, leaving the rest of the plan as it was', () => {
    const plain = generatePlan({ seed: 8, items: 1_000 });
    const withPriorities = generatePlan({ seed: 8, items: 1_000, priorities: true });
    const strip = (list: readonly object[] | undefined) =>
      list?.map(({ priority: _, ...rest }: { priority?: unknown }) => rest);
    expect(strip(withPriorities.items)).toEqual(plain.items);
    expect(strip(withPriorities.initiatives)).toEqual(plain.initiatives);
    expect(plain.items?.some((i) => 'priority' in i)).toBe(false);
    const result = validatePlan(withPriorities);
    expect(result.ok && result.warnings).toEqual([]);
    const priorities = (withPriorities.items ?? []).map((i) => i.priority ?? {});
    const share = (has: (p: (typeof priorities)[number]) => boolean) =>
      priorities.filter(has).length / priorities.length;
    expect(share((p) => p.rice !== undefined)).toBeGreaterThan(0.8);
    expect(share((p) => p.moscow !== undefined)).toBeGreaterThan(0.7);
    expect(share((p) => p.valueEffort !== undefined)).toBeGreaterThan(0.4);
    // Some inputs are left out, as in real data.
    expect(share((p) => p.rice !== undefined && p.rice.effort === undefined)).toBeGreaterThan(0.01);
    expect(withPriorities.initiatives?.every((i) => i.priority !== undefined)).toBe(true);
  });

  it('produces nothing but plain JSON', () => {
    const plan = generatePlan({ seed: 4, items: 200 });
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});
