import type { Plan } from '@throughline/core';
import { type Database, openDatabase } from './db';
import { seedPlan } from './plan-store';
import { migrate } from './schema';

// For the store's tests: a real Postgres, PGlite in memory or the server PORTAL_TEST_DATABASE_URL
// names (as DATABASE_URL would for the portal), and a plan of its own for each test.

/** A migrated database for a test file: PGlite in memory, or PORTAL_TEST_DATABASE_URL's server. */
export async function openTestDatabase(): Promise<Database> {
  const db = await openDatabase({ DATABASE_URL: process.env.PORTAL_TEST_DATABASE_URL, PORTAL_DATA_DIR: 'memory://' });
  await migrate(db);
  return db;
}

/**
 * Makes fresh plan ids, each seeded with `plan`: unique per run as well, since a server keeps the
 * plans of earlier runs.
 */
export function seededPlans(db: () => Database, prefix: string, plan: Plan): () => Promise<string> {
  const run = Date.now().toString(36);
  let count = 0;
  return async () => {
    const id = `${prefix} ${run} ${++count}`;
    await seedPlan(db(), id, plan);
    return id;
  };
}
