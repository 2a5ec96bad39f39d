import type { Rule } from '../types.js';

export interface RefinementShapeOptions {
  /** The top share that should be ready (20 in 20/30/50). */
  readonly readyBand: number;
  /** The next share that should be at least partly defined (30 in 20/30/50). */
  readonly partialBand: number;
  /** The share of each band that must meet its bar before the rule fires. */
  readonly minShare: number;
  /** Smaller backlogs are not judged. */
  readonly minItems: number;
}

/** How many entries of a ranked backlog each band of the 20/30/50 shape holds, from the top. */
export interface RefinementBands {
  /** The first entries, which should be ready: `ceil(count × readyBand)`. */
  readonly top: number;
  /** The entries after those, which should be at least partial: `ceil(count × (readyBand + partialBand)) − top`. */
  readonly next: number;
}

/**
 * The two judged bands of a backlog of `count` entries under the 20/30/50 rule, rounded up: the
 * one definition the `refinement-shape` rule, the readiness sub-score and the alignment report's
 * shape all use. The entries after `top + next` are not judged. Bands that add up to more than 1
 * can ask for more entries than there are; callers that draw the bands clamp them to `count`.
 *
 * @example
 * refinementBands(12, { readyBand: 0.2, partialBand: 0.3 }); // { top: 3, next: 3 }
 */
export function refinementBands(
  count: number,
  options: Pick<RefinementShapeOptions, 'readyBand' | 'partialBand'>,
): RefinementBands {
  const top = Math.ceil(count * options.readyBand);
  return { top, next: Math.ceil(count * (options.readyBand + options.partialBand)) - top };
}

/** Seed, FAQ: the 20/30/50 rule — ~20% ready, ~30% partly defined, ~50% still high level. */
export const refinementShape: Rule<RefinementShapeOptions> = {
  id: 'refinement-shape',
  description: 'The product backlog is off the 20/30/50 shape: its top is not ready, or the next band is still rough.',
  defaultLevel: 'warn',
  defaults: { readyBand: 0.2, partialBand: 0.3, minShare: 0.8, minItems: 5 },
  check({ productBacklog, productReports }, options) {
    if (!productBacklog || productBacklog.itemIds.length < options.minItems) return [];
    const { top, next } = refinementBands(productBacklog.itemIds.length, options);
    const findings = [];
    const notReady = productReports
      .slice(0, top)
      .filter((r) => r.readiness !== 'ready')
      .map((r) => r.itemId);
    if (top > 0 && (top - notReady.length) / top < options.minShare) {
      findings.push({
        message: `Only ${top - notReady.length} of the top ${top} items in ${productBacklog.title} are ready to pick up.`,
        ids: notReady,
        hint: 'Refine these first: acceptance criteria, an estimate and a description, so the next cycles can start on them.',
      });
    }
    const rough = productReports
      .slice(top, top + next)
      .filter((r) => r.readiness === 'rough')
      .map((r) => r.itemId);
    if (next > 0 && (next - rough.length) / next < options.minShare) {
      findings.push({
        message: `${rough.length} of the next ${next} items in ${productBacklog.title} are still rough.`,
        ids: rough,
        hint: 'Give upcoming work at least a description and a first estimate or acceptance criteria.',
      });
    }
    return findings;
  },
};
