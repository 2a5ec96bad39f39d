import { readPlan } from '@/lib/plan-store';
import { PLAN_ID, portalDatabase } from '@/lib/portal-database';

/** GET: the current plan and its version, `{ version, plan }`. */
export async function GET(): Promise<Response> {
  const { version, data } = await readPlan(await portalDatabase(), PLAN_ID);
  return Response.json({ version, plan: data });
}
