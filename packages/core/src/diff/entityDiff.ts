import { daysBetween } from '../model/calendar.js';
import { sameJson } from '../model/sameJson.js';
import type { Initiative, PlanRef, PlanRefKind } from '../model/types.js';
import type { DateMove, PlanDiffEntry, RescheduleDirection } from './diff.types.js';

type Entity = { readonly id: string } & Readonly<Record<string, unknown>>;

/** Fields that link an entity to others, by kind: reported as `link-changed`. */
const LINK_FIELDS: Partial<Record<PlanRefKind, readonly string[]>> = {
  item: ['initiativeId', 'parentId', 'featureId'],
  initiative: ['goalIds', 'themeId', 'dependsOn'],
  theme: ['goalIds'],
  feature: ['initiativeId'],
  milestone: ['initiativeIds'],
};
const SCHEDULE = new Set(['start', 'end', 'horizonId']);

const asList = (value: unknown): readonly string[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];

function linkEntry(ref: PlanRef, field: string, before: unknown, after: unknown): PlanDiffEntry {
  const was = new Set(asList(before));
  const now = new Set(asList(after));
  return {
    kind: 'link-changed',
    ref,
    field,
    before: before as string | readonly string[] | undefined,
    after: after as string | readonly string[] | undefined,
    added: [...now].filter((id) => !was.has(id)),
    removed: [...was].filter((id) => !now.has(id)),
  };
}

function dateMove(before: string | undefined, after: string | undefined): DateMove {
  const move: { -readonly [K in keyof DateMove]: DateMove[K] } = {};
  if (before !== undefined) move.before = before;
  if (after !== undefined) move.after = after;
  if (before !== undefined && after !== undefined) move.days = daysBetween(before, after);
  return move;
}

/**
 * How an initiative moved between two versions: its end's days, else its start's, else its
 * horizon's rank (`horizonRank`: the later plan's horizon order).
 */
export function rescheduleEntry(
  ref: PlanRef,
  before: Initiative,
  after: Initiative,
  horizonRank: ReadonlyMap<string, number>,
): PlanDiffEntry {
  const start = before.start === after.start ? undefined : dateMove(before.start, after.start);
  const end = before.end === after.end ? undefined : dateMove(before.end, after.end);
  const horizonMoved = before.horizonId !== after.horizonId;
  let direction: RescheduleDirection = 'unchanged';
  const days = end?.days ?? start?.days;
  if (days !== undefined && days !== 0) direction = days > 0 ? 'later' : 'earlier';
  else if (days === undefined && horizonMoved && before.horizonId !== undefined && after.horizonId !== undefined) {
    const from = horizonRank.get(before.horizonId);
    const to = horizonRank.get(after.horizonId);
    if (from !== undefined && to !== undefined && from !== to) direction = to > from ? 'later' : 'earlier';
  }
  return {
    kind: 'rescheduled',
    ref,
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    ...(horizonMoved
      ? {
          horizon: {
            ...(before.horizonId !== undefined ? { before: before.horizonId } : {}),
            ...(after.horizonId !== undefined ? { after: after.horizonId } : {}),
          },
        }
      : {}),
    direction,
  };
}

/**
 * The entries for one entity present in both plans, field by field in a fixed order: schedule,
 * status, links, estimate, then every other field (title, priority, fields a host added) by name.
 * Backlogs' `itemIds` are left to the backlog diff. Empty when the two are equal.
 */
export function entityEntries(
  kind: PlanRefKind,
  before: Entity,
  after: Entity,
  horizonRank: ReadonlyMap<string, number>,
): PlanDiffEntry[] {
  const entries: PlanDiffEntry[] = [];
  if (before === after) return entries;
  const ref: PlanRef = { kind, id: after.id };
  const links = LINK_FIELDS[kind] ?? [];
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  const rest: string[] = [];
  let rescheduled = false;
  for (const field of fields) {
    if (sameJson(before[field], after[field])) continue;
    if (kind === 'initiative' && SCHEDULE.has(field)) rescheduled = true;
    else if (kind === 'backlog' && field === 'itemIds') continue;
    else if (!links.includes(field) && field !== 'status' && !(kind === 'item' && field === 'estimate'))
      rest.push(field);
  }
  if (rescheduled)
    entries.push(rescheduleEntry(ref, before as unknown as Initiative, after as unknown as Initiative, horizonRank));
  if ((kind === 'item' || kind === 'initiative') && before.status !== after.status) {
    entries.push({ kind: 'status-changed', ref, before: String(before.status), after: String(after.status) });
  }
  for (const field of links) {
    if (!sameJson(before[field], after[field])) entries.push(linkEntry(ref, field, before[field], after[field]));
  }
  if (kind === 'item' && before.estimate !== after.estimate) {
    const was = before.estimate as number | undefined;
    const now = after.estimate as number | undefined;
    entries.push({
      kind: 'estimate-changed',
      ref,
      ...(was !== undefined ? { before: was } : {}),
      ...(now !== undefined ? { after: now } : {}),
      ...(was !== undefined && now !== undefined ? { by: now - was } : {}),
    });
  }
  rest.sort();
  for (const field of rest) {
    entries.push({ kind: 'field-changed', ref, field, before: before[field], after: after[field] });
  }
  return entries;
}
