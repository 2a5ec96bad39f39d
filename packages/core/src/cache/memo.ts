/**
 * Remembers the last result of `compute` and returns it again for as long as the dependencies
 * `getDeps` reads are the same (each compared with `Object.is`). One slot, like TanStack's
 * `memo(getDeps, fn)`: right for a value derived from the latest inputs, such as a view-model a
 * hook rebuilds only when the plan or one option changed. For one value per plan, see `perPlan`.
 *
 * @example
 * const rows = memo(
 *   (plan: Plan, groupBy: BacklogGroupBy) => [plan, groupBy] as const,
 *   (plan, groupBy) => backlogView(plan, { backlogId: 'backlog-product', groupBy }),
 * );
 * rows(plan, 'epic') === rows(plan, 'epic'); // true: computed once
 */
export function memo<TArgs extends readonly unknown[], TDeps extends readonly unknown[], TResult>(
  getDeps: (...args: TArgs) => TDeps,
  compute: (...deps: NoInfer<[...TDeps]>) => TResult,
): (...args: TArgs) => TResult {
  let deps: TDeps | undefined;
  let result: TResult;
  return (...args) => {
    const next = getDeps(...args);
    if (deps !== undefined && sameDeps(deps, next)) return result;
    result = compute(...(next as [...TDeps]));
    deps = next;
    return result;
  };
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
