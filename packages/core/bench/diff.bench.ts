import { defineBench } from '../../../bench/define.js';
import { addDays, baselineView, createPlan, diffPlans, generatePlan, type Plan, suspectLinks } from '../src/index.js';

type Loose = Record<string, unknown> & { id: string };

/**
 * The later plan: one entity in a hundred changed, as a quarter's edits leave a plan. Items get
 * a new status, estimate or title, initiatives slip two weeks, and in the product backlog one
 * item in a thousand is moved to the top.
 */
function edited(input: ReturnType<typeof generatePlan>): unknown {
  const copy = JSON.parse(JSON.stringify(input)) as { items: Loose[]; initiatives: Loose[]; backlogs: Loose[] };
  copy.items.forEach((item, i) => {
    if (i % 100 !== 7) return;
    if (i % 300 === 7) item.status = item.status === 'done' ? 'todo' : 'done';
    else if (i % 300 === 107) item.estimate = ((item.estimate as number | undefined) ?? 0) + 2;
    else item.title = `${item.title} (rewritten)`;
  });
  copy.initiatives.forEach((initiative, i) => {
    if (i % 100 !== 3 || typeof initiative.end !== 'string') return;
    initiative.end = addDays(initiative.end, 14);
  });
  const product = copy.backlogs.find((b) => b.kind === 'product') as { itemIds: string[] } | undefined;
  if (product) {
    const moved = product.itemIds.filter((_, i) => i % 1000 === 500);
    const kept = product.itemIds.filter((_, i) => i % 1000 !== 500);
    product.itemIds = [...moved, ...kept];
  }
  return copy;
}

/**
 * diffPlans on two separately validated 100,000-item plans (no entity shared, as when one comes
 * from a stored snapshot) against one validatePlan of the same plan's JSON: the diff must stay
 * within 3× (`maxRatio`). suspectLinks is timed beside it for scale, and baselineView (the diff,
 * the suspect links and the views' lookups: what `useBaseline` computes once per plan the page shows).
 */
function suite(items: number) {
  return defineBench<{ before: Plan; after: Plan; parsed: unknown }>({
    kind: 'node',
    name: `diff ${items.toLocaleString('en')} items`,
    samples: items >= 100_000 ? 7 : 15,
    time: items >= 100_000 ? 0 : 1000,
    setup: () => {
      const input = generatePlan({ seed: 1, items });
      const json = JSON.stringify(input);
      const before = createPlan(JSON.parse(json));
      const after = createPlan(edited(input));
      // Plain data createPlan has not seen: every sample really validates.
      return { before, after, parsed: JSON.parse(json) as unknown };
    },
    baseline: {
      name: 'validatePlan of one of them (parsed input)',
      run: ({ parsed }) => createPlan(parsed),
    },
    cases: [
      { name: 'diffPlans(before, after)', run: ({ before, after }) => diffPlans(before, after), maxRatio: 3 },
      { name: 'suspectLinks(after, before)', run: ({ before, after }) => suspectLinks(after, before) },
      { name: 'baselineView(after, before)', run: ({ before, after }) => baselineView(after, before) },
    ],
  });
}

export default [suite(100_000)];
