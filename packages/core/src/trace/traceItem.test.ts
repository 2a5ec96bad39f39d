import { describe, expect, it } from 'vitest';
import { getPlanIndex } from '../model/planIndex.js';
import { smallPlan } from '../test-support/smallPlan.js';
import { createPlan } from '../validate/validatePlan.js';
import { traceItem } from './traceItem.js';

const plan = createPlan(smallPlan());

const summary = (id: string) => {
  const t = traceItem(plan, id);
  return (
    t && {
      status: t.status,
      ancestors: t.ancestors.map((a) => a.id),
      initiative: t.initiative && {
        id: t.initiative.initiative.id,
        link: t.initiative.link,
        via: t.initiative.viaItemId,
      },
      feature: t.initiative?.feature?.id,
      theme: t.theme?.id,
      goals: t.goals.map((g) => `${g.goal.id}:${g.link}`),
    }
  );
};

describe('traceItem', () => {
  it('walks task → story → epic → initiative → theme → goal, marking the inherited links', () => {
    expect(summary('K1')).toEqual({
      status: 'reaches-goal',
      ancestors: ['S1', 'E1'],
      initiative: { id: 'I1', link: 'inherited', via: 'E1' },
      feature: undefined,
      theme: 'T1',
      goals: ['G1:inherited'],
    });
  });

  it('marks a link the item holds itself as direct, and goals the initiative lists as direct', () => {
    expect(summary('B1')).toMatchObject({
      status: 'reaches-goal',
      initiative: { id: 'I2', link: 'direct', via: 'B1' },
      goals: ['G2:direct'],
    });
  });

  it('follows a feature to its initiative', () => {
    expect(summary('P1')).toMatchObject({
      status: 'reaches-goal',
      initiative: { id: 'I2', link: 'direct' },
      feature: 'F1',
    });
  });

  it('reaches only an initiative when the initiative serves no goal', () => {
    expect(summary('X1')).toMatchObject({ status: 'reaches-initiative', initiative: { id: 'I3' }, goals: [] });
  });

  it('calls work with no link anywhere in its chain an orphan', () => {
    expect(summary('O1')).toEqual({
      status: 'orphan',
      ancestors: [],
      initiative: undefined,
      feature: undefined,
      theme: undefined,
      goals: [],
    });
  });

  it('prefers the nearest link over an ancestor’s', () => {
    const input = smallPlan();
    const task = input.items.find((i) => i.id === 'K1');
    if (task) task.initiativeId = 'I3';
    expect(traceItem(createPlan(input), 'K1')?.initiative).toMatchObject({ link: 'direct', viaItemId: 'K1' });
  });

  it('lists a goal once when both the initiative and its theme name it', () => {
    const input = smallPlan();
    (input.initiatives[0] as { goalIds: string[] }).goalIds = ['G1'];
    expect(traceItem(createPlan(input), 'S1')?.goals.map((g) => `${g.goal.id}:${g.link}`)).toEqual(['G1:direct']);
  });

  it('returns undefined for an id that is not an item', () => {
    expect(traceItem(plan, 'G1')).toBeUndefined();
    expect(traceItem(plan, 'nope')).toBeUndefined();
  });
});

describe('getPlanIndex', () => {
  it('indexes children, links, goals through themes, and backlog ranks', () => {
    const index = getPlanIndex(plan);
    expect(index.childrenOf.get('E1')?.map((i) => i.id)).toEqual(['S1']);
    expect(index.itemsByInitiative.get('I2')?.map((i) => i.id)).toEqual(['B1']);
    expect(index.initiativesByGoal.get('G1')?.map((i) => i.id)).toEqual(['I1']);
    expect(index.initiativesByTheme.get('T1')?.map((i) => i.id)).toEqual(['I1']);
    expect(index.placesOf.get('S1')).toEqual([
      { backlogId: 'SP1', rank: 0 },
      { backlogId: 'RL', rank: 0 },
    ]);
    expect(index.horizonsInOrder.map((h) => h.id)).toEqual(['H-now', 'H-next']);
  });

  it('is built once per plan', () => {
    expect(getPlanIndex(plan)).toBe(getPlanIndex(plan));
  });
});
