import { getPlanIndex } from '../../model/planIndex.js';
import type { Rule } from '../types.js';

export interface StrategySizedItemOptions {
  /** Title openings that describe an outcome rather than a deliverable. */
  readonly outcomeVerbs: readonly string[];
}

/**
 * Seed, mistake "adding strategy items directly into the backlog": an item with no delivery scope
 * (no description, no acceptance criteria, no estimate, no breakdown) that is an epic, is worded
 * as an outcome, or repeats the title of a goal, theme or initiative.
 */
export const strategySizedItem: Rule<StrategySizedItemOptions> = {
  id: 'strategy-sized-item',
  description:
    'A backlog item the size of a strategy: an epic or outcome-worded item with no description, acceptance criteria, estimate or children.',
  defaultLevel: 'warn',
  defaults: {
    outcomeVerbs: [
      'improve',
      'increase',
      'expand',
      'enhance',
      'grow',
      'reduce',
      'boost',
      'strengthen',
      'optimize',
      'optimise',
    ],
  },
  check({ plan }, options) {
    const index = getPlanIndex(plan);
    const roadmapTitles = new Set(
      [...plan.goals, ...plan.themes, ...plan.initiatives].map((entity) => entity.title.trim().toLowerCase()),
    );
    const findings = [];
    for (const item of plan.items) {
      // Cheapest tests first: most items have an estimate or criteria, and are skipped at once.
      if (item.estimate !== undefined || item.acceptanceCriteria.length > 0 || item.status === 'done') continue;
      if (item.description !== undefined && item.description.trim() !== '') continue;
      if (index.childrenOf.has(item.id) || !index.placesOf.has(item.id)) continue;
      const title = item.title.trim().toLowerCase();
      const outcome = options.outcomeVerbs.includes(title.split(/\s+/)[0] ?? '');
      const repeatsRoadmap = roadmapTitles.has(title);
      if (item.kind !== 'epic' && !outcome && !repeatsRoadmap) continue;
      const why = repeatsRoadmap ? 'repeats a roadmap title' : outcome ? 'is worded as an outcome' : 'is an epic';
      findings.push({
        message: `"${item.title}" (${item.id}) ${why} and has no scope: no description, acceptance criteria, estimate or breakdown.`,
        ids: [item.id],
        hint: 'Keep the outcome on the roadmap; break it into epics, stories, tasks or a research spike the team can estimate.',
      });
    }
    return findings;
  },
};
