import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../sample/generatePlan.js';
import { samplePlan } from '../sample/samplePlan.js';
import { groupFindings } from '../score/groupFindings.js';
import { scoreAlignment } from '../score/scoreAlignment.js';
import type { AlignmentReport } from '../score/types.js';
import { smallPlan } from '../test-support/smallPlan.js';
import type { PlanInput } from '../validate/schema.js';
import { createPlan } from '../validate/validatePlan.js';
import { alignmentReportView } from './alignmentReportView.js';

const today = '2026-11-25';
const sample = createPlan(samplePlan());
const report = scoreAlignment(sample, { today });
const view = alignmentReportView(report, sample);

/** A small plan's input with the given changes, validated. */
const planOf = (input: PlanInput) => createPlan(input);

describe('alignmentReportView: the score and its parts', () => {
  it('draws the report’s score as the gauge, and each sub-score as a bar with its own numbers', () => {
    expect(view.gauge).toEqual({ score: 81.7, band: 'good', measured: 5 });
    expect(view.bars.map((bar) => bar.name)).toEqual(report.subScores.map((s) => s.name));
    view.bars.forEach((bar, at) => {
      const s = report.subScores[at];
      expect(bar).toMatchObject({
        value: s?.value,
        numerator: s?.numerator,
        denominator: s?.denominator,
        weight: s?.weight,
        explanation: s?.explanation,
        measured: true,
      });
    });
    // coverage is 4 of 6 (0.667): fair; hygiene 0.897: good.
    expect(view.bars.find((bar) => bar.name === 'coverage')?.band).toBe('fair');
    expect(view.bars.find((bar) => bar.name === 'hygiene')?.band).toBe('good');
    expect(view.productBacklog).toEqual({ kind: 'backlog', id: 'backlog-product', title: 'Relay product backlog' });
    expect(view.currentHorizon?.kind).toBe('horizon');
    expect(view.today).toBe(today);
  });

  it('bands the score at 80 and 60, and says a score that measured nothing is unmeasured, not poor', () => {
    const band = (score: number) => alignmentReportView({ ...report, score }, sample).gauge.band;
    expect([band(100), band(80), band(79.9), band(60), band(59.9), band(0)]).toEqual([
      'good',
      'good',
      'fair',
      'fair',
      'poor',
      'poor',
    ]);
    const empty = createPlan({});
    const nothing = alignmentReportView(scoreAlignment(empty, { today }), empty);
    expect(nothing.gauge).toEqual({ score: 0, band: 'unmeasured', measured: 0 });
    expect(nothing.bars.every((bar) => !bar.measured && bar.band === 'unmeasured')).toBe(true);
  });
});

