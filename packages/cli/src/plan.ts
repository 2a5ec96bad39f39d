import {
  looksLikeSnapshot,
  type Plan,
  type PlanProblem,
  PlanValidationError,
  readPlanOrSnapshot,
  type SalvageResult,
  salvagePlan,
  type ValidationResult,
  validatePlan,
} from '@throughline/core';
import { type Io, readJson } from './io.js';

/** A plan file read and checked: valid, invalid (with its errors), or salvaged into a valid plan. */
export type LoadedPlan =
  | { readonly kind: 'valid'; readonly plan: Plan; readonly warnings: readonly PlanProblem[] }
  | {
      readonly kind: 'invalid';
      readonly errors: readonly PlanProblem[];
      readonly warnings: readonly PlanProblem[];
    }
  | { readonly kind: 'salvaged'; readonly plan: Plan; readonly salvage: SalvageResult };

/**
 * Reads FILE (`-` for standard input) as JSON and validates it. With `salvage`, an invalid plan is
 * salvaged instead: everything valid is kept and each problem says what was set aside. A valid plan
 * is never salvaged. Throws a `CliError` when the file cannot be read or is not JSON.
 */
export async function loadPlan(io: Io, file: string, salvage: boolean): Promise<LoadedPlan> {
  return checkPlan(await readJson(io, file), salvage);
}

function checkPlan(input: unknown, salvage: boolean): LoadedPlan {
  const result: ValidationResult = validatePlan(input);
  if (result.ok) return { kind: 'valid', plan: result.plan, warnings: result.warnings };
  if (!salvage) return { kind: 'invalid', errors: result.errors, warnings: result.warnings };
  const salvaged = salvagePlan(input);
  return { kind: 'salvaged', plan: salvaged.plan, salvage: salvaged };
}

/** A plan or snapshot file read for comparison, with the snapshot's label and date when it is one. */
export type LoadedComparable = LoadedPlan & { readonly label?: string; readonly takenAt?: string };

/**
 * Reads FILE as a plan (as `loadPlan` does) or as a snapshot (`snapshotPlan`'s JSON). A snapshot's
 * version, label and date must be right; the plan inside is validated, or with `salvage` salvaged,
 * and its problems' paths start with `plan.`.
 */
export async function loadComparable(io: Io, file: string, salvage: boolean): Promise<LoadedComparable> {
  const input = await readJson(io, file);
  if (!looksLikeSnapshot(input)) return checkPlan(input, salvage);
  try {
    const read = readPlanOrSnapshot(input);
    return { kind: 'valid', plan: read.plan, warnings: [], label: read.label, takenAt: read.takenAt };
  } catch (error) {
    if (!(error instanceof PlanValidationError)) throw error;
    const inPlan = (p: PlanProblem) => p.path === 'plan' || p.path.startsWith('plan.');
    if (!salvage || !error.errors.every(inPlan)) return { kind: 'invalid', errors: error.errors, warnings: [] };
    const salvaged = salvagePlan(input.plan);
    const problems = salvaged.problems.map((p) => ({ ...p, path: p.path === '' ? 'plan' : `plan.${p.path}` }));
    return {
      kind: 'salvaged',
      plan: salvaged.plan,
      salvage: { ...salvaged, problems },
      label: input.label as string,
      takenAt: input.takenAt as string,
    };
  }
}

/** A plan as JSON text, two-space indented, ending in a newline: what `-o` writes. */
export const planJson = (plan: unknown) => `${JSON.stringify(plan, null, 2)}\n`;
