import { describe, expect, it } from 'vitest';
import { applyChange } from '../changes/applyChange.js';
import type { PriorityFramework, PriorityReport, PriorityScore } from '../priority/priority.types.js';
import { rankBy } from '../priority/rankBy.js';
import { scorePriorities } from '../priority/scorePriorities.js';
import { generatePlan } from '../sample/generatePlan.js';
import { smallPlan } from '../test-support/smallPlan.js';
import { createPlan } from '../validate/validatePlan.js';
import { priorityMatrixView } from './priorityMatrixView.js';

// Reports are built by hand here: the view reads what a report says, whatever scored it.

type Kind = 'item' | 'initiative';

/** A score as `scorePriorities` reports one, with what a test leaves out filled in. */
function scored(kind: Kind, id: string, fields: Partial<PriorityScore> = {}): PriorityScore {
  return {
    ref: { kind, id },
    score: fields.adjustedScore ?? null,
    adjustedScore: null,
    inputs: {},
    value: null,
    effort: null,
    problems: [],
    explanation: '',
    rank: null,
    placements: [],
    trace: 'reaches-goal',
    floorChangedOrder: false,
    ...fields,
  };
}

const point = (
  kind: Kind,
  id: string,
  value: number,
  effort: number,
  rank: number,
  more: Partial<PriorityScore> = {},
) => scored(kind, id, { value, effort, adjustedScore: value / effort, score: value / effort, rank, ...more });

const report = (
  framework: PriorityFramework,
  items: readonly PriorityScore[],
  initiatives: readonly PriorityScore[] = [],
): PriorityReport => ({ framework, options: { framework }, items, initiatives, moscow: [] });

const rice = (reach?: number) => ({ rice: { reach, impact: 1, confidence: 0.8, effort: 2 } });

/** The small plan, with RICE inputs on most items and ICE on two. */
function planWithInputs() {
  const input = smallPlan();
  return createPlan({
    ...input,
    items: input.items.map((item) =>
      item.id === 'X1'
        ? item
        : {
            ...item,
            priority: { ...rice(item.id === 'O1' ? undefined : 100), ...(item.id === 'B1' ? { ice: {} } : {}) },
          },
    ),
  });
}

const plan = planWithInputs();

