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

/** `goal-title` → "the goal's title": a reason names its owner, then what changed. */
const what = (reason: SuspectReason) => reason.replace(/^(\w+)-(\w+)$/, "the $1's $2");

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
 * initiative dropped until someone checks it. Reads `ScoreOptions.suspects`; without them it is quiet.
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
      const changed = counted
        .map((c) => `${what(c.reason)} went from ${show(c.before)} to ${show(c.after)}`)
        .join('; ');
      return [
        {
          message: `The link from ${link.from.kind} ${link.from.id} to ${link.to.kind} ${link.to.id} is suspect: ${changed}.`,
          ids: [link.from.id, link.to.id],
          hint: 'Check the link still holds, then mark it reviewed (a review-link change); or link the work elsewhere.',
        },
      ];
    });
  },
};
