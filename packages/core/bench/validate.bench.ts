import { defineBench } from '../../../bench/define.js';
import { createPlan, generatePlan, getPlanIndex } from '../src/index.js';

/**
 * Validation and indexing against the least any host does with plan JSON: parse it and touch
 * every item once. Both start from the same JSON text, generated once per suite.
 */
function suite(items: number) {
  return defineBench({
    kind: 'node',
    name: `validate ${items.toLocaleString('en')} items`,
    samples: items >= 100_000 ? 5 : 15,
    time: items >= 100_000 ? 0 : 1000,
    setup: () => {
      const json = JSON.stringify(generatePlan({ seed: 1, items }));
      return { json, parsed: JSON.parse(json) as unknown };
    },
    baseline: {
      name: 'JSON.parse + one loop over items',
      run: ({ json }) => {
        const data = JSON.parse(json) as { items: { id: string }[] };
        let count = 0;
        for (const item of data.items) if (item.id) count++;
        return count;
      },
    },
    cases: [
      {
        name: 'validate + index (parsed input)',
        // The parsed input is plain data createPlan has not seen, so every sample really validates.
        run: ({ parsed }) => getPlanIndex(createPlan(parsed)),
      },
      {
        name: 'JSON.parse + validate + index',
        run: ({ json }) => getPlanIndex(createPlan(JSON.parse(json))),
      },
    ],
  });
}

export default [suite(10_000), suite(100_000)];