describe('alignmentReportView: findings', () => {
  it('groups the findings as groupFindings does, and counts them by severity', () => {
    const expected = groupFindings(report.findings);
    expect(view.findings.groups.map((g) => [g.key, g.findings.length, g.ids])).toEqual(
      expected.map((g) => [g.key, g.findings.length, g.ids]),
    );
    expect(view.findings.total).toBe(report.findings.length);
    expect(view.findings.counts).toEqual({
      error: report.findings.filter((f) => f.severity === 'error').length,
      warn: report.findings.filter((f) => f.severity === 'warn').length,
    });
    // Errors first.
    const severities = view.findings.groups.map((g) => g.severity);
    expect(severities.indexOf('warn')).toBeGreaterThan(severities.lastIndexOf('error'));
  });

  it('looks up every id a finding names, of any kind, keeping the finding as the report gave it', () => {
    const finding = (rule: string) => view.findings.groups.find((g) => g.rule === rule)?.findings[0];
    expect(finding('unaligned-priority')?.refs).toEqual([
      { kind: 'item', id: 'IMP-8', title: 'Custom emoji reactions for Acme Corp' },
    ]);
    expect(finding('sprint-over-capacity')?.refs).toEqual([{ kind: 'backlog', id: 'sprint-24', title: 'Sprint 24' }]);
    expect(finding('unserved-goal')?.refs.map((r) => r.kind)).toEqual(['goal']);
    expect(finding('dependency-scheduled-later')?.refs.map((r) => [r.kind, r.id])).toEqual([
      ['initiative', 'init-insights'],
      ['initiative', 'init-data-platform'],
    ]);
    const original = report.findings.find((f) => f.rule === 'unaligned-priority');
    expect(finding('unaligned-priority')).toMatchObject({ ...original });
  });

  it('says an id names nothing in the plan instead of failing, whatever characters it holds', () => {
    const odd = ['PROJ::1', 'a/b', 'it\'s "quoted" 🧪', ' '];
    const given: AlignmentReport = {
      ...report,
      findings: [{ rule: 'stale-items', severity: 'warn', message: 'Stale.', ids: [...odd, 'IMP-8'], hint: 'Groom.' }],
    };
    const refs = alignmentReportView(given, sample).findings.groups[0]?.findings[0]?.refs;
    expect(refs).toEqual([
      ...odd.map((id) => ({ kind: null, id, title: null })),
      { kind: 'item', id: 'IMP-8', title: 'Custom emoji reactions for Acme Corp' },
    ]);
  });

  it('draws a report scored on another plan: what the plan lacks comes back unnamed', () => {
    const other = createPlan(smallPlan());
    const drawn = alignmentReportView(report, other);
    expect(drawn.gauge.score).toBe(report.score);
    expect(drawn.productBacklog).toEqual({ kind: null, id: 'backlog-product', title: null });
    expect(drawn.goals.goals.every((goal) => goal.ref.kind === null)).toBe(true);
    expect(drawn.findings.groups.flatMap((g) => g.findings.flatMap((f) => f.refs)).every((r) => r.kind === null)).toBe(
      true,
    );
  });
});

describe('alignmentReportView: effort by goal', () => {
  it('gives each goal the report’s effort share against an even share when no goal states a weight', () => {
    const { goals, basis, empty } = view.goals;
    expect(basis).toBe('even');
    expect(empty).toBeNull();
    expect(goals.map((g) => g.ref.id)).toEqual(report.goals.map((g) => g.goalId));
    for (const goal of goals) expect(goal.expectedShare).toBeCloseTo(1 / goals.length, 10);
    goals.forEach((goal, at) => {
      expect(goal.effortShare).toBe(report.goals[at]?.effortShare);
      expect(goal.initiativeCount).toBe(report.goals[at]?.initiativeIds.length);
      expect(goal.weight).toBeUndefined();
    });
  });

  it('shares the estimate between the goals and the work that reaches none', () => {
    // BL: O1 (orphan, 8), B1 (reaches G2, 5), P1 (spike under F1 → I2 → G2, no estimate), X1 (I3, no goal, 3).
    const input = smallPlan();
    const plan = planOf({
      ...input,
      items: input.items.map((item) =>
        item.id === 'O1'
          ? { ...item, estimate: 8 }
          : item.id === 'B1'
            ? { ...item, estimate: 5 }
            : item.id === 'X1'
              ? { ...item, estimate: 3 }
              : item,
      ),
    });
    const goals = alignmentReportView(scoreAlignment(plan, { today }), plan).goals;
    expect(goals.totalEffort).toBe(16);
    expect(goals.unalignedShare).toBeCloseTo(11 / 16, 10);
    expect(goals.goals.map((g) => [g.ref.id, g.effortShare])).toEqual([
      ['G1', 0],
      ['G2', 5 / 16],
    ]);
  });

  it('expects each goal’s weight over all the goals’ weights, a goal without one weighing 1', () => {
    const input = smallPlan();
    const weighted = (weights: (number | undefined)[]) => {
      const plan = planOf({
        ...input,
        goals: input.goals?.map((goal, at) => (weights[at] === undefined ? goal : { ...goal, weight: weights[at] })),
      });
      return alignmentReportView(scoreAlignment(plan, { today }), plan).goals;
    };
    const three = weighted([3, undefined]);
    expect(three.basis).toBe('weights');
    expect(three.goals.map((g) => [g.expectedShare, g.weight])).toEqual([
      [0.75, 3],
      [0.25, undefined],
    ]);
    expect(weighted([0, 0]).goals.map((g) => g.expectedShare)).toEqual([0, 0]);
  });

  it('says why the effort cannot be compared: no goals, no product backlog, an empty one, nothing estimated', () => {
    const input = smallPlan();
    const reason = (changed: PlanInput) => {
      const plan = planOf(changed);
      return alignmentReportView(scoreAlignment(plan, { today }), plan).goals.empty;
    };
    expect(
      reason({
        ...input,
        goals: [],
        themes: input.themes?.map((t) => ({ ...t, goalIds: [] })),
        initiatives: input.initiatives.map((i) => ({ ...i, goalIds: [] })),
      }),
    ).toBe('no-goals');
    expect(reason({ ...input, backlogs: input.backlogs.filter((b) => b.kind !== 'product') })).toBe(
      'no-product-backlog',
    );
    expect(
      reason({ ...input, backlogs: input.backlogs.map((b) => (b.kind === 'product' ? { ...b, itemIds: [] } : b)) }),
    ).toBe('empty-product-backlog');
    // The small plan's product backlog carries no estimate (P1 has a timebox, which is not effort).
    expect(reason(input)).toBe('nothing-estimated');
  });
});

