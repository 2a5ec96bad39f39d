import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../changes/applyChange.js';
import { daysBetween } from '../model/calendar.js';
import { samplePlan } from '../sample/samplePlan.js';
import { createPlan, validatePlan } from '../validate/validatePlan.js';
import { rescheduleTarget } from './timelineMoves.js';

const plan = createPlan(samplePlan());

describe('rescheduleTarget', () => {
  it('moves a dated initiative by calendar steps, keeping its length', () => {
    const target = rescheduleTarget(plan, 'init-onboarding', { layout: 'time', steps: 1, unit: 'quarter' });
    expect(target?.change).toEqual({
      type: 'reschedule',
      initiativeId: 'init-onboarding',
      start: '2027-01-01',
      end: '2027-03-18',
    });
    const week = rescheduleTarget(plan, 'init-onboarding', { layout: 'time', steps: -2, unit: 'week' });
    expect(week?.change).toMatchObject({ start: '2026-09-17', end: '2026-12-04' });
  });

  it('moves an initiative without dates to the next dated horizon instead of inventing dates', () => {
    const target = rescheduleTarget(plan, 'init-data-platform', { layout: 'time', steps: -1, unit: 'month' });
    expect(target?.change).toEqual({ type: 'reschedule', initiativeId: 'init-data-platform', horizonId: 'h-next' });
    expect(target).toMatchObject({ start: '2027-01-01', end: '2027-03-31' });
    expect(rescheduleTarget(plan, 'init-data-platform', { layout: 'time', steps: 1 })).toBeNull();
  });

  it('moves along horizons in the horizons layout and stops at either end', () => {
    expect(rescheduleTarget(plan, 'init-onboarding', { layout: 'horizons', steps: 1 })?.change).toEqual({
      type: 'reschedule',
      initiativeId: 'init-onboarding',
      horizonId: 'h-next',
    });
    expect(rescheduleTarget(plan, 'init-onboarding', { layout: 'horizons', steps: 9 })?.horizon?.id).toBe('h-later');
    expect(rescheduleTarget(plan, 'init-onboarding', { layout: 'horizons', steps: -1 })).toBeNull();
  });

  it('moves nothing for zero steps or an unknown initiative', () => {
    expect(rescheduleTarget(plan, 'init-onboarding', { layout: 'time', steps: 0 })).toBeNull();
    expect(rescheduleTarget(plan, 'nope', { layout: 'time', steps: 1 })).toBeNull();
  });

  it('always yields a change the plan accepts, which keeps the span length within a few days', () => {
    const ids = plan.initiatives.map((i) => i.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.constantFrom('time' as const, 'horizons' as const),
        fc.integer({ min: -8, max: 8 }),
        fc.constantFrom('week' as const, 'month' as const, 'quarter' as const),
        (id, layout, steps, unit) => {
          const target = rescheduleTarget(plan, id, { layout, steps, unit });
          if (!target) return;
          const result = applyChange(plan, target.change);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(validatePlan(JSON.parse(JSON.stringify(result.plan))).ok).toBe(true);
          expect(result.plan.initiatives.length).toBe(plan.initiatives.length);
          const before = plan.initiatives.find((i) => i.id === id);
          const after = result.plan.initiatives.find((i) => i.id === id);
          if (before?.start && before.end && after?.start && after.end && layout === 'time') {
            expect(
              Math.abs(daysBetween(after.start, after.end) - daysBetween(before.start, before.end)),
            ).toBeLessThanOrEqual(3);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
