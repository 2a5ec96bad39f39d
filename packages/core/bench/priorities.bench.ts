import { defineBench } from '../../../bench/define.js';
import { createPlan, generatePlan, getItemTraces, getPlanIndex, type Plan, scorePriorities } from '../src/index.js';

/**
 * scorePriorities on a generated plan with priority inputs against the least any scoring must do:
 * one bare pass over the items, summing their estimates. The plan, its index and its traces are
 * built once, outside the timings, as a host holds them between renders. The 100,000-item suite
 * is held to 3× the bare pass (`maxRatio`): the report must stay one pass plus its sorts.
 */
function suite(items: number) {
  return defineBench<{ plan: Plan }>({
    kind: 'node',
    name: `priorities ${items.toLocaleString('en')} items`,
    samples: 15,
    time: 1500,
    setup: () => {
      const plan = createPlan(generatePlan({ seed: 1, items, priorities: true }));
      getPlanIndex(plan);
      getItemTraces(plan);
      return { plan };
    },
    baseline: {
      name: 'one pass over the items, summing estimates',
      run: ({ plan }) => {
        let sum = 0;
        for (const item of plan.items) sum += item.estimate ?? 0;
        return sum;
      },
    },
    cases: [
      { name: 'scorePriorities rice', run: ({ plan }) => scorePriorities(plan, { framework: 'rice' }), maxRatio: 3 },
      {
        name: 'scorePriorities rice + strategic floor',
        run: ({ plan }) =>
          scorePriorities(plan, { framework: 'rice', strategicFloor: { bonus: 0.2, untracedBelowWithin: 0.1 } }),
      },
      { name: 'scorePriorities wsjf', run: ({ plan }) => scorePriorities(plan, { framework: 'wsjf' }) },
      {
        // For scale, not a bar: what ranking alone costs, one sort of the items' scores.
        name: 'reference: sort the items by a number (no report)',
        run: ({ plan }) => Int32Array.from(plan.items, (_, p) => p).sort((a, b) => (b % 97) - (a % 97) || a - b),
      },
    ],
  });
}

export default [
  suite(100_000),
  // The PriorityMatrix's browser suites (its mount against the same points as plain SVG circles,
  // and a keyboard step) are in bench/priorityMatrix.bench.ts: `pnpm bench priorities` runs both.
];
