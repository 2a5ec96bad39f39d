import { getPlanIndex } from '../../model/planIndex.js';
import { isActive } from '../signals.js';
import type { Rule } from '../types.js';

export interface FarHorizonCommitmentOptions {
  /** Work starting more than this many days after today is far out. */
  readonly farDays: number;
}

/** Seed, mistake 1 and "confusing commitments with priorities": the roadmap as a delivery calendar. */
export const farHorizonCommitment: Rule<FarHorizonCommitmentOptions> = {
  id: 'far-horizon-commitment',
  description: "Far-horizon work shown with exact dates and 'committed' confidence: a promise the roadmap cannot keep.",
  defaultLevel: 'warn',
  defaults: { farDays: 180 },
  check({ plan, today, currentHorizon, daysBetween }, options) {
    const index = getPlanIndex(plan);
    const order = index.horizonRank;
    const current = currentHorizon ? (order.get(currentHorizon.id) ?? 0) : 0;
    const findings = [];
    for (const initiative of plan.initiatives) {
      if (!isActive(initiative) || initiative.confidence !== 'committed' || !initiative.start || !initiative.end)
        continue;
      const horizon = initiative.horizonId ? index.horizons.get(initiative.horizonId) : undefined;
      const far =
        horizon?.kind === 'later' ||
        (horizon !== undefined && (order.get(horizon.id) ?? 0) > current + 1) ||
        daysBetween(today, initiative.start) > options.farDays;
      if (!far) continue;
      findings.push({
        message: `"${initiative.title}" (${initiative.id}) is ${horizon ? `in ${horizon.title}` : 'far out'} yet shown as committed from ${initiative.start} to ${initiative.end}.`,
        ids: [initiative.id],
        hint: "Show far work as 'likely' or 'exploratory' in its horizon without exact dates; commit when it is near and refined.",
      });
    }
    return findings;
  },
};
