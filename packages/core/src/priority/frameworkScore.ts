import { formatNumber } from './format.js';
import type { PriorityInputs, PriorityOptions, PriorityProblem } from './priority.types.js';

/**
 * What one framework makes of one entity's inputs, before ranking and the strategic floor. Each
 * framework (rice.ts, wsjf.ts…) is a pure function from the inputs to one of these.
 */
export interface FrameworkScore {
  /** `null` when an input is missing, effort is zero or the result is too large (see `problems`). */
  readonly score: number | null;
  /** The chart's value axis, in the framework's units; null when unknown. */
  readonly value: number | null;
  /** The chart's effort axis, in the framework's units; null when unknown. */
  readonly effort: number | null;
  readonly inputs: Readonly<Record<string, number | string | undefined>>;
  readonly problems: readonly PriorityProblem[];
}

/**
 * One framework: `score` turns an entity's `priority` inputs and estimate into a score; `explain`
 * writes that score's formula with the numbers (`RICE 2,000 × 2 × 0.8 ÷ 4 = 800`), or what is
 * missing. Apart, because a report of 100,000 items writes a formula only when one is read.
 */
export interface Framework {
  readonly score: (
    priority: PriorityInputs | undefined,
    estimate: number | undefined,
    options: PriorityOptions,
  ) => FrameworkScore;
  readonly explain: (result: FrameworkScore, options: PriorityOptions) => string;
}

/** Shared by every entity without a problem, so a clean report allocates no empty lists. */
export const NO_PROBLEMS: readonly PriorityProblem[] = Object.freeze([]) as readonly PriorityProblem[];

/** A missing input: `field` is its path under `priority` (`rice.reach`), `what` names it in a sentence. */
export function missingInput(field: string, what: string): PriorityProblem {
  return { code: 'missing-input', field, message: `No ${what}: set \`priority.${field}\`.` };
}

/**
 * An effort of 0: the score would be infinite, so there is none. `field` is `rice.effort`, or
 * `estimate` when the effort comes from the entity's estimate.
 */
export function zeroEffort(field: string, what: string): PriorityProblem {
  const where = field === 'estimate' ? 'estimate' : `priority.${field}`;
  return { code: 'zero-effort', field, message: `${what} is 0, which gives no score: set \`${where}\` above 0.` };
}

/** A value off the framework's scale: reported, and still used as given. */
export function outOfScale(field: string, value: number, scale: string): PriorityProblem {
  return {
    code: 'out-of-scale',
    field,
    message: `${value} is off the scale (${scale}) for \`priority.${field}\`; the score uses it as given.`,
  };
}

/** A result too large for a number: reach counted in single events over billions, say. */
export function tooLarge(field: string, framework: string): PriorityProblem {
  return {
    code: 'too-large',
    field,
    message: `The ${framework} score is too large for a number: check the unit of \`priority.${field}\`.`,
  };
}

/** An unscored result: the inputs read, the problems, and whichever axis is known. */
export function unscored(
  inputs: FrameworkScore['inputs'],
  problems: readonly PriorityProblem[],
  value: number | null,
  effort: number | null,
): FrameworkScore {
  return { score: null, value, effort, inputs, problems };
}

/**
 * The explanation of a result from its formula: `RICE: no reach, no effort` when inputs are
 * missing, `RICE 2,000 × 2 × 0.8 ÷ 0: no score, effort is 0`, `…: too large to score`, or
 * `RICE 2,000 × 2 × 0.8 ÷ 4 = 800` and `note`.
 */
export function explainResult(
  name: string,
  result: FrameworkScore,
  expression: () => string,
  zero: string,
  note = '',
): string {
  if (result.problems.length === 0 && result.score !== null) {
    return `${name} ${expression()} = ${formatNumber(result.score)}${note}`;
  }
  const missing = missingNames(result.problems);
  if (missing !== '') return `${name}: ${missing}`;
  if (result.problems.some((p) => p.code === 'zero-effort')) return `${name} ${expression()}: no score, ${zero} is 0`;
  if (result.score === null) return `${name} ${expression()}: too large to score`;
  return `${name} ${expression()} = ${formatNumber(result.score)}${note}`;
}

/** `no reach, no effort`: the missing inputs of a problem list, by their last name. */
function missingNames(problems: readonly PriorityProblem[]): string {
  return problems
    .filter((p) => p.code === 'missing-input')
    .map((p) => `no ${p.field.slice(p.field.lastIndexOf('.') + 1)}`)
    .join(', ');
}

/**
 * The problems found, or the shared empty list. Written out for up to four, not with rest
 * arguments: it runs for every entity of a 100,000-item report, and most have none.
 */
export function problemList(
  a?: PriorityProblem,
  b?: PriorityProblem,
  c?: PriorityProblem,
  d?: PriorityProblem,
): readonly PriorityProblem[] {
  if (a === undefined && b === undefined && c === undefined && d === undefined) return NO_PROBLEMS;
  const found: PriorityProblem[] = [];
  if (a) found.push(a);
  if (b) found.push(b);
  if (c) found.push(c);
  if (d) found.push(d);
  return found;
}

/** `x` when finite, else null: products of huge inputs overflow to Infinity. */
export function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
