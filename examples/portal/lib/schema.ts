import type { Database } from './db';

/**
 * The tables, in plain Postgres SQL (PGlite runs the same). `plans` holds each plan's current
 * data and version; `plan_changes` every change accepted since the seed, in order: the change that
 * made version N is the row with that version, and replaying them from version 0 gives the plan;
 * `plan_snapshots` the plan as it stood at each review, for the views to compare with.
 * A plan is written whole on every change and read whole, so it is `json` (kept as sent, not
 * parsed into `jsonb`) stored uncompressed: for the sample plan (65 kB) that halves the database's
 * work per change.
 */
export const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS plans (
    id text PRIMARY KEY,
    version integer NOT NULL CHECK (version >= 0),
    data json NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE IF NOT EXISTS plan_changes (
    plan_id text NOT NULL REFERENCES plans (id),
    version integer NOT NULL CHECK (version > 0),
    base_version integer NOT NULL CHECK (base_version >= 0 AND base_version < version),
    change jsonb NOT NULL,
    request_id text,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_id, version),
    UNIQUE (plan_id, request_id)
  )`,
  // The plan as it stood at a review, to compare with (docs/changes-over-time.md): never changed.
  `CREATE TABLE IF NOT EXISTS plan_snapshots (
    id bigserial PRIMARY KEY,
    plan_id text NOT NULL REFERENCES plans (id),
    version integer NOT NULL CHECK (version >= 0),
    label text NOT NULL CHECK (label <> ''),
    taken_at timestamptz NOT NULL,
    data json NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS plan_snapshots_latest ON plan_snapshots (plan_id, taken_at DESC, id DESC)`,
  `ALTER TABLE plans ALTER COLUMN data SET STORAGE EXTERNAL`,
  // Append-only: the database itself refuses to rewrite or drop history.
  `CREATE OR REPLACE FUNCTION plan_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'plan_changes is append-only: % is not allowed', TG_OP;
  END $$`,
  `CREATE OR REPLACE TRIGGER plan_changes_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON plan_changes
    FOR EACH STATEMENT EXECUTE FUNCTION plan_changes_append_only()`,
];

/** Any number that is the same in every portal process: the key of the migration's lock. */
const MIGRATION_LOCK = 7_482_019;

/**
 * Creates the tables when they are missing. Safe to run on every start and from several servers
 * at once: one transaction, behind an advisory lock, so two servers never create them together.
 */
export async function migrate(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    for (const statement of SCHEMA) await tx.query(statement);
  });
}
