import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyChange, type Change, createPlan, type Plan } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PortalServer, startPortal } from '../support/portal.js';

// The change endpoint under load on 127.0.0.1: 2,000 changes from 20 clients at once, each made on
// the plan that client last heard of, so most are rebased and some conflict. Checks that nothing
// is lost or applied twice; prints the latency (speed is not asserted here, see `pnpm bench`).

const CLIENTS = 20;
const CHANGES_PER_CLIENT = 100;

let portal: PortalServer;
const dataDir = mkdtempSync(join(tmpdir(), 'portal-load-'));
beforeAll(async () => {
  portal = await startPortal(dataDir);
});
afterAll(async () => {
  await portal?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The parts of a plan a client picks changes from: as plain JSON, not validated again. */
interface PlanData {
  readonly items: readonly { readonly id: string; readonly initiativeId?: string }[];
  readonly initiatives: readonly { readonly id: string }[];
  readonly backlogs: readonly { readonly id: string; readonly itemIds: readonly string[] }[];
}
interface Reply {
  readonly outcome: {
    readonly status: string;
    readonly version?: number;
    readonly code?: string;
    readonly reason?: string;
  };
  readonly version: number;
  readonly plan: PlanData;
}
interface Sent {
  readonly id: string;
  readonly change: Change;
  readonly reply: Reply;
  readonly retry?: Reply;
}

/** A small seeded generator (mulberry32), so a failing run can be repeated. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A change a client would make on `plan`: reorders, moves between the backlog and a sprint,
 * statuses, links and unlinks, batches. A kind with nothing to pick from (an empty sprint) falls
 * through to the next.
 */
function pickChange(plan: PlanData, next: () => number): Change {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const backlog = (id: string) => plan.backlogs.find((b) => b.id === id)?.itemIds ?? [];
  const product = backlog('backlog-product');
  const sprint = backlog('sprint-24');
  const roll = next();
  if (roll < 0.35) {
    return {
      type: 'reorder',
      backlogId: 'backlog-product',
      itemId: pick(product),
      toIndex: Math.floor(next() * product.length),
    };
  }
  if (roll < 0.5) {
    // The top of the backlog goes to the sprint: other clients pick the same items, so some conflict.
    return {
      type: 'move',
      itemId: pick(product.slice(0, 6)),
      fromBacklogId: 'backlog-product',
      toBacklogId: 'sprint-24',
      toIndex: 0,
    };
  }
  if (roll < 0.6 && sprint.length > 0) {
    return {
      type: 'move',
      itemId: pick(sprint),
      fromBacklogId: 'sprint-24',
      toBacklogId: 'backlog-product',
      toIndex: 0,
    };
  }
  if (roll < 0.75) {
    const statuses = ['todo', 'in-progress', 'blocked', 'done'] as const;
    return { type: 'set-status', itemId: pick(plan.items).id, status: pick(statuses) };
  }
  if (roll < 0.85) return { type: 'link', itemId: pick(plan.items).id, initiativeId: pick(plan.initiatives).id };
  const linked = plan.items.filter((item) => item.initiativeId !== undefined).slice(0, 8);
  if (roll < 0.95 && linked.length > 0) {
    return { type: 'unlink', itemId: pick(linked).id }; // the same few: others unlink them first
  }
  return { type: 'batch', changes: [pickChange(plan, next), pickChange(plan, next)] };
}

/** Sends one request; the answer comes uncompressed (on 127.0.0.1 gzip only costs both ends CPU). */
async function post(body: object): Promise<{ reply: Reply; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${portal.url}/api/plan/changes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
    body: JSON.stringify(body),
  });
  const reply = (await response.json()) as Reply;
  const ms = performance.now() - started;
  if (response.status !== (reply.outcome?.status === 'refused' ? 409 : 200)) {
    throw new Error(`answered ${response.status}: ${JSON.stringify(reply).slice(0, 300)}`);
  }
  return { reply, ms };
}

