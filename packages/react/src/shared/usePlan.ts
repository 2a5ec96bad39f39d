import { isPlan, type Plan, type PlanProblem, validatePlan } from '@throughline/core';
import { useMemo } from 'react';

export type PlanState =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly errors: readonly PlanProblem[] };

/**
 * A component's `plan` prop as a validated plan: a `Plan` passes straight through; raw host data
 * is validated once per object (memoised on identity), so an invalid plan becomes a readable error
 * state instead of an exception in the host's page.
 */
export function usePlan(input: unknown): PlanState {
  return useMemo(() => {
    if (isPlan(input)) return { ok: true, plan: input };
    const result = validatePlan(input);
    return result.ok ? { ok: true, plan: result.plan } : { ok: false, errors: result.errors };
  }, [input]);
}
