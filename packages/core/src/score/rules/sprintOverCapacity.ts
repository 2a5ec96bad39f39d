import type { Rule } from '../types.js';

/** Seed: sprint backlogs are what the team commits to in a cycle; more than capacity is not a plan. */
export const sprintOverCapacity: Rule = {
  id: 'sprint-over-capacity',
  description: 'A current or future sprint whose items add up to more estimate than its capacity.',
  defaultLevel: 'error',
  defaults: {},
  check({ plan, today, itemById }) {
    const findings = [];
    for (const sprint of plan.backlogs) {
      if (sprint.kind !== 'sprint' || sprint.capacity === undefined) continue;
      if (sprint.end !== undefined && sprint.end < today) continue;
      const total = sprint.itemIds.reduce((sum, id) => sum + (itemById.get(id)?.estimate ?? 0), 0);
      if (total <= sprint.capacity) continue;
      findings.push({
        message: `${sprint.title} (${sprint.id}) holds ${total} against a capacity of ${sprint.capacity}.`,
        ids: [sprint.id],
        hint: 'Move the lowest-priority items back to the product backlog until the sprint fits.',
      });
    }
    return findings;
  },
};
