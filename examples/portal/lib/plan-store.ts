import { type Change, createPlan, type Plan } from '@throughline/core';
import type { Database, Queryable } from './db';
import type { ChangeOutcome, ChangeReply, ChangeRequest } from './protocol';
import { rebase, type VersionedPlan } from './rebase';

/** A plan as stored: its data (plain JSON) and version. */
export interface StoredPlan {
  readonly version: number;
  readonly data: unknown;
}

/** One accepted change, as the change log keeps it. */
export interface LoggedChange {
  /** The plan version this change made. */
  readonly version: number;
  /** The version it was made on; less than `version - 1` when it was rebased. */
  readonly baseVersion: number;
  readonly change: Change;
  readonly requestId: string | null;
  readonly createdAt: string;
}

/**
 * The latest validated plan of each plan id, per database: a change is checked against a `Plan`,
 * and validating the stored JSON again for every change costs more than the rest of the request
 * (about 8 ms for the sample plan). Used only when its version is the one the database holds.
 */
const latestPlans = new WeakMap<Database, Map<string, VersionedPlan>>();

function remember(db: Database, planId: string, plan: VersionedPlan): void {
  const plans = latestPlans.get(db) ?? new Map<string, VersionedPlan>();
  plans.set(planId, plan);
  latestPlans.set(db, plans);
}

const missingPlan = (planId: string) =>
  new Error(`There is no plan ${JSON.stringify(planId)} in the database: seed it first (seedPlan).`);

/** Stores `plan` as version 0 of `planId` unless that plan exists already (safe to race). */
export async function seedPlan(db: Queryable, planId: string, plan: Plan): Promise<void> {
  await db.query('INSERT INTO plans (id, version, data) VALUES ($1, 0, $2::json) ON CONFLICT (id) DO NOTHING', [
    planId,
    JSON.stringify(plan),
  ]);
}

/** The current data and version of a plan, for a page to render. */
export async function readPlan(db: Queryable, planId: string): Promise<StoredPlan> {
  const [row] = await db.query<StoredPlan>('SELECT version, data FROM plans WHERE id = $1', [planId]);
  if (!row) throw missingPlan(planId);
  return row;
}

/**
 * Decides one change (see `rebase`) and, when it is accepted, appends it to the change log and
 * stores the plan it makes, in one transaction that holds the plan's row lock: writers to one plan
 * take turns, so versions never fork. Answers with the outcome and the latest plan. A request whose
 * `id` was applied before is answered as a duplicate and applied no second time.
 */
export async function recordChange(db: Database, planId: string, request: ChangeRequest): Promise<ChangeReply> {
  const reply = (outcome: ChangeOutcome, { version, plan }: VersionedPlan): ChangeReply => ({ outcome, version, plan });
  const { answer, next } = await db.transaction(async (tx) => {
    const [row] = await tx.query<{ version: number }>('SELECT version FROM plans WHERE id = $1 FOR UPDATE', [planId]);
    if (!row) throw missingPlan(planId);
    const latest = await planAt(db, tx, planId, row.version);
    if (request.id !== undefined) {
      const [earlier] = await tx.query<{ version: number }>(
        'SELECT version FROM plan_changes WHERE plan_id = $1 AND request_id = $2',
        [planId, request.id],
      );
      if (earlier) return { answer: reply({ status: 'duplicate', version: earlier.version }, latest) };
    }
    const decision = rebase(latest, request);
    if (!decision.accepted) return { answer: reply(decision.outcome, latest) };
    await tx.query(
      'INSERT INTO plan_changes (plan_id, version, base_version, change, request_id) VALUES ($1, $2, $3, $4::jsonb, $5)',
      [planId, decision.next.version, request.baseVersion, JSON.stringify(request.change), request.id ?? null],
    );
    await tx.query('UPDATE plans SET version = $2, data = $3::json, updated_at = now() WHERE id = $1', [
      planId,
      decision.next.version,
      JSON.stringify(decision.next.plan),
    ]);
    return { answer: reply(decision.outcome, decision.next), next: decision.next };
  });
  if (next) remember(db, planId, next); // committed: the next change starts from it
  return answer;
}

/** The plan at `version`, read under the row lock: from memory when it is the one held there. */
async function planAt(db: Database, tx: Queryable, planId: string, version: number): Promise<VersionedPlan> {
  const held = latestPlans.get(db)?.get(planId);
  if (held?.version === version) return held;
  const [row] = await tx.query<{ data: unknown }>('SELECT data FROM plans WHERE id = $1', [planId]);
  if (!row) throw missingPlan(planId);
  const plan = { version, plan: createPlan(row.data) };
  remember(db, planId, plan);
  return plan;
}

/** Every accepted change of a plan, oldest first. */
export async function readChangeLog(db: Queryable, planId: string): Promise<LoggedChange[]> {
  const rows = await db.query<{
    version: number;
    base_version: number;
    change: Change;
    request_id: string | null;
    created_at: Date;
  }>(
    'SELECT version, base_version, change, request_id, created_at FROM plan_changes WHERE plan_id = $1 ORDER BY version',
    [planId],
  );
  return rows.map((row) => ({
    version: row.version,
    baseVersion: row.base_version,
    change: row.change,
    requestId: row.request_id,
    createdAt: row.created_at.toISOString(),
  }));
}
