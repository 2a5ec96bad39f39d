import { type Collection, isCollection, isObject, type Raw, SINGULAR } from './collections.js';
import type { PlanProblem } from './problems.js';
import type { SetAside } from './salvageTypes.js';
import type { Working } from './salvageWorking.js';
import { formatPath } from './shapeIssues.js';

/**
 * Repairs one shape problem (a wrong type, a missing or unknown value, a bad date) in the working
 * copy, setting aside as little as possible, and says what it set aside:
 * - a field that is wrong is dropped, so its default applies (a bad date drops that date, not the
 *   initiative; an unknown status falls back to the default status);
 * - an entry of a list that is wrong is removed from the list (one goal id, one label);
 * - a missing or empty title becomes the entity's id, so it can still be shown;
 * - an entity is left out only when it cannot be used at all: no usable id, not an object, an
 *   unknown item, horizon or backlog kind, a milestone without a date.
 */
export function repairShape(working: Working, keys: readonly (string | number)[], found: PlanProblem): SetAside {
  const [head, index, field, ...rest] = keys;
  if (head === 'vision') {
    const value = working.plan.vision;
    delete working.plan.vision;
    return { kind: 'field', path: 'vision', value, description: 'Left out the vision.' };
  }
  if (head === 'reviewedLinks') return leaveOutReview(working, index, found);
  if (!isCollection(head)) return { kind: 'nothing', path: found.path, description: 'Nothing was set aside.' };
  const collection = head;
  if (typeof index !== 'number') {
    // The collection itself is not a list: nothing in it can be read.
    const value = working.original[collection];
    working.plan[collection] = [];
    return {
      kind: 'field',
      path: collection,
      collection,
      value,
      description: `Left out \`${collection}\`: not a list.`,
    };
  }
  const entity = working.entity(collection, index);
  const entityPath = `${collection}[${index}]`;
  if (entity === undefined) return working.leftOutAgain(collection, index);
  if (typeof field !== 'string' || entityFields(collection, field)) {
    return working.leaveOut(collection, index);
  }
  const id = typeof entity.id === 'string' ? entity.id : undefined;
  const fieldPath = `${entityPath}.${field}`;
  const base = { collection, ...(id === undefined ? {} : { id }) };

  if (field === 'title') {
    if (id === undefined) return working.leaveOut(collection, index);
    const value = entity.title;
    entity.title = id;
    return {
      kind: 'field',
      path: fieldPath,
      ...base,
      value,
      description: `Replaced the ${SINGULAR[collection]}'s missing title with its id '${id}'.`,
    };
  }
  if (field === 'itemIds' && rest.length === 0) {
    const value = entity.itemIds;
    entity.itemIds = [];
    return {
      kind: 'field',
      path: fieldPath,
      ...base,
      value,
      description: 'Emptied the backlog: its `itemIds` is not a list.',
    };
  }
  const [position, sub] = rest;
  if (typeof position === 'number' && Array.isArray(entity[field])) {
    const list = entity[field] as unknown[];
    // acceptanceCriteria[i].done that is not a boolean: drop just the flag.
    if (field === 'acceptanceCriteria' && sub === 'done' && isObject(list[position])) {
      const criterion = { ...(list[position] as Raw) };
      const value = criterion.done;
      delete criterion.done;
      list[position] = criterion;
      return {
        kind: 'field',
        path: formatPath(keys),
        ...base,
        value,
        description: "Dropped the criterion's `done` flag.",
      };
    }
    const value = list[position];
    list[position] = undefined;
    const reference = REFERENCE_LISTS.has(field);
    const kind = field === 'itemIds' ? 'backlog-entry' : reference ? 'reference' : 'field';
    return {
      kind,
      path: `${fieldPath}[${position}]`,
      ...base,
      value,
      description: reference
        ? `Removed ${JSON.stringify(value)} from \`${field}\`.`
        : `Removed entry ${position} of \`${field}\`.`,
    };
  }
  if (field === 'metric' && sub === undefined && position === 'current') {
    const metric = { ...(entity.metric as Raw) };
    const value = metric.current;
    delete metric.current;
    entity.metric = metric;
    return {
      kind: 'field',
      path: `${fieldPath}.current`,
      ...base,
      value,
      description: "Dropped the metric's `current` value.",
    };
  }
  if (field === 'priority' && rest.length > 0 && isObject(entity.priority)) {
    return { kind: 'field', path: formatPath(keys), ...base, ...dropPriorityInput(entity, rest) };
  }
  const value = entity[field];
  delete entity[field];
  const what = REFERENCE_FIELDS.has(field) ? 'reference' : 'field';
  return {
    kind: what,
    path: fieldPath,
    ...base,
    value,
    description: `Dropped \`${field}\` (${preview(value)})${DEFAULTS[field] ? `; it takes the default, ${DEFAULTS[field]}` : ''}.`,
  };
}

