import { describe, expect, it } from 'vitest';
import { smallPlan } from '../test-support/smallPlan.js';
import { createPlan } from '../validate/validatePlan.js';
import { matrixEmptyAxes } from './matrixEmpty.js';
import { matrixView } from './matrixView.js';

const base = smallPlan();
const small = createPlan(base);
/** The small plan with no goals (themes and initiatives no longer name any). */
const noGoals = createPlan({
  ...base,
  goals: [],
  themes: base.themes?.map((theme) => ({ ...theme, goalIds: [] })) ?? [],
  initiatives: base.initiatives.map((initiative) => ({ ...initiative, goalIds: [] })),
});
/** The small plan whose epic is a story: items, but no epics. */
const noEpics = createPlan({
  ...base,
  items: base.items.map((item) => (item.kind === 'epic' ? { ...item, kind: 'story' as const } : item)),
});
/** Backlog work alone: no goals, themes, initiatives or features, and items that name none. */
const strategyFree = {
  ...base,
  goals: [],
  themes: [],
  initiatives: [],
  features: [],
  milestones: [],
  items: base.items.map(({ initiativeId: _, featureId: __, ...item }) => item),
};
/** Goals and initiatives, no backlog work. */
const noItems = createPlan({ ...base, items: [], backlogs: [] });

describe('matrixEmptyAxes', () => {
  it('is empty when the chosen rows and columns both have data', () => {
    expect(matrixEmptyAxes(small)).toEqual([]);
    expect(matrixEmptyAxes(small, { rows: 'initiatives', columns: 'items' })).toEqual([]);
    expect(matrixEmptyAxes(small, { columns: ['bug', 'spike'] })).toEqual([]);
  });

  it('columns by epic in a plan with no epics: offers every item', () => {
    expect(matrixEmptyAxes(noEpics)).toEqual([{ emptyAxis: 'columns', reason: 'no-epics', alternatives: ['items'] }]);
    expect(matrixEmptyAxes(noEpics, { columns: 'items' })).toEqual([]);
  });

  it('columns by kinds the plan has none of: offers epics when there are some, and every item', () => {
    expect(matrixEmptyAxes(small, { columns: ['tech-debt'] })).toEqual([
      { emptyAxis: 'columns', reason: 'no-items-of-kinds', alternatives: ['epics', 'items'] },
    ]);
    expect(matrixEmptyAxes(noEpics, { columns: [] })).toEqual([
      { emptyAxis: 'columns', reason: 'no-items-of-kinds', alternatives: ['items'] },
    ]);
  });

  it('rows by goal in a plan with no goals: offers initiatives', () => {
    expect(matrixEmptyAxes(noGoals)).toEqual([
      { emptyAxis: 'rows', reason: 'no-goals', alternatives: ['initiatives'] },
    ]);
    expect(matrixEmptyAxes(noGoals, { rows: 'initiatives' })).toEqual([]);
  });

  it('rows by initiative when every one is dropped: offers goals', () => {
    const dropped = createPlan({
      ...base,
      initiatives: base.initiatives.map((initiative) => ({ ...initiative, status: 'dropped' as const })),
    });
    expect(matrixEmptyAxes(dropped, { rows: 'initiatives' })).toEqual([
      { emptyAxis: 'rows', reason: 'no-initiatives', alternatives: ['goals'] },
    ]);
    // Nothing to offer when the plan has no goals either.
    expect(matrixEmptyAxes(createPlan(strategyFree), { rows: 'initiatives' })[0]).toEqual({
      emptyAxis: 'rows',
      reason: 'no-initiatives',
      alternatives: [],
    });
  });

  it('a plan with no items says so whatever the columns, with nothing to offer', () => {
    for (const columns of ['epics', 'items', ['bug']] as const) {
      expect(matrixEmptyAxes(noItems, { columns })).toEqual([
        { emptyAxis: 'columns', reason: 'no-items', alternatives: [] },
      ]);
    }
  });

  it('reports both axes, rows first; an empty plan offers nothing', () => {
    const bare = createPlan(strategyFree);
    const emptyNoEpics = createPlan({
      ...strategyFree,
      items: strategyFree.items.map((item) => (item.kind === 'epic' ? { ...item, kind: 'story' as const } : item)),
    });
    expect(matrixEmptyAxes(emptyNoEpics).map((e) => [e.emptyAxis, e.reason, e.alternatives])).toEqual([
      ['rows', 'no-goals', []],
      ['columns', 'no-epics', ['items']],
    ]);
    expect(matrixEmptyAxes(bare).map((e) => e.reason)).toEqual(['no-goals']);
    expect(matrixEmptyAxes(createPlan({}))).toEqual([
      { emptyAxis: 'rows', reason: 'no-goals', alternatives: [] },
      { emptyAxis: 'columns', reason: 'no-items', alternatives: [] },
    ]);
  });

  it('matrixView carries it for its own rows and columns, filters aside', () => {
    expect(matrixView(noEpics).emptyAxes).toEqual(matrixEmptyAxes(noEpics));
    expect(matrixView(noGoals, { columns: 'items' }).emptyAxes).toEqual(matrixEmptyAxes(noGoals));
    // A filter that hides every column is the view's own choice, not an empty axis.
    const filtered = matrixView(small, { text: 'no title has this' });
    expect(filtered.columns).toEqual([]);
    expect(filtered.emptyAxes).toEqual([]);
  });
});
