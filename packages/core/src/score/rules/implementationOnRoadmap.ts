import { getPlanIndex } from '../../model/planIndex.js';
import { DEFAULT_TASK_VERBS, looksLikeTask } from '../signals.js';
import type { Rule } from '../types.js';

export interface ImplementationOnRoadmapOptions {
  /** First words that make a roadmap entry read like a task. */
  readonly taskVerbs: readonly string[];
  /** More features than this under one initiative is a specification, not intent. */
  readonly maxFeaturesPerInitiative: number;
}

/** Seed, mistake 1 of "separate planning layers": overloading the roadmap with implementation detail. */
export const implementationOnRoadmap: Rule<ImplementationOnRoadmapOptions> = {
  id: 'implementation-on-roadmap',
  description: 'A roadmap entry that reads like a task, or an initiative carrying too many features.',
  defaultLevel: 'warn',
  defaults: { taskVerbs: DEFAULT_TASK_VERBS, maxFeaturesPerInitiative: 6 },
  check({ plan }, options) {
    const index = getPlanIndex(plan);
    const findings = [];
    for (const initiative of plan.initiatives) {
      if (initiative.status === 'dropped') continue;
      if (looksLikeTask(initiative, options.taskVerbs)) {
        findings.push({
          message: `"${initiative.title}" (${initiative.id}) reads like an implementation task, not an outcome.`,
          ids: [initiative.id],
          hint: 'Put the task in the backlog under the outcome it serves; name the roadmap entry after that outcome.',
        });
      }
      const features = index.featuresByInitiative.get(initiative.id) ?? [];
      if (features.length > options.maxFeaturesPerInitiative) {
        findings.push({
          message: `"${initiative.title}" (${initiative.id}) lists ${features.length} features (more than ${options.maxFeaturesPerInitiative}).`,
          ids: [initiative.id, ...features.map((f) => f.id)],
          hint: 'Keep a few capabilities at initiative level; the detail belongs in epics and stories.',
        });
      }
    }
    return findings;
  },
};
