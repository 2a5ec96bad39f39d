import type { PriorityCriterion, PriorityFramework, PriorityOptions } from './priority.types.js';

const FRAMEWORK_NAMES: readonly PriorityFramework[] = ['rice', 'wsjf', 'ice', 'value-effort', 'moscow'];

function fail(option: string, what: string, got: unknown): never {
  throw new RangeError(`scorePriorities: ${option} must be ${what}; got ${JSON.stringify(got) ?? String(got)}.`);
}

function oneOf(option: string, value: unknown, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value as string)) fail(option, `one of ${allowed.join(', ')}`, value);
}

function checkCriteria(group: 'value' | 'effort', criteria: readonly PriorityCriterion[] | undefined): void {
  const option = `criteria.${group}`;
  if (!Array.isArray(criteria) || criteria.length === 0) fail(option, 'a list of at least one criterion', criteria);
  let weights = 0;
  criteria.forEach((criterion, i) => {
    if (typeof criterion?.key !== 'string') fail(`${option}[${i}].key`, 'a string', criterion?.key);
    const weight = criterion.weight ?? 1;
    if (!(Number.isFinite(weight) && weight >= 0)) fail(`${option}[${i}].weight`, 'a number of 0 or more', weight);
    const max = criterion.max ?? 5;
    if (!(Number.isFinite(max) && max > 0)) fail(`${option}[${i}].max`, 'a number above 0', max);
    weights += weight;
  });
  if (weights === 0) fail(option, 'criteria whose weights add up to more than 0', criteria);
}

/**
 * Checks the options of `scorePriorities` before any work: a wrong one throws a `RangeError`
 * naming the option, what it must be and what it got. (The strategic floor is checked by
 * `resolveFloor`.) Options are the host's code, not its data: a mistake there is a bug to fix,
 * not something to report per entity.
 */
export function checkOptions(options: PriorityOptions): void {
  if (typeof options !== 'object' || options === null) fail('options', 'an object with a `framework`', options);
  if (!FRAMEWORK_NAMES.includes(options.framework))
    fail('framework', `one of ${FRAMEWORK_NAMES.join(', ')}`, options.framework);
  oneOf('riceEffort', options.riceEffort, ['input', 'estimate']);
  oneOf('iceCombine', options.iceCombine, ['product', 'mean']);
  oneOf('scope', options.scope, ['items', 'initiatives', 'both']);
  const limit = options.mustShareLimit;
  if (limit !== undefined && !(limit >= 0 && limit <= 1))
    fail('mustShareLimit', 'a share from 0 to 1 (0.6 for 60%)', limit);
  if (options.criteria !== undefined) {
    checkCriteria('value', options.criteria.value);
    checkCriteria('effort', options.criteria.effort);
  }
}
