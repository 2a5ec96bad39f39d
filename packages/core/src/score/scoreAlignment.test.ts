import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../changes/applyChange.js';
import type { Plan } from '../model/types.js';
import { generatePlan } from '../sample/generatePlan.js';
import { samplePlan } from '../sample/samplePlan.js';
import { suspectLinks } from '../suspect/suspectLinks.js';
import { alignedPlan } from '../test-support/alignedPlan.js';
import { traceItem } from '../trace/traceItem.js';
import { createPlan } from '../validate/validatePlan.js';
import { DEFAULT_WEIGHTS, scoreAlignment } from './scoreAlignment.js';
import type { AlignmentReport } from './types.js';

const today = '2026-11-25';
const sample = createPlan(samplePlan());

/** The score as a reader recomputes it from the report alone. */
function recompute(report: AlignmentReport): number {
  const measured = report.subScores.filter((s) => s.denominator > 0);
  const weight = measured.reduce((sum, s) => sum + s.weight, 0);
  const weighted = measured.reduce((sum, s) => sum + s.weight * (s.numerator / s.denominator), 0);
  return weight === 0 ? 0 : Math.round((1000 * weighted) / weight) / 10;
}

describe('scoreAlignment', () => {
  it('counts an item whose trace runs through a suspect link as half, and says so', () => {
    const input = alignedPlan();
    Object.assign(input.goals[1] as object, { title: 'Keep big teams' });
    const plan = createPlan(input);
    const baseline = createPlan(alignedPlan());
    const trace = (report: AlignmentReport) => report.subScores.find((s) => s.name === 'traceability');
    const without = trace(scoreAlignment(plan, { today }));
    const against = trace(scoreAlignment(plan, { today, suspects: suspectLinks(plan, baseline) }));
    // Product backlog: S2 S3 S4 S5 S6 E2, all reaching a goal; S6 (rank 4) and E2 (rank 5) reach G2 through I2.
    const w = (rank: number) => 1 / Math.log2(rank + 2);
    expect(without?.numerator).toBeCloseTo(
      [0, 1, 2, 3, 4, 5].reduce((sum, r) => sum + w(r), 0),
      3,
    );
    expect(against?.numerator).toBeCloseTo((without?.numerator ?? 0) - (w(4) + w(5)) / 2, 3);
    expect(against?.explanation).toBe(`${without?.explanation} 2 items trace through a suspect link, counted half.`);
    // Against itself, nothing is suspect: the score and findings stay as they were.
    const same = scoreAlignment(baseline, { today, suspects: suspectLinks(baseline, baseline) });
    const plain = scoreAlignment(baseline, { today });
    expect(same.score).toBe(plain.score);
    expect(same.subScores.map((s) => s.numerator)).toEqual(plain.subScores.map((s) => s.numerator));
    expect(same.findings).toEqual(plain.findings);
    expect(trace(same)?.explanation).toBe(
      `${trace(plain)?.explanation} 0 items trace through a suspect link, counted half.`,
    );
  });

  it('reports a score a reader can recompute from the sub-scores', () => {
    const report = scoreAlignment(sample, { today });
    expect(report.subScores.map((s) => s.name)).toEqual(['traceability', 'coverage', 'readiness', 'focus', 'hygiene']);
    expect(recompute(report)).toBeCloseTo(report.score, 1);
    for (const s of report.subScores) {
      expect(s.value).toBeCloseTo(s.numerator / s.denominator, 3);
      expect(s.weight).toBe(DEFAULT_WEIGHTS[s.name]);
      expect(s.explanation.length).toBeGreaterThan(20);
    }
  });

  it('scores the aligned plan at 100 and honours custom weights', () => {
    expect(scoreAlignment(createPlan(alignedPlan()), { today }).score).toBe(100);
    const report = scoreAlignment(sample, {
      today,
      weights: { traceability: 1, coverage: 0, readiness: 0, focus: 0, hygiene: 0 },
    });
    expect(report.score).toBeCloseTo(100 * (report.subScores[0]?.value ?? 0), 1);
  });

  it('scores an empty plan 0 with nothing measured, and no findings', () => {
    const report = scoreAlignment(createPlan({}), { today });
    expect(report.score).toBe(0);
    expect(report.subScores.every((s) => s.denominator === 0)).toBe(true);
    expect(report.findings).toEqual([]);
  });

  it('reports each item with the same trace traceItem gives, its readiness and rank', () => {
    const report = scoreAlignment(sample, { today });
    expect(report.items).toHaveLength(sample.items.length);
    for (const item of report.items) {
      const trace = traceItem(sample, item.itemId);
      expect(item.status).toBe(trace?.status);
      expect(item.initiativeId).toBe(trace?.initiative?.initiative.id);
      expect(item.link).toBe(trace?.initiative?.link);
      expect([...item.goalIds].sort()).toEqual(trace?.goals.map((g) => g.goal.id).sort());
    }
    const product = sample.backlogs.find((b) => b.id === 'backlog-product');
    expect(report.items.find((i) => i.itemId === product?.itemIds[3])?.rank).toBe(3);
  });

  it('reports per initiative and per goal', () => {
    const report = scoreAlignment(sample, { today });
    const onboarding = report.initiatives.find((i) => i.initiativeId === 'init-onboarding');
    expect(onboarding?.inCurrentHorizon).toBe(true);
    expect(onboarding?.itemCount).toBeGreaterThan(5);
    expect(onboarding?.doneShare).toBeGreaterThan(0);
    expect(report.initiatives.find((i) => i.initiativeId === 'init-notifications')?.itemCount).toBe(0);
    const unserved = report.goals.find((g) => g.goalId === 'goal-time-to-value');
    expect(unserved).toEqual({ goalId: 'goal-time-to-value', initiativeIds: [], itemIds: [], effortShare: 0 });
    const shares = report.goals.map((g) => g.effortShare);
    for (const share of shares) expect(share).toBeGreaterThanOrEqual(0);
  });

  it('finds the mistakes the sample plan was written with, and nothing else', () => {
    const found = scoreAlignment(sample, { today }).findings.map((f) => `${f.rule}: ${f.ids.join(',')}`);
    expect(found).toEqual([
      'unaligned-priority: IMP-8',
      'strategy-sized-item: EPIC-15',
      'implementation-on-roadmap: init-postgres',
      'initiative-without-goal: init-gantt',
      'current-initiative-without-work: init-notifications',
      'unserved-goal: goal-time-to-value',
      'refinement-shape: STORY-15,EPIC-15,IMP-1,BUG-8,STORY-16,IMP-11,BUG-14',
      'stale-items: IMP-10,STORY-35,DEBT-7,STORY-34,IMP-9,SPIKE-8,BUG-10,BUG-9,TASK-42',
      'context-free-items: SPIKE-8,BUG-10,BUG-9,TASK-42',
      'far-horizon-commitment: init-eu-residency',
      'sprint-over-capacity: sprint-24',
      'sprint-item-without-criteria: STORY-14,sprint-24',
      'dependency-scheduled-later: init-insights,init-data-platform',
    ]);
  });
});

