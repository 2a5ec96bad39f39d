import {
  type Plan,
  type PlanProblem,
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
  const input = await readJson(io, file);
  const result: ValidationResult = validatePlan(input);
  if (result.ok) return { kind: 'valid', plan: result.plan, warnings: result.warnings };
  if (!salvage) return { kind: 'invalid', errors: result.errors, warnings: result.warnings };
  const salvaged = salvagePlan(input);
  return { kind: 'salvaged', plan: salvaged.plan, salvage: salvaged };
}

/** A plan as JSON text, two-space indented, ending in a newline: what `-o` writes. */
export const planJson = (plan: unknown) => `${JSON.stringify(plan, null, 2)}\n`;
