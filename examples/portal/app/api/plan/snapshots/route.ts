import * as v from 'valibot';
import { PLAN_ID, portalDatabase } from '@/lib/portal-database';
import { listSnapshots, takeSnapshot } from '@/lib/snapshot-store';

const body = v.object({ label: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(120)) });

/**
 * POST `{ label }`: keeps the plan as it stands now as a snapshot (201, `{ label, takenAt, version,
 * snapshot }`);
 * a missing, empty or over-long label gets 400 and a reason naming `label`.
 */
export async function POST(request: Request): Promise<Response> {
  let json: unknown;
  try {
    json = JSON.parse(await request.text());
  } catch {
    return Response.json({ error: 'Malformed snapshot request: the body is not JSON.' }, { status: 400 });
  }
  const parsed = v.safeParse(body, json);
  if (!parsed.success) {
    const path = v.getDotPath(parsed.issues[0]) ?? '(body)';
    return Response.json(
      { error: `Malformed snapshot request: \`${path}\` is a label of 1–120 characters, e.g. "Q4 review".` },
      { status: 400 },
    );
  }
  const snapshot = await takeSnapshot(await portalDatabase(), PLAN_ID, parsed.output.label);
  return Response.json(snapshot, { status: 201 });
}

/** GET: the plan's snapshots, newest first, `{ snapshots: [{ label, takenAt, version }] }`. */
export async function GET(): Promise<Response> {
  return Response.json({ snapshots: await listSnapshots(await portalDatabase(), PLAN_ID) });
}