describe('scoreAlignment properties', () => {
  const plans = fc
    .record({
      seed: fc.integer({ min: 1, max: 10_000 }),
      items: fc.integer({ min: 0, max: 300 }),
      orphanShare: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map((options) => createPlan(generatePlan(options)));
  const days = fc
    .date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('keeps the score within 0–100, whatever the plan, date and weights', () => {
    fc.assert(
      fc.property(
        plans,
        days,
        fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 5, maxLength: 5 }),
        (plan, day, w) => {
          const [traceability = 0, coverage = 0, readiness = 0, focus = 0, hygiene = 0] = w;
          const report = scoreAlignment(plan, {
            today: day,
            weights: { traceability, coverage, readiness, focus, hygiene },
          });
          expect(report.score).toBeGreaterThanOrEqual(0);
          expect(report.score).toBeLessThanOrEqual(100);
          for (const s of report.subScores) {
            expect(s.value).toBeGreaterThanOrEqual(0);
            expect(s.value).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never lowers traceability when an orphan is linked to a goal-linked initiative', () => {
    fc.assert(
      fc.property(plans, fc.nat(), fc.nat(), (plan: Plan, pickItem, pickInitiative) => {
        const before = scoreAlignment(plan, { today });
        const orphans = before.items.filter((i) => i.status === 'orphan');
        const targets = plan.initiatives.filter((i) => hasGoal(before, i.id));
        if (orphans.length === 0 || targets.length === 0) return;
        const orphan = orphans[pickItem % orphans.length];
        const target = targets[pickInitiative % targets.length];
        if (!orphan || !target) return;
        const next = applyChange(plan, { type: 'link', itemId: orphan.itemId, initiativeId: target.id });
        if (!next.ok) throw new Error(next.error.message);
        const after = scoreAlignment(next.plan, { today });
        expect(after.subScores[0]?.value).toBeGreaterThanOrEqual((before.subScores[0]?.value ?? 0) - 1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the identical report for identical input', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), days, (seed, day) => {
        const input = generatePlan({ seed, items: 120 });
        const a = scoreAlignment(createPlan(input), { today: day });
        const b = scoreAlignment(createPlan(structuredClone(input)), { today: day });
        expect(b).toEqual(a);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 100 },
    );
  });
});

/** An initiative serves a goal when any goal report lists it. */
function hasGoal(report: AlignmentReport, initiativeId: string): boolean {
  return report.goals.some((g) => g.initiativeIds.includes(initiativeId));
}
