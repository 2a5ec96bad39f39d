import { defineBench } from '../../../bench/define.js';
import { generatePlan, salvagePlan, validatePlan } from '../src/index.js';

type Raw = Record<string, unknown>;

/**
 * What salvage costs over strict validation on the same data: a 100,000-item plan with one item in
 * a hundred broken the ways tracker exports break (a date written another way, a parent that is
 * not in the export, an id used twice, an unknown issue type). Both walk the whole plan; salvage
 * then repairs and checks the references again (goal: at most 2× strict validation).
 */
export default defineBench<{ input: Raw }>({
  kind: 'node',
  name: 'import: salvage 100,000 items, 1% bad rows',
  samples: 10,
  time: 3000,
  setup: () => {
    const input = generatePlan({ seed: 2, items: 100_000, initiatives: 500 }) as unknown as Raw;
    const items = input.items as Raw[];
    items.forEach((item, i) => {
      if (i % 100 !== 99) return;
      const breakage = ((i / 100) % 4) | 0;
      if (breakage === 0) item.createdAt = '2025-10-9';
      else if (breakage === 1) item.parentId = `missing-${i}`;
      else if (breakage === 2) item.id = String(items[i - 50]?.id);
      else item.kind = 'Feature request';
    });
    return { input };
  },
  baseline: { name: 'validatePlan (strict: reports, keeps nothing)', run: ({ input }) => validatePlan(input) },
  cases: [{ name: 'salvagePlan (repairs and reports)', run: ({ input }) => salvagePlan(input) }],
});
