import { describe, expect, it } from 'vitest';
import { samplePlan } from '../sample/samplePlan.js';
import type { PlanInput } from '../validate/schema.js';
import { createPlan } from '../validate/validatePlan.js';
import { timelineNotices, unscheduledGroups } from './timelineShape.js';
import { timelineView } from './timelineView.js';

const themed: PlanInput = {
  themes: [{ id: 't', title: 'Theme' }],
  horizons: [
    { id: 'now', title: 'Now', kind: 'now', order: 0 },
    { id: 'later', title: 'Later', kind: 'later', order: 1 },
  ],
  initiatives: [
    { id: 'a', title: 'A', themeId: 't', start: '2026-01-01', end: '2026-02-01' },
    { id: 'b', title: 'B', themeId: 't', horizonId: 'later' },
    { id: 'c', title: 'C', themeId: 't', horizonId: 'now' },
    { id: 'd', title: 'D' },
  ],
};

describe('timelineNotices', () => {
  it('says lanes by goal group nothing in a plan without goals, and offers lanes by theme', () => {
    const plan = createPlan(themed);
    const notices = timelineNotices(plan, timelineView(plan, { lanesBy: 'goal' }));
    expect(notices).toContainEqual({ code: 'no-lane-groups', lanesBy: 'goal', planHasNone: true, switchTo: 'theme' });
    expect(timelineNotices(plan, timelineView(plan, { lanesBy: 'theme' }))).not.toContainEqual(
      expect.objectContaining({ code: 'no-lane-groups' }),
    );
    // Executives always read lanes by goal: nothing to switch to.
    expect(timelineNotices(plan, timelineView(plan, { audience: 'executive' }))[0]).toEqual({
      code: 'no-lane-groups',
      lanesBy: 'goal',
      planHasNone: true,
    });
  });

  it('says Now / Next / Later has no columns without horizons, and offers the time axis', () => {
    const plan = createPlan({ ...themed, horizons: [], initiatives: themed.initiatives?.slice(0, 1) ?? [] });
    expect(timelineNotices(plan, timelineView(plan, { layout: 'horizons' }))).toContainEqual({
      code: 'no-horizons',
      planHasNone: true,
      switchTo: 'time',
    });
    expect(timelineNotices(plan, timelineView(plan, { layout: 'time' }))).not.toContainEqual(
      expect.objectContaining({ code: 'no-horizons' }),
    );
  });

  it('says nothing is dated on the time axis, and offers Now / Next / Later when horizons place the work', () => {
    const plan = createPlan({ ...themed, initiatives: themed.initiatives?.slice(1) ?? [] });
    expect(timelineNotices(plan, timelineView(plan))).toContainEqual({ code: 'no-dates', switchTo: 'horizons' });
    const bare = createPlan({ initiatives: [{ id: 'x', title: 'X' }] });
    expect(timelineNotices(bare, timelineView(bare))).toContainEqual({ code: 'no-dates' });
  });

  it('says when no backlog work traces to the bars, and not for the sample plan', () => {
    const plan = createPlan(themed);
    expect(timelineNotices(plan, timelineView(plan))).toContainEqual({ code: 'no-backlog' });
    const sample = createPlan(samplePlan());
    for (const lanesBy of ['theme', 'goal'] as const)
      for (const layout of ['time', 'horizons'] as const)
        expect(timelineNotices(sample, timelineView(sample, { lanesBy, layout }))).toEqual([]);
  });

  it('leaves a plan without initiatives to the empty state', () => {
    const plan = createPlan({});
    expect(timelineNotices(plan, timelineView(plan))).toEqual([]);
  });
});

describe('unscheduledGroups', () => {
  it('groups unscheduled initiatives by horizon in order, those with none last', () => {
    const plan = createPlan(themed);
    const groups = unscheduledGroups(timelineView(plan));
    expect(groups.map((g) => [g.horizon?.id ?? null, g.initiatives.map((i) => i.id)])).toEqual([
      ['now', ['c']],
      ['later', ['b']],
      [null, ['d']],
    ]);
  });
});
