import { type PlanSnapshot, readPlanOrSnapshot, snapshotPlan } from '@throughline/core';
import type { Queryable } from './db';

/** A snapshot as listed: its label, when it was taken, and the plan version it holds. */
export interface StoredSnapshot {
  readonly label: string;
  readonly takenAt: string;
  readonly version: number;
}

const missingPlan = (planId: string) =>
  new Error(`There is no plan ${JSON.stringify(planId)} in the database: seed it first (seedPlan).`);

/**
 * Keeps the plan as it stands now as a snapshot labelled `label` (a review, a quarter's start),
 * with the version it holds. Snapshots are never changed: taking one again makes another. Answers
 * with what `listSnapshots` lists and the snapshot itself, for the page to compare with at once.
 */
export async function takeSnapshot(
  db: Queryable,
  planId: string,
  label: string,
): Promise<StoredSnapshot & { readonly snapshot: PlanSnapshot }> {
  const [row] = await db.query<{ version: number; data: unknown }>('SELECT version, data FROM plans WHERE id = $1', [
    planId,
  ]);
  if (!row) throw missingPlan(planId);
  const snapshot = snapshotPlan(readPlanOrSnapshot(row.data).plan, { label, takenAt: new Date().toISOString() });
  await storeSnapshot(db, planId, row.version, snapshot);
  return { label, takenAt: snapshot.takenAt, version: row.version, snapshot };
}

/** Stores a snapshot taken elsewhere (an import, last quarter's file) against `version`. */
export async function storeSnapshot(db: Queryable, planId: string, version: number, snapshot: PlanSnapshot) {
  await db.query(
    'INSERT INTO plan_snapshots (plan_id, version, label, taken_at, data) VALUES ($1, $2, $3, $4, $5::json)',
    [planId, version, snapshot.label, snapshot.takenAt, JSON.stringify(snapshot)],
  );
}

/** Stores `snapshot` unless the plan has a snapshot already: the seed's "last review" (safe to race). */
export async function seedSnapshot(db: Queryable, planId: string, snapshot: PlanSnapshot): Promise<void> {
  await db.query(
    `INSERT INTO plan_snapshots (plan_id, version, label, taken_at, data)
     SELECT $1, 0, $2, $3, $4::json WHERE NOT EXISTS (SELECT 1 FROM plan_snapshots WHERE plan_id = $1)`,
    [planId, snapshot.label, snapshot.takenAt, JSON.stringify(snapshot)],
  );
}

/**
 * The plan's latest snapshot as stored (plain JSON for the page to compare with: `useBaseline`
 * reads and checks it), or undefined when it has none.
 */
export async function latestSnapshot(db: Queryable, planId: string): Promise<unknown> {
  const [row] = await db.query<{ data: unknown }>(
    'SELECT data FROM plan_snapshots WHERE plan_id = $1 ORDER BY taken_at DESC, id DESC LIMIT 1',
    [planId],
  );
  return row?.data;
}

/** Every snapshot of a plan, newest first. */
export async function listSnapshots(db: Queryable, planId: string): Promise<StoredSnapshot[]> {
  const rows = await db.query<{ label: string; taken_at: Date; version: number }>(
    'SELECT label, taken_at, version FROM plan_snapshots WHERE plan_id = $1 ORDER BY taken_at DESC, id DESC',
    [planId],
  );
  return rows.map((r) => ({ label: r.label, takenAt: r.taken_at.toISOString(), version: r.version }));
}
