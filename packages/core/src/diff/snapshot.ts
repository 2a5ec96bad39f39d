import type { Plan, PlanData } from '../model/types.js';
import { isObject } from '../validate/collections.js';
import { PlanValidationError, problem } from '../validate/problems.js';
import { isPlan, validatePlan } from '../validate/validatePlan.js';

/**
 * The snapshot format this release writes and reads; a snapshot with another version is refused.
 *
 * @example
 * if (stored.version > SNAPSHOT_VERSION) showUpgradeNotice();
 */
export const SNAPSHOT_VERSION = 1;

/**
 * A plan as it stood at one moment, with a label: plain JSON a host stores where it likes (a file,
 * a database row) and hands back to `diffPlans` or `suspectLinks` later.
 */
export interface PlanSnapshot {
  readonly version: typeof SNAPSHOT_VERSION;
  /** What the moment was, e.g. `Q3 review`. */
  readonly label: string;
  /** When it was taken: an ISO date or date-time. */
  readonly takenAt: string;
  readonly plan: PlanData;
}

/** A plan, or a snapshot of one: what `diffPlans` and `suspectLinks` compare. */
export type PlanOrSnapshot = Plan | PlanSnapshot;

/**
 * Takes a snapshot of a plan: a versioned, labelled, JSON-serialisable object. Plans are
 * immutable, so the snapshot shares the plan's data rather than copying it.
 *
 * @example
 * const snapshot = snapshotPlan(plan, { label: 'Q3 review', takenAt: '2026-09-30' });
 * await db.put('snapshots', JSON.stringify(snapshot));
 */
export function snapshotPlan(plan: Plan, options: { readonly label: string; readonly takenAt?: string }): PlanSnapshot {
  return {
    version: SNAPSHOT_VERSION,
    label: options.label,
    takenAt: options.takenAt ?? new Date().toISOString(),
    plan,
  };
}

/**
 * True when `value` is shaped like a snapshot (an object with `version` and `plan`), valid or not:
 * how `diffPlans` and the CLI tell a stored snapshot from a plan.
 *
 * @example
 * const plan = looksLikeSnapshot(json) ? readPlanOrSnapshot(json).plan : createPlan(json);
 */
export function looksLikeSnapshot(value: unknown): value is Record<string, unknown> {
  return isObject(value) && 'version' in value && 'plan' in value;
}

/** A plan or snapshot read for comparison: the validated plan and the snapshot's label and time. */
export interface ReadPlan {
  readonly plan: Plan;
  readonly label?: string;
  readonly takenAt?: string;
}

/**
 * Reads a plan or a snapshot (validated or straight from JSON) for `diffPlans` and `suspectLinks`.
 * Throws a `PlanValidationError` naming each problem's path: `version` for a snapshot this release
 * cannot read, `label`, `takenAt`, `plan.items[3].id` for the plan inside.
 *
 * @example
 * const { plan, label } = readPlanOrSnapshot(JSON.parse(stored));
 */
export function readPlanOrSnapshot(input: unknown): ReadPlan {
  if (isPlan(input)) return { plan: input };
  if (!looksLikeSnapshot(input)) {
    const result = validatePlan(input);
    if (!result.ok) throw new PlanValidationError(result.errors);
    return { plan: result.plan };
  }
  const problems = [];
  const { version, label, takenAt } = input;
  if (version !== SNAPSHOT_VERSION) {
    const newer = typeof version === 'number' && version > SNAPSHOT_VERSION;
    problems.push(
      problem(
        'invalid-value',
        'version',
        newer
          ? `This snapshot is version ${version}; this release reads version ${SNAPSHOT_VERSION}. Upgrade @throughline/core to read it.`
          : `A snapshot's version is ${SNAPSHOT_VERSION}; got ${JSON.stringify(version)}. Take it again with snapshotPlan.`,
      ),
    );
  }
  if (typeof label !== 'string') problems.push(problem('wrong-type', 'label', 'A snapshot has a `label` string.'));
  if (typeof takenAt !== 'string')
    problems.push(problem('wrong-type', 'takenAt', 'A snapshot has a `takenAt` date string (ISO).'));
  const result = validatePlan(input.plan);
  if (!result.ok) {
    for (const p of result.errors) problems.push({ ...p, path: p.path === '' ? 'plan' : `plan.${p.path}` });
  }
  if (problems.length > 0 || !result.ok) throw new PlanValidationError(problems);
  return { plan: result.plan, label: label as string, takenAt: takenAt as string };
}
