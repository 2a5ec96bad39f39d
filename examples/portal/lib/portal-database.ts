import { createPlan } from '@throughline/core';
import { sampleBaseline, samplePlan } from '@throughline/core/sample';
import { type Database, openDatabase } from './db';
import { seedPlan } from './plan-store';
import { migrate } from './schema';
import { seedSnapshot } from './snapshot-store';

/** The one plan this portal edits. A host keys plans by its own ids (a team, a product). */
export const PLAN_ID = 'relay';

const key = Symbol.for('throughline.portal.database');
type Holder = typeof globalThis & { [key]?: Promise<Database> };

/**
 * The portal's database, opened, migrated and seeded with the sample plan (and last quarter's
 * snapshot of it) once per server process
 * and shared by every page and route (kept on `globalThis`: Next.js may load this module more than
 * once, and two PGlite instances must never open one data directory).
 */
export function portalDatabase(): Promise<Database> {
  const holder = globalThis as Holder;
  holder[key] ??= open().catch((error: unknown) => {
    delete holder[key]; // the next request tries again
    throw error;
  });
  return holder[key];
}

async function open(): Promise<Database> {
  const { DATABASE_URL, PORTAL_DATA_DIR } = process.env;
  const db = await openDatabase({ DATABASE_URL, PORTAL_DATA_DIR });
  await migrate(db);
  await seedPlan(db, PLAN_ID, createPlan(samplePlan()));
  await seedSnapshot(db, PLAN_ID, sampleBaseline()); // last quarter's review, to compare with
  return db;
}
