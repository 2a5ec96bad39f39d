import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../sample/generatePlan.js';
import { samplePlan } from '../sample/samplePlan.js';
import { createPlan } from '../validate/validatePlan.js';
import { stackRows } from './timelineRows.js';
import { timelineView } from './timelineView.js';

const plan = createPlan(samplePlan());
const active = plan.initiatives.filter((i) => i.status !== 'dropped').map((i) => i.id);

describe('timelineView', () => {
  it('places every active initiative once, in a lane or as unscheduled', () => {
    for (const lanesBy of ['theme', 'goal'] as const) {
      for (const layout of ['time', 'horizons'] as const) {
        const view = timelineView(plan, { lanesBy, layout });
        const shown = [
          ...view.lanes.flatMap((l) => l.bars.map((b) => b.initiative?.id)),
          ...view.unscheduled.map((i) => i.id),
        ];
        expect([...shown].sort()).toEqual([...active].sort());
      }
    }
  });

  it('puts undated initiatives in their horizon’s span, marked not date-bound', () => {
    const view = timelineView(plan);
    const bars = view.lanes.flatMap((l) => l.bars);
    const undated = bars.filter((b) => b.initiative?.start === undefined);
    expect(undated.length).toBeGreaterThan(0);
    for (const bar of undated) {
      const horizon = plan.horizons.find((h) => h.id === bar.initiative?.horizonId);
      expect(bar).toMatchObject({ dated: false, start: horizon?.start, end: horizon?.end });
    }
    for (const bar of bars.filter((b) => b.initiative?.start !== undefined)) expect(bar.dated).toBe(true);
  });

  it('respects horizon order: columns follow Now, Next, Later', () => {
    const view = timelineView(plan, { layout: 'horizons' });
    expect(view.horizons.map((h) => h.kind)).toEqual(['now', 'next', 'later']);
    for (const bar of view.lanes.flatMap((l) => l.bars)) {
      expect(view.horizons[bar.column ?? -1]?.id).toBe(bar.initiative?.horizonId);
    }
    // Within a lane and column, rows are 0, 1, 2… with no gaps or repeats.
    for (const lane of view.lanes) {
      const byColumn = new Map<number, number[]>();
      for (const bar of lane.bars) byColumn.set(bar.column ?? -1, [...(byColumn.get(bar.column ?? -1) ?? []), bar.row]);
      for (const rows of byColumn.values()) expect([...rows].sort()).toEqual(rows.map((_, i) => i));
    }
  });

  it('lanes by goal carry the goal, and gather initiatives with no goal last', () => {
    const view = timelineView(plan, { lanesBy: 'goal' });
    expect(view.lanes.find((l) => l.key === 'goal-activation')?.goal?.metric).toMatchObject({
      baseline: 25,
      target: 40,
    });
    expect(view.lanes.at(-1)?.key).toBeNull();
    expect(view.lanes.at(-1)?.bars.map((b) => b.initiative?.id)).toContain('init-gantt');
  });

  it('reports progress from the backlog and flags late dependencies', () => {
    const view = timelineView(plan);
    const onboarding = view.lanes.flatMap((l) => l.bars).find((b) => b.initiative?.id === 'init-onboarding');
    expect(onboarding?.progress).toBeGreaterThan(0);
    expect(onboarding?.itemCount).toBeGreaterThan(5);
    expect(view.dependencies).toContainEqual({ fromId: 'init-data-platform', toId: 'init-insights', late: true });
    expect(view.dependencies.filter((d) => d.late)).toHaveLength(1);
    expect((view.range?.start ?? '~') <= (view.milestones[0]?.date ?? '')).toBe(true);
  });
});

