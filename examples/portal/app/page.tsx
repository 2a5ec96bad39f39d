import { connection } from 'next/server';
import { readPlan } from '@/lib/plan-store';
import { PLAN_ID, portalDatabase } from '@/lib/portal-database';
import { latestSnapshot } from '@/lib/snapshot-store';
import { PlanEditor } from './plan-editor';

/**
 * The plan and the last review's snapshot, read from the database on every request and handed to
 * the editor as plain data.
 */
export default async function Page() {
  await connection(); // rendered per request, never at build time: the plan changes under it
  const db = await portalDatabase();
  const [{ version, data }, snapshot] = await Promise.all([readPlan(db, PLAN_ID), latestSnapshot(db, PLAN_ID)]);
  return (
    <main>
      <h1>Relay plan</h1>
      <p>Every change is saved as you make it. Two people can edit at once: the page says what became of yours.</p>
      <PlanEditor saved={{ version, data }} snapshot={snapshot} />
    </main>
  );
}
