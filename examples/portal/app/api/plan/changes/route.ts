import { parseChangeRequest } from '@/lib/change-request';
import { readChangeLog, recordChange } from '@/lib/plan-store';
import { PLAN_ID, portalDatabase } from '@/lib/portal-database';

/**
 * POST `{ baseVersion, change, id? }`: applies, rebases or refuses the change (200, or 409 when
 * refused), answering with the outcome and the latest plan; a malformed body gets 400 and a reason.
 */
export async function POST(request: Request): Promise<Response> {
  const parsed = parseChangeRequest(await request.text());
  if (!parsed.ok) return Response.json({ error: `Malformed change request: ${parsed.reason}` }, { status: 400 });
  const reply = await recordChange(await portalDatabase(), PLAN_ID, parsed.request);
  return Response.json(reply, { status: reply.outcome.status === 'refused' ? 409 : 200 });
}

/** GET: the change log, every accepted change oldest first. */
export async function GET(): Promise<Response> {
  return Response.json({ changes: await readChangeLog(await portalDatabase(), PLAN_ID) });
}
