import { createPlan, type SuspectChange } from '@throughline/core';
import { sampleBaseline, samplePlan } from '@throughline/core/sample';
import { describe, expect, it } from 'vitest';
import { defaultTraceabilityMatrixMessages as messages } from './messages.js';
import { changeText, suspectNames, suspectWords } from './suspectText.js';

const plan = createPlan(samplePlan());
const before = createPlan(sampleBaseline().plan);
const names = suspectNames(plan, before);
const text = (change: SuspectChange) => changeText(change, messages, names, (n) => n.toLocaleString('en-GB'));

describe('suspect text', () => {
  it('says each reason with the value then and now, in words', () => {
    expect(text({ reason: 'goal-metric', before: { name: 'Retained teams', unit: '%' }, after: null })).toBe(
      'Goal metric: ‘Retained teams (%)’ → none',
    );
    expect(text({ reason: 'goal-metric', before: null, after: { name: 'Weekly teams' } })).toBe(
      'Goal metric: none → ‘Weekly teams’',
    );
    expect(text({ reason: 'goal-target', before: 1500, after: null })).toBe('Goal target: 1,500 → none');
    expect(
      text({ reason: 'initiative-goals', before: ['goal-retention'], after: ['goal-activation', 'goal-gone'] }),
    ).toBe('Initiative goals: ‘Keep teams coming back every week’ → ‘Lift new-workspace activation’, ‘goal-gone’');
    expect(text({ reason: 'initiative-goals', before: [], after: ['goal-activation'] })).toBe(
      'Initiative goals: none → ‘Lift new-workspace activation’',
    );
    expect(text({ reason: 'initiative-status', before: 'in-progress', after: 'dropped' })).toBe(
      'Initiative status: in progress → dropped',
    );
    expect(text({ reason: 'initiative-horizon', before: 'h-now', after: null })).toBe(
      'Initiative horizon: ‘Now’ → none',
    );
    expect(text({ reason: 'item-parent', before: 'EPIC-5', after: 'no-such-item' })).toBe(
      'Parent: EPIC-5 ‘Team health dashboard’ → no-such-item',
    );
  });

  it("names an initiative removed since by the baseline's title", () => {
    const removed = before.initiatives.find((i) => !plan.initiatives.some((p) => p.id === i.id));
    expect(removed && names.initiative(removed.id)).toBe('Plan on the go from a phone');
    expect(names.goal('goal-retention')).toBe('Keep teams coming back every week');
  });

  it("gives a cell's reasons once each, in the order found, and nothing for no link", () => {
    const link = { from: { kind: 'item', id: 'A' }, to: { kind: 'initiative', id: 'I' } } as const;
    const change = (reason: SuspectChange['reason']): SuspectChange => ({ reason, before: null, after: null });
    expect(
      suspectWords(
        [
          { link, changes: [change('initiative-horizon')] },
          { link, changes: [change('initiative-horizon'), change('item-parent')] },
        ],
        messages,
      ),
    ).toBe('initiative horizon changed, parent changed');
    expect(suspectWords([], messages)).toBeUndefined();
  });
});
