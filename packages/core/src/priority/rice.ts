import { formatNumber as f } from './format.js';
import {
  explainResult,
  type Framework,
  finite,
  missingInput,
  outOfScale,
  problemList,
  tooLarge,
  unscored,
  zeroEffort,
} from './frameworkScore.js';
import type { PriorityProblem } from './priority.types.js';

/** Intercom's impact scale: massive, high, medium, low, minimal. */
const IMPACT_SCALE: readonly number[] = [3, 2, 1, 0.5, 0.25];

const NO_ESTIMATE: PriorityProblem = {
  code: 'missing-input',
  field: 'estimate',
  message: 'No estimate, which RICE takes as effort here: set `estimate`.',
};

/**
 * RICE (Intercom): reach × impact × confidence ÷ effort. Effort is `priority.rice.effort`, or the
 * entity's estimate with `riceEffort: 'estimate'`. An impact off the 3 / 2 / 1 / 0.5 / 0.25 scale
 * is reported (`out-of-scale`) and still used; a missing input or an effort of 0 gives no score.
 * Chart axes: value = reach × impact × confidence, effort = effort.
 *
 * @example
 * const result = rice.score({ rice: { reach: 2000, impact: 2, confidence: 0.8, effort: 4 } }, undefined, { framework: 'rice' });
 * result.score; // 800 (value 3,200, effort 4)
 * rice.explain(result, { framework: 'rice' }); // 'RICE 2,000 × 2 × 0.8 ÷ 4 = 800'
 */
export const rice: Framework = {
  score(priority, estimate, options) {
    const inputs = priority?.rice;
    const fromEstimate = options.riceEffort === 'estimate';
    const reach = inputs?.reach;
    const impact = inputs?.impact;
    const confidence = inputs?.confidence;
    const effort = fromEstimate ? estimate : inputs?.effort;
    const used = { reach, impact, confidence, effort, effortFrom: fromEstimate ? 'estimate' : 'rice.effort' };
    const scale =
      impact === undefined || IMPACT_SCALE.includes(impact)
        ? undefined
        : outOfScale('rice.impact', impact, '3, 2, 1, 0.5, 0.25');
    const value =
      reach === undefined || impact === undefined || confidence === undefined
        ? null
        : finite(reach * impact * confidence);
    if (reach === undefined || impact === undefined || confidence === undefined || effort === undefined) {
      const missing = [
        reach === undefined ? missingInput('rice.reach', 'RICE reach') : undefined,
        impact === undefined ? missingInput('rice.impact', 'RICE impact') : undefined,
        confidence === undefined ? missingInput('rice.confidence', 'RICE confidence') : undefined,
        effort !== undefined ? undefined : fromEstimate ? NO_ESTIMATE : missingInput('rice.effort', 'RICE effort'),
        scale,
      ].filter((p) => p !== undefined);
      return unscored(used, missing, value, effort ?? null);
    }
    if (effort === 0) {
      const zero = fromEstimate ? zeroEffort('estimate', 'The estimate') : zeroEffort('rice.effort', 'RICE effort');
      return unscored(used, problemList(zero, scale), value, 0);
    }
    const score = value === null ? null : finite(value / effort);
    if (score === null) return unscored(used, problemList(tooLarge('rice.reach', 'RICE'), scale), value, effort);
    return { score, value, effort, inputs: used, problems: problemList(scale) };
  },

  explain(result) {
    // Read only once every input is there: the formula is written for scored results.
    const { reach, impact, confidence, effort, effortFrom } = result.inputs as {
      readonly [K in 'reach' | 'impact' | 'confidence' | 'effort']: number;
    } & { readonly effortFrom: string };
    const offScale = result.problems.some((p) => p.code === 'out-of-scale');
    return explainResult(
      'RICE',
      result,
      () =>
        `${f(reach)} × ${f(impact)} × ${f(confidence)} ÷ ${f(effort)}${effortFrom === 'estimate' ? ' (estimate)' : ''}`,
      'effort',
      offScale ? `; impact ${f(impact)} is off the scale` : '',
    );
  },
};
