import type { PlanProblem, SalvageProblem, SalvageResult } from '@throughline/core';

/** `n thing` or `n things`. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Where a problem is; the root of the input has the empty path. */
export const pathOf = (problem: Pick<PlanProblem, 'path'>) => problem.path || '(plan)';

/**
 * One problem on one line: `path: message [code]` for an error, `path: warning: message [code]`
 * for a warning.
 */
export function problemLine(problem: PlanProblem): string {
  const warning = problem.severity === 'warning' ? 'warning: ' : '';
  return `${pathOf(problem)}: ${warning}${problem.message} [${problem.code}]`;
}

/** Errors first, then warnings; each group keeps validation's order. */
export function problemLines(problems: readonly PlanProblem[]): string[] {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity !== 'error');
  return [...errors, ...warnings].map(problemLine);
}

/** `2 errors, 1 warning`; a count that is zero is left out (`0 errors` when both are). */
export function errorsAndWarnings(errors: number, warnings: number, joiner = ', '): string {
  const parts = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''];
  return parts.filter(Boolean).join(joiner) || plural(0, 'error');
}

/** `2 errors, 1 warning` for a list of problems. */
export function problemCounts(problems: readonly PlanProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return errorsAndWarnings(errors, problems.length - errors);
}

/** True when salvage dropped something: any set-aside other than `nothing`. */
export const setAsideSomething = (problems: readonly SalvageProblem[]) =>
  problems.some((p) => p.setAside.kind !== 'nothing');

/** Each problem, then on the next line what salvage set aside for it (when it set anything aside). */
export function salvageLines(problems: readonly SalvageProblem[]): string[] {
  const lines: string[] = [];
  for (const problem of [...problems].sort((a, b) => rank(a) - rank(b))) {
    lines.push(problemLine(problem));
    const { kind, description } = problem.setAside;
    lines.push(kind === 'nothing' ? `  kept: ${description}` : `  set aside (${kind}): ${description}`);
  }
  return lines;
}

const rank = (p: PlanProblem) => (p.severity === 'error' ? 0 : 1);

/** True when salvage set aside the whole input: it was not a plan (not an object) at all. */
export const wholeInputSetAside = (salvage: Pick<SalvageResult, 'problems'>) =>
  salvage.problems.some((p) => p.setAside.kind === 'entity' && p.setAside.path === '');

/**
 * What salvage set aside, in a few words: `2 items, 1 initiative, 3 fields and 1 reference`,
 * `the whole input (it is not a plan)`, or `nothing`.
 */
export function setAsideSentence({ problems, summary }: Pick<SalvageResult, 'problems' | 'summary'>): string {
  if (wholeInputSetAside({ problems })) return 'the whole input (it is not a plan)';
  const parts = Object.entries(summary.leftOut).map(([collection, n]) => entityCount(collection, n ?? 0));
  if (summary.fields > 0) parts.push(plural(summary.fields, 'field'));
  if (summary.references > 0) parts.push(plural(summary.references, 'reference'));
  if (summary.dependencies > 0) parts.push(plural(summary.dependencies, 'dependency', 'dependencies'));
  if (summary.backlogEntries > 0) parts.push(plural(summary.backlogEntries, 'backlog entry', 'backlog entries'));
  if (parts.length === 0) return 'nothing';
  return parts.length === 1 ? (parts[0] as string) : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** `1 item`, `3 items`, `1 backlog`: a count of whole entities of one collection. */
function entityCount(collection: string, n: number): string {
  const one = collection.endsWith('s') ? collection.slice(0, -1) : collection;
  return plural(n, one, collection);
}
