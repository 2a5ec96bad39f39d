import type { PlanInput } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';

const pick = <T,>(values: readonly T[], hash: number, salt: number): T =>
  values[(Math.imul(hash ^ salt, 2_654_435_761) >>> 0) % values.length] as T;

/** A stable number from an id: the same inputs for an item whatever its place or the plan around it. */
function hashOf(id: string): number {
  let hash = 2_166_136_261;
  for (const char of id) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16_777_619);
  return hash >>> 0;
}

const FIBONACCI = [1, 2, 3, 5, 8, 13, 20] as const;

/**
 * The sample plan with RICE and WSJF inputs on every item, as a team that scores its backlog would
 * keep them: picked from each item's id, so each item keeps its inputs wherever it moves. About one
 * item in `missingEvery` (by its id) lacks an input, as real data does: a reach nobody measured, an
 * effort nobody sized.
 *
 * @example
 * <BacklogList plan={prioritizedSample()} priority={{ framework: 'rice' }} />
 */
export function prioritizedSample({ missingEvery = 9 }: { readonly missingEvery?: number } = {}): PlanInput {
  const input = samplePlan();
  return {
    ...input,
    items: (input.items ?? []).map((item) => {
      const hash = hashOf(item.id);
      const lacks = (which: 0 | 1) => hash % missingEvery === 0 && (hash >>> 8) % 2 === which;
      return {
        ...item,
        priority: {
          rice: {
            ...(lacks(0) ? {} : { reach: pick([50, 120, 300, 800, 2000, 5000], hash, 1) }),
            impact: pick([0.25, 0.5, 1, 2, 3], hash, 2),
            confidence: pick([0.5, 0.8, 1], hash, 3),
            ...(lacks(1) ? {} : { effort: pick([0.5, 1, 2, 3, 5, 8], hash, 4) }),
          },
          wsjf: {
            ...(lacks(0) ? {} : { businessValue: pick(FIBONACCI, hash, 5) }),
            timeCriticality: pick(FIBONACCI, hash, 6),
            ...(lacks(1) ? {} : { riskReduction: pick(FIBONACCI, hash, 7) }),
            jobSize: pick(FIBONACCI, hash, 8),
          },
        },
      };
    }),
  };
}
