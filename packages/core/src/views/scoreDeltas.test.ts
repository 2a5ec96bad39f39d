import { describe, expect, it } from 'vitest';
import { sampleBaseline } from '../sample/sampleBaseline.js';
import { samplePlan } from '../sample/samplePlan.js';
import { scoreAlignment } from '../score/scoreAlignment.js';
import { createPlan } from '../validate/validatePlan.js';
import { baselineView, scoreThenAndNow } from './baselineView.js';
import { scoreDeltas } from './scoreDeltas.js';

const plan = createPlan(samplePlan());
const today = '2026-11-25';

describe('scoreDeltas', () => {
  it("gives what scoreThenAndNow gives, from a baseline view's plan and suspects", () => {
    const view = baselineView(plan, sampleBaseline());
    const deltas = scoreDeltas(
      scoreAlignment(view.before, { today }),
      scoreAlignment(plan, { today, suspects: view.suspects }),
    );
    expect(deltas).toEqual(scoreThenAndNow(plan, sampleBaseline(), { today }));
  });

  it('reports each sub-score difference as now − then, and none for a sub-score one side could not measure', () => {
    const now = scoreAlignment(plan, { today });
    const empty = scoreAlignment(createPlan({ initiatives: [], items: [], goals: [], backlogs: [] }), { today });
    const deltas = scoreDeltas(empty, now);
    expect(deltas.delta).toBe(Math.round((now.score - empty.score) * 10) / 10);
    for (const sub of deltas.subScores) {
      const measured = now.subScores.find((s) => s.name === sub.name);
      expect(sub.now).toBe(measured && measured.denominator > 0 ? measured.value : undefined);
      if (sub.before === undefined) expect(sub.delta).toBeUndefined();
      else expect(sub.delta).toBeCloseTo((sub.now ?? 0) - sub.before, 10);
    }
    expect(scoreDeltas(now, now).subScores.every((s) => s.delta === undefined || s.delta === 0)).toBe(true);
  });
});