describe('stacking', () => {
  const day = fc
    .integer({ min: 0, max: 400 })
    .map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const span = fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));

  it('never overlaps two spans in one row, and uses no more rows than the deepest overlap', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), (spans) => {
        const { rows, count } = stackRows(spans);
        for (let i = 0; i < spans.length; i++) {
          for (let j = i + 1; j < spans.length; j++) {
            if (rows[i] !== rows[j]) continue;
            const a = spans[i] as { start: string; end: string };
            const b = spans[j] as { start: string; end: string };
            expect(a.end < b.start || b.end < a.start).toBe(true);
          }
        }
        // Greedy interval partitioning is optimal: rows = the most spans covering one day.
        const days = spans.flatMap((s) => [s.start, s.end]);
        const depth = Math.max(0, ...days.map((d) => spans.filter((s) => s.start <= d && d <= s.end).length));
        expect(count).toBe(depth);
      }),
      { numRuns: 500 },
    );
  });

  it('never overlaps bars in a lane of a generated plan', () => {
    const generated = createPlan(generatePlan({ seed: 3, items: 200, initiatives: 120, themes: 6 }));
    for (const lane of timelineView(generated).lanes) {
      for (const a of lane.bars) {
        for (const b of lane.bars) {
          if (a === b || a.row !== b.row) continue;
          expect((a.end ?? '') < (b.start ?? '') || (b.end ?? '') < (a.start ?? '')).toBe(true);
        }
      }
    }
  });
});

describe('timelineView audiences', () => {
  it('shows executives outcomes and themes: lanes by goal, one bar per theme and horizon', () => {
    const view = timelineView(plan, { audience: 'executive', lanesBy: 'theme' });
    expect(view.lanesBy).toBe('goal');
    expect(view.lanes.every((l) => l.goal !== undefined || l.key === null)).toBe(true);
    const bars = view.lanes.flatMap((l) => l.bars);
    expect(bars.every((b) => b.kind === 'theme' && b.initiative === undefined)).toBe(true);
    // Every active initiative is behind exactly one theme bar, or unscheduled.
    const behind = [...bars.flatMap((b) => b.initiativeIds), ...view.unscheduled.map((i) => i.id)];
    expect([...behind].sort()).toEqual([...active].sort());
    expect(new Set(bars.map((b) => `${b.theme?.id}@${b.horizon?.id}`)).size).toBe(bars.length);
    expect(view.dependencies).toEqual([]);
  });

  it('sums a theme bar from its initiatives', () => {
    const product = timelineView(plan).lanes.flatMap((l) => l.bars);
    const executive = timelineView(plan, { audience: 'executive' }).lanes.flatMap((l) => l.bars);
    for (const bar of executive) {
      const members = product.filter((b) => bar.initiativeIds.includes(b.id));
      expect(bar.itemCount).toBe(members.reduce((sum, b) => sum + b.itemCount, 0));
      const done = members.reduce((sum, b) => sum + b.progress * b.itemCount, 0);
      expect(bar.progress).toBeCloseTo(bar.itemCount === 0 ? 0 : done / bar.itemCount, 9);
      for (const m of members) {
        expect(bar.start && m.start && bar.start <= m.start).toBeTruthy();
        expect(bar.end && m.end && bar.end >= m.end).toBeTruthy();
      }
    }
  });

  it('stacks numeric spans too', () => {
    expect(
      stackRows([
        { start: 0, end: 10 },
        { start: 5, end: 8 },
        { start: 11, end: 12 },
      ]),
    ).toEqual({ rows: [0, 1, 0], count: 2 });
  });
});

describe('timelineView dependencies on bars', () => {
  it('lists what each initiative depends on, with the late ones marked, as the dependency list does', () => {
    const view = timelineView(plan);
    const bars = view.lanes.flatMap((l) => l.bars);
    const insights = bars.find((b) => b.id === 'init-insights');
    expect(insights?.dependsOn.map((d) => [d.initiative.id, d.late])).toEqual([['init-data-platform', true]]);
    const fromBars = bars.flatMap((b) =>
      b.dependsOn.map((d) => ({ fromId: d.initiative.id, toId: b.id, late: d.late })),
    );
    expect(fromBars).toEqual(
      expect.arrayContaining(view.dependencies.filter((d) => bars.some((b) => b.id === d.toId))),
    );
    expect(
      timelineView(plan, { audience: 'executive' }).lanes.flatMap((l) => l.bars.flatMap((b) => b.dependsOn)),
    ).toEqual([]);
  });
});
