import { perPlan } from '../../cache/perPlan.js';
import type { Plan } from '../../model/types.js';
import type { Rule } from '../types.js';

// The done items' update dates, sorted, once per plan: any window is then two binary searches.
const doneDates = perPlan((plan: Plan): readonly string[] =>
  plan.items
    .filter((item) => item.status === 'done' && item.updatedAt !== undefined)
    .map((item) => item.updatedAt as string)
    .sort(),
);

/** How many sorted ISO dates are before `date` (or on it, when `inclusive`). */
function countBefore(dates: readonly string[], date: string, inclusive: boolean): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const value = dates[mid] as string;
    if (value < date || (inclusive && value === date)) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface OversizedBacklogOptions {
  /** The window, in days before today, whose finished items measure throughput. */
  readonly throughputDays: number;
  /** How many such windows of work the backlog may hold before it is a dumping ground. */
  readonly maxWindows: number;
}

/** Seed, mistake 2: a backlog that grows faster than the team can ever deliver. */
export const oversizedBacklog: Rule<OversizedBacklogOptions> = {
  id: 'oversized-backlog',
  description: 'The product backlog holds far more open items than the team finishes in a comparable time.',
  defaultLevel: 'warn',
  defaults: { throughputDays: 90, maxWindows: 4 },
  check({ plan, productBacklog, productItems, today, daysAgo }, options) {
    if (!productBacklog) return [];
    // Throughput: items done and last updated within the window (updatedAt stands in for done date).
    const dates = doneDates(plan);
    const finished = countBefore(dates, today, true) - countBefore(dates, daysAgo(options.throughputDays), false);
    if (finished === 0) return [];
    const open = productItems.filter((item) => item.status !== 'done').length;
    if (open <= finished * options.maxWindows) return [];
    return [
      {
        message: `${productBacklog.title} holds ${open} open items; the team finished ${finished} in the last ${options.throughputDays} days, so this is about ${Math.round((open / finished) * 10) / 10} windows of work.`,
        ids: [productBacklog.id],
        hint: 'Prune: close or archive what will not be done in the next few cycles; keep ideas on the roadmap instead.',
      },
    ];
  },
};