/**
 * Drops one input inside `priority` (`priority.rice.confidence`, one value / effort criterion),
 * keeping the entity's other inputs: each object on the way is copied, so the host's stay untouched.
 */
function dropPriorityInput(entity: Raw, rest: readonly (string | number)[]): { value: unknown; description: string } {
  let holder: Raw = { ...(entity.priority as Raw) };
  entity.priority = holder;
  for (const key of rest.slice(0, -1)) {
    const next = holder[key];
    if (!isObject(next)) break;
    const copy = { ...next };
    holder[key] = copy;
    holder = copy;
  }
  const leaf = rest[rest.length - 1] as string | number;
  const value = holder[leaf];
  delete holder[leaf];
  const input = formatPath(['priority', ...rest]);
  return {
    value,
    description: `Dropped \`${input}\` (${preview(value)}); scores that need it report it as a missing input.`,
  };
}

/** Fields without which an entity cannot be used: the entity is left out rather than guessed. */
function entityFields(collection: Collection, field: string): boolean {
  if (field === 'id') return true;
  if (field === 'kind') return collection === 'items' || collection === 'horizons' || collection === 'backlogs';
  if (field === 'date') return collection === 'milestones';
  return false;
}

const REFERENCE_LISTS = new Set(['goalIds', 'dependsOn', 'initiativeIds', 'itemIds']);
const REFERENCE_FIELDS = new Set(['themeId', 'horizonId', 'initiativeId', 'featureId', 'parentId', ...REFERENCE_LISTS]);

const DEFAULTS: Record<string, string> = {
  status: "the entity's default status",
  confidence: "'likely'",
  kind: "'other'",
  goalIds: 'no goals',
  dependsOn: 'no dependencies',
  initiativeIds: 'no initiatives',
  acceptanceCriteria: 'no criteria',
  labels: 'no labels',
};

/** A short, printable form of a dropped value. */
export function preview(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * A malformed link review: only that review is left out (its place kept as a hole until `finish`),
 * or the whole list when it is not a list. Reviews only record checks done: a link without one is
 * judged afresh.
 */
function leaveOutReview(working: Working, index: string | number | undefined, found: PlanProblem): SetAside {
  const reviews = working.plan.reviewedLinks;
  if (Array.isArray(reviews) && typeof index === 'number') {
    if (reviews[index] === undefined)
      return { kind: 'nothing', path: found.path, description: 'Nothing more was set aside.' };
    const value = reviews[index];
    reviews[index] = undefined;
    return {
      kind: 'field',
      path: `reviewedLinks[${index}]`,
      value,
      description: `Left out link review ${index}; its link is judged as if it had not been reviewed.`,
    };
  }
  if (!('reviewedLinks' in working.plan))
    return { kind: 'nothing', path: found.path, description: 'Nothing was set aside.' };
  const value = working.plan.reviewedLinks;
  delete working.plan.reviewedLinks;
  return {
    kind: 'field',
    path: 'reviewedLinks',
    value,
    description: 'Left out the link reviews; suspect links are judged as if none had been reviewed.',
  };
}
