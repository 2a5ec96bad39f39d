import { isActive } from '../signals.js';
import type { Rule } from '../types.js';

/** Seed: "the roadmap's outcomes should be traceable in the backlog's priorities". */
export const currentInitiativeWithoutWork: Rule = {
  id: 'current-initiative-without-work',
  description: 'An initiative in the current horizon with no backlog work tracing to it.',
  defaultLevel: 'error',
  defaults: {},
  check({ plan, initiatives }) {
    return plan.initiatives
      .filter((i) => isActive(i) && initiatives.get(i.id)?.inCurrentHorizon && initiatives.get(i.id)?.itemCount === 0)
      .map((i) => ({
        message: `"${i.title}" (${i.id}) is on the roadmap for now, but no backlog work traces to it.`,
        ids: [i.id],
        hint: 'Break it into epics and stories (or a spike to find out how), or move it to a later horizon.',
      }));
  },
};
