import { isCalendarDate } from '../model/calendar.js';
import { ITEM_LEVEL, withArticle } from '../model/hierarchy.js';
import { getPlanIndex } from '../model/planIndex.js';
import type { Backlog, Initiative, Item, Plan } from '../model/types.js';
import { ITEM_STATUSES } from '../model/vocabulary.js';
import { nextReviews } from '../suspect/reviewLink.js';
import { markValidated } from '../validate/validatePlan.js';
import { nextPriority } from './setPriority.js';
import type { Change, ChangeError, ChangeErrorCode, ChangeResult } from './types.js';

class Refused extends Error {
  constructor(readonly error: ChangeError) {
    super(error.message);
  }
}

function refuse(code: ChangeErrorCode, change: Change, message: string): never {
  throw new Refused({ code, message, change });
}

/** Returns a copy of `list` with `list[index]` replaced: every other element keeps its identity. */
function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  const next = list.slice();
  next[index] = value;
  return next;
}

function withoutKey<T extends object, K extends keyof T>(entity: T, key: K): T {
  const { [key]: _removed, ...rest } = entity;
  return rest as T;
}

function isIndex(value: unknown, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;
}

function findItem(plan: Plan, change: Change, itemId: unknown): { item: Item; position: number } {
  const item = typeof itemId === 'string' ? getPlanIndex(plan).items.get(itemId) : undefined;
  if (!item) refuse('unknown-item', change, `There is no item ${JSON.stringify(itemId)} in the plan.`);
  return { item, position: plan.items.indexOf(item) };
}

function findBacklog(plan: Plan, change: Change, backlogId: unknown): { backlog: Backlog; position: number } {
  const backlog = typeof backlogId === 'string' ? getPlanIndex(plan).backlogs.get(backlogId) : undefined;
  if (!backlog) refuse('unknown-backlog', change, `There is no backlog ${JSON.stringify(backlogId)} in the plan.`);
  return { backlog, position: plan.backlogs.indexOf(backlog) };
}

function findInitiative(
  plan: Plan,
  change: Change,
  initiativeId: unknown,
): { initiative: Initiative; position: number } {
  const initiative = typeof initiativeId === 'string' ? getPlanIndex(plan).initiatives.get(initiativeId) : undefined;
  if (!initiative)
    refuse('unknown-initiative', change, `There is no initiative ${JSON.stringify(initiativeId)} in the plan.`);
  return { initiative, position: plan.initiatives.indexOf(initiative) };
}

function setItem(plan: Plan, position: number, item: Item): Plan {
  return markValidated({ ...plan, items: replaceAt(plan.items, position, item) });
}

function sprintsOverlap(a: Backlog, b: Backlog): boolean {
  if (!a.start || !a.end || !b.start || !b.end) return true;
  return a.start <= b.end && b.start <= a.end;
}

/** The entity with the priority a set-priority change leaves it, or the entity itself when nothing changes. */
function withPriority<T extends Item | Initiative>(entity: T, change: Extract<Change, { type: 'set-priority' }>): T {
  const next = nextPriority(entity.priority, change.priority);
  if (!next.ok) refuse('invalid-change', change, next.message);
  if (JSON.stringify(next.priority) === JSON.stringify(entity.priority)) return entity;
  return next.priority === undefined ? withoutKey(entity, 'priority') : { ...entity, priority: next.priority };
}

function setPriority(plan: Plan, change: Extract<Change, { type: 'set-priority' }>): Plan {
  const kind = change.target?.kind;
  if (kind === 'item') {
    const { item, position } = findItem(plan, change, change.target.id);
    const next = withPriority(item, change);
    return next === item ? plan : setItem(plan, position, next);
  }
  if (kind === 'initiative') {
    const { initiative, position } = findInitiative(plan, change, change.target.id);
    const next = withPriority(initiative, change);
    return next === initiative
      ? plan
      : markValidated({ ...plan, initiatives: replaceAt(plan.initiatives, position, next) });
  }
  return refuse(
    'invalid-change',
    change,
    "A set-priority change names its `target`: { kind: 'item' | 'initiative', id }.",
  );
}

