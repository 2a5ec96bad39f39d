import type { PriorityInputs } from '../priority/priority.types.js';

const IMPACTS = [3, 2, 1, 0.5, 0.25];
const CONFIDENCES = [1, 0.8, 0.8, 0.5];
const FIBONACCI = [1, 2, 3, 5, 8, 13, 20];
const MOSCOW = ['must', 'must', 'should', 'should', 'could', 'wont'] as const;

/**
 * Priority inputs for one generated item or initiative, drawn from `rand`: RICE for nine in ten,
 * WSJF for seven, ICE for six, value / effort for half, a MoSCoW category for eight; about one in
 * twenty RICE and WSJF inputs leaves one input out, as real data does. Its own stream of random
 * numbers, so a plan generated with priorities is the same plan plus these inputs.
 */
export function generatedPriority(rand: () => number): PriorityInputs {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const gap = () => rand() < 0.05;
  const priority: {
    -readonly [K in keyof PriorityInputs]: PriorityInputs[K];
  } = {};
  if (rand() < 0.9) {
    const reach = 50 * (1 + Math.floor(rand() * 200));
    const effort = pick([0.5, 1, 2, 3, 5, 8]);
    priority.rice = gap()
      ? { reach, impact: pick(IMPACTS), confidence: pick(CONFIDENCES) }
      : { reach, impact: pick(IMPACTS), confidence: pick(CONFIDENCES), effort };
  }
  if (rand() < 0.7) {
    priority.wsjf = gap()
      ? { businessValue: pick(FIBONACCI), riskReduction: pick(FIBONACCI) }
      : { businessValue: pick(FIBONACCI), timeCriticality: pick(FIBONACCI), riskReduction: pick(FIBONACCI) };
  }
  if (rand() < 0.6) {
    priority.ice = {
      impact: 1 + Math.floor(rand() * 10),
      confidence: 1 + Math.floor(rand() * 10),
      ease: 1 + Math.floor(rand() * 10),
    };
  }
  if (rand() < 0.5) {
    priority.valueEffort = { value: { value: Math.floor(rand() * 6) }, effort: { effort: Math.floor(rand() * 6) } };
  }
  if (rand() < 0.8) priority.moscow = pick(MOSCOW);
  return priority;
}
