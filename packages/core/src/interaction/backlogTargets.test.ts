import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../changes/applyChange.js';
import type { Plan } from '../model/types.js';
import { samplePlan } from '../sample/samplePlan.js';
import { createPlan } from '../validate/validatePlan.js';
import { dropChange } from '../views/backlogMoves.js';
import {
  type BacklogMoveTarget,
  dropLanding,
  dropOnTarget,
  moveChange,
  moveDrop,
  moveTargetBacklogs,
  movingItems,
} from './backlogTargets.js';

const IDS = ['PROJ::1', 'a "quoted" id', '🚀', 'D', 'E'];
const small = createPlan({
  items: [...IDS, 'S1', 'S2'].map((id) => ({ id, title: `Item ${id}`, kind: 'story' })),
  backlogs: [
    { id: 'b', title: 'Product', kind: 'product', itemIds: IDS },
    { id: 'top', title: 'Sprint', kind: 'sprint', itemIds: ['S1', 'S2'] },
    { id: 'r', title: 'Release', kind: 'release', itemIds: ['PROJ::1'] },
  ],
});
const order = (plan: Plan, backlogId: string) => plan.backlogs.find((b) => b.id === backlogId)?.itemIds ?? [];
const after = (moving: { backlogId: string; itemIds: string[] }, target: BacklogMoveTarget) => {
  const change = moveChange(small, moving, target);
  if (!change) return undefined;
  const result = applyChange(small, change);
  if (!result.ok) throw new Error(result.error.message);
  return order(result.plan, moving.backlogId);
};

describe('movingItems', () => {
  it('moves the row alone unless it is selected, then its backlog’s selection in priority order', () => {
    const picked = new Set(['E', '🚀', 'S1']);
    expect(movingItems(small, { backlogId: 'b', itemId: 'D' }, (id) => picked.has(id)).itemIds).toEqual(['D']);
    expect(movingItems(small, { backlogId: 'b', itemId: 'E' }, (id) => picked.has(id))).toEqual({
      backlogId: 'b',
      itemIds: ['🚀', 'E'],
    });
  });
});

describe('move targets', () => {
  const one = (itemId: string) => ({ backlogId: 'b', itemIds: [itemId] });

  it('goes to the top, the bottom, one place up or down, or a position', () => {
    expect(after(one('D'), { kind: 'top' })).toEqual(['D', 'PROJ::1', 'a "quoted" id', '🚀', 'E']);
    expect(after(one('a "quoted" id'), { kind: 'bottom' })).toEqual(['PROJ::1', '🚀', 'D', 'E', 'a "quoted" id']);
    expect(after(one('🚀'), { kind: 'up' })).toEqual(['PROJ::1', '🚀', 'a "quoted" id', 'D', 'E']);
    expect(after(one('🚀'), { kind: 'down' })).toEqual(['PROJ::1', 'a "quoted" id', 'D', '🚀', 'E']);
    expect(after(one('D'), { kind: 'down' })).toEqual(['PROJ::1', 'a "quoted" id', '🚀', 'E', 'D']);
    expect(after(one('PROJ::1'), { kind: 'position', position: 3 })).toEqual([
      'a "quoted" id',
      '🚀',
      'PROJ::1',
      'D',
      'E',
    ]);
  });

  it('goes nowhere past the ends or out of range', () => {
    expect(moveDrop(small, one('PROJ::1'), { kind: 'up' })).toBeUndefined();
    expect(moveDrop(small, one('E'), { kind: 'down' })).toBeUndefined();
    expect(moveDrop(small, one('E'), { kind: 'position', position: 0 })).toBeUndefined();
    expect(moveDrop(small, one('E'), { kind: 'position', position: 6 })).toBeUndefined();
    expect(moveChange(small, one('PROJ::1'), { kind: 'top' })).toBeUndefined();
  });

  it('moves a selection as a block, gathered where its first (up) or last (down) item goes', () => {
    const two = { backlogId: 'b', itemIds: ['a "quoted" id', 'D'] };
    expect(after(two, { kind: 'top' })).toEqual(['a "quoted" id', 'D', 'PROJ::1', '🚀', 'E']);
    expect(after(two, { kind: 'up' })).toEqual(['a "quoted" id', 'D', 'PROJ::1', '🚀', 'E']);
    expect(after(two, { kind: 'down' })).toEqual(['PROJ::1', '🚀', 'E', 'a "quoted" id', 'D']);
  });

  it('offers other product and sprint backlogs that hold none of the items, whatever their ids', () => {
    expect(moveTargetBacklogs(small, one('D')).map((b) => b.id)).toEqual(['top']);
    const change = moveChange(small, one('D'), { kind: 'backlog', backlogId: 'top' });
    expect(change).toEqual({ type: 'move', itemId: 'D', fromBacklogId: 'b', toBacklogId: 'top', toIndex: 2 });
  });
});

