import { formatNumber as f } from './format.js';
import { explainResult, type Framework, missingInput, NO_PROBLEMS, outOfScale, unscored } from './frameworkScore.js';
import type { PriorityCriterion, PriorityProblem } from './priority.types.js';

/** The criteria when none are given: one `value` and one `effort` score, each 0 to 5. */
export const DEFAULT_CRITERIA: {
  readonly value: readonly PriorityCriterion[];
  readonly effort: readonly PriorityCriterion[];
} = { value: [{ key: 'value' }], effort: [{ key: 'effort' }] };

const DEFAULT_MAX = 5;

/**
 * One factor (value or effort) as airfocus computes it: each criterion's score normalised to 0–1
 * by its scale's top (`max`), then the weighted mean, Σ(weight × score ÷ max) ÷ Σ weight. A score
 * above `max` is reported and still used (the factor can then pass 1). `undefined` when a
 * criterion has no score; each missing one is a problem.
 */
function factor(
  group: 'value' | 'effort',
  scores: Readonly<Record<string, number>> | undefined,
  criteria: readonly PriorityCriterion[],
  used: Record<string, number | undefined>,
  problems: PriorityProblem[],
): number | undefined {
  let sum = 0;
  let weights = 0;
  let complete = true;
  for (const criterion of criteria) {
    const score = scores?.[criterion.key];
    const field = `valueEffort.${group}.${criterion.key}`;
    const max = criterion.max ?? DEFAULT_MAX;
    used[`${group}.${criterion.key}`] = score;
    if (score === undefined) {
      problems.push(missingInput(field, `${group} score for ${criterion.label ?? criterion.key}`));
      complete = false;
      continue;
    }
    if (score > max) problems.push(outOfScale(field, score, `0 to ${max}`));
    const weight = criterion.weight ?? 1;
    sum += (weight * score) / max;
    weights += weight;
  }
  return complete ? sum / weights : undefined;
}

/**
 * Value / effort, as airfocus scores it: value and effort are each the weighted mean of their
 * criteria's scores, normalised to 0–1 (see `factor`), and the score is their average with effort
 * turned round, (value + (1 − effort)) ÷ 2 × 100: 0 to 100, 100 for the most value for the least
 * effort (an effort above its scale that would take it below 0 counts as 0). Criteria come from
 * `options.criteria` (default: one `value` and one `effort`, each 0–5). Chart axes: value and
 * effort, each 0–1.
 *
 * @example
 * const options = { framework: 'value-effort' } as const;
 * const result = valueEffort.score({ valueEffort: { value: { value: 4 }, effort: { effort: 2 } } }, undefined, options);
 * result.score; // 70 (value 0.8, effort 0.4)
 * valueEffort.explain(result, options); // 'Value/effort (0.8 + 1 − 0.4) ÷ 2 × 100 = 70'
 */
export const valueEffort: Framework = {
  score(priority, _estimate, options) {
    const inputs = priority?.valueEffort;
    const criteria = options.criteria ?? DEFAULT_CRITERIA;
    const used: Record<string, number | undefined> = {};
    const found: PriorityProblem[] = [];
    const value = factor('value', inputs?.value, criteria.value, used, found);
    const effort = factor('effort', inputs?.effort, criteria.effort, used, found);
    const problems = found.length === 0 ? NO_PROBLEMS : found;
    if (value === undefined || effort === undefined) return unscored(used, problems, value ?? null, effort ?? null);
    // Only an effort score above its scale's top takes the result below 0; the scale stops at 0.
    const score = Math.max(0, ((value + (1 - effort)) / 2) * 100);
    return { score, value, effort, inputs: used, problems };
  },

  explain(result) {
    const value = result.value as number;
    const effort = result.effort as number;
    return explainResult(
      'Value/effort',
      result,
      () => `(${f(value)} + 1 − ${f(effort)}) ÷ 2 × 100`,
      'effort',
      value + 1 - effort < 0 ? ' (below 0, counted as 0)' : '',
    );
  },
};