describe('priorityMatrixView', () => {
  const ranked = report('rice', [
    point('item', 'B1', 40, 2, 2, {
      placements: [{ backlogId: 'BL', currentIndex: 1, impliedIndex: 2, gap: -1 }],
    }),
    point('item', 'S1', 90, 1, 0, { placements: [{ backlogId: 'SP1', currentIndex: 0, impliedIndex: 0, gap: 0 }] }),
    point('item', 'X1', 10, 8, 3, {
      trace: 'reaches-initiative',
      placements: [{ backlogId: 'BL', currentIndex: 3, impliedIndex: 3, gap: 0 }],
    }),
    point('item', 'E1', 60, 5, 1, { explanation: '100 × 1 × 0.8 ÷ 2 = 40' }),
  ]);

  it('plots the scored items in rank order, each in its quadrant around the medians', () => {
    const view = priorityMatrixView(plan, ranked);
    expect(view.points.map((p) => [p.ref.id, p.rank, p.title])).toEqual([
      ['S1', 0, 'Redesign the signup flow'],
      ['E1', 1, 'Onboarding epic'],
      ['B1', 2, 'Invite email bounces'],
      ['X1', 3, 'Partner export'],
    ]);
    // Medians: value (40 + 60) / 2 = 50, effort (2 + 5) / 2 = 3.5.
    expect(view.split).toEqual({ value: 50, effort: 3.5, by: 'median' });
    expect(view.points.map((p) => p.quadrant)).toEqual(['quick-win', 'big-bet', 'filler', 'money-pit']);
    expect(view.points[1]?.explanation).toBe('100 × 1 × 0.8 ÷ 2 = 40');
    expect(view.empty).toBeNull();
  });

  it('splits at the thresholds given instead', () => {
    const view = priorityMatrixView(plan, ranked, { split: { value: 30, effort: 6 } });
    expect(view.split).toEqual({ value: 30, effort: 6, by: 'threshold' });
    expect(view.points.map((p) => p.quadrant)).toEqual(['quick-win', 'quick-win', 'quick-win', 'money-pit']);
  });

  it('colours by the first goal reached, in the plan’s order of goals, and marks work reaching no goal', () => {
    const view = priorityMatrixView(plan, ranked);
    expect(view.legend).toEqual([
      { id: 'G1', title: 'Activation', color: undefined, slot: 0, count: 2 },
      { id: 'G2', title: 'Retention', color: undefined, slot: 1, count: 1 },
      { id: null, title: '', slot: -1, count: 1 },
    ]);
    expect(view.points.map((p) => [p.ref.id, p.legend, p.untraced])).toEqual([
      ['S1', 0, false],
      ['E1', 0, false],
      ['B1', 1, false],
      ['X1', 2, true],
    ]);
  });

  it('colours by theme when asked, with the theme’s own colour', () => {
    const input = smallPlan();
    const coloured = createPlan({
      ...input,
      themes: [{ id: 'T1', title: 'Onboarding', goalIds: ['G1'], color: '#0a7' }],
    });
    const view = priorityMatrixView(coloured, ranked, { colorBy: 'theme' });
    expect(view.legend).toEqual([
      { id: 'T1', title: 'Onboarding', color: '#0a7', slot: 0, count: 2 },
      { id: null, title: '', slot: -1, count: 2 },
    ]);
  });

  it('reads each item’s gap in the product backlog, or in the backlog asked for, and whether it is in order', () => {
    expect(priorityMatrixView(plan, ranked).points.map((p) => p.gap)).toEqual([null, null, -1, 0]);
    expect(priorityMatrixView(plan, ranked).inOrder).toBe(false);
    const sprint = priorityMatrixView(plan, ranked, { backlogId: 'SP1' });
    expect(sprint.backlogId).toBe('SP1');
    expect(sprint.points.map((p) => p.gap)).toEqual([0, null, null, null]);
    expect(sprint.inOrder).toBe(true);
    expect(priorityMatrixView(plan, ranked, { backlogId: 'nope' }).backlogId).toBeUndefined();
  });

  it('plots initiatives when asked, with no backlog and no gap', () => {
    const view = priorityMatrixView(
      plan,
      report('rice', ranked.items, [point('initiative', 'I2', 5, 1, 0), point('initiative', 'I3', 1, 1, 1)]),
      { entities: 'initiatives' },
    );
    expect(view.points.map((p) => [p.ref.kind, p.ref.id, p.gap, p.untraced])).toEqual([
      ['initiative', 'I2', null, false],
      ['initiative', 'I3', null, false],
    ]);
    expect(view.backlogId).toBeUndefined();
    expect(view.inOrder).toBeNull();
    expect(view.legend.map((entry) => entry.id)).toEqual(['G2', null]);
  });

  it('lists what keeps items off the chart, most items first, and an item with no inputs under the framework', () => {
    const missing = (id: string, field: string) =>
      scored('item', id, { problems: [{ code: 'missing-input', field, message: `${field} is missing` }] });
    const view = priorityMatrixView(
      plan,
      report('rice', [
        point('item', 'S1', 90, 1, 0),
        missing('O1', 'rice.reach'),
        missing('K1', 'rice.reach'),
        scored('item', 'P1', { problems: [{ code: 'zero-effort', field: 'rice.effort', message: 'effort is 0' }] }),
        scored('item', 'X1', { problems: [{ code: 'missing-input', field: 'rice.reach', message: '' }] }),
      ]),
    );
    expect(view.points.map((p) => p.ref.id)).toEqual(['S1']);
    expect(view.unplottedCount).toBe(4);
    expect(view.missing).toEqual([
      {
        field: 'rice.reach',
        code: 'missing-input',
        refs: [
          { kind: 'item', id: 'O1' },
          { kind: 'item', id: 'K1' },
        ],
      },
      { field: 'rice.effort', code: 'zero-effort', refs: [{ kind: 'item', id: 'P1' }] },
      // X1 carries no RICE inputs at all.
      { field: 'rice', code: 'missing-input', refs: [{ kind: 'item', id: 'X1' }] },
    ]);
  });

  it('offers the frameworks more items carry inputs for as the way out', () => {
    const few = priorityMatrixView(plan, report('ice', [point('item', 'B1', 1, 1, 0)]));
    // Six of the seven items carry RICE inputs, one ICE.
    expect(few.alternatives).toEqual(['rice']);
    // RICE itself: no framework is carried more, however few items RICE plots.
    expect(priorityMatrixView(plan, report('rice', [point('item', 'S1', 1, 1, 0)])).alternatives).toEqual([]);
  });

  it('leaves entities the plan does not hold off the chart, and takes ids with any characters', () => {
    const input = smallPlan();
    const odd = createPlan({
      ...input,
      items: [...input.items, { id: 'PROJ::1 "x" 🚀', title: 'Odd id', kind: 'task' }],
    });
    const view = priorityMatrixView(
      odd,
      report('rice', [point('item', 'PROJ::1 "x" 🚀', 3, 1, 0), point('item', 'gone', 9, 1, 1)]),
    );
    expect(view.points.map((p) => [p.ref.id, p.rank, p.title])).toEqual([['PROJ::1 "x" 🚀', 0, 'Odd id']]);
  });

  it('orders by score when a report gives no rank, and keeps ranks unique', () => {
    const view = priorityMatrixView(
      plan,
      report('rice', [
        point('item', 'B1', 1, 1, 0, { rank: null }),
        point('item', 'S1', 5, 1, 0, { rank: null }),
        point('item', 'E1', 9, 1, 0),
      ]),
    );
    expect(view.points.map((p) => [p.ref.id, p.rank])).toEqual([
      ['E1', 0],
      ['S1', 1],
      ['B1', 2],
    ]);
  });

  it('picks a log value axis when reach crowds the straight one, and pads both axes', () => {
    const spread = report(
      'rice',
      [40, 90, 120, 60_000, 80_000].map((value, rank) =>
        point('item', plan.items[rank]?.id ?? '', value, rank + 1, rank),
      ),
    );
    const view = priorityMatrixView(plan, spread);
    expect(view.valueAxis.scale).toBe('log');
    expect(view.effortAxis).toEqual({ domain: [0, 5.5], scale: 'linear' });
    expect(priorityMatrixView(plan, spread, { valueScale: 'linear' }).valueAxis).toEqual({
      domain: [0, 88_000],
      scale: 'linear',
    });
  });
});

