import { describe, expect, it } from 'vitest';
import { applyChange } from '../changes/applyChange.js';
import type { Change } from '../changes/types.js';
import { generatePlan } from '../sample/generatePlan.js';
import { createPlan } from '../validate/validatePlan.js';
import { backlogView } from '../views/backlogView.js';
import { backlogPriority, rankGap } from './backlogPriority.js';
import type { PriorityOptions, PriorityReport, PriorityScore } from './priority.types.js';
import { rankBy } from './rankBy.js';
import { scorePriorities } from './scorePriorities.js';

const ODD = 'PROJ::1 "quoted" 🚀';
const plan = createPlan({
  items: ['A', 'B', 'C', 'D', 'E', ODD].map((id) => ({ id, title: `Item ${id}`, kind: 'story' as const })),
  backlogs: [
    { id: 'product', title: 'Product', kind: 'product', itemIds: ['A', 'B', 'C', 'D', 'E'] },
    { id: 'sprint 1', title: 'Sprint 1', kind: 'sprint', itemIds: [ODD] },
  ],
});

/** A score as `scorePriorities` reports it, placed in the product backlog at `implied` (or unscored). */
function score(id: string, value: number | null, implied: number | null, backlogId = 'product'): PriorityScore {
  const current = plan.backlogs.find((b) => b.id === backlogId)?.itemIds.indexOf(id) ?? -1;
  return {
    ref: { kind: 'item', id },
    score: value,
    adjustedScore: value,
    inputs: {},
    value: null,
    effort: null,
    problems:
      value === null
        ? [{ code: 'missing-input', field: 'rice.reach', message: 'No reach: add priority.rice.reach.' }]
        : [],
    explanation: '',
    rank: implied,
    placements:
      implied === null ? [] : [{ backlogId, currentIndex: current, impliedIndex: implied, gap: current - implied }],
    trace: 'orphan',
    floorChangedOrder: false,
  };
}

const report = (items: PriorityScore[]): PriorityReport => ({
  framework: 'rice',
  options: { framework: 'rice' },
  items,
  initiatives: [],
  moscow: [],
});

describe('rankGap', () => {
  it('reads a placement gap as a direction and a count of places', () => {
    expect(rankGap(12)).toEqual({ direction: 'up', places: 12 });
    expect(rankGap(-1)).toEqual({ direction: 'down', places: 1 });
    expect(rankGap(0)).toEqual({ direction: 'none', places: 0 });
  });
});

