import { sameJson } from '../model/sameJson.js';
import type { Plan, PlanRefKind } from '../model/types.js';
import { COLLECTIONS, SINGULAR } from '../validate/collections.js';
import { backlogEntries } from './backlogOrder.js';
import type { DiffOptions, PlanDiff, PlanDiffEntry } from './diff.types.js';
import { entityEntries } from './entityDiff.js';
import { reviewEntries } from './reviewDiff.js';
import { type PlanOrSnapshot, readPlanOrSnapshot } from './snapshot.js';
import { summarizeDiff } from './summarizeDiff.js';

type Entity = { readonly id: string } & Readonly<Record<string, unknown>>;

const VISION_FIELDS = ['id', 'title', 'description'] as const;

function horizonRanks(plan: Plan): Map<string, number> {
  const ordered = plan.horizons
    .map((h, position) => ({ id: h.id, order: h.order ?? position, position }))
    .sort((a, b) => a.order - b.order || a.position - b.position);
  return new Map(ordered.map((h, rank) => [h.id, rank]));
}

function collectionEntries(
  kind: PlanRefKind,
  before: readonly Entity[],
  after: readonly Entity[],
  horizonRank: ReadonlyMap<string, number>,
  minMove: number,
): PlanDiffEntry[] {
  if (before === after) return [];
  const entries: PlanDiffEntry[] = [];
  const old = new Map<string, Entity>();
  for (const entity of before) old.set(entity.id, entity);
  const kept = new Set<string>();
  for (const entity of after) kept.add(entity.id);
  for (const entity of before) {
    if (!kept.has(entity.id))
      entries.push({ kind: 'removed', ref: { kind, id: entity.id }, title: String(entity.title) });
  }
  for (const entity of after) {
    const was = old.get(entity.id);
    if (was === undefined) {
      entries.push({ kind: 'added', ref: { kind, id: entity.id }, title: String(entity.title) });
      continue;
    }
    if (was === entity) continue;
    entries.push(...entityEntries(kind, was, entity, horizonRank));
    if (kind === 'backlog') entries.push(...backlogEntries(was as never, entity as never, minMove));
  }
  return entries;
}

/**
 * What changed from one plan to another: a typed list in plan order (vision, goals, themes,
 * initiatives, features, milestones, horizons, items, backlogs, link reviews), each entity's
 * entries together, and a summary for the review. Entities are matched by id; a changed id reads
 * as one removed and one added, never guessed. Exact: every entity that differs has at least one
 * entry, and an entity with an entry differs. Takes plans or snapshots (see `snapshotPlan`),
 * validated or straight from JSON; throws a `PlanValidationError` naming the path of what it
 * cannot read.
 *
 * @example
 * const diff = diffPlans(lastQuarter, plan);
 * diff.summary.slipped; // [{ id: 'INIT-4', days: 21 }]
 * diff.entries.filter((e) => e.kind === 'rescheduled');
 */
export function diffPlans(before: PlanOrSnapshot, after: PlanOrSnapshot, options: DiffOptions = {}): PlanDiff {
  const from = readPlanOrSnapshot(before);
  const to = readPlanOrSnapshot(after);
  const minMove = options.minMove ?? 0;
  const entries: PlanDiffEntry[] = [];
  const visionBefore = (from.plan.vision ?? {}) as Readonly<Record<string, unknown>>;
  const visionAfter = (to.plan.vision ?? {}) as Readonly<Record<string, unknown>>;
  if (!sameJson(visionBefore, visionAfter)) {
    const fields = new Set([...VISION_FIELDS, ...Object.keys(visionBefore), ...Object.keys(visionAfter)]);
    for (const field of fields) {
      if (!sameJson(visionBefore[field], visionAfter[field]))
        entries.push({ kind: 'vision-changed', field, before: visionBefore[field], after: visionAfter[field] });
    }
  }
  const horizonRank = horizonRanks(to.plan);
  // Collections in plan order, each entity named by its kind.
  for (const collection of COLLECTIONS) {
    const list = (plan: Plan) => plan[collection] as unknown as readonly Entity[];
    entries.push(...collectionEntries(SINGULAR[collection], list(from.plan), list(to.plan), horizonRank, minMove));
  }
  entries.push(...reviewEntries(from.plan.reviewedLinks ?? [], to.plan.reviewedLinks ?? []));
  return {
    entries,
    summary: summarizeDiff(entries, from.plan, to.plan),
    before: label(from),
    after: label(to),
  };
}

function label(read: { readonly label?: string; readonly takenAt?: string }) {
  return {
    ...(read.label !== undefined ? { label: read.label } : {}),
    ...(read.takenAt !== undefined ? { takenAt: read.takenAt } : {}),
  };
}
