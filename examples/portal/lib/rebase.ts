import { applyChange, type Plan } from '@throughline/core';
import type { ChangeOutcome, ChangeRequest } from './protocol';

/** A plan and the version it is: 0 for the seed, one more for each change applied since. */
export interface VersionedPlan {
  readonly version: number;
  readonly plan: Plan;
}

/** What to do with a change: store it with the next plan, or refuse it and say why. */
export type Decision =
  | { readonly accepted: true; readonly next: VersionedPlan; readonly outcome: ChangeOutcome }
  | { readonly accepted: false; readonly outcome: ChangeOutcome };

/**
 * Decides a change against the latest plan. Made on the latest version: applied. Made on an older
 * one: rebased, that is applied to the latest plan when `applyChange` accepts it there (its ids
 * and positions still make sense), or refused with `applyChange`'s reason when it does not (the
 * item it moves has gone elsewhere, say). Pure: no database, no clock.
 *
 * @example
 * rebase({ version: 4, plan }, { baseVersion: 3, change });
 * // { accepted: true, next: { version: 5, plan: … }, outcome: { status: 'rebased', version: 5, onto: 4 } }
 */
export function rebase(latest: VersionedPlan, request: Pick<ChangeRequest, 'baseVersion' | 'change'>): Decision {
  if (request.baseVersion > latest.version) {
    const reason = `Version ${request.baseVersion} is newer than the saved plan (version ${latest.version}); reload the page.`;
    return { accepted: false, outcome: { status: 'refused', code: 'unknown-version', reason } };
  }
  const result = applyChange(latest.plan, request.change);
  if (!result.ok) {
    return { accepted: false, outcome: { status: 'refused', code: result.error.code, reason: result.error.message } };
  }
  const version = latest.version + 1;
  const outcome: ChangeOutcome =
    request.baseVersion === latest.version
      ? { status: 'applied', version }
      : { status: 'rebased', version, onto: latest.version };
  return { accepted: true, next: { version, plan: result.plan }, outcome };
}
