import { describe, expect, it } from 'vitest';
import { formatNumber } from './format.js';
import type { Framework } from './frameworkScore.js';
import { ice } from './ice.js';
import { moscow } from './moscow.js';
import type { PriorityInputs, PriorityOptions } from './priority.types.js';
import { rice } from './rice.js';
import { valueEffort } from './valueEffort.js';
import { wsjf } from './wsjf.js';

/** One framework's score of `priority`, with its explanation and the problem codes and fields. */
function run(framework: Framework, priority: PriorityInputs | undefined, estimate?: number, extra = {}) {
  const options = { framework: 'rice', ...extra } as PriorityOptions;
  const result = framework.score(priority, estimate, options);
  return {
    score: result.score,
    value: result.value,
    effort: result.effort,
    explanation: framework.explain(result, options),
    problems: result.problems.map((p) => `${p.code} ${p.field}`),
    messages: result.problems.map((p) => p.message),
    inputs: result.inputs,
  };
}

describe('RICE', () => {
  it('is reach × impact × confidence ÷ effort, with the numbers in the explanation', () => {
    expect(run(rice, { rice: { reach: 2000, impact: 2, confidence: 0.8, effort: 4 } })).toMatchObject({
      score: 800,
      value: 3200,
      effort: 4,
      explanation: 'RICE 2,000 × 2 × 0.8 ÷ 4 = 800',
      problems: [],
      inputs: { reach: 2000, impact: 2, confidence: 0.8, effort: 4, effortFrom: 'rice.effort' },
    });
    expect(run(rice, { rice: { reach: 150, impact: 0.25, confidence: 0.5, effort: 0.5 } }).score).toBe(37.5);
  });

  it("takes effort from the estimate with riceEffort: 'estimate', ignoring rice.effort", () => {
    const result = run(rice, { rice: { reach: 500, impact: 1, confidence: 1, effort: 99 } }, 5, {
      riceEffort: 'estimate',
    });
    expect(result).toMatchObject({ score: 100, effort: 5, explanation: 'RICE 500 × 1 × 1 ÷ 5 (estimate) = 100' });
    expect(result.inputs.effortFrom).toBe('estimate');
    expect(
      run(rice, { rice: { reach: 500, impact: 1, confidence: 1 } }, undefined, { riceEffort: 'estimate' }),
    ).toMatchObject({ score: null, problems: ['missing-input estimate'] });
  });

  it('reports each missing input and gives no score, never a guess', () => {
    const result = run(rice, { rice: { impact: 2, confidence: 0.8 } });
    expect(result).toMatchObject({
      score: null,
      value: null,
      effort: null,
      explanation: 'RICE: no reach, no effort',
      problems: ['missing-input rice.reach', 'missing-input rice.effort'],
    });
    expect(result.messages[0]).toBe('No RICE reach: set `priority.rice.reach`.');
    expect(run(rice, undefined).problems).toHaveLength(4);
  });

  it('gives no score for an effort of 0, not Infinity, and still knows the value axis', () => {
    expect(run(rice, { rice: { reach: 100, impact: 1, confidence: 1, effort: 0 } })).toMatchObject({
      score: null,
      value: 100,
      effort: 0,
      explanation: 'RICE 100 × 1 × 1 ÷ 0: no score, effort is 0',
      problems: ['zero-effort rice.effort'],
      messages: ['RICE effort is 0, which gives no score: set `priority.rice.effort` above 0.'],
    });
    expect(run(rice, { rice: { reach: 1, impact: 1, confidence: 1 } }, 0, { riceEffort: 'estimate' }).problems).toEqual(
      ['zero-effort estimate'],
    );
  });

  it('reports an impact off the 3 / 2 / 1 / 0.5 / 0.25 scale and still uses it', () => {
    const result = run(rice, { rice: { reach: 100, impact: 4, confidence: 0.5, effort: 2 } });
    expect(result).toMatchObject({
      score: 100,
      explanation: 'RICE 100 × 4 × 0.5 ÷ 2 = 100; impact 4 is off the scale',
      problems: ['out-of-scale rice.impact'],
    });
    for (const impact of [3, 2, 1, 0.5, 0.25]) {
      expect(run(rice, { rice: { reach: 1, impact, confidence: 1, effort: 1 } }).problems, String(impact)).toEqual([]);
    }
  });

  it('keeps huge inputs finite or reports them too large, never Infinity', () => {
    expect(run(rice, { rice: { reach: 1e15, impact: 3, confidence: 1, effort: 1 } })).toMatchObject({
      score: 3e15,
      explanation: 'RICE 1000000000000000 × 3 × 1 ÷ 1 = 3000000000000000',
    });
    const huge = run(rice, { rice: { reach: Number.MAX_VALUE, impact: 3, confidence: 1, effort: 1 } });
    expect(huge).toMatchObject({ score: null, value: null, problems: ['too-large rice.reach'] });
    expect(huge.explanation).toMatch(/: too large to score$/);
    expect(run(rice, { rice: { reach: Number.MAX_VALUE, impact: 1, confidence: 1, effort: 0.5 } })).toMatchObject({
      score: null,
      value: Number.MAX_VALUE,
      problems: ['too-large rice.reach'],
    });
  });
});

