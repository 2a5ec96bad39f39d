import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../sample/generatePlan.js';
import { smallPlan } from '../test-support/smallPlan.js';
import { createPlan } from '../validate/validatePlan.js';
import type { PriorityInputs, PriorityReport, PriorityScore } from './priority.types.js';
import { scorePriorities } from './scorePriorities.js';

/** RICE inputs whose score is the reach: impact, confidence and effort 1. */
const reach = (n: number): PriorityInputs => ({ rice: { reach: n, impact: 1, confidence: 1, effort: 1 } });

/**
 * The small plan with RICE inputs. Traced (reach a goal): E1, S1, K1 (via I1 → T1 → G1), B1 and P1
 * (via I2 → G2). Not traced: O1 (orphan), X1 (I3 has no goal). Backlogs: BL [O1, B1, P1, X1],
 * SP1 [S1], SP2 [E1], RL [S1, B1].
 */
function rankedPlan() {
  const input = smallPlan();
  const priorities: Record<string, PriorityInputs> = {
    O1: reach(100),
    B1: reach(90),
    P1: reach(300),
    X1: reach(100),
    S1: reach(50),
    K1: { rice: { reach: 10, impact: 1, confidence: 1, effort: 0 } },
  };
  for (const item of input.items) {
    const priority = priorities[item.id];
    if (priority) Object.assign(item, { priority });
  }
  return createPlan(input);
}

const byId = (report: PriorityReport) => new Map(report.items.map((s) => [s.ref.id, s]));
const pick = (s: PriorityScore | undefined) =>
  s && { score: s.score, adjustedScore: s.adjustedScore, rank: s.rank, floorChangedOrder: s.floorChangedOrder };

