import type { AlignmentReport, SubScoreName } from '../score/types.js';
import type { ScoreThenAndNow } from './baselineTypes.js';

const measured = (report: AlignmentReport, name: SubScoreName) => {
  const sub = report.subScores.find((s) => s.name === name);
  return sub && sub.denominator > 0 ? sub.value : undefined;
};

/**
 * Two alignment reports side by side: the score and each sub-score then and now, and the
 * difference (now − then; a sub-score that measured nothing on one side has no difference).
 * `scoreThenAndNow` scores both sides itself; a view that already holds a baseline's plan and
 * suspects scores them and calls this, without bundling the diff.
 *
 * @example
 * const before = scoreAlignment(view.before, { today });
 * const now = scoreAlignment(plan, { today, suspects: view.suspects });
 * scoreDeltas(before, now).delta; // -6.5
 */
export function scoreDeltas(before: AlignmentReport, now: AlignmentReport): ScoreThenAndNow {
  return {
    before: before.score,
    now: now.score,
    delta: Math.round((now.score - before.score) * 10) / 10,
    subScores: now.subScores.map(({ name }) => {
      const was = measured(before, name);
      const is = measured(now, name);
      return {
        name,
        ...(was !== undefined ? { before: was } : {}),
        ...(is !== undefined ? { now: is } : {}),
        ...(is !== undefined && was !== undefined ? { delta: is - was } : {}),
      };
    }),
  };
}
