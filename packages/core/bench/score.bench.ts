import { defineBench } from '../../../bench/define.js';
import { createPlan, generatePlan, getPlanIndex, type Item, type Plan, scoreAlignment } from '../src/index.js';

/**
 * The whole alignment report against the least any scoring must do: one loop that walks each
 * item's parent chain and sums estimates. The plan and its index are built once, outside the
 * timings, as a host holds them between renders.
 */
function suite(items: number) {
  return defineBench<{ plan: Plan }>({
    kind: 'node',
    name: `scoreAlignment ${items.toLocaleString('en')} items / 500 initiatives`,
    samples: 15,
    time: 1500,
    setup: () => {
      const plan = createPlan(generatePlan({ seed: 1, items, initiatives: 500 }));
      getPlanIndex(plan);
      return { plan };
    },
    baseline: {
      name: 'walk parent chains + sum estimates',
      run: ({ plan }) => {
        const { items: byId } = getPlanIndex(plan);
        let sum = 0;
        for (const item of plan.items) {
          let node: Item | undefined = item;
          while (node) {
            sum += node.estimate ?? 0;
            node = node.parentId === undefined ? undefined : byId.get(node.parentId);
          }
        }
        return sum;
      },
    },
    cases: [{ name: 'scoreAlignment', run: ({ plan }) => scoreAlignment(plan, { today: '2026-11-25' }) }],
  });
}

export default [suite(10_000), suite(100_000)];
