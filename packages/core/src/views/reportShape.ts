import type { RefinementShapeOptions } from '../score/rules/refinementShape.js';
import { refinementBands } from '../score/rules/refinementShape.js';
import type { AlignmentReport, Readiness } from '../score/types.js';
import type { RefinementBand, RefinementBandName, ReportShape } from './alignmentReportTypes.js';

const countsOf = (list: readonly Readiness[]): Record<Readiness, number> => {
  const counts = { ready: 0, partial: 0, rough: 0 };
  for (const readiness of list) counts[readiness]++;
  return counts;
};

/** What an entry of each band must be to meet the band's bar. */
const MEETS: Readonly<Record<RefinementBandName, (readiness: Readiness) => boolean>> = {
  ready: (readiness) => readiness === 'ready',
  partial: (readiness) => readiness !== 'rough',
  rest: () => true,
};

/**
 * The product backlog's refinement shape, band by band, from the report alone: the entries in rank
 * order (the items the report ranks), cut into the bands `refinementBands` gives (the rule's and
 * the readiness sub-score's definition: the top `ceil(N × readyBand)` should be ready, the next
 * ones up to `ceil(N × (readyBand + partialBand))` at least partial, the rest may stay rough), with
 * each band's readiness counts and how many meet its bar. Bands that ask for more entries than
 * there are are cut to the backlog. Empty, with the reason, when there is no backlog to shape.
 *
 * @example
 * const shape = reportShape(report, { readyBand: 0.2, partialBand: 0.3 });
 * shape.bands.map((band) => `${band.name}: ${band.meeting} of ${band.size}`); // ['ready: 11 of 18', …]
 */
export function reportShape(
  report: AlignmentReport,
  options: Pick<RefinementShapeOptions, 'readyBand' | 'partialBand'>,
): ReportShape {
  const ranked = report.items
    .filter((item) => item.rank !== undefined)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((item) => item.readiness);
  const total = ranked.length;
  const counts = countsOf(ranked);
  if (report.productBacklogId === undefined) return { total, bands: [], counts, empty: 'no-product-backlog' };
  if (total === 0) return { total, bands: [], counts, empty: 'empty-product-backlog' };

  const { top, next } = refinementBands(total, options);
  const topSize = Math.max(0, Math.min(top, total));
  const nextSize = Math.max(0, Math.min(next, total - topSize));
  const band = (name: RefinementBandName, start: number, size: number, expectedShare: number): RefinementBand => {
    const entries = ranked.slice(start, start + size);
    return {
      name,
      start,
      size,
      expectedShare,
      counts: countsOf(entries),
      meeting: entries.filter(MEETS[name]).length,
    };
  };
  return {
    total,
    bands: [
      band('ready', 0, topSize, options.readyBand),
      band('partial', topSize, nextSize, options.partialBand),
      band(
        'rest',
        topSize + nextSize,
        total - topSize - nextSize,
        Math.max(0, 1 - options.readyBand - options.partialBand),
      ),
    ],
    counts,
    empty: null,
  };
}
