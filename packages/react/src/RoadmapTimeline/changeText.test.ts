import { baselineView, createPlan, type PlanDiffEntry } from '@throughline/core';
import { sampleBaseline, samplePlan } from '@throughline/core/sample';
import { describe, expect, it } from 'vitest';
import { changeLines } from './changeText.js';
import { defaultRoadmapTimelineMessages as messages } from './messages.js';

const plan = createPlan(samplePlan());
const baseline = baselineView(plan, sampleBaseline());
const context = { plan, before: baseline.before, messages, status: (s: string) => s.replace('-', ' ') };
const lines = (entries: readonly PlanDiffEntry[]) => changeLines(entries, context);

describe('changeLines', () => {
  it('words each kind of change, naming what changed by its title', () => {
    expect(lines(baseline.changes('all')).map((l) => l.text)).toEqual([
      'Keep teams coming back every week: metric changed',
      'Keep teams coming back every week: title changed',
      'Removed initiative: Plan on the go from a phone',
      'Improve onboarding activation: 21 days later',
      'Strengthen team reporting: 27 days later',
      'Analytics-ready event platform: moved from Next to Later',
      'Redesign the signup flow: estimate 6 → 8',
      'Added backlog item: Gamified badges for completing tasks',
      'Added backlog item: Two-way Google Calendar sync for due dates',
      'Relay product backlog: 2 items in, 0 items out',
      'Relay product backlog: order changed, 1 item moved',
    ]);
  });

  it('points at the initiative a change names, unless it was removed', () => {
    const [slipped, removed] = [lines(baseline.changes('slipped'))[0], lines(baseline.changes('dropped'))[0]];
    expect(slipped).toMatchObject({ initiativeId: 'init-onboarding' });
    expect(removed?.initiativeId).toBeUndefined();
  });

  it('words statuses, links, earlier moves and fields it has no message of its own for', () => {
    const ref = { kind: 'initiative', id: 'init-sso' } as const;
    const entries: PlanDiffEntry[] = [
      { kind: 'status-changed', ref, before: 'planned', after: 'in-progress' },
      { kind: 'link-changed', ref, field: 'goalIds', before: [], after: ['g'], added: ['g'], removed: [] },
      { kind: 'rescheduled', ref, end: { before: '2026-12-08', after: '2026-12-01', days: -7 }, direction: 'earlier' },
      { kind: 'field-changed', ref, field: 'confidence', before: 'likely', after: 'committed' },
      { kind: 'field-changed', ref: { kind: 'goal', id: 'gone, "quoted"' }, field: 'title', before: 'a', after: 'b' },
    ];
    const out = lines(entries);
    expect(out.map((l) => l.text)).toEqual([
      'Enterprise identity and access is now in progress',
      'Enterprise identity and access: goalIds changed',
      'Enterprise identity and access: 7 days earlier',
      'Enterprise identity and access: confidence changed',
      // An id neither plan knows stands for its title.
      'gone, "quoted": title changed',
    ]);
    // Keys hold ids with any character apart.
    expect(new Set(out.map((l) => l.key)).size).toBe(out.length);
  });
});
