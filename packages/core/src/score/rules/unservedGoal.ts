import type { Rule } from '../types.js';

/** Seed: goals shape themes and initiatives; a goal nothing serves is a promise with no plan. */
export const unservedGoal: Rule = {
  id: 'unserved-goal',
  description: 'A goal that no active initiative serves, directly or through its theme.',
  defaultLevel: 'warn',
  defaults: {},
  check({ plan, initiativesOfGoal }) {
    return plan.goals
      .filter((goal) => (initiativesOfGoal.get(goal.id) ?? []).length === 0)
      .map((goal) => ({
        message: `Goal "${goal.title}" (${goal.id}) has no initiative working towards it.`,
        ids: [goal.id],
        hint: 'Add or re-point an initiative (or a theme) to it, or retire the goal if it no longer matters.',
      }));
  },
};
