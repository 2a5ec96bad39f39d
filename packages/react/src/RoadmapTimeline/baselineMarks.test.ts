import { baselineView, createPlan, timelineView } from '@throughline/core';
import { sampleBaseline, samplePlan } from '@throughline/core/sample';
import { describe, expect, it } from 'vitest';
import { barBaselines, removedInitiatives, slipArrow } from './baselineMarks.js';
import { timelineGeometry } from './geometry.js';

const plan = createPlan(samplePlan());
const baseline = baselineView(plan, sampleBaseline());
const time = timelineView(plan, { layout: 'time', lanesBy: 'theme' });
const geometry = timelineGeometry(time, { zoom: 'quarter', width: 1200 });

describe('barBaselines', () => {
  const marks = barBaselines(time, geometry, baseline);

  it('draws a moved bar’s ghost at the baseline’s dates, its arrow from the ghost’s end to today’s end', () => {
    const box = geometry.boxes.get('init-reporting');
    const ghost = geometry.spanOf({ start: '2026-10-05', end: '2026-12-04' });
    expect(marks.get('init-reporting')).toEqual({
      state: 'slipped',
      days: 27,
      ghost,
      arrow: { from: ghost.x + ghost.width, to: (box?.x ?? 0) + (box?.width ?? 0) },
    });
    // The ghost ends 27 days before today's bar: the arrow is 27 days long.
    const arrow = marks.get('init-reporting')?.arrow;
    expect(((arrow?.to ?? 0) - (arrow?.from ?? 0)) / (geometry.pxPerDay ?? 1)).toBeCloseTo(27, 6);
  });

  it('gives an unmoved bar its standing and nothing to draw', () => {
    expect(marks.get('init-sso')).toEqual({ state: 'unchanged' });
  });

  it('says which horizon a bar placed by its horizon left, in either layout', () => {
    expect(marks.get('init-data-platform')).toEqual({ state: 'slipped', wasHorizon: 'Next' });
    const horizons = timelineView(plan, { layout: 'horizons', lanesBy: 'theme' });
    const columns = barBaselines(horizons, timelineGeometry(horizons, { zoom: 'quarter', width: 1200 }), baseline);
    expect(columns.get('init-data-platform')).toEqual({ state: 'slipped', wasHorizon: 'Next' });
    // No ghost in columns: the dates are not drawn there.
    expect(columns.get('init-onboarding')).toEqual({ state: 'slipped', days: 21 });
  });
});

describe('slipArrow', () => {
  it('runs end to end, or start to start when the ends agree', () => {
    expect(slipArrow({ x: 100, width: 50 }, { x: 100, width: 80 }, false)).toEqual({ from: 150, to: 180 });
    expect(slipArrow({ x: 100, width: 50 }, { x: 70, width: 80 }, true)).toEqual({ from: 100, to: 70 });
  });
});

describe('removedInitiatives', () => {
  it('lists those the baseline had and today has not, with where they stood', () => {
    expect(removedInitiatives(baseline.spans)).toEqual([
      { id: 'init-mobile', title: 'Plan on the go from a phone', before: { horizonId: 'h-next' } },
    ]);
  });
});
