import * as v from 'valibot';
import type { Plan, PlanData } from '../model/types.js';
import { crossCheck } from './crossChecks.js';
import { type PlanProblem, PlanValidationError, problem } from './problems.js';
import { planSchema } from './schema.js';
import { fromIssue } from './shapeIssues.js';

/** What `validatePlan` returns: the plan and any warnings, or every error found (and the warnings). */
export type ValidationResult =
  | { readonly ok: true; readonly plan: Plan; readonly warnings: readonly PlanProblem[] }
  | { readonly ok: false; readonly errors: readonly PlanProblem[]; readonly warnings: readonly PlanProblem[] };

// Plans this module has validated (or `applyChange` derived from one): passing one in again is free.
const validatedPlans = new WeakSet<object>();

/** Marks data as a valid plan. Only for code that keeps every invariant validation checks. */
export function markValidated(data: object): Plan {
  validatedPlans.add(data);
  return data as Plan;
}

/**
 * True when `value` came out of `createPlan`, `validatePlan`, `salvagePlan` or `applyChange`: a plan
 * whose every invariant is known to hold, which views and functions take without checking again.
 *
 * @example
 * const plan = isPlan(data) ? data : createPlan(data);
 */
export function isPlan(value: unknown): value is Plan {
  return typeof value === 'object' && value !== null && validatedPlans.has(value);
}

/**
 * Checks host data against the plan format and reports every problem at once: shape (via the
 * schema), then ids, references, cycles, parent kinds, backlog membership and dates. Never throws.
 * Warnings do not stop a plan from being valid.
 *
 * @example
 * const result = validatePlan(await response.json());
 * if (!result.ok) for (const e of result.errors) console.error(`${e.path}: ${e.message} [${e.code}]`);
 */
export function validatePlan(input: unknown): ValidationResult {
  if (isPlan(input)) return { ok: true, plan: input, warnings: [] };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    return {
      ok: false,
      errors: [
        problem('not-an-object', '', `A plan is an object with goals, initiatives, items, backlogs…; got ${got}.`),
      ],
      warnings: [],
    };
  }
  const raw = input as Record<string, unknown>;
  // abortPipeEarly: one problem per field (a malformed date fails its format once, not twice).
  const parsed = v.safeParse(planSchema, raw, { abortEarly: false, abortPipeEarly: true });
  const problems = parsed.success ? [] : parsed.issues.map((issue) => fromIssue(issue, raw));
  problems.push(...crossCheck(raw));
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (errors.length > 0 || !parsed.success) return { ok: false, errors, warnings };
  // The schema's output must be exactly the documented model: this line fails to compile if not.
  const data: PlanData = parsed.output;
  return { ok: true, plan: markValidated(data), warnings };
}

/**
 * Validates host data and returns the plan, or throws a `PlanValidationError` listing every problem.
 * A plan that is already valid is returned as it is.
 *
 * @example
 * const plan = createPlan(samplePlan());
 * plan.items.length; // 150
 */
export function createPlan(input: unknown): Plan {
  const result = validatePlan(input);
  if (!result.ok) throw new PlanValidationError(result.errors);
  return result.plan;
}