describe('alignmentReportView: refinement shape', () => {
  it('cuts the product backlog into the readiness sub-score’s bands, and meets it exactly', () => {
    const { shape } = view;
    const readiness = report.subScores.find((s) => s.name === 'readiness');
    expect(shape.empty).toBeNull();
    expect(shape.total).toBe(87);
    expect(shape.bands.map((b) => [b.name, b.start, b.size, b.expectedShare])).toEqual([
      ['ready', 0, 18, 0.2],
      ['partial', 18, 26, 0.3],
      ['rest', 44, 43, 0.5],
    ]);
    const [top, next] = shape.bands;
    expect((top?.meeting ?? 0) + (next?.meeting ?? 0)).toBe(readiness?.numerator);
    expect((top?.size ?? 0) + (next?.size ?? 0)).toBe(readiness?.denominator);
    expect(top?.meeting).toBe(top?.counts.ready);
    for (const band of shape.bands) {
      expect(band.counts.ready + band.counts.partial + band.counts.rough).toBe(band.size);
    }
    expect(shape.counts.ready + shape.counts.partial + shape.counts.rough).toBe(87);
  });

  it('follows the refinement-shape setting the report was scored with, and keeps bands that ask too much within the backlog', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (seed, readyBand, partialBand) => {
          const plan = createPlan(generatePlan({ seed, items: 40 }));
          const scoreOptions = { today, rules: { 'refinement-shape': ['warn', { readyBand, partialBand }] } } as const;
          const scored = scoreAlignment(plan, scoreOptions);
          const { shape } = alignmentReportView(scored, plan, { scoreOptions });
          const readiness = scored.subScores.find((s) => s.name === 'readiness');
          const [top, next, rest] = shape.bands;
          expect(shape.bands.reduce((sum, band) => sum + band.size, 0)).toBe(shape.total);
          expect(rest?.expectedShare).toBeCloseTo(Math.max(0, 1 - readyBand - partialBand), 10);
          // Within the backlog, the bands are the sub-score's: the same entries judged the same way.
          if (readyBand + partialBand <= 1) {
            expect((top?.meeting ?? 0) + (next?.meeting ?? 0)).toBe(readiness?.numerator);
            expect((top?.size ?? 0) + (next?.size ?? 0)).toBe(readiness?.denominator);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('says when there is no backlog to shape', () => {
    const input = smallPlan();
    const shapeOf = (changed: PlanInput) => {
      const plan = planOf(changed);
      return alignmentReportView(scoreAlignment(plan, { today }), plan).shape;
    };
    const none = shapeOf({ ...input, backlogs: input.backlogs.filter((b) => b.kind !== 'product') });
    expect(none).toMatchObject({ empty: 'no-product-backlog', bands: [], total: 0 });
    const emptied = shapeOf({
      ...input,
      backlogs: input.backlogs.map((b) => (b.kind === 'product' ? { ...b, itemIds: [] } : b)),
    });
    expect(emptied).toMatchObject({ empty: 'empty-product-backlog', bands: [] });
  });
});
