import type { Plan } from '../model/types.js';

type Key = string | number | boolean | null | undefined;

/**
 * Caches what `compute` derives from a plan for as long as the plan lives. Plans are immutable, so
 * a value computed once serves every later call with the same plan; the cache is a `WeakMap` keyed
 * by the plan, so a plan and what was derived from it are collected together when the host drops
 * the plan. When the value also depends on other arguments, `key` turns them into one primitive
 * and the plan holds one value per key.
 *
 * @example
 * // One value per plan:
 * const getDoneCount = perPlan((plan) => plan.items.filter((item) => item.status === 'done').length);
 * getDoneCount(plan); // computed
 * getDoneCount(plan); // cached
 *
 * // One value per plan and backlog id:
 * const getBacklogSize = perPlan(
 *   (plan, backlogId: string) => getPlanIndex(plan).backlogs.get(backlogId)?.itemIds.length ?? 0,
 *   (backlogId) => backlogId,
 * );
 */
export function perPlan<TResult>(compute: (plan: Plan) => TResult): (plan: Plan) => TResult;
export function perPlan<TResult, TArgs extends readonly unknown[]>(
  compute: (plan: Plan, ...args: TArgs) => TResult,
  key: (...args: TArgs) => Key,
): (plan: Plan, ...args: TArgs) => TResult;
export function perPlan<TResult, TArgs extends readonly unknown[]>(
  compute: (plan: Plan, ...args: TArgs) => TResult,
  key?: (...args: TArgs) => Key,
): (plan: Plan, ...args: TArgs) => TResult {
  if (key === undefined) {
    const cache = new WeakMap<Plan, { readonly value: TResult }>();
    return (plan, ...args) => {
      const known = cache.get(plan);
      if (known) return known.value;
      const value = compute(plan, ...args);
      cache.set(plan, { value });
      return value;
    };
  }
  const cache = new WeakMap<Plan, Map<Key, TResult>>();
  return (plan, ...args) => {
    const id = key(...args);
    let values = cache.get(plan);
    if (values?.has(id)) return values.get(id) as TResult;
    const value = compute(plan, ...args);
    if (!values) {
      values = new Map();
      cache.set(plan, values);
    }
    values.set(id, value);
    return value;
  };
}
