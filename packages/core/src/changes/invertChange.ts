import { getPlanIndex } from '../model/planIndex.js';
import type { Plan } from '../model/types.js';
import { invertReview } from '../suspect/reviewLink.js';
import { applyChange } from './applyChange.js';
import { previousPriority } from './setPriority.js';
import type { Change } from './types.js';

const NOTHING: Change = { type: 'batch', changes: [] };

/**
 * The change that undoes `change`, computed from the plan it applies to. Applying a change and then
 * its inverse gives back a plan equal to the first. A change the plan would refuse has nothing to
 * undo: its inverse is an empty batch.
 *
 * @example
 * const undo = invertChange(plan, change);
 * const next = applyChange(plan, change);
 * applyChange(next.plan, undo); // equal to plan
 */
export function invertChange(planBefore: Plan, change: Change): Change {
  const after = applyChange(planBefore, change);
  if (!after.ok) return NOTHING;
  const index = getPlanIndex(planBefore);
  switch (change.type) {
    case 'reorder': {
      const rank = index.backlogs.get(change.backlogId)?.itemIds.indexOf(change.itemId) ?? 0;
      return { ...change, toIndex: rank };
    }
    case 'move': {
      const rank = index.backlogs.get(change.fromBacklogId)?.itemIds.indexOf(change.itemId) ?? 0;
      return {
        type: 'move',
        itemId: change.itemId,
        fromBacklogId: change.toBacklogId,
        toBacklogId: change.fromBacklogId,
        toIndex: rank,
      };
    }
    case 'link':
    case 'unlink': {
      const previous = index.items.get(change.itemId)?.initiativeId;
      return previous === undefined
        ? { type: 'unlink', itemId: change.itemId }
        : { type: 'link', itemId: change.itemId, initiativeId: previous };
    }
    case 'reparent':
      return { type: 'reparent', itemId: change.itemId, parentId: index.items.get(change.itemId)?.parentId ?? null };
    case 'reschedule': {
      const before = index.initiatives.get(change.initiativeId);
      const undo: { -readonly [K in 'start' | 'end' | 'horizonId']?: string | null } = {};
      for (const field of ['start', 'end', 'horizonId'] as const) {
        if (change[field] !== undefined) undo[field] = before?.[field] ?? null;
      }
      return { type: 'reschedule', initiativeId: change.initiativeId, ...undo };
    }
    case 'set-status':
      return { type: 'set-status', itemId: change.itemId, status: index.items.get(change.itemId)?.status ?? 'todo' };
    case 'set-priority': {
      const { kind, id } = change.target;
      const before = kind === 'item' ? index.items.get(id) : index.initiatives.get(id);
      return {
        type: 'set-priority',
        target: { kind, id },
        priority: previousPriority(before?.priority, change.priority),
      };
    }
    case 'review-link':
      return invertReview(planBefore, change);
    case 'batch': {
      // Each step's inverse is computed against the plan that step applied to; undo runs backwards.
      const inverses: Change[] = [];
      let plan = planBefore;
      for (const step of change.changes) {
        inverses.push(invertChange(plan, step));
        const next = applyChange(plan, step);
        if (!next.ok) return NOTHING;
        plan = next.plan;
      }
      return { type: 'batch', changes: inverses.reverse() };
    }
  }
}
