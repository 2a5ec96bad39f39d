import { describe, expect, it } from 'vitest';
import { applyChange } from '../changes/applyChange.js';
import { samplePlan } from '../sample/samplePlan.js';
import { createPlan } from '../validate/validatePlan.js';
import { anchorForOver, dropChange } from './backlogMoves.js';
import { backlogView } from './backlogView.js';

const plan = createPlan(samplePlan());
const ids = (backlogId: string, p = plan) => p.backlogs.find((b) => b.id === backlogId)?.itemIds ?? [];

describe('backlogView', () => {
  it('lists the backlog in priority order with trace, readiness, criteria and epic', () => {
    const view = backlogView(plan, 'backlog-product');
    expect(view?.rows.map((r) => r.item.id)).toEqual(ids('backlog-product'));
    expect(view?.rows.map((r) => r.rank)).toEqual(ids('backlog-product').map((_, i) => i));
    const orphan = view?.rows.find((r) => r.item.id === 'IMP-8');
    expect(orphan?.trace).toEqual({ status: 'orphan', goals: [] });
    const story = view?.rows.find((r) => r.item.parentId === 'EPIC-1');
    expect(story?.epic).toEqual({ id: 'EPIC-1', title: expect.any(String) });
    expect(story?.trace.initiative).toMatchObject({ id: 'init-onboarding', link: 'inherited' });
    expect(story?.trace.goals.map((g) => g.id)).toContain('goal-activation');
    for (const row of view?.rows ?? []) {
      expect(row.criteria.total).toBe(row.item.acceptanceCriteria.length);
    }
  });

  it('filters by kind, status, readiness, trace and text, keeping ranks', () => {
    const orphans = backlogView(plan, 'backlog-product', { filter: { trace: ['orphan'] } });
    expect(orphans?.rows.every((r) => r.trace.status === 'orphan')).toBe(true);
    expect(orphans?.rows[0]?.rank).toBe(ids('backlog-product').indexOf('IMP-8'));
    const bugs = backlogView(plan, 'backlog-product', { filter: { kinds: ['bug'], statuses: ['todo'] } });
    expect(bugs?.rows.every((r) => r.item.kind === 'bug' && r.item.status === 'todo')).toBe(true);
    expect(backlogView(plan, 'backlog-product', { filter: { text: 'EMOJI' } })?.rows.map((r) => r.item.id)).toEqual([
      'IMP-8',
    ]);
    expect(
      backlogView(plan, 'backlog-product', { filter: { readiness: ['ready'] } })?.rows.every(
        (r) => r.readiness === 'ready',
      ),
    ).toBe(true);
    expect(backlogView(plan, 'backlog-product', { filter: { text: 'no such words' } })?.rows).toEqual([]);
  });

  it('groups by epic, initiative, goal and kind, ordered by priority with the ungrouped last', () => {
    for (const groupBy of ['epic', 'initiative', 'goal', 'kind'] as const) {
      const view = backlogView(plan, 'backlog-product', { groupBy });
      const grouped = view?.groups.flatMap((g) => g.rows.map((r) => r.item.id)) ?? [];
      expect([...grouped].sort()).toEqual([...ids('backlog-product')].sort());
      const keyed = view?.groups.filter((g) => g.key !== null) ?? [];
      expect(keyed.map((g) => g.rows[0]?.rank)).toEqual(
        [...keyed.map((g) => g.rows[0]?.rank)].sort((a, b) => (a ?? 0) - (b ?? 0)),
      );
      if (view?.groups.some((g) => g.key === null)) expect(view.groups.at(-1)?.key).toBeNull();
    }
    const byInitiative = backlogView(plan, 'backlog-product', { groupBy: 'initiative' });
    expect(byInitiative?.groups.find((g) => g.key === null)?.rows.map((r) => r.item.id)).toContain('IMP-8');
  });

  it('sums a sprint against its capacity', () => {
    const sprint = backlogView(plan, 'sprint-24');
    expect(sprint?.capacity).toBe(30);
    expect(sprint?.estimate).toBe(40);
    expect(sprint?.overCapacity).toBe(true);
  });

  it('returns undefined for an unknown backlog', () => {
    expect(backlogView(plan, 'nope')).toBeUndefined();
  });

  it('draws the rows in an order asked for, keeping ranks, totals and the estimate the backlog’s', () => {
    const today = ids('backlog-product');
    const reversed = [...today].reverse();
    const plain = backlogView(plan, 'backlog-product');
    const view = backlogView(plan, 'backlog-product', { order: reversed });
    expect(view?.rows.map((r) => r.item.id)).toEqual(reversed);
    expect(view?.rows[0]?.rank).toBe(today.length - 1);
    expect([view?.total, view?.estimate]).toEqual([plain?.total, plain?.estimate]);
    // Unknown and repeated ids are ignored; items the order leaves out follow in today's order.
    const partial = backlogView(plan, 'backlog-product', {
      order: [today[5] as string, 'nope', today[5] as string, today[2] as string],
    });
    expect(partial?.rows.map((r) => r.item.id)).toEqual([
      today[5],
      today[2],
      ...today.filter((_, i) => i !== 5 && i !== 2),
    ]);
  });

  it('groups and filters an ordered list: rows in the order asked for, groups by their top row, ungrouped last', () => {
    const reversed = [...ids('backlog-product')].reverse();
    const view = backlogView(plan, 'backlog-product', { order: reversed, groupBy: 'initiative' });
    const drawn = view?.groups.flatMap((g) => g.rows.map((r) => r.item.id)) ?? [];
    const keyed = view?.groups.filter((g) => g.key !== null) ?? [];
    const firstAt = keyed.map((g) => reversed.indexOf(g.rows[0]?.item.id as string));
    expect(firstAt).toEqual([...firstAt].sort((a, b) => a - b));
    expect(view?.groups.at(-1)?.key).toBeNull();
    for (const group of view?.groups ?? []) {
      const at = group.rows.map((r) => reversed.indexOf(r.item.id));
      expect(at).toEqual([...at].sort((a, b) => a - b));
    }
    expect([...drawn].sort()).toEqual([...reversed].sort());
    const orphans = backlogView(plan, 'backlog-product', { order: reversed, filter: { trace: ['orphan'] } });
    expect(orphans?.rows.map((r) => r.item.id)).toEqual(
      reversed.filter((id) => orphans?.rows.some((r) => r.item.id === id)),
    );
    expect(orphans?.rows.length).toBeGreaterThan(1);
  });
});