describe('WSJF', () => {
  it('is (business value + time criticality + risk reduction) ÷ job size', () => {
    expect(
      run(wsjf, { wsjf: { businessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 8 } }, 3),
    ).toMatchObject({
      score: 2,
      value: 16,
      effort: 8,
      explanation: 'WSJF (8 + 5 + 3) ÷ 8 = 2',
      inputs: { jobSize: 8, jobSizeFrom: 'wsjf.jobSize' },
    });
  });

  it('takes the job size from the estimate when left out', () => {
    expect(run(wsjf, { wsjf: { businessValue: 8, timeCriticality: 5, riskReduction: 3 } }, 5)).toMatchObject({
      score: 3.2,
      effort: 5,
      explanation: 'WSJF (8 + 5 + 3) ÷ 5 (estimate) = 3.2',
      inputs: { jobSize: 5, jobSizeFrom: 'estimate' },
    });
  });

  it('reports missing inputs, a job size with no estimate to fall back on, and a job size of 0', () => {
    expect(run(wsjf, { wsjf: { businessValue: 8 } })).toMatchObject({
      score: null,
      value: null,
      explanation: 'WSJF: no timeCriticality, no riskReduction, no jobSize',
      problems: [
        'missing-input wsjf.timeCriticality',
        'missing-input wsjf.riskReduction',
        'missing-input wsjf.jobSize',
      ],
    });
    expect(run(wsjf, { wsjf: { businessValue: 1, timeCriticality: 1, riskReduction: 1 } }).messages).toEqual([
      'No WSJF job size and no estimate to take it from: set `priority.wsjf.jobSize` or `estimate`.',
    ]);
    expect(
      run(wsjf, { wsjf: { businessValue: 1, timeCriticality: 2, riskReduction: 3, jobSize: 0 } }, 5),
    ).toMatchObject({
      score: null,
      value: 6,
      effort: 0,
      problems: ['zero-effort wsjf.jobSize'],
      explanation: 'WSJF (1 + 2 + 3) ÷ 0: no score, job size is 0',
    });
    expect(run(wsjf, { wsjf: { businessValue: 1, timeCriticality: 2, riskReduction: 3 } }, 0).problems).toEqual([
      'zero-effort estimate',
    ]);
  });
});

describe('ICE', () => {
  it('is impact × confidence × ease, or their mean', () => {
    const priority = { ice: { impact: 8, confidence: 7, ease: 6 } };
    expect(run(ice, priority)).toMatchObject({
      score: 336,
      value: 5.6,
      effort: 5,
      explanation: 'ICE 8 × 7 × 6 = 336',
    });
    expect(run(ice, priority, undefined, { iceCombine: 'mean' })).toMatchObject({
      score: 7,
      explanation: 'ICE (8 + 7 + 6) ÷ 3 = 7',
    });
  });

  it('reports scores off 1–10 and still uses them; reports missing ones', () => {
    expect(run(ice, { ice: { impact: 12, confidence: 0, ease: 5 } })).toMatchObject({
      score: 0,
      explanation: 'ICE 12 × 0 × 5 = 0; impact, confidence off the 1–10 scale',
      problems: ['out-of-scale ice.impact', 'out-of-scale ice.confidence'],
    });
    expect(run(ice, { ice: { impact: 3 } })).toMatchObject({
      score: null,
      value: null,
      effort: null,
      explanation: 'ICE: no confidence, no ease',
    });
  });
});

