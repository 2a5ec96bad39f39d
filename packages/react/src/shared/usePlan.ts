'use client';
import {
  isPlan,
  type Plan,
  type PlanProblem,
  type SalvageProblem,
  type SalvageSummary,
  salvagePlan,
  validatePlan,
} from '@throughline/core';
import { useMemo } from 'react';

/** What salvage set aside to draw a plan from raw data with problems. */
export interface Salvaged {
  readonly problems: readonly SalvageProblem[];
  readonly summary: SalvageSummary;
}

export type PlanState =
  | { readonly ok: true; readonly plan: Plan; readonly salvaged: Salvaged | null }
  | { readonly ok: false; readonly errors: readonly PlanProblem[] };

/** What every view takes about raw data with problems. */
export interface SalvageProps {
  /**
   * All or nothing: raw data with any error shows the list of problems instead of a plan. By
   * default (`false`) it is salvaged: everything valid is drawn, with a notice of what was set aside.
   */
  readonly strict?: boolean | undefined;
  /**
   * Called once for each new `plan` input that had to be salvaged, with every problem and what
   * was set aside for it (after render, in an effect), for the host's logs or its own message.
   */
  readonly onProblems?: ((problems: readonly SalvageProblem[]) => void) | undefined;
}

/**
 * What a view draws for its `plan` input: a `Plan` passes straight through; raw data that
 * validates is drawn as it is; raw data with problems is salvaged (everything valid kept, each
 * problem saying what was set aside) unless `strict`, when it is the list of errors. A value that
 * is not a plan object at all has nothing to salvage and is always the list of errors.
 *
 * @example
 * planState({ initiatives: [{ id: 'a', title: 'A', start: '2025-10-9' }] }, false);
 * // { ok: true, plan, salvaged: { problems: [{ code: 'invalid-date', … }], summary } }
 */
export function planState(input: unknown, strict: boolean): PlanState {
  if (isPlan(input)) return { ok: true, plan: input, salvaged: null };
  const result = validatePlan(input);
  if (result.ok) return { ok: true, plan: result.plan, salvaged: null };
  const isObject = typeof input === 'object' && input !== null && !Array.isArray(input);
  if (strict || !isObject) return { ok: false, errors: result.errors };
  const { plan, problems, summary } = salvagePlan(input);
  return { ok: true, plan, salvaged: { problems, summary } };
}

/**
 * A component's `plan` prop as a plan it can draw (see `planState`). Memoised on the input's
 * identity: validation and salvage run once per object a host passes, not on every render.
 */
export function usePlan(input: unknown, options: { readonly strict?: boolean | undefined } = {}): PlanState {
  const strict = options.strict ?? false;
  return useMemo(() => planState(input, strict), [input, strict]);
}
