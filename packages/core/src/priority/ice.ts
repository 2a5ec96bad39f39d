import { formatNumber as f } from './format.js';
import {
  explainResult,
  type Framework,
  finite,
  missingInput,
  NO_PROBLEMS,
  outOfScale,
  tooLarge,
  unscored,
} from './frameworkScore.js';
import type { PriorityProblem } from './priority.types.js';

/** Reports an ICE score off 1–10: it is still used. */
function offScale(name: string, x: number | undefined, found: PriorityProblem[]): void {
  if (x !== undefined && !(x >= 1 && x <= 10)) found.push(outOfScale(`ice.${name}`, x, '1 to 10'));
}

/**
 * ICE (Sean Ellis, GrowthHackers): impact × confidence × ease, each scored 1 to 10; with
 * `iceCombine: 'mean'`, their mean instead. A score off 1–10 is reported (`out-of-scale`) and still
 * used. Chart axes: value = impact × confidence ÷ 10 (impact discounted by confidence, on the same
 * 1–10 scale), effort = 11 − ease (easy work is little effort).
 *
 * @example
 * const result = ice.score({ ice: { impact: 8, confidence: 7, ease: 6 } }, undefined, { framework: 'ice' });
 * result.score; // 336 (value 5.6, effort 5)
 * ice.explain(result, { framework: 'ice' }); // 'ICE 8 × 7 × 6 = 336'
 */
export const ice: Framework = {
  score(priority, _estimate, options) {
    const inputs = priority?.ice;
    const impact = inputs?.impact;
    const confidence = inputs?.confidence;
    const ease = inputs?.ease;
    const used = { impact, confidence, ease };
    const found: PriorityProblem[] = [];
    if (impact === undefined) found.push(missingInput('ice.impact', 'ICE impact'));
    if (confidence === undefined) found.push(missingInput('ice.confidence', 'ICE confidence'));
    if (ease === undefined) found.push(missingInput('ice.ease', 'ICE ease'));
    offScale('impact', impact, found);
    offScale('confidence', confidence, found);
    offScale('ease', ease, found);
    const problems = found.length === 0 ? NO_PROBLEMS : found;
    const value = impact === undefined || confidence === undefined ? null : finite((impact * confidence) / 10);
    const effort = ease === undefined ? null : 11 - ease;
    if (impact === undefined || confidence === undefined || ease === undefined) {
      return unscored(used, problems, value, effort);
    }
    const score = finite(options.iceCombine === 'mean' ? (impact + confidence + ease) / 3 : impact * confidence * ease);
    if (score === null) return unscored(used, [tooLarge('ice.impact', 'ICE'), ...problems], value, effort);
    return { score, value, effort, inputs: used, problems };
  },

  explain(result, options) {
    const { impact, confidence, ease } = result.inputs as { readonly [K in 'impact' | 'confidence' | 'ease']: number };
    const off = result.problems.filter((p) => p.code === 'out-of-scale').map((p) => p.field.slice('ice.'.length));
    return explainResult(
      'ICE',
      result,
      () =>
        options.iceCombine === 'mean'
          ? `(${f(impact)} + ${f(confidence)} + ${f(ease)}) ÷ 3`
          : `${f(impact)} × ${f(confidence)} × ${f(ease)}`,
      'effort',
      off.length === 0 ? '' : `; ${off.join(', ')} off the 1–10 scale`,
    );
  },
};
