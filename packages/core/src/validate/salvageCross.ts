import { type Collection, isCollection, isObject, type Raw } from './collections.js';
import type { PlanProblem } from './problems.js';
import type { SetAside } from './salvageTypes.js';
import type { Working } from './salvageWorking.js';

/**
 * Repairs one cross-reference problem in the working copy, setting aside the least that makes it
 * go away, and says what it set aside:
 * - an id used twice: the later entity is left out, the first kept;
 * - a dangling reference, a parent cycle or a parent of a smaller kind: that one link is unlinked;
 * - a dependency cycle: one `dependsOn` edge of the reported initiative that closes the cycle is removed;
 * - an item listed twice in a backlog, or in a second product backlog or concurrent sprint: that
 *   entry is removed from the backlog;
 * - an end before the start: the end date is dropped;
 * - a horizon out of order: its start date is dropped (dates), or the horizon is left out (Now /
 *   Next / Later stages, which have no date to give up).
 * Warnings set nothing aside.
 */
export function repairCross(working: Working, found: PlanProblem): SetAside {
  const keys = parsePath(found.path);
  const [collection, index, field, position] = keys;
  const path = found.path;
  if (found.severity === 'warning' || !isCollection(collection) || typeof index !== 'number') {
    return { kind: 'nothing', path, description: 'Nothing was set aside.' };
  }
  const entity = working.entity(collection, index);
  if (!entity) return working.leftOutAgain(collection, index);
  const id = typeof entity.id === 'string' ? entity.id : undefined;
  const base = { collection, ...(id === undefined ? {} : { id }) };

  switch (found.code) {
    case 'duplicate-id':
      return working.leaveOut(collection, index);
    case 'dependency-cycle':
      return removeCycleEdge(working, entity, index, base);
    case 'horizons-out-of-order':
      if (field === 'kind') return working.leaveOut(collection, index);
      return dropField(entity, 'start', `${collection}[${index}]`, base);
    case 'end-before-start':
      return dropField(entity, 'end', `${collection}[${index}]`, base);
    default:
      break;
  }
  if (typeof field !== 'string') return working.leaveOut(collection, index);
  if (typeof position === 'number' && Array.isArray(entity[field])) {
    const list = entity[field] as unknown[];
    const value = list[position];
    list[position] = undefined;
    const entry = field === 'itemIds';
    return {
      kind: entry ? 'backlog-entry' : 'reference',
      path,
      ...base,
      value,
      description: entry
        ? `Removed ${JSON.stringify(value)} from the backlog${id === undefined ? '' : ` '${id}'`}.`
        : `Unlinked ${JSON.stringify(value)} from \`${field}\`.`,
    };
  }
  const value = entity[field];
  delete entity[field];
  return { kind: 'reference', path, ...base, value, description: `Unlinked \`${field}\` (${JSON.stringify(value)}).` };
}

function dropField(entity: Raw, field: string, at: string, base: { collection: Collection; id?: string }): SetAside {
  const value = entity[field];
  delete entity[field];
  return { kind: 'field', path: `${at}.${field}`, ...base, value, description: `Dropped \`${field}\` (${value}).` };
}

/** Removes the first `dependsOn` edge of `entity` from which the dependencies lead back to it. */
function removeCycleEdge(
  working: Working,
  entity: Raw,
  index: number,
  base: { collection: Collection; id?: string },
): SetAside {
  const initiatives = (working.plan.initiatives as unknown[]).filter(isObject);
  const byId = new Map<string, Raw>();
  for (const initiative of initiatives) {
    if (typeof initiative.id === 'string' && !byId.has(initiative.id)) byId.set(initiative.id, initiative);
  }
  const depsOf = (node: Raw) => (Array.isArray(node.dependsOn) ? node.dependsOn : []);
  const reaches = (from: Raw, target: Raw): boolean => {
    const seen = new Set<Raw>([from]);
    const stack = [from];
    while (stack.length > 0) {
      const node = stack.pop() as Raw;
      if (node === target) return true;
      for (const ref of depsOf(node)) {
        const next = typeof ref === 'string' ? byId.get(ref) : undefined;
        if (next && !seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return false;
  };
  const deps = depsOf(entity);
  const at = deps.findIndex((ref) => {
    const next = typeof ref === 'string' ? byId.get(ref) : undefined;
    return next !== undefined && reaches(next, entity);
  });
  const from = String(entity.id);
  const to = String(deps[at]);
  const path = `initiatives[${index}].dependsOn[${at}]`;
  if (at < 0)
    return { kind: 'nothing', path: `initiatives[${index}].dependsOn`, ...base, description: 'Nothing was set aside.' };
  deps[at] = undefined;
  return {
    kind: 'dependency',
    path,
    ...base,
    value: to,
    edge: { from, to },
    description: `Removed the dependency '${from}' → '${to}' to break the cycle.`,
  };
}

/** `items[41].acceptanceCriteria[0].text` → `['items', 41, 'acceptanceCriteria', 0, 'text']`. */
export function parsePath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    keys.push(match[1] === undefined ? String(match[2]) : Number(match[1]));
  }
  return keys;
}
