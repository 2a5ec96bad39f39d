import { describe, expect, it } from 'vitest';
import { sampleBaseline } from '../sample/sampleBaseline.js';
import { samplePlan } from '../sample/samplePlan.js';
import { createPlan } from '../validate/validatePlan.js';
import { baselineView, scoreThenAndNow } from './baselineView.js';

const plan = createPlan(samplePlan());
const baseline = sampleBaseline();
const view = baselineView(plan, baseline);

describe('baselineView', () => {
  it("gives each initiative's span then and now with its slip, and keeps removed ones for ghost bars", () => {
    expect(view.span('init-onboarding')).toMatchObject({
      before: { start: '2026-10-01', end: '2026-11-27', horizonId: 'h-now' },
      now: { start: '2026-10-01', end: '2026-12-18', horizonId: 'h-now' },
      slipDays: 21,
      direction: 'later',
      presence: 'kept',
    });
    expect(view.span('init-data-platform')).toMatchObject({ direction: 'later', presence: 'kept' });
    expect(view.span('init-data-platform')?.slipDays).toBeUndefined();
    expect(view.span('init-mobile')).toEqual({
      initiativeId: 'init-mobile',
      title: 'Plan on the go from a phone',
      before: { horizonId: 'h-next' },
      direction: 'unchanged',
      presence: 'removed',
    });
    expect(view.spans.at(-1)?.initiativeId).toBe('init-mobile');
    expect(view.span('init-sso')).toMatchObject({ direction: 'unchanged', presence: 'kept' });
  });

  it('says how far an item moved in a backlog, and nothing for one that only shifted', () => {
    expect(view.movedBy('backlog-product', 'STORY-11')).toBe(-79);
    expect(view.movedBy('backlog-product', 'STORY-1')).toBeUndefined();
    expect(view.movedBy('no-such-backlog', 'STORY-11')).toBeUndefined();
  });

  it('filters the "what changed" list: slipped, added, dropped', () => {
    expect(view.changes('slipped').map((e) => 'ref' in e && e.ref.id)).toEqual([
      'init-onboarding',
      'init-reporting',
      'init-data-platform',
    ]);
    expect(view.changes('added').map((e) => 'ref' in e && e.ref.id)).toEqual(['STORY-35', 'STORY-34']);
    expect(view.changes('dropped').map((e) => 'ref' in e && e.ref.id)).toEqual(['init-mobile']);
    expect(view.changes('all')).toBe(view.diff.entries);
  });
});

describe('scoreThenAndNow', () => {
  it('gives the score and each sub-score then and now, suspect links counted half today', () => {
    const result = scoreThenAndNow(plan, baseline, { today: '2026-11-25' });
    expect(result.delta).toBeCloseTo(result.now - result.before, 1);
    const trace = result.subScores.find((s) => s.name === 'traceability');
    expect(trace?.delta).toBeLessThan(0);
    expect(result.subScores.map((s) => s.name)).toEqual(['traceability', 'coverage', 'readiness', 'focus', 'hygiene']);
    for (const s of result.subScores) expect(s.delta).toBeCloseTo((s.now ?? 0) - (s.before ?? 0), 6);
  });
});

describe('baselineView, the baseline itself', () => {
  it("keeps the baseline's plan and its snapshot label and time for the views to name", () => {
    expect(view.before.initiatives.some((i) => i.id === 'init-mobile')).toBe(true);
    expect(view.diff.before.label).toBe(baseline.label);
    expect(view.diff.before.takenAt).toBe(baseline.takenAt);
    expect(baselineView(plan, view.before).diff.before).toEqual({});
  });
});
