import type { ItemKind } from '../../model/vocabulary.js';
import type { Rule } from '../types.js';

export interface SprintItemWithoutCriteriaOptions {
  /** Kinds that need acceptance criteria before a sprint takes them. */
  readonly kinds: readonly ItemKind[];
}

/** Seed: acceptance criteria are the shared definition of done QA builds test cases from. */
export const sprintItemWithoutCriteria: Rule<SprintItemWithoutCriteriaOptions> = {
  id: 'sprint-item-without-criteria',
  description: 'An item in a current or future sprint with no acceptance criteria.',
  defaultLevel: 'warn',
  defaults: { kinds: ['story', 'bug', 'improvement', 'tech-debt'] },
  check({ plan, today, itemById: byId }, options) {
    const findings = [];
    for (const sprint of plan.backlogs) {
      if (sprint.kind !== 'sprint' || (sprint.end !== undefined && sprint.end < today)) continue;
      for (const id of sprint.itemIds) {
        const item = byId.get(id);
        if (!item || item.status === 'done' || !options.kinds.includes(item.kind)) continue;
        if (item.acceptanceCriteria.length > 0) continue;
        findings.push({
          message: `"${item.title}" (${id}) is in ${sprint.title} with no acceptance criteria.`,
          ids: [id, sprint.id],
          hint: 'Agree the conditions of done with QA before the sprint starts on it.',
        });
      }
    }
    return findings;
  },
};
