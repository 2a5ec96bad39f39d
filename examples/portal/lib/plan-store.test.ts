import { applyChange, type Change, createPlan, type Plan } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db';
import { readChangeLog, readPlan, recordChange, seedPlan } from './plan-store';
import { migrate } from './schema';
import { openTestDatabase, seededPlans } from './test-store';

// The store on a real Postgres: PGlite in memory, or the server PORTAL_TEST_DATABASE_URL names
// (as DATABASE_URL would for the portal). Each test on a plan of its own.

const seed = createPlan(samplePlan());
const productIds = seed.backlogs.find((b) => b.id === 'backlog-product')?.itemIds ?? [];
const item = (n: number) => productIds[n] ?? '';
const setStatus = (n: number, status: 'done' | 'blocked' = 'done'): Change => ({
  type: 'set-status',
  itemId: item(n),
  status,
});
const toBacklog = (n: number, toBacklogId: string): Change => ({
  type: 'move',
  itemId: item(n),
  fromBacklogId: 'backlog-product',
  toBacklogId,
  toIndex: 0,
});

function replay(start: Plan, changes: readonly Change[]): Plan {
  return changes.reduce((plan, change) => {
    const result = applyChange(plan, change);
    if (!result.ok) throw new Error(result.error.message);
    return result.plan;
  }, start);
}

let db: Database;
/** A fresh plan id, seeded with the sample plan. */
const newPlan = seededPlans(() => db, 'plan', seed);

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

describe(`the plan store on ${process.env.PORTAL_TEST_DATABASE_URL ? 'a Postgres server' : 'PGlite'}`, () => {
  it('migrates and seeds again without harm, also several at once', async () => {
    await Promise.all([migrate(db), migrate(db), migrate(db)]);
    const id = await newPlan();
    await Promise.all([seedPlan(db, id, seed), seedPlan(db, id, createPlan(samplePlan()))]);
    const rows = await db.query<{ version: number }>('SELECT version FROM plans WHERE id = $1', [id]);
    expect(rows).toEqual([{ version: 0 }]);
    expect((await readPlan(db, id)).data).toEqual(JSON.parse(JSON.stringify(seed)));
  });

  it('stores an applied change in the log and the plan with its version, together', async () => {
    const id = await newPlan();
    const reply = await recordChange(db, id, { baseVersion: 0, change: setStatus(0) });
    expect(reply.outcome).toEqual({ status: 'applied', version: 1 });
    expect(reply.version).toBe(1);
    const stored = await readPlan(db, id);
    expect(stored.version).toBe(1);
    expect(stored.data).toEqual(JSON.parse(JSON.stringify(replay(seed, [setStatus(0)]))));
    expect(await readChangeLog(db, id)).toEqual([
      { version: 1, baseVersion: 0, change: setStatus(0), requestId: null, createdAt: expect.any(String) },
    ]);
  });

  it('rebases a change on a different item; refuses one on an item moved elsewhere, storing nothing', async () => {
    const id = await newPlan();
    await recordChange(db, id, { baseVersion: 0, change: toBacklog(1, 'sprint-24') });
    const rebased = await recordChange(db, id, { baseVersion: 0, change: setStatus(2) });
    expect(rebased.outcome).toEqual({ status: 'rebased', version: 2, onto: 1 });
    const refused = await recordChange(db, id, { baseVersion: 0, change: toBacklog(1, 'release-3-0') });
    expect(refused.outcome).toEqual({
      status: 'refused',
      code: 'not-in-backlog',
      reason: `Item ${item(1)} is not in backlog backlog-product.`,
    });
    expect(refused.version).toBe(2);
    expect(refused.plan).toEqual(replay(seed, [toBacklog(1, 'sprint-24'), setStatus(2)]));
    expect((await readChangeLog(db, id)).map((entry) => entry.change)).toEqual([
      toBacklog(1, 'sprint-24'),
      setStatus(2),
    ]);
    expect((await readPlan(db, id)).version).toBe(2);
  });

  it('answers a request sent again (same id) as a duplicate, applying it once', async () => {
    const id = await newPlan();
    const request = { id: 'req-1', baseVersion: 0, change: setStatus(3) };
    expect((await recordChange(db, id, request)).outcome).toEqual({ status: 'applied', version: 1 });
    await recordChange(db, id, { baseVersion: 1, change: setStatus(4) });
    const again = await recordChange(db, id, request);
    expect(again.outcome).toEqual({ status: 'duplicate', version: 1 });
    expect(again.version).toBe(2);
    expect((await readChangeLog(db, id)).map((entry) => entry.requestId)).toEqual(['req-1', null]);
  });

  it('gives concurrent writers one version each, in an order the log replays to the stored plan', async () => {
    const id = await newPlan();
    const changes = Array.from({ length: 30 }, (_, n) => setStatus(n, n % 2 ? 'done' : 'blocked'));
    const replies = await Promise.all(changes.map((change) => recordChange(db, id, { baseVersion: 0, change })));
    const versions = replies.map((reply) => (reply.outcome.status === 'refused' ? 0 : reply.outcome.version));
    expect(versions.toSorted((a, b) => a - b)).toEqual(changes.map((_, n) => n + 1));
    const log = await readChangeLog(db, id);
    expect(log.map((entry) => entry.version)).toEqual(changes.map((_, n) => n + 1));
    const stored = await readPlan(db, id);
    expect(stored.version).toBe(30);
    expect(stored.data).toEqual(
      JSON.parse(
        JSON.stringify(
          replay(
            seed,
            log.map((entry) => entry.change),
          ),
        ),
      ),
    );
  });

  it('starts from the stored plan when another server wrote the latest version', async () => {
    const id = await newPlan();
    const otherServer: Database = { ...db }; // the same database through another handle: nothing in memory
    await recordChange(db, id, { baseVersion: 0, change: setStatus(5) });
    await recordChange(otherServer, id, { baseVersion: 1, change: setStatus(6) });
    const reply = await recordChange(db, id, { baseVersion: 2, change: setStatus(7) });
    expect(reply.outcome).toEqual({ status: 'applied', version: 3 });
    expect(reply.plan).toEqual(replay(seed, [setStatus(5), setStatus(6), setStatus(7)]));
  });

  it('keeps the change log append-only: the database refuses to rewrite or delete it', async () => {
    const id = await newPlan();
    await recordChange(db, id, { baseVersion: 0, change: setStatus(8) });
    await expect(db.query('UPDATE plan_changes SET base_version = 0 WHERE plan_id = $1', [id])).rejects.toThrow(
      'plan_changes is append-only: UPDATE is not allowed',
    );
    await expect(db.query('DELETE FROM plan_changes WHERE plan_id = $1', [id])).rejects.toThrow(
      'plan_changes is append-only: DELETE is not allowed',
    );
    expect(await readChangeLog(db, id)).toHaveLength(1);
  });

  it('says which plan is missing', async () => {
    await expect(recordChange(db, 'no such plan', { baseVersion: 0, change: setStatus(0) })).rejects.toThrow(
      'There is no plan "no such plan" in the database: seed it first (seedPlan).',
    );
  });
});