function apply(plan: Plan, change: Change): Plan {
  if (typeof change !== 'object' || change === null) {
    refuse('invalid-change', change, 'A change is an object with a `type`.');
  }
  switch (change.type) {
    case 'reorder': {
      const { backlog, position } = findBacklog(plan, change, change.backlogId);
      const from = backlog.itemIds.indexOf(change.itemId);
      if (from < 0) refuse('not-in-backlog', change, `Item ${change.itemId} is not in backlog ${backlog.id}.`);
      if (!isIndex(change.toIndex, backlog.itemIds.length - 1)) {
        refuse('index-out-of-range', change, `toIndex must be a whole number from 0 to ${backlog.itemIds.length - 1}.`);
      }
      if (from === change.toIndex) return plan;
      const itemIds = backlog.itemIds.slice();
      itemIds.splice(from, 1);
      itemIds.splice(change.toIndex, 0, change.itemId);
      return markValidated({ ...plan, backlogs: replaceAt(plan.backlogs, position, { ...backlog, itemIds }) });
    }
    case 'move': {
      const source = findBacklog(plan, change, change.fromBacklogId);
      const target = findBacklog(plan, change, change.toBacklogId);
      if (source.backlog === target.backlog) {
        refuse('invalid-change', change, 'A move needs two different backlogs; use a reorder within one.');
      }
      const from = source.backlog.itemIds.indexOf(change.itemId);
      if (from < 0) refuse('not-in-backlog', change, `Item ${change.itemId} is not in backlog ${source.backlog.id}.`);
      if (target.backlog.itemIds.includes(change.itemId)) {
        refuse('already-in-backlog', change, `Item ${change.itemId} is already in backlog ${target.backlog.id}.`);
      }
      if (!isIndex(change.toIndex, target.backlog.itemIds.length)) {
        refuse(
          'index-out-of-range',
          change,
          `toIndex must be a whole number from 0 to ${target.backlog.itemIds.length}.`,
        );
      }
      const index = getPlanIndex(plan);
      for (const place of index.placesOf.get(change.itemId) ?? []) {
        const other = index.backlogs.get(place.backlogId);
        if (!other || other === source.backlog || other.kind !== target.backlog.kind) continue;
        if (other.kind === 'product') {
          refuse(
            'in-another-product-backlog',
            change,
            `Item ${change.itemId} is already in product backlog ${other.id}.`,
          );
        }
        if (other.kind === 'sprint' && sprintsOverlap(other, target.backlog)) {
          refuse(
            'in-concurrent-sprint',
            change,
            `Item ${change.itemId} is already in sprint ${other.id}, which overlaps ${target.backlog.id}.`,
          );
        }
      }
      const toIds = target.backlog.itemIds.slice();
      toIds.splice(change.toIndex, 0, change.itemId);
      let backlogs = replaceAt(plan.backlogs, source.position, {
        ...source.backlog,
        itemIds: source.backlog.itemIds.filter((id) => id !== change.itemId),
      });
      backlogs = replaceAt(backlogs, target.position, { ...target.backlog, itemIds: toIds });
      return markValidated({ ...plan, backlogs });
    }
    case 'link': {
      const { item, position } = findItem(plan, change, change.itemId);
      const { initiative } = findInitiative(plan, change, change.initiativeId);
      if (item.initiativeId === initiative.id) return plan;
      return setItem(plan, position, { ...item, initiativeId: initiative.id });
    }
    case 'unlink': {
      const { item, position } = findItem(plan, change, change.itemId);
      if (item.initiativeId === undefined) {
        refuse('not-linked', change, `Item ${item.id} has no direct link to an initiative to remove.`);
      }
      return setItem(plan, position, withoutKey(item, 'initiativeId'));
    }
    case 'reparent': {
      const { item, position } = findItem(plan, change, change.itemId);
      if (change.parentId === null) {
        return item.parentId === undefined ? plan : setItem(plan, position, withoutKey(item, 'parentId'));
      }
      const { item: parent } = findItem(plan, change, change.parentId);
      const index = getPlanIndex(plan);
      for (
        let node: Item | undefined = parent;
        node;
        node = node.parentId ? index.items.get(node.parentId) : undefined
      ) {
        if (node.id === item.id) {
          refuse(
            'parent-cycle',
            change,
            `${parent.id} is ${item.id} or sits under it; an item cannot be its own ancestor.`,
          );
        }
      }
      if (ITEM_LEVEL[parent.kind] < ITEM_LEVEL[item.kind]) {
        refuse(
          'parent-kind-inverted',
          change,
          `${withArticle(item.kind)} cannot sit under ${withArticle(parent.kind)}.`,
        );
      }
      if (item.parentId === parent.id) return plan;
      return setItem(plan, position, { ...item, parentId: parent.id });
    }
    case 'reschedule': {
      const { initiative, position } = findInitiative(plan, change, change.initiativeId);
      let next: Initiative = initiative;
      for (const field of ['start', 'end', 'horizonId'] as const) {
        const value = change[field];
        if (value === undefined) continue;
        if (value === null) {
          next = withoutKey(next, field);
          continue;
        }
        if (field === 'horizonId' && !getPlanIndex(plan).horizons.has(value)) {
          refuse('unknown-horizon', change, `There is no horizon ${JSON.stringify(value)} in the plan.`);
        }
        if (field !== 'horizonId' && (typeof value !== 'string' || !isCalendarDate(value))) {
          refuse('invalid-date', change, `${field} must be a calendar date, YYYY-MM-DD; got ${JSON.stringify(value)}.`);
        }
        next = { ...next, [field]: value };
      }
      if (next.start && next.end && next.end < next.start) {
        refuse('end-before-start', change, `The initiative would end (${next.end}) before it starts (${next.start}).`);
      }
      return next === initiative
        ? plan
        : markValidated({ ...plan, initiatives: replaceAt(plan.initiatives, position, next) });
    }
    case 'set-status': {
      const { item, position } = findItem(plan, change, change.itemId);
      if (!(ITEM_STATUSES as readonly string[]).includes(change.status)) {
        refuse('invalid-change', change, `status must be one of ${ITEM_STATUSES.join(', ')}.`);
      }
      return item.status === change.status ? plan : setItem(plan, position, { ...item, status: change.status });
    }
    case 'set-priority':
      return setPriority(plan, change);
    case 'review-link': {
      const next = nextReviews(plan, change);
      if (!next.ok) refuse(next.code, change, next.message);
      if (next.reviews === plan.reviewedLinks) return plan;
      return markValidated(
        next.reviews === undefined ? withoutKey(plan, 'reviewedLinks') : { ...plan, reviewedLinks: next.reviews },
      );
    }
    case 'batch': {
      if (!Array.isArray(change.changes)) refuse('invalid-change', change, 'A batch carries a `changes` list.');
      return change.changes.reduce(apply, plan);
    }
    default:
      return refuse(
        'invalid-change',
        change,
        `Unknown change type ${JSON.stringify((change as { type?: unknown }).type)}.`,
      );
  }
}

/**
 * Applies one change and returns the next plan, or a typed error with the plan untouched. Pure: the
 * input plan is never modified, and every entity and list the change does not touch keeps its
 * identity in the next plan, so views can skip what did not change.
 *
 * @example
 * const result = applyChange(plan, { type: 'reorder', backlogId: 'backlog-product', itemId: 'STORY-12', toIndex: 0 });
 * if (result.ok) setPlan(result.plan);
 * else toast(result.error.message);
 */
export function applyChange(plan: Plan, change: Change): ChangeResult {
  try {
    return { ok: true, plan: apply(plan, change) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.error };
    throw error;
  }
}
