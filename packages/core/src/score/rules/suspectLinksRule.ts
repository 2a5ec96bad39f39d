import type { MeaningValue, SuspectReason } from '../../suspect/suspect.types.js';
import type { Rule } from '../types.js';

/** The reasons `suspect-links` reports and the traceability sub-score discounts. */
export const SUSPECT_REASONS: readonly SuspectReason[] = [
  'goal-title',
  'goal-metric',
  'goal-target',
  'initiative-goals',
  'initiative-status',
  'initiative-horizon',
  'item-parent',
];

const WHAT: Record<SuspectReason, string> = {
  'goal-title': "the goal's title",
  'goal-metric': "the goal's metric",
  'goal-target': "the goal's target",
  'initiative-goals': "the initiative's goals",
  'initiative-status': "the initiative's status",
  'initiative-horizon': "the initiative's horizon",
  'item-parent': "the item's parent",
};

/** A value as the finding quotes it: a metric as its name and unit. */
function show(value: MeaningValue): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const metric = value as { readonly name: string; readonly unit?: string };
    return JSON.stringify(metric.unit ? `${metric.name} (${metric.unit})` : metric.name);
  }
  return JSON.stringify(value);
}

/**
 * Requirements tools' suspect links: a trace stays "aligned" after its goal was rewritten or its
 * initiative dropped until someone checks it. Needs `ScoreOptions.baseline`; without one it is quiet.
 */
export const suspectLinksRule: Rule<{ readonly reasons: readonly SuspectReason[] }> = {
  id: 'suspect-links',
  description:
    'A trace link whose goal, initiative or parent changed in meaning since the baseline, not reviewed since.',
  defaultLevel: 'warn',
  defaults: { reasons: SUSPECT_REASONS },
  check({ suspects }, { reasons }) {
    return suspects.flatMap(({ link, changes }) => {
      const counted = changes.filter((c) => reasons.includes(c.reason));
      if (counted.length === 0) return [];
      const what = counted.map((c) => `${WHAT[c.reason]} went from ${show(c.before)} to ${show(c.after)}`).join('; ');
      return [
        {
          message: `The link from ${link.from.kind} ${link.from.id} to ${link.to.kind} ${link.to.id} is suspect: ${what}.`,
          ids: [link.from.id, link.to.id],
          hint: 'Check the link still holds, then mark it reviewed (a review-link change); or link the work elsewhere.',
        },
      ];
    });
  },
};
