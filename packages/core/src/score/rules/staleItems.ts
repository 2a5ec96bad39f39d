import type { Rule } from '../types.js';

export interface StaleItemsOptions {
  /** Days without an update after which an open item is stale. */
  readonly staleDays: number;
}

/** Seed, mistake 2: letting the backlog become a dumping ground (regular pruning is missing). */
export const staleItems: Rule<StaleItemsOptions> = {
  id: 'stale-items',
  description: 'Open product-backlog items nobody has touched (updatedAt) for a long time.',
  defaultLevel: 'warn',
  defaults: { staleDays: 120 },
  check({ productItems, productHygiene, daysAgo }, options) {
    const flags = productHygiene(daysAgo(options.staleDays)).stale;
    const stale = productItems.filter((_, r) => flags[r]).map((item) => item.id);
    if (stale.length === 0) return [];
    return [
      {
        message: `${stale.length} open item${stale.length === 1 ? ' has' : 's have'} not been updated in ${options.staleDays} days or more.`,
        ids: stale,
        hint: 'Groom them: close what no longer matters, refine and re-rank what still does.',
      },
    ];
  },
};