describe('drop landing', () => {
  it('lands after the row when moving down, before it when moving up or into another backlog', () => {
    const down = dropOnTarget(small, { backlogId: 'b', itemIds: ['PROJ::1'] }, 'PROJ::1', {
      backlogId: 'b',
      itemId: '🚀',
    });
    expect(down.beforeItemId).toBe('D');
    const up = dropOnTarget(small, { backlogId: 'b', itemIds: ['E'] }, 'E', { backlogId: 'b', itemId: '🚀' });
    expect(up.beforeItemId).toBe('🚀');
    const across = dropOnTarget(small, { backlogId: 'b', itemIds: ['E'] }, 'E', { backlogId: 'top', itemId: 'S2' });
    expect(across).toEqual({ itemIds: ['E'], fromBacklogId: 'b', toBacklogId: 'top', beforeItemId: 'S2' });
    const end = dropOnTarget(small, { backlogId: 'b', itemIds: ['E'] }, 'E', { backlogId: 'top', itemId: null });
    expect(end.beforeItemId).toBeNull();
  });

  it('says where the item lands without applying the change', () => {
    const drop = { itemIds: ['PROJ::1'], fromBacklogId: 'b', toBacklogId: 'b', beforeItemId: 'D' };
    expect(dropLanding(small, drop, 'PROJ::1')).toEqual({ backlogId: 'b', position: 3, total: 5 });
    const across = { itemIds: ['D', 'E'], fromBacklogId: 'b', toBacklogId: 'top', beforeItemId: 'S2' };
    expect(dropLanding(small, across, 'E')).toEqual({ backlogId: 'top', position: 3, total: 4 });
    expect(dropLanding(small, { ...drop, beforeItemId: 'a "quoted" id' }, 'PROJ::1')).toBeUndefined();
  });

  it('agrees with the change applied, for any drop in the sample plan', () => {
    const plan = createPlan(samplePlan());
    const product = order(plan, 'backlog-product');
    const sprint = order(plan, 'sprint-24');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...product), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.option(fc.nat(), { nil: null }),
        (itemIds, across, seed) => {
          const toBacklogId = across ? 'sprint-24' : 'backlog-product';
          const target = across ? sprint : product;
          const beforeItemId = seed === null ? null : (target[seed % target.length] ?? null);
          const drop = { itemIds, fromBacklogId: 'backlog-product', toBacklogId, beforeItemId };
          const change = dropChange(plan, drop);
          const landing = dropLanding(plan, drop, itemIds[0] as string);
          if (!change) {
            expect(landing).toBeUndefined();
            return;
          }
          const result = applyChange(plan, change);
          if (!result.ok) return;
          const list = order(result.plan, toBacklogId);
          expect(landing).toEqual({
            backlogId: toBacklogId,
            position: list.indexOf(itemIds[0] as string) + 1,
            total: list.length,
          });
        },
      ),
    );
  });
});
