import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanInput } from '../validate/schema.js';
import { createPlan } from '../validate/validatePlan.js';
import { timelineView } from './timelineView.js';
import { initialWindow, workOutside } from './timelineWindow.js';

const TODAY = '2026-11-25';

/** A plan of one theme whose initiatives span the given dates. */
function viewOf(spans: readonly (readonly [string, string])[]) {
  const input: PlanInput = {
    themes: [{ id: 't', title: 'Theme' }],
    initiatives: spans.map(([start, end], i) => ({ id: `i${i}`, title: `I${i}`, themeId: 't', start, end })),
  };
  return timelineView(createPlan(input));
}

describe('initialWindow', () => {
  it('opens on today when work falls on the screen that opens there', () => {
    const view = viewOf([
      ['2026-01-01', '2026-03-31'],
      ['2026-12-10', '2027-02-01'],
    ]);
    expect(initialWindow(view, { today: TODAY, days: 90, lead: 30 })).toEqual({
      start: '2026-10-26',
      focus: TODAY,
      reason: 'today',
    });
  });

  it('opens on the latest work when all of it ended before today', () => {
    const view = viewOf([
      ['2025-01-01', '2025-03-31'],
      ['2025-09-01', '2025-11-20'],
    ]);
    // A screen of 120 days ending 30 days after the last work ends.
    expect(initialWindow(view, { today: TODAY, days: 120, lead: 30 })).toEqual({
      start: '2025-08-22',
      focus: '2025-11-20',
      reason: 'past',
    });
    // All of it fits: the screen starts a lead before the first work.
    expect(initialWindow(view, { today: TODAY, days: 400, lead: 30 }).start).toBe('2024-12-02');
  });

  it('opens on the first work when all of it starts after today', () => {
    const view = viewOf([
      ['2028-03-01', '2028-05-31'],
      ['2028-01-10', '2028-02-01'],
    ]);
    expect(initialWindow(view, { today: TODAY, days: 90, lead: 7 })).toEqual({
      start: '2028-01-03',
      focus: '2028-01-10',
      reason: 'future',
    });
  });

  it('opens on the next work to start when work lies on both sides of today but not near it', () => {
    const view = viewOf([
      ['2025-01-01', '2025-02-01'],
      ['2028-06-01', '2028-07-01'],
      ['2028-04-01', '2028-04-30'],
    ]);
    expect(initialWindow(view, { today: TODAY, days: 60 })).toEqual({
      start: '2028-04-01',
      focus: '2028-04-01',
      reason: 'next',
    });
  });

  it('opens on today when nothing is on the axis', () => {
    expect(initialWindow(viewOf([]), { today: TODAY, days: 60 }).reason).toBe('empty');
  });

  it('always opens on a screen that shows a bar when there are bars', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000));
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const span = fc.tuple(day, fc.integer({ min: 0, max: 200 })).map(([d, len]) => {
      const end = new Date(d.getTime() + len * 86_400_000);
      return [iso(d), iso(end)] as const;
    });
    fc.assert(
      fc.property(
        fc.array(span, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 20, max: 400 }),
        fc.integer({ min: 0, max: 30 }),
        (spans, days, lead) => {
          const view = viewOf(spans);
          const opening = initialWindow(view, { today: TODAY, days, lead });
          const end = new Date(Date.parse(`${opening.start}T00:00:00Z`) + days * 86_400_000);
          const seen = workOutside(view, { start: opening.start, end: iso(end) });
          expect(seen.before.count + seen.after.count).toBeLessThan(spans.length);
          expect(opening.focus >= opening.start && opening.focus <= iso(end)).toBe(true);
        },
      ),
    );
  });
});

describe('workOutside', () => {
  it('counts the bars wholly before and after a span, with the nearest of each', () => {
    const view = viewOf([
      ['2025-01-01', '2025-03-31'],
      ['2025-05-01', '2025-06-30'],
      ['2026-09-01', '2026-12-31'],
      ['2027-06-01', '2027-07-31'],
      ['2027-03-01', '2027-04-30'],
    ]);
    const outside = workOutside(view, { start: '2026-10-01', end: '2026-12-31' });
    expect(outside.before.count).toBe(2);
    expect(outside.before.nearest?.id).toBe('i1');
    expect(outside.after.count).toBe(2);
    expect(outside.after.nearest?.id).toBe('i4');
    expect(workOutside(view, { start: '2020-01-01', end: '2030-01-01' })).toEqual({
      before: { count: 0 },
      after: { count: 0 },
    });
    // Bars left out (not drawn) are not counted.
    expect(workOutside(view, { start: '2026-10-01', end: '2026-12-31' }, (b) => b.id !== 'i4').after).toMatchObject({
      count: 1,
      nearest: { id: 'i3' },
    });
  });
});