describe('backlogPriority', () => {
  it('orders scored items by implied index, then the unscored in today’s order, with each gap', () => {
    // D scores highest, then B; A and C have no score; E is not in the report at all.
    const rice = backlogPriority(
      plan,
      'product',
      report([score('A', null, null), score('B', 40, 1), score('C', null, null), score('D', 90, 0)]),
    );
    expect(rice?.order).toEqual(['D', 'B', 'A', 'C', 'E']);
    expect(rice?.scored).toBe(2);
    expect(rice?.moves).toBe(3);
    expect(rice?.entries.get('B')?.gap).toEqual({ direction: 'none', places: 0 });
    expect(rice?.entries.get('D')).toMatchObject({ scored: true, currentIndex: 3, impliedIndex: 0 });
    expect(rice?.entries.get('D')?.gap).toEqual({ direction: 'up', places: 3 });
    expect(rice?.entries.get('A')?.gap).toEqual({ direction: 'down', places: 2 });
    expect(rice?.entries.get('A')?.score?.problems[0]?.field).toBe('rice.reach');
    expect(rice?.entries.get('E')).toMatchObject({ score: undefined, scored: false, gap: { direction: 'none' } });
  });

  it('keeps today’s order between items with the same implied index', () => {
    const tied = backlogPriority(plan, 'product', report([score('E', 5, 0), score('C', 5, 0), score('A', 5, 0)]));
    expect(tied?.order).toEqual(['A', 'C', 'E', 'B', 'D']);
  });

  it('says a backlog already in order moves nothing, and one with no score keeps today’s order', () => {
    const inOrder = backlogPriority(
      plan,
      'product',
      report(['A', 'B', 'C', 'D', 'E'].map((id, at) => score(id, 9, at))),
    );
    expect(inOrder?.moves).toBe(0);
    const none = backlogPriority(plan, 'product', report([]));
    expect([none?.order, none?.moves, none?.scored]).toEqual([['A', 'B', 'C', 'D', 'E'], 0, 0]);
  });

  it('reads placements per backlog, whatever the ids hold, and names no unknown backlog', () => {
    const sprint = backlogPriority(plan, 'sprint 1', report([score(ODD, 3, 0, 'sprint 1'), score('A', 1, 0)]));
    expect(sprint?.order).toEqual([ODD]);
    expect(sprint?.entries.get(ODD)?.scored).toBe(true);
    // A placement in another backlog does not rank an item here.
    const product = backlogPriority(plan, 'product', report([score('C', 3, 0, 'sprint 1')]));
    expect(product?.order).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(backlogPriority(plan, 'nope', report([]))).toBeUndefined();
  });

  it('gives an order that reorders the backlog to exactly the preview, and the view draws it', () => {
    const rice = backlogPriority(plan, 'product', report([score('E', 9, 0), score('C', 8, 1), score('A', 1, 2)]));
    const order = rice?.order ?? [];
    const changes: Change[] = order.map((itemId, toIndex) => ({
      type: 'reorder',
      backlogId: 'product',
      itemId,
      toIndex,
    }));
    const result = applyChange(plan, { type: 'batch', changes });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.plan.backlogs[0]?.itemIds).toEqual(order);
    expect(backlogView(plan, 'product', { order })?.rows.map((row) => row.item.id)).toEqual(order);
  });
});

describe('backlogPriority on scorePriorities’ reports', () => {
  const generated = createPlan(generatePlan({ seed: 7, items: 400, priorities: true }));
  const settings: PriorityOptions[] = [
    { framework: 'rice' },
    { framework: 'wsjf', strategicFloor: { bonus: 0.2, untracedBelowWithin: 0.1 } },
    { framework: 'ice', iceCombine: 'mean' },
    { framework: 'value-effort' },
    { framework: 'moscow' },
  ];

  it.each(settings)(
    'puts every item, scored or not, where its placement says, in every backlog ($framework)',
    (options) => {
      const report = scorePriorities(generated, options);
      let unscored = 0;
      for (const backlog of generated.backlogs) {
        const order = backlogPriority(generated, backlog.id, report);
        expect(order?.order).toHaveLength(backlog.itemIds.length);
        for (const score of report.items) {
          const placement = score.placements.find((p) => p.backlogId === backlog.id);
          if (!placement) continue;
          if (score.adjustedScore === null) unscored++;
          expect(order?.entries.get(score.ref.id)).toMatchObject({
            currentIndex: placement.currentIndex,
            impliedIndex: placement.impliedIndex,
            gap: rankGap(placement.gap),
          });
        }
      }
      // Real data has gaps: unscored items are placed after the scored, in today's order, by both.
      expect(unscored).toBeGreaterThan(0);
    },
  );

  it.each(settings)('previews exactly the order rankBy’s change applies ($framework)', (options) => {
    const report = scorePriorities(generated, options);
    for (const backlog of generated.backlogs) {
      const order = backlogPriority(generated, backlog.id, report);
      const ranked = rankBy(generated, backlog.id, report);
      if (!ranked.ok) throw new Error(ranked.error.message);
      expect(ranked.change.changes.length === 0).toBe(order?.moves === 0);
      const result = applyChange(generated, ranked.change);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.plan.backlogs.find((b) => b.id === backlog.id)?.itemIds).toEqual(order?.order);
    }
  });
});
