import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  inputAt,
  knobValue,
  nearestRung,
  priorityAt,
  priorityKnobs,
  RICE_IMPACT_SCALE,
  stepKnob,
  WSJF_SCALE,
  withInput,
} from './priorityKnobs.js';

describe('priorityKnobs', () => {
  it('moves RICE impact along its scale and effort by half a person-month, past the entity’s own', () => {
    const knobs = priorityKnobs('rice', {}, { rice: { effort: 90 } });
    expect(knobs?.value).toEqual({ axis: 'value', path: ['impact'], ladder: RICE_IMPACT_SCALE });
    expect(knobs?.effort?.path).toEqual(['effort']);
    expect(knobs?.effort?.ladder.slice(0, 3)).toEqual([0.5, 1, 1.5]);
    expect(knobs?.effort?.ladder.at(-1)).toBe(102);
    expect(priorityKnobs('rice')?.effort?.ladder.at(-1)).toBe(60);
  });

  it('gives RICE no effort knob when effort is the estimate', () => {
    expect(priorityKnobs('rice', { riceEffort: 'estimate' })?.effort).toBeNull();
  });

  it('moves WSJF business value and job size, and ICE impact and ease turned round', () => {
    expect(priorityKnobs('wsjf')).toEqual({
      value: { axis: 'value', path: ['businessValue'], ladder: WSJF_SCALE },
      effort: { axis: 'effort', path: ['jobSize'], ladder: WSJF_SCALE },
    });
    const ice = priorityKnobs('ice');
    expect(ice?.value.ladder).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ice?.effort).toEqual({ axis: 'effort', path: ['ease'], ladder: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1] });
  });

  it('moves the heaviest value and effort criteria along their scales', () => {
    const knobs = priorityKnobs('value-effort', {
      criteria: {
        value: [
          { key: 'revenue', weight: 1 },
          { key: 'reach', label: 'Reach', weight: 3, max: 3 },
        ],
        effort: [{ key: 'build', max: 2.5 }],
      },
    });
    expect(knobs?.value).toEqual({ axis: 'value', path: ['value', 'reach'], ladder: [0, 1, 2, 3], label: 'Reach' });
    expect(knobs?.effort).toMatchObject({ path: ['effort', 'build'], ladder: [0, 1, 2, 2.5] });
    expect(priorityKnobs('value-effort')?.value).toMatchObject({
      path: ['value', 'value'],
      ladder: [0, 1, 2, 3, 4, 5],
    });
  });

  it('has no knobs for MoSCoW', () => {
    expect(priorityKnobs('moscow')).toBeNull();
  });
});

describe('stepKnob', () => {
  it('goes to the next rung either way, from between rungs to the nearest that way, and stops at the ends', () => {
    expect(stepKnob(RICE_IMPACT_SCALE, 1, 1)).toBe(2);
    expect(stepKnob(RICE_IMPACT_SCALE, 1, -1)).toBe(0.5);
    expect(stepKnob(RICE_IMPACT_SCALE, 1.5, 1)).toBe(2);
    expect(stepKnob(RICE_IMPACT_SCALE, 1.5, -1)).toBe(1);
    expect(stepKnob(RICE_IMPACT_SCALE, 3, 1)).toBe(3);
    expect(stepKnob(RICE_IMPACT_SCALE, 0.25, -1)).toBe(0.25);
    expect(stepKnob(RICE_IMPACT_SCALE, 7, -1)).toBe(3);
  });

  it('follows a ladder that runs down: a step up is the next rung along it', () => {
    const ease = [10, 9, 8, 7];
    expect(stepKnob(ease, 9, 1)).toBe(8);
    expect(stepKnob(ease, 9, -1)).toBe(10);
    expect(stepKnob(ease, 7, 1)).toBe(7);
  });

  it('a step up then down comes back to a rung', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: WSJF_SCALE.length - 2 }), (at) => {
        const rung = WSJF_SCALE[at] as number;
        expect(stepKnob(WSJF_SCALE, stepKnob(WSJF_SCALE, rung, 1), -1)).toBe(rung);
      }),
    );
  });
});

describe('withInput and inputAt', () => {
  it('writes one input into a copy, keeping every other field, a host’s own among them', () => {
    const inputs = { reach: 2000, impact: 1, note: 'from sales' };
    expect(withInput(inputs, ['impact'], 2)).toEqual({ reach: 2000, impact: 2, note: 'from sales' });
    expect(inputs.impact).toBe(1);
    expect(withInput({ value: { revenue: 3 } }, ['value', 'reach'], 4)).toEqual({ value: { revenue: 3, reach: 4 } });
    expect(withInput(undefined, ['effort', 'build'], 1)).toEqual({ effort: { build: 1 } });
  });

  it('reads a number at a path, and nothing else', () => {
    expect(inputAt({ value: { revenue: 3 } }, ['value', 'revenue'])).toBe(3);
    expect(inputAt({ impact: 'high' }, ['impact'])).toBeUndefined();
    expect(inputAt(undefined, ['impact'])).toBeUndefined();
  });
});

describe('knobValue', () => {
  it('is the entity’s own input, else the one its score used (a job size from the estimate)', () => {
    const knobs = priorityKnobs('wsjf');
    if (!knobs?.effort) throw new Error('no knobs');
    expect(knobValue({ wsjf: { jobSize: 8 } }, 'wsjf', knobs.effort, { inputs: { jobSize: 5 } })).toBe(8);
    expect(knobValue({ wsjf: {} }, 'wsjf', knobs.effort, { inputs: { jobSize: 5 } })).toBe(5);
    expect(knobValue(undefined, 'wsjf', knobs.value)).toBeUndefined();
  });
});

describe('priorityAt', () => {
  const priority = { rice: { reach: 2000, impact: 1, confidence: 0.8, effort: 4 } };

  it('is what the framework makes of the inputs with the knobs moved', () => {
    expect(priorityAt('rice', priority, {}, { framework: 'rice' })).toEqual({ value: 1600, effort: 4, score: 400 });
    expect(priorityAt('rice', priority, { value: 2, effort: 2 }, { framework: 'rice' })).toEqual({
      value: 3200,
      effort: 2,
      score: 1600,
    });
    expect(
      priorityAt('ice', { ice: { impact: 8, confidence: 7, ease: 6 } }, { effort: 4 }, { framework: 'ice' }),
    ).toEqual({ value: 5.6, effort: 7, score: 8 * 7 * 4 });
  });

  it('has nothing to say for MoSCoW', () => {
    expect(priorityAt('moscow', { moscow: 'must' }, {}, { framework: 'moscow' })).toEqual({
      value: null,
      effort: null,
      score: null,
    });
  });
});

describe('nearestRung', () => {
  it('picks the rung whose point sits nearest the target, keeping where it stands on a tie', () => {
    expect(nearestRung(RICE_IMPACT_SCALE, 1, 1700, (impact) => impact * 800)).toBe(2);
    expect(nearestRung(RICE_IMPACT_SCALE, 1, 800, (impact) => impact * 800)).toBe(1);
    expect(nearestRung(RICE_IMPACT_SCALE, 1, -50, (impact) => impact * 800)).toBe(0.25);
    expect(nearestRung([1, 2], 1.5, 0, () => 0)).toBe(1.5);
    expect(nearestRung([1, 2], 1, 2, (rung) => (rung === 2 ? null : rung))).toBe(1);
  });
});