describe('scorePriorities', () => {
  const plan = rankedPlan();

  it('scores every item in plan order and ranks the scored ones, ties in today’s backlog order', () => {
    const report = scorePriorities(plan, { framework: 'rice' });
    expect(report.framework).toBe('rice');
    expect(report.items.map((s) => [s.ref.id, s.score, s.rank])).toEqual([
      ['E1', null, null],
      ['S1', 50, 4],
      ['K1', null, null],
      ['B1', 90, 3],
      ['O1', 100, 1],
      ['P1', 300, 0],
      // X1 ties with O1 and comes after it in the product backlog.
      ['X1', 100, 2],
    ]);
    expect(report.items.every((s) => s.adjustedScore === s.score && !s.floorChangedOrder)).toBe(true);
    expect(report.items.map((s) => s.trace)).toEqual([
      'reaches-goal',
      'reaches-goal',
      'reaches-goal',
      'reaches-goal',
      'orphan',
      'reaches-goal',
      'reaches-initiative',
    ]);
    const items = byId(report);
    expect(items.get('E1')?.explanation).toBe('RICE: no reach, no impact, no confidence, no effort');
    expect(items.get('K1')?.problems.map((p) => p.code)).toEqual(['zero-effort']);
    expect(items.get('P1')?.explanation).toBe('RICE 300 × 1 × 1 ÷ 1 = 300');
    expect(report.moscow).toEqual([]);
  });

  it('places each item in every backlog it is in: today’s index, the index its score implies, and the gap', () => {
    const items = byId(scorePriorities(plan, { framework: 'rice' }));
    const placements = (id: string) => items.get(id)?.placements;
    // BL today [O1, B1, P1, X1]; by score [P1, O1, X1, B1].
    expect(placements('O1')).toEqual([{ backlogId: 'BL', currentIndex: 0, impliedIndex: 1, gap: -1 }]);
    expect(placements('P1')).toEqual([{ backlogId: 'BL', currentIndex: 2, impliedIndex: 0, gap: 2 }]);
    // B1 is in the product backlog and the release; S1 in a sprint and the release.
    expect(placements('B1')).toEqual([
      { backlogId: 'BL', currentIndex: 1, impliedIndex: 3, gap: -2 },
      { backlogId: 'RL', currentIndex: 1, impliedIndex: 0, gap: 1 },
    ]);
    expect(placements('S1')).toEqual([
      { backlogId: 'SP1', currentIndex: 0, impliedIndex: 0, gap: 0 },
      { backlogId: 'RL', currentIndex: 0, impliedIndex: 1, gap: -1 },
    ]);
    // Unscored items keep their place after the scored ones; an item in no backlog has none.
    expect(placements('E1')).toEqual([{ backlogId: 'SP2', currentIndex: 0, impliedIndex: 0, gap: 0 }]);
    expect(placements('K1')).toEqual([]);
  });

  it('scores initiatives, with their estimate the summed estimates of the items that reach them', () => {
    const input = smallPlan();
    input.initiatives[0] = { ...input.initiatives[0], priority: reach(1000) } as (typeof input.initiatives)[0];
    Object.assign(input.initiatives[1] as object, { priority: { rice: { reach: 10, impact: 2, confidence: 0.5 } } });
    const report = scorePriorities(createPlan(input), { framework: 'rice', riceEffort: 'estimate' });
    expect(report.initiatives.map((s) => [s.ref, s.score, s.effort, s.trace, s.rank])).toEqual([
      // I1: S1 5 + K1 1 (E1 has no estimate); I2: B1 and P1 have none; I3 has no goal.
      [{ kind: 'initiative', id: 'I1' }, 1000 / 6, 6, 'reaches-goal', 0],
      [{ kind: 'initiative', id: 'I2' }, null, null, 'reaches-goal', null],
      [{ kind: 'initiative', id: 'I3' }, null, null, 'reaches-initiative', null],
    ]);
    expect(report.initiatives[0]?.explanation).toBe('RICE 1,000 × 1 × 1 ÷ 6 (estimate) = 166.67');
    expect(report.initiatives[1]?.problems.map((p) => p.field)).toEqual(['estimate']);
    expect(report.initiatives.every((s) => s.placements.length === 0)).toBe(true);
    expect(scorePriorities(plan, { framework: 'rice', scope: 'items' }).initiatives).toEqual([]);
    expect(scorePriorities(plan, { framework: 'rice', scope: 'initiatives' }).items).toEqual([]);
  });

  it('strategic floor, bonus: multiplies traced scores and says when that lifted work above untraced work', () => {
    const report = scorePriorities(plan, { framework: 'rice', strategicFloor: { bonus: 0.2 } });
    const items = byId(report);
    expect(pick(items.get('B1'))).toEqual({ score: 90, adjustedScore: 108, rank: 1, floorChangedOrder: true });
    expect(items.get('B1')?.explanation).toBe(
      'RICE 90 × 1 × 1 ÷ 1 = 90; +20% for reaching a goal = 108; ranked above “Dark mode for the admin” and 1 more item (reaching no goal) by the strategic floor',
    );
    expect(pick(items.get('O1'))).toEqual({ score: 100, adjustedScore: 100, rank: 2, floorChangedOrder: true });
    expect(items.get('X1')?.explanation).toBe(
      'RICE 100 × 1 × 1 ÷ 1 = 100; ranked below “Invite email bounces” (reaching a goal) by the strategic floor',
    );
    // Lifted, but not past anything: no change of order.
    expect(pick(items.get('S1'))).toEqual({ score: 50, adjustedScore: 60, rank: 4, floorChangedOrder: false });
    expect(items.get('S1')?.explanation).toBe('RICE 50 × 1 × 1 ÷ 1 = 50; +20% for reaching a goal = 60');
    expect(report.options.strategicFloor).toEqual({ bonus: 0.2 });
  });

  it('strategic floor, untracedBelowWithin: untraced work ranks below traced work scoring within that share', () => {
    const report = scorePriorities(plan, { framework: 'rice', strategicFloor: { untracedBelowWithin: 0.5 } });
    // O1 and X1 (100) rank below S1 (50, within 50% of them) and stay above nothing else traced.
    expect(report.items.map((s) => [s.ref.id, s.rank, s.floorChangedOrder])).toEqual([
      ['E1', null, false],
      ['S1', 2, true],
      ['K1', null, false],
      ['B1', 1, true],
      ['O1', 3, true],
      ['P1', 0, false],
      ['X1', 4, true],
    ]);
    expect(byId(report).get('O1')?.explanation).toBe(
      'RICE 100 × 1 × 1 ÷ 1 = 100; ranked below “Redesign the signup flow” and 1 more item (reaching a goal) by the strategic floor',
    );
    // Within 0.05, S1 (50) is no longer within reach of 100: only B1 (90) passes them.
    const narrow = byId(scorePriorities(plan, { framework: 'rice', strategicFloor: { untracedBelowWithin: 0.05 } }));
    expect(narrow.get('S1')?.floorChangedOrder).toBe(false);
    expect(narrow.get('B1')?.rank).toBe(3);
  });

  it('checks its options and names the one that is wrong', () => {
    expect(() => scorePriorities(plan, { framework: 'kano' as 'rice' })).toThrow(
      'scorePriorities: framework must be one of rice, wsjf, ice, value-effort, moscow; got "kano".',
    );
    expect(() => scorePriorities(plan, { framework: 'rice', strategicFloor: { bonus: -0.2 } })).toThrow(
      'strategicFloor.bonus must be a number of 0 or more',
    );
    expect(() => scorePriorities(plan, { framework: 'rice', strategicFloor: { untracedBelowWithin: 1 } })).toThrow(
      RangeError,
    );
    expect(() => scorePriorities(plan, { framework: 'moscow', mustShareLimit: 60 })).toThrow(
      'mustShareLimit must be a share from 0 to 1 (0.6 for 60%); got 60.',
    );
    expect(() =>
      scorePriorities(plan, { framework: 'value-effort', criteria: { value: [{ key: 'v', weight: 0 }], effort: [] } }),
    ).toThrow('criteria.value must be criteria whose weights add up to more than 0');
  });

  it('MoSCoW: checks the share of each backlog’s estimated effort marked “must” against the DSDM limit', () => {
    const input = smallPlan();
    const musts: Record<string, number> = { O1: 8, B1: 3, P1: 1 };
    for (const item of input.items) {
      if (item.id in musts) Object.assign(item, { estimate: musts[item.id], priority: { moscow: 'must' } });
    }
    Object.assign(input.items.find((i) => i.id === 'X1') as object, { estimate: 4, priority: { moscow: 'could' } });
    Object.assign(input.items.find((i) => i.id === 'S1') as object, {
      estimate: undefined,
      priority: { moscow: 'must' },
    });
    const report = scorePriorities(createPlan(input), { framework: 'moscow' });
    expect(report.moscow.map(({ message: _, ...check }) => check)).toEqual([
      { backlogId: 'BL', mustEffort: 12, totalEffort: 16, mustShare: 0.75, limit: 0.6, ok: false },
      { backlogId: 'SP1', mustEffort: 0, totalEffort: 0, mustShare: 0, limit: 0.6, ok: true },
      { backlogId: 'SP2', mustEffort: 0, totalEffort: 0, mustShare: 0, limit: 0.6, ok: true },
      { backlogId: 'RL', mustEffort: 3, totalEffort: 3, mustShare: 1, limit: 0.6, ok: false },
    ]);
    expect(report.moscow[0]?.message).toBe(
      '"Must" is 75% of the estimated effort in “Product backlog” (12 of 16), over the 60% limit: move some "must" items to "should" so the team keeps room for contingency.',
    );
    expect(report.moscow[1]?.message).toBe(
      'Nothing in “Sprint 1” is estimated, so the share of "must" cannot be measured. 1 "must" item has no estimate and is not counted.',
    );
    expect(scorePriorities(createPlan(input), { framework: 'moscow', mustShareLimit: 0.8 }).moscow[0]?.ok).toBe(true);
  });

  it('keeps ids of any characters apart, and its report is plain JSON data', () => {
    const ids = ['PROJ::1', 'a "quoted" id', '🚀', 'PROJ:', ':1'];
    const plan = createPlan({
      items: ids.map((id, i) => ({ id, title: id, kind: 'story', priority: reach(10 - i) })),
      backlogs: [{ id: 'b::1', title: 'Backlog', kind: 'product', itemIds: [...ids].reverse() }],
    });
    const report = scorePriorities(plan, { framework: 'rice' });
    expect(report.items.map((s) => [s.ref.id, s.rank, s.placements[0]?.impliedIndex])).toEqual(
      ids.map((id, i) => [id, i, i]),
    );
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('scorePriorities properties', () => {
  const base = generatePlan({ seed: 21, items: 120, initiatives: 6, priorities: true });
  const frameworks = ['rice', 'wsjf', 'ice', 'value-effort', 'moscow'] as const;
  const scoresOf = (report: PriorityReport) =>
    new Map(
      [...report.items, ...report.initiatives].map((s) => [
        `${s.ref.kind} ${s.ref.id}`,
        [s.score, s.adjustedScore, s.value, s.effort, s.problems, s.explanation.split('; ranked')[0], s.placements],
      ]),
    );

  it('gives every item and initiative the same score, inputs and placements whatever the order of plan.items', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...frameworks),
        fc.array(fc.nat(), { minLength: base.items?.length, maxLength: base.items?.length }),
        fc.option(fc.record({ bonus: fc.double({ min: 0, max: 1, noNaN: true }) }), { nil: undefined }),
        (framework, keys, strategicFloor) => {
          const items = [...(base.items ?? [])].map((item, i) => ({ item, key: keys[i] ?? 0 }));
          items.sort((a, b) => a.key - b.key);
          const shuffled = createPlan({ ...base, items: items.map((x) => x.item) });
          const options = { framework, riceEffort: 'estimate', strategicFloor } as const;
          expect(scoresOf(scorePriorities(shuffled, options))).toEqual(
            scoresOf(scorePriorities(createPlan(base), options)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('ranks the scored items by adjusted score, unscored last, ties in today’s order', () => {
    const plan = createPlan(base);
    for (const framework of frameworks) {
      const report = scorePriorities(plan, { framework, strategicFloor: { bonus: 0.3 } });
      const ranked = report.items.filter((s) => s.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
      expect(ranked.map((s) => s.rank)).toEqual(ranked.map((_, i) => i));
      for (let i = 1; i < ranked.length; i++) {
        expect(ranked[i - 1]?.adjustedScore ?? 0, framework).toBeGreaterThanOrEqual(ranked[i]?.adjustedScore ?? 0);
      }
      expect(ranked.length, framework).toBe(report.items.filter((s) => s.score !== null).length);
      expect(ranked.length, framework).toBeGreaterThan(report.items.length / 3);
    }
  });
});
