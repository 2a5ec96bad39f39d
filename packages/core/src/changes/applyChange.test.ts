import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/types.js';
import { smallPlan } from '../test-support/smallPlan.js';
import { createPlan, isPlan } from '../validate/validatePlan.js';
import { applyChange } from './applyChange.js';
import { invertChange } from './invertChange.js';
import type { Change, ChangeErrorCode } from './types.js';

const base = createPlan(smallPlan());

function applied(change: Change, plan: Plan = base): Plan {
  const result = applyChange(plan, change);
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.message}`);
  return result.plan;
}

function refused(change: Change, plan: Plan = base): ChangeErrorCode {
  const before = JSON.stringify(plan);
  const result = applyChange(plan, change);
  expect(JSON.stringify(plan)).toBe(before);
  if (result.ok) throw new Error('expected a refusal');
  expect(result.error.message.length).toBeGreaterThan(10);
  return result.error.code;
}

const ids = (plan: Plan, backlogId: string) => plan.backlogs.find((b) => b.id === backlogId)?.itemIds;
const item = (plan: Plan, id: string) => plan.items.find((i) => i.id === id);

/** Applying a change then its inverse gives back the plan. */
function roundTrips(change: Change, plan: Plan = base) {
  const undo = invertChange(plan, change);
  expect(applied(undo, applied(change, plan))).toEqual(plan);
}

describe('applyChange', () => {
  it('reorders within a backlog', () => {
    const next = applied({ type: 'reorder', backlogId: 'BL', itemId: 'X1', toIndex: 0 });
    expect(ids(next, 'BL')).toEqual(['X1', 'O1', 'B1', 'P1']);
    expect(ids(base, 'BL')).toEqual(['O1', 'B1', 'P1', 'X1']);
    roundTrips({ type: 'reorder', backlogId: 'BL', itemId: 'X1', toIndex: 0 });
  });

  it('keeps the identity of everything a change does not touch', () => {
    const next = applied({ type: 'reorder', backlogId: 'BL', itemId: 'X1', toIndex: 0 });
    expect(next.items).toBe(base.items);
    expect(next.backlogs[1]).toBe(base.backlogs[1]);
    expect(next.backlogs[0]).not.toBe(base.backlogs[0]);
    const linked = applied({ type: 'link', itemId: 'O1', initiativeId: 'I1' });
    expect(linked.items[0]).toBe(base.items[0]);
    expect(linked.backlogs).toBe(base.backlogs);
    expect(isPlan(linked)).toBe(true);
  });

  it('moves between backlogs (product → sprint and back)', () => {
    const next = applied({ type: 'move', itemId: 'B1', fromBacklogId: 'BL', toBacklogId: 'SP1', toIndex: 1 });
    expect(ids(next, 'BL')).toEqual(['O1', 'P1', 'X1']);
    expect(ids(next, 'SP1')).toEqual(['S1', 'B1']);
    roundTrips({ type: 'move', itemId: 'B1', fromBacklogId: 'BL', toBacklogId: 'SP1', toIndex: 1 });
  });

  it('links, relinks and unlinks an item', () => {
    expect(item(applied({ type: 'link', itemId: 'O1', initiativeId: 'I1' }), 'O1')?.initiativeId).toBe('I1');
    expect(item(applied({ type: 'unlink', itemId: 'B1' }), 'B1')).not.toHaveProperty('initiativeId');
    roundTrips({ type: 'link', itemId: 'O1', initiativeId: 'I1' });
    roundTrips({ type: 'link', itemId: 'B1', initiativeId: 'I1' });
    roundTrips({ type: 'unlink', itemId: 'B1' });
  });

  it('re-parents an item and makes it top level', () => {
    expect(item(applied({ type: 'reparent', itemId: 'K1', parentId: 'X1' }), 'K1')?.parentId).toBe('X1');
    expect(item(applied({ type: 'reparent', itemId: 'S1', parentId: null }), 'S1')).not.toHaveProperty('parentId');
    roundTrips({ type: 'reparent', itemId: 'K1', parentId: 'X1' });
    roundTrips({ type: 'reparent', itemId: 'S1', parentId: null });
  });

  it('reschedules an initiative by dates or horizon, and clears with null', () => {
    const next = applied({
      type: 'reschedule',
      initiativeId: 'I1',
      start: '2026-11-01',
      end: '2026-12-20',
      horizonId: 'H-next',
    });
    expect(next.initiatives[0]).toMatchObject({ start: '2026-11-01', end: '2026-12-20', horizonId: 'H-next' });
    expect(applied({ type: 'reschedule', initiativeId: 'I1', horizonId: null }).initiatives[0]).not.toHaveProperty(
      'horizonId',
    );
    roundTrips({ type: 'reschedule', initiativeId: 'I1', start: '2026-11-01', end: '2026-12-20', horizonId: 'H-next' });
    roundTrips({ type: 'reschedule', initiativeId: 'I2', horizonId: null });
  });

  it('sets an item’s status', () => {
    expect(item(applied({ type: 'set-status', itemId: 'S1', status: 'done' }), 'S1')?.status).toBe('done');
    roundTrips({ type: 'set-status', itemId: 'S1', status: 'blocked' });
  });

  it('applies a batch all or nothing, and undoes it in reverse', () => {
    const batch: Change = {
      type: 'batch',
      changes: [
        { type: 'move', itemId: 'O1', fromBacklogId: 'BL', toBacklogId: 'SP2', toIndex: 0 },
        { type: 'reorder', backlogId: 'SP2', itemId: 'O1', toIndex: 1 },
        { type: 'link', itemId: 'O1', initiativeId: 'I1' },
      ],
    };
    const next = applied(batch);
    expect(ids(next, 'SP2')).toEqual(['E1', 'O1']);
    roundTrips(batch);
    const failing: Change = {
      type: 'batch',
      changes: [...batch.changes, { type: 'link', itemId: 'O1', initiativeId: 'nope' }],
    };
    const result = applyChange(base, failing);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.change).toEqual({ type: 'link', itemId: 'O1', initiativeId: 'nope' });
  });

  it.each<[Change, ChangeErrorCode]>([
    [{ type: 'reorder', backlogId: 'nope', itemId: 'O1', toIndex: 0 }, 'unknown-backlog'],
    [{ type: 'reorder', backlogId: 'BL', itemId: 'S1', toIndex: 0 }, 'not-in-backlog'],
    [{ type: 'reorder', backlogId: 'BL', itemId: 'O1', toIndex: 4 }, 'index-out-of-range'],
    [{ type: 'reorder', backlogId: 'BL', itemId: 'O1', toIndex: 1.5 }, 'index-out-of-range'],
    [{ type: 'move', itemId: 'S1', fromBacklogId: 'SP1', toBacklogId: 'RL', toIndex: 0 }, 'already-in-backlog'],
    [{ type: 'move', itemId: 'O1', fromBacklogId: 'BL', toBacklogId: 'BL', toIndex: 0 }, 'invalid-change'],
    [{ type: 'move', itemId: 'O1', fromBacklogId: 'BL', toBacklogId: 'SP1', toIndex: 9 }, 'index-out-of-range'],
    [{ type: 'link', itemId: 'nope', initiativeId: 'I1' }, 'unknown-item'],
    [{ type: 'link', itemId: 'O1', initiativeId: 'nope' }, 'unknown-initiative'],
    [{ type: 'unlink', itemId: 'O1' }, 'not-linked'],
    [{ type: 'reparent', itemId: 'E1', parentId: 'K1' }, 'parent-cycle'],
    [{ type: 'reparent', itemId: 'E1', parentId: 'E1' }, 'parent-cycle'],
    [{ type: 'reparent', itemId: 'X1', parentId: 'K1' }, 'parent-kind-inverted'],
    [{ type: 'reschedule', initiativeId: 'I1', start: '2026-02-30' }, 'invalid-date'],
    [{ type: 'reschedule', initiativeId: 'I1', start: '2027-01-01', end: '2026-01-01' }, 'end-before-start'],
    [{ type: 'reschedule', initiativeId: 'I1', horizonId: 'nope' }, 'unknown-horizon'],
    [{ type: 'set-status', itemId: 'S1', status: 'finished' as never }, 'invalid-change'],
    [{ type: 'explode' } as never, 'invalid-change'],
  ])('refuses %j with %s and leaves the plan untouched', (change, code) => {
    expect(refused(change)).toBe(code);
  });

  it('refuses to put an item in a sprint that overlaps the sprint it is already in', () => {
    const input = smallPlan();
    input.backlogs.push({
      id: 'SP3',
      title: 'Overlapping',
      kind: 'sprint',
      itemIds: [],
      start: '2026-11-20',
      end: '2026-12-01',
    });
    const plan = createPlan(input);
    expect(refused({ type: 'move', itemId: 'S1', fromBacklogId: 'RL', toBacklogId: 'SP3', toIndex: 0 }, plan)).toBe(
      'in-concurrent-sprint',
    );
    // From the sprint itself it is a move, not a copy: allowed.
    expect(
      ids(applied({ type: 'move', itemId: 'S1', fromBacklogId: 'SP1', toBacklogId: 'SP3', toIndex: 0 }, plan), 'SP3'),
    ).toEqual(['S1']);
  });

  it('gives an empty batch as the inverse of a refused change', () => {
    expect(invertChange(base, { type: 'unlink', itemId: 'O1' })).toEqual({ type: 'batch', changes: [] });
  });
});
