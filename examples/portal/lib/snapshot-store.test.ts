import { applyChange, createPlan, diffPlans, readPlanOrSnapshot } from '@throughline/core';
import { sampleBaseline, samplePlan } from '@throughline/core/sample';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db';
import { recordChange } from './plan-store';
import { latestSnapshot, listSnapshots, seedSnapshot, takeSnapshot } from './snapshot-store';
import { openTestDatabase, seededPlans } from './test-store';

// Snapshots on a real Postgres: PGlite in memory, or the server PORTAL_TEST_DATABASE_URL names.

const seed = createPlan(samplePlan());
let db: Database;
const newPlan = seededPlans(() => db, 'snapshots', seed);

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

describe('the snapshot store', () => {
  it('seeds last review once, also when several servers start at once', async () => {
    const id = await newPlan();
    await Promise.all([seedSnapshot(db, id, sampleBaseline()), seedSnapshot(db, id, sampleBaseline())]);
    expect(await listSnapshots(db, id)).toEqual([
      { label: 'Q3 review', takenAt: '2026-09-30T00:00:00.000Z', version: 0 },
    ]);
    expect(readPlanOrSnapshot(await latestSnapshot(db, id)).label).toBe('Q3 review');
  });

  it('keeps the plan as it stands at a version, and the latest snapshot is the one to compare with', async () => {
    const id = await newPlan();
    await seedSnapshot(db, id, sampleBaseline());
    const itemId = seed.items[0]?.id ?? '';
    const change = { type: 'set-status', itemId, status: 'blocked' } as const;
    await recordChange(db, id, { baseVersion: 0, change });
    const taken = await takeSnapshot(db, id, 'Q4 review');
    expect(taken).toMatchObject({ label: 'Q4 review', version: 1 });
    expect((await listSnapshots(db, id)).map((s) => [s.label, s.version])).toEqual([
      ['Q4 review', 1],
      ['Q3 review', 0],
    ]);
    const stored = await latestSnapshot(db, id);
    expect(stored).toEqual(JSON.parse(JSON.stringify(taken.snapshot)));
    const applied = applyChange(seed, change);
    expect(applied.ok && diffPlans(stored as never, applied.plan).entries).toEqual([]);
  });

  it('has nothing to compare with before the first snapshot, and refuses one of a plan it does not hold', async () => {
    expect(await latestSnapshot(db, await newPlan())).toBeUndefined();
    await expect(takeSnapshot(db, 'no such plan', 'Q4')).rejects.toThrow(/no plan "no such plan".*seed it first/);
  });
});
