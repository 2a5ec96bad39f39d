import { formatNumber as f } from './format.js';
import {
  explainResult,
  type Framework,
  finite,
  missingInput,
  NO_PROBLEMS,
  tooLarge,
  unscored,
  zeroEffort,
} from './frameworkScore.js';
import type { PriorityProblem } from './priority.types.js';

const NO_JOB_SIZE: PriorityProblem = {
  code: 'missing-input',
  field: 'wsjf.jobSize',
  message: 'No WSJF job size and no estimate to take it from: set `priority.wsjf.jobSize` or `estimate`.',
};

/**
 * WSJF (SAFe): cost of delay ÷ job size, where cost of delay = business value + time criticality +
 * risk reduction (and opportunity enablement). Job size is `priority.wsjf.jobSize`, or the entity's
 * estimate when that is left out. A missing input or a job size of 0 gives no score.
 * Chart axes: value = cost of delay, effort = job size.
 *
 * @example
 * const result = wsjf.score({ wsjf: { businessValue: 8, timeCriticality: 5, riskReduction: 3 } }, 5, { framework: 'wsjf' });
 * result.score; // 3.2 (value 16, effort 5)
 * wsjf.explain(result, { framework: 'wsjf' }); // 'WSJF (8 + 5 + 3) ÷ 5 (estimate) = 3.2'
 */
export const wsjf: Framework = {
  score(priority, estimate) {
    const inputs = priority?.wsjf;
    const businessValue = inputs?.businessValue;
    const timeCriticality = inputs?.timeCriticality;
    const riskReduction = inputs?.riskReduction;
    const fromEstimate = inputs?.jobSize === undefined;
    const jobSize = fromEstimate ? estimate : inputs?.jobSize;
    const used = {
      businessValue,
      timeCriticality,
      riskReduction,
      jobSize,
      jobSizeFrom: fromEstimate ? 'estimate' : 'wsjf.jobSize',
    };
    const costOfDelay =
      businessValue === undefined || timeCriticality === undefined || riskReduction === undefined
        ? null
        : finite(businessValue + timeCriticality + riskReduction);
    if (costOfDelay === null || jobSize === undefined) {
      const missing = [
        businessValue === undefined ? missingInput('wsjf.businessValue', 'WSJF business value') : undefined,
        timeCriticality === undefined ? missingInput('wsjf.timeCriticality', 'WSJF time criticality') : undefined,
        riskReduction === undefined ? missingInput('wsjf.riskReduction', 'WSJF risk reduction') : undefined,
        jobSize === undefined ? NO_JOB_SIZE : undefined,
      ].filter((p) => p !== undefined);
      // Three inputs present whose sum overflows: too large, not missing.
      return unscored(
        used,
        missing.length > 0 ? missing : [tooLarge('wsjf.businessValue', 'WSJF')],
        costOfDelay,
        jobSize ?? null,
      );
    }
    if (jobSize === 0) {
      const zero = fromEstimate ? zeroEffort('estimate', 'The estimate') : zeroEffort('wsjf.jobSize', 'WSJF job size');
      return unscored(used, [zero], costOfDelay, 0);
    }
    const score = finite(costOfDelay / jobSize);
    if (score === null) return unscored(used, [tooLarge('wsjf.jobSize', 'WSJF')], costOfDelay, jobSize);
    return { score, value: costOfDelay, effort: jobSize, inputs: used, problems: NO_PROBLEMS };
  },

  explain(result) {
    const { businessValue, timeCriticality, riskReduction, jobSize, jobSizeFrom } = result.inputs as {
      readonly [K in 'businessValue' | 'timeCriticality' | 'riskReduction' | 'jobSize']: number;
    } & { readonly jobSizeFrom: string };
    return explainResult(
      'WSJF',
      result,
      () =>
        `(${f(businessValue)} + ${f(timeCriticality)} + ${f(riskReduction)}) ÷ ${f(jobSize)}${jobSizeFrom === 'estimate' ? ' (estimate)' : ''}`,
      'job size',
    );
  },
};
