/**
 * What validation reports. Every problem names where it is (`items[41].parentId`), a stable code a
 * host can switch on, the id of the entity concerned when there is one, and a sentence a developer
 * can act on. Codes never change meaning; new ones may be added. Each code maps to its severity.
 *
 * @example
 * PROBLEM_CODES['parent-kind-same-level']; // 'warning'
 * const codes = Object.keys(PROBLEM_CODES) as ProblemCode[];
 */
export const PROBLEM_CODES = {
  'not-an-object': 'error',
  'missing-field': 'error',
  'wrong-type': 'error',
  'unknown-value': 'error',
  'invalid-value': 'error',
  'invalid-date': 'error',
  'duplicate-id': 'error',
  'dangling-reference': 'error',
  'parent-cycle': 'error',
  'dependency-cycle': 'error',
  'parent-kind-inverted': 'error',
  'parent-kind-same-level': 'warning',
  'duplicate-in-backlog': 'error',
  'in-two-product-backlogs': 'error',
  'in-two-sprints': 'error',
  'end-before-start': 'error',
  'horizons-out-of-order': 'error',
} as const;

/** A validation problem's stable code, such as `'dangling-reference'`: a key of `PROBLEM_CODES`. */
export type ProblemCode = keyof typeof PROBLEM_CODES;
/** An error makes a plan invalid; a warning is reported and the plan is still valid. */
export type ProblemSeverity = 'error' | 'warning';

/** One problem validation found: its code and severity, where it is, the entity's id, and what to do. */
export interface PlanProblem {
  readonly code: ProblemCode;
  readonly severity: ProblemSeverity;
  /** Where in the input, e.g. `items[41].parentId` or `backlogs[0].itemIds[3]`. */
  readonly path: string;
  /** The id of the entity the problem is on, when it has one. */
  readonly id?: string;
  readonly message: string;
}

export function problem(code: ProblemCode, path: string, message: string, id?: string): PlanProblem {
  return id === undefined
    ? { code, severity: PROBLEM_CODES[code], path, message }
    : { code, severity: PROBLEM_CODES[code], path, id, message };
}

/**
 * Thrown by `createPlan` when the input is not a valid plan; carries every problem, not the first.
 *
 * @example
 * try { createPlan(input); } catch (e) {
 *   if (e instanceof PlanValidationError) console.table(e.errors);
 * }
 */
export class PlanValidationError extends Error {
  readonly errors: readonly PlanProblem[];

  constructor(errors: readonly PlanProblem[]) {
    const shown = errors.slice(0, 5).map((p) => `  ${p.path}: ${p.message} [${p.code}]`);
    const more = errors.length > 5 ? [`  …and ${errors.length - 5} more`] : [];
    super([`The plan has ${errors.length} problem${errors.length === 1 ? '' : 's'}:`, ...shown, ...more].join('\n'));
    this.name = 'PlanValidationError';
    this.errors = errors;
  }
}
