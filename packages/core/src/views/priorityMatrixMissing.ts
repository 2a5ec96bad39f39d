import type { Initiative, Item, Plan } from '../model/types.js';
import type { PriorityFramework, PriorityInputs, PriorityScore } from '../priority/priority.types.js';
import type { PriorityEntities, PriorityMissingInput } from './priorityMatrixTypes.js';

// What keeps entities off the chart, and which frameworks would put more of them on it.

/**
 * The key of each framework's inputs in an entity's `priority` object.
 *
 * @example
 * item.priority?.[PRIORITY_INPUT_KEYS['value-effort']]; // the item's value / effort scores
 */
export const PRIORITY_INPUT_KEYS: Readonly<Record<PriorityFramework, keyof PriorityInputs>> = {
  rice: 'rice',
  wsjf: 'wsjf',
  ice: 'ice',
  'value-effort': 'valueEffort',
  moscow: 'moscow',
};

/** The frameworks a chart can plot, in the order they are offered when as many entities carry each. */
const CHARTED: readonly PriorityFramework[] = ['rice', 'wsjf', 'ice', 'value-effort'];

/**
 * How many of the plan's items (or initiatives) carry inputs for each framework that has a value
 * and an effort to plot (MoSCoW has neither), most first, frameworks carried by none left out.
 *
 * @example
 * frameworksCarried(plan, 'items'); // [{ framework: 'rice', count: 40 }, { framework: 'ice', count: 3 }]
 */
export function frameworksCarried(
  plan: Plan,
  entities: PriorityEntities,
): readonly { readonly framework: PriorityFramework; readonly count: number }[] {
  const counts = new Map<PriorityFramework, number>();
  for (const entity of entities === 'items' ? plan.items : plan.initiatives) {
    const inputs = entity.priority;
    if (!inputs) continue;
    for (const framework of CHARTED) {
      const given = inputs[PRIORITY_INPUT_KEYS[framework]];
      if (typeof given === 'object' && given !== null) counts.set(framework, (counts.get(framework) ?? 0) + 1);
    }
  }
  return CHARTED.filter((framework) => counts.has(framework))
    .map((framework) => ({ framework, count: counts.get(framework) ?? 0 }))
    .sort((a, b) => b.count - a.count);
}

/**
 * The inputs that keep `unplotted` entities (`entityOf` finds each in the plan) off the chart, grouped by input, most entities first
 * (then in the order first met). An entity with no inputs at all for the framework is grouped
 * under the framework's own key (`rice`: "no RICE inputs") rather than under each of its inputs.
 *
 * @example
 * missingInputs(unplotted, 'rice', (score) => getPlanIndex(plan).items.get(score.ref.id));
 * // [{ field: 'rice.reach', code: 'missing-input', refs: [3 refs] }, { field: 'rice', code: 'missing-input', refs: [1 ref] }]
 */
export function missingInputs(
  unplotted: readonly PriorityScore[],
  framework: PriorityFramework,
  entityOf: (score: PriorityScore) => Item | Initiative | undefined,
): readonly PriorityMissingInput[] {
  const key = PRIORITY_INPUT_KEYS[framework];
  const groups = new Map<string, { field: string; code: PriorityMissingInput['code']; refs: PriorityScore['ref'][] }>();
  const add = (field: string, code: PriorityMissingInput['code'], ref: PriorityScore['ref']) => {
    // One group per input and code: JSON of the pair, never the two joined.
    const id = JSON.stringify([field, code]);
    const group = groups.get(id) ?? { field, code, refs: [] };
    groups.set(id, group);
    if (!group.refs.includes(ref)) group.refs.push(ref);
  };
  for (const score of unplotted) {
    const inputs = entityOf(score)?.priority;
    if (inputs?.[key] === undefined) {
      add(key, 'missing-input', score.ref);
      continue;
    }
    for (const problem of score.problems) add(problem.field, problem.code, score.ref);
  }
  return [...groups.values()].sort((a, b) => b.refs.length - a.refs.length);
}