describe('dropChange', () => {
  const product = ids('backlog-product');

  it('reorders one item before an anchor, or to the end', () => {
    const change = dropChange(plan, {
      itemIds: [product[5] as string],
      fromBacklogId: 'backlog-product',
      toBacklogId: 'backlog-product',
      beforeItemId: product[0] as string,
    });
    expect(change).toEqual({ type: 'reorder', backlogId: 'backlog-product', itemId: product[5], toIndex: 0 });
    const toEnd = dropChange(plan, {
      itemIds: [product[0] as string],
      fromBacklogId: 'backlog-product',
      toBacklogId: 'backlog-product',
      beforeItemId: null,
    });
    expect(toEnd).toMatchObject({ type: 'reorder', toIndex: product.length - 1 });
  });

  it('moves a selection as one batch that lands together, others keeping their order', () => {
    const selection = [product[1], product[4], product[9]] as string[];
    const change = dropChange(plan, {
      itemIds: selection,
      fromBacklogId: 'backlog-product',
      toBacklogId: 'backlog-product',
      beforeItemId: product[7] as string,
    });
    expect(change?.type).toBe('batch');
    const result = change ? applyChange(plan, change) : undefined;
    if (!result?.ok) throw new Error('refused');
    const after = ids('backlog-product', result.plan);
    const at = after.indexOf(product[7] as string);
    expect(after.slice(at - 3, at)).toEqual(selection);
    const rest = (list: readonly string[]) => list.filter((id) => !selection.includes(id));
    expect(rest(after)).toEqual(rest(product));
  });

  it('moves between backlogs at the anchor', () => {
    const sprint = ids('sprint-23');
    const change = dropChange(plan, {
      itemIds: [product[2] as string],
      fromBacklogId: 'backlog-product',
      toBacklogId: 'sprint-23',
      beforeItemId: sprint[1] as string,
    });
    expect(change).toEqual({
      type: 'move',
      itemId: product[2],
      fromBacklogId: 'backlog-product',
      toBacklogId: 'sprint-23',
      toIndex: 1,
    });
  });

  it('refuses drops that name unknown items, anchors that move, or change nothing', () => {
    const base = { fromBacklogId: 'backlog-product', toBacklogId: 'backlog-product' };
    expect(dropChange(plan, { ...base, itemIds: ['nope'], beforeItemId: null })).toBeUndefined();
    expect(
      dropChange(plan, { ...base, itemIds: [product[1] as string], beforeItemId: product[1] as string }),
    ).toBeUndefined();
    expect(
      dropChange(plan, { ...base, itemIds: [product[1] as string], beforeItemId: product[2] as string }),
    ).toBeUndefined();
  });

  it('anchors after the row when moving down and before it when moving up', () => {
    const list = ['a', 'b', 'c', 'd'];
    expect(anchorForOver(list, 'a', 'c', new Set(['a']))).toBe('d');
    expect(anchorForOver(list, 'a', 'd', new Set(['a']))).toBeNull();
    expect(anchorForOver(list, 'd', 'b', new Set(['d']))).toBe('b');
    expect(anchorForOver(list, 'x', 'b', new Set(['x']))).toBe('b');
  });
});