describe('value / effort', () => {
  it('averages value and the turned-round effort, each normalised to 0–1: (value + 1 − effort) ÷ 2 × 100', () => {
    expect(run(valueEffort, { valueEffort: { value: { value: 4 }, effort: { effort: 2 } } })).toMatchObject({
      score: 70,
      value: 0.8,
      effort: 0.4,
      explanation: 'Value/effort (0.8 + 1 − 0.4) ÷ 2 × 100 = 70',
    });
  });

  it('weighs criteria after normalising each by its own scale, as airfocus does', () => {
    const criteria = {
      value: [
        { key: 'revenue', weight: 3, max: 10 },
        { key: 'reach', weight: 1 },
      ],
      effort: [{ key: 'build', max: 8 }],
    };
    // value = (3 × 6/10 + 1 × 5/5) ÷ 4 = 0.7; effort = 2/8 = 0.25; (0.7 + 0.75) ÷ 2 × 100 = 72.5
    const result = run(
      valueEffort,
      { valueEffort: { value: { revenue: 6, reach: 5 }, effort: { build: 2 } } },
      undefined,
      { criteria },
    );
    expect(result.value).toBeCloseTo(0.7, 12);
    expect(result).toMatchObject({ effort: 0.25, inputs: { 'value.revenue': 6, 'value.reach': 5, 'effort.build': 2 } });
    expect(result.score).toBeCloseTo(72.5, 12);
  });

  it('names each missing criterion; a score above its scale is reported and used, and the score stops at 0', () => {
    expect(run(valueEffort, { valueEffort: { value: { value: 3 } } })).toMatchObject({
      score: null,
      value: 0.6,
      effort: null,
      problems: ['missing-input valueEffort.effort.effort'],
      explanation: 'Value/effort: no effort',
    });
    expect(run(valueEffort, { valueEffort: { value: { value: 0 }, effort: { effort: 15 } } })).toMatchObject({
      score: 0,
      effort: 3,
      problems: ['out-of-scale valueEffort.effort.effort'],
      explanation: 'Value/effort (0 + 1 − 3) ÷ 2 × 100 = 0 (below 0, counted as 0)',
    });
  });
});

describe('MoSCoW', () => {
  it('scores must 3, should 2, could 1, won’t 0, with the estimate as the effort axis', () => {
    const scores = (['must', 'should', 'could', 'wont'] as const).map((m) => run(moscow, { moscow: m }, 2).score);
    expect(scores).toEqual([3, 2, 1, 0]);
    expect(run(moscow, { moscow: 'must' }, 5)).toMatchObject({ value: 3, effort: 5, explanation: 'MoSCoW must = 3' });
    expect(run(moscow, {})).toMatchObject({ score: null, effort: null, problems: ['missing-input moscow'] });
  });
});

describe('formatNumber', () => {
  it('groups thousands, keeps two decimals from 1 up and three significant digits below', () => {
    const cases: [number, string][] = [
      [0, '0'],
      [999, '999'],
      [2000, '2,000'],
      [1234567, '1,234,567'],
      [-1234.5, '-1,234.5'],
      [109.60000000000001, '109.6'],
      [12.345, '12.35'],
      [0.8, '0.8'],
      [0.125, '0.125'],
      [0.00123, '0.00123'],
      [0.9996, '1'],
      [2 ** 31, '2,147,483,648'],
    ];
    for (const [n, text] of cases) expect(formatNumber(n), String(n)).toBe(text);
  });
});
