import type { Rule } from '../types.js';

/** Seed, mistake 2: ideas and requests added "with limited context". */
export const contextFreeItems: Rule = {
  id: 'context-free-items',
  description: 'Product-backlog items with no description, no acceptance criteria, no parent and no link.',
  defaultLevel: 'warn',
  defaults: {},
  check({ productItems, productHygiene, daysAgo }) {
    // Context-free does not depend on the cutoff; any one gives the same flags.
    const flags = productHygiene(daysAgo(0)).contextFree;
    const bare = productItems.filter((_, r) => flags[r]).map((item) => item.id);
    if (bare.length === 0) return [];
    return [
      {
        message: `${bare.length} item${bare.length === 1 ? ' is' : 's are'} in the backlog with only a title.`,
        ids: bare,
        hint: 'Say what each is and why (a description, acceptance criteria, a parent or an initiative), or remove it.',
      },
    ];
  },
};
