import type { Change } from '@throughline/core';

// What the page and the change endpoint say to each other (docs/persisting-changes.md). Plain
// types and one sentence-maker: safe to import from the browser.

/** One change, sent as soon as a view reports it. */
export interface ChangeRequest {
  /** The plan version the change was made on: the version the page last heard from the server. */
  readonly baseVersion: number;
  readonly change: Change;
  /** The sender's key for this request: sent again (a retry), it is answered, never applied twice. */
  readonly id?: string | undefined;
}

/** What became of a change. */
export type ChangeOutcome =
  /** Made on the latest plan and applied to it: the plan is now at `version`. */
  | { readonly status: 'applied'; readonly version: number }
  /** The plan had moved on to `onto` since `baseVersion`; the change still applied there. */
  | { readonly status: 'rebased'; readonly version: number; readonly onto: number }
  /** Not applied: `applyChange` refused it on the latest plan (`code` and `reason` are its error). */
  | { readonly status: 'refused'; readonly code: string; readonly reason: string }
  /** A request with this `id` was applied before, as `version`; nothing was applied again. */
  | { readonly status: 'duplicate'; readonly version: number };

/** The answer to every well-formed request: what happened, and the latest plan and its version. */
export interface ChangeReply {
  readonly outcome: ChangeOutcome;
  readonly version: number;
  /** The latest plan, as plain data (`createPlan` it on the page). */
  readonly plan: unknown;
}

/** The answer to a malformed request (HTTP 400): nothing was changed. */
export interface ChangeRequestError {
  readonly error: string;
}

/** One sentence for a status line or live region saying what became of the user's change. */
export function describeOutcome(outcome: ChangeOutcome): string {
  switch (outcome.status) {
    case 'applied':
      return `Saved as version ${outcome.version}.`;
    case 'rebased':
      return `Saved as version ${outcome.version}, rebased onto version ${outcome.onto}: someone else changed the plan first, and the page now shows their changes too.`;
    case 'refused':
      return `Not saved: ${outcome.reason} Someone else changed the plan first; the page now shows the latest plan.`;
    case 'duplicate':
      return `Already saved as version ${outcome.version}.`;
  }
}

/**
 * Sends one change request and returns the server's answer: a reply (HTTP 200, or 409 when the
 * change was refused) or an error saying why there is none (a malformed request, a server error,
 * no network).
 */
export async function postChange(endpoint: string, request: ChangeRequest): Promise<ChangeReply | ChangeRequestError> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    const json = response.headers.get('content-type')?.includes('application/json');
    const body = (json ? await response.json() : undefined) as Partial<ChangeReply & ChangeRequestError> | undefined;
    if (body?.outcome && (response.ok || response.status === 409)) return body as ChangeReply;
    return { error: body?.error ?? `The server answered ${response.status} ${response.statusText}.` };
  } catch (error) {
    return { error: `The server could not be reached (${(error as Error).message}).` };
  }
}
