import type { InitiativeSource } from '../../model/types.js';
import { isActive } from '../signals.js';
import type { FindingSeverity, Rule } from '../types.js';

export interface InitiativeWithoutGoalOptions {
  /** Severity by where the entry came from: a promoted feature request weighs most. */
  readonly severityBySource: Readonly<Partial<Record<InitiativeSource | 'unknown', FindingSeverity>>>;
}

/** Seed, mistake 4: promoting every feature request to the roadmap. */
export const initiativeWithoutGoal: Rule<InitiativeWithoutGoalOptions> = {
  id: 'initiative-without-goal',
  description:
    'A roadmap initiative that serves no goal, directly or through its theme; worst when it came from a request.',
  defaultLevel: 'error',
  defaults: {
    severityBySource: {
      'customer-request': 'error',
      sales: 'error',
      support: 'warn',
      strategy: 'warn',
      tech: 'warn',
      other: 'warn',
      unknown: 'warn',
    },
  },
  check({ plan, initiativesOfGoal }, options) {
    const serving = new Set([...initiativesOfGoal.values()].flat());
    const findings = [];
    for (const initiative of plan.initiatives) {
      if (!isActive(initiative) || serving.has(initiative.id)) continue;
      const source = initiative.source ?? 'unknown';
      const request = source === 'customer-request' || source === 'sales';
      findings.push({
        message: request
          ? `"${initiative.title}" (${initiative.id}) came from a ${source.replace('-', ' ')} and serves no goal: a feature request promoted to the roadmap.`
          : `"${initiative.title}" (${initiative.id}) serves no goal.`,
        ids: [initiative.id],
        hint: 'Tie it to the goal it moves (directly or through a theme), or take it off the roadmap and weigh the request against your goals.',
        severity: options.severityBySource[source] ?? 'warn',
      });
    }
    return findings;
  },
};