/** One client: each change made on the plan of the last answer it had, sent after that answer. */
async function client(n: number, start: Reply, latencies: number[]): Promise<Sent[]> {
  const next = random(n + 1);
  const sent: Sent[] = [];
  let view = start;
  for (let i = 0; i < CHANGES_PER_CLIENT; i++) {
    const id = `client ${n} change ${i}`;
    const change = pickChange(view.plan, next);
    const { reply, ms } = await post({ id, baseVersion: view.version, change });
    latencies.push(ms);
    // Now and then the answer "is lost" and the client sends the same request again.
    const retry =
      reply.outcome.status !== 'refused' && next() < 0.03
        ? (await post({ id, baseVersion: view.version, change })).reply
        : undefined;
    sent.push({ id, change, reply, retry });
    view = reply;
  }
  return sent;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

describe('the change endpoint under load', () => {
  it(`keeps every one of ${CLIENTS * CHANGES_PER_CLIENT} concurrent changes or refuses it with a reason, none twice`, async () => {
    const start = (await (await fetch(`${portal.url}/api/plan`)).json()) as { version: number; plan: PlanData };
    expect(start.version).toBe(0);
    const latencies: number[] = [];
    const started = performance.now();
    const sent = (
      await Promise.all(
        Array.from({ length: CLIENTS }, (_, n) => client(n, { outcome: { status: 'start' }, ...start }, latencies)),
      )
    ).flat();
    const seconds = (performance.now() - started) / 1000;

    const { changes: log } = (await (await fetch(`${portal.url}/api/plan/changes`)).json()) as {
      changes: { version: number; requestId: string; change: Change }[];
    };
    const accepted = sent.filter((s) => s.reply.outcome.status === 'applied' || s.reply.outcome.status === 'rebased');
    const refused = sent.filter((s) => s.reply.outcome.status === 'refused');
    expect(accepted.length + refused.length).toBe(CLIENTS * CHANGES_PER_CLIENT);

    // The log holds exactly the accepted changes, each once, as the version its answer named.
    expect(log.map((entry) => entry.version)).toEqual(log.map((_, i) => i + 1));
    const logged = new Map(log.map((entry) => [entry.requestId, entry]));
    expect(logged.size).toBe(log.length);
    expect(log.length).toBe(accepted.length);
    for (const s of accepted) {
      expect(logged.get(s.id)).toEqual({ ...logged.get(s.id), version: s.reply.outcome.version, change: s.change });
    }
    // Every refused change was told why, and is nowhere in the log.
    for (const s of refused) {
      expect(s.reply.outcome.code).toMatch(/^[a-z-]+$/);
      expect(s.reply.outcome.reason?.length).toBeGreaterThan(10);
      expect(logged.has(s.id)).toBe(false);
    }
    // A request sent again was answered as a duplicate of its first answer, not applied again.
    const retried = sent.filter((s) => s.retry);
    for (const s of retried)
      expect(s.retry?.outcome).toEqual({ status: 'duplicate', version: s.reply.outcome.version });

    // The saved plan is the seed with the log replayed on it.
    const replayed = log.reduce<Plan>((plan, entry) => {
      const result = applyChange(plan, entry.change);
      if (!result.ok) throw new Error(`version ${entry.version} does not replay: ${result.error.message}`);
      return result.plan;
    }, createPlan(samplePlan()));
    const saved = (await (await fetch(`${portal.url}/api/plan`)).json()) as { version: number; plan: unknown };
    expect(saved.version).toBe(log.length);
    expect(saved.plan).toEqual(JSON.parse(JSON.stringify(replayed)));

    const sorted = latencies.toSorted((a, b) => a - b);
    const count = (status: string) => sent.filter((s) => s.reply.outcome.status === status).length;
    const codes = new Map<string, number>();
    for (const s of refused) codes.set(s.reply.outcome.code ?? '', (codes.get(s.reply.outcome.code ?? '') ?? 0) + 1);
    console.log(
      [
        `${sent.length} changes from ${CLIENTS} clients in ${seconds.toFixed(1)} s:`,
        `${count('applied')} applied, ${count('rebased')} rebased, ${refused.length} refused (${[...codes].map(([code, n]) => `${code} ${n}`).join(', ')}), ${retried.length} retries answered as duplicates;`,
        `latency median ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms`,
      ].join(' '),
    );
  });
});
