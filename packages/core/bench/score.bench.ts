import { defineBench } from '../../../bench/define.js';
import {
  applyChange,
  type Change,
  createPlan,
  generatePlan,
  getPlanIndex,
  type Item,
  type Plan,
  scoreAlignment,
} from '../src/index.js';

/**
 * The whole alignment report against the least any scoring must do: one loop that walks each
 * item's parent chain and sums estimates. The plan and its index are built once, outside the
 * timings, as a host holds them between renders.
 */
function suite(items: number) {
  return defineBench<{ plan: Plan; flip: Change }>({
    kind: 'node',
    name: `scoreAlignment ${items.toLocaleString('en')} items / 500 initiatives`,
    samples: 15,
    time: 1500,
    setup: () => {
      const plan = createPlan(generatePlan({ seed: 1, items, initiatives: 500 }));
      getPlanIndex(plan);
      const first = plan.items[0];
      const flip: Change = {
        type: 'set-status',
        itemId: first?.id ?? '',
        status: first?.status === 'done' ? 'todo' : 'done',
      };
      return { plan, flip };
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
    cases: [
      { name: 'scoreAlignment (plan seen before)', run: ({ plan }) => scoreAlignment(plan, { today: '2026-11-25' }) },
      {
        // What a host pays after each edit: the change gives a new plan, whose index, traces and
        // readiness are built on first use.
        name: 'set-status change + scoreAlignment of the new plan',
        run: ({ plan, flip }) => {
          const next = applyChange(plan, flip);
          if (next.ok) scoreAlignment(next.plan, { today: '2026-11-25' });
        },
      },
    ],
  });
}

export default [suite(10_000), suite(100_000)];