describe('priorityMatrixView over scorePriorities', () => {
  const generated = createPlan(generatePlan({ seed: 3, items: 400, initiatives: 40, priorities: true }));

  it('plots every scored item once, in the report’s rank order, and lists the others as missing', () => {
    for (const framework of ['rice', 'wsjf', 'ice', 'value-effort'] as const) {
      const scored = scorePriorities(generated, { framework });
      const view = priorityMatrixView(generated, scored);
      const placed = scored.items.filter((s) => s.score !== null && s.value !== null && s.effort !== null);
      expect(view.points.length, framework).toBe(placed.length);
      expect(view.points.length + view.unplottedCount, framework).toBe(scored.items.length);
      const byRank = [...placed].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((s) => s.ref.id);
      expect(
        view.points.map((p) => p.ref.id),
        framework,
      ).toEqual(byRank);
      const backlog = generated.backlogs.find((b) => b.kind === 'product')?.id ?? '';
      const ranked = rankBy(generated, backlog, scored);
      expect(view.inOrder, framework).toBe(ranked.ok && ranked.change.changes.length === 0);
      const ordered = ranked.ok ? applyChange(generated, ranked.change) : null;
      if (!ordered?.ok) throw new Error('rankBy gave no order');
      expect(priorityMatrixView(ordered.plan, scorePriorities(ordered.plan, { framework })).inOrder, framework).toBe(
        true,
      );
      const missing = new Set(view.missing.flatMap((input) => input.refs.map((ref) => ref.id)));
      for (const s of scored.items.filter((s) => !placed.includes(s)))
        expect(missing.has(s.ref.id), s.ref.id).toBe(true);
    }
  });
});

describe('priorityMatrixView with nothing to plot', () => {
  it('says a plan has no items, and offers initiatives when they carry inputs', () => {
    const bare = createPlan({
      initiatives: [{ id: 'I1', title: 'Guided setup', priority: { wsjf: { businessValue: 5, jobSize: 3 } } }],
    });
    const view = priorityMatrixView(bare, report('wsjf', []));
    expect(view.empty).toEqual({ reason: 'no-entities', frameworks: [], entities: 'initiatives' });
    expect(priorityMatrixView(createPlan({}), report('rice', [])).empty).toEqual({
      reason: 'no-entities',
      frameworks: [],
      entities: undefined,
    });
  });

  it('says MoSCoW has no axes to plot, and offers the frameworks the items carry', () => {
    const view = priorityMatrixView(
      plan,
      report('moscow', [scored('item', 'S1', { adjustedScore: 3, value: 1, effort: 1 })]),
    );
    expect(view.points).toEqual([]);
    expect(view.empty).toEqual({ reason: 'no-effort-axis', frameworks: ['rice', 'ice'] });
  });

  it('says no item has the inputs, and offers the frameworks they do carry', () => {
    const view = priorityMatrixView(plan, report('wsjf', [scored('item', 'S1', { problems: [] })]));
    expect(view.empty).toEqual({ reason: 'no-inputs', frameworks: ['rice', 'ice'], entities: undefined });
    expect(view.missing).toEqual([{ field: 'wsjf', code: 'missing-input', refs: [{ kind: 'item', id: 'S1' }] }]);
  });
});
