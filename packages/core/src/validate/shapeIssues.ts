import type * as v from 'valibot';
import { type PlanProblem, problem } from './problems.js';
import type { planSchema } from './schema.js';

/**
 * Schema issues as plan problems: the same code, path and sentence whether `validatePlan` reports
 * them or `salvagePlan` repairs them.
 */

export type ShapeIssue = v.InferIssue<typeof planSchema>;

/** The keys from the plan's root to where the issue is: `['items', 41, 'parentId']`. */
export function issueKeys(issue: ShapeIssue): (string | number)[] {
  return (issue.path ?? []).map((p) => p.key as string | number);
}

/** `['items', 41, 'parentId']` → `items[41].parentId`. */
export function formatPath(keys: readonly (string | number)[]): string {
  return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  loose_object: 'an object',
};

/** Turns a schema issue into a problem with our code, path and a sentence. */
export function fromIssue(issue: ShapeIssue, raw: Record<string, unknown>): PlanProblem {
  const keys = issueKeys(issue);
  const path = formatPath(keys);
  // The id of the entity the issue sits in, such as items[41], when it has one.
  const [collection, index] = keys;
  const holder =
    typeof collection === 'string' && typeof index === 'number'
      ? (raw[collection] as Record<string, unknown>[] | undefined)?.[index]
      : undefined;
  const id = typeof holder?.id === 'string' && holder.id !== '' ? holder.id : undefined;
  const field = String(keys[keys.length - 1] ?? 'plan');

  if (issue.input === undefined && issue.kind === 'schema') {
    return problem('missing-field', path, `\`${field}\` is required here; add it.`, id);
  }
  switch (issue.type) {
    case 'picklist': {
      const options = String(issue.expected).replace(/[()"]/g, '').split(' | ').join(', ');
      return problem(
        'unknown-value',
        path,
        `${describe(issue.input)} is not allowed here; use one of: ${options}.`,
        id,
      );
    }
    case 'regex':
    case 'check':
      return problem(
        'invalid-date',
        path,
        `${describe(issue.input)} is not a calendar date; write dates as YYYY-MM-DD, e.g. 2026-03-31.`,
        id,
      );
    case 'min_length':
      return problem('invalid-value', path, `\`${field}\` is empty; give it a value.`, id);
    case 'min_value':
      return problem(
        'invalid-value',
        path,
        `${describe(issue.input)} is negative; \`${field}\` cannot be below 0.`,
        id,
      );
    case 'max_value': {
      // The only upper bound in the format: a share such as RICE confidence, often sent as a percentage.
      const percent = Number(issue.input);
      return problem(
        'invalid-value',
        path,
        `${describe(issue.input)} is more than 1; \`${field}\` is a share between 0 and 1: write ${percent / 100} for ${percent}%.`,
        id,
      );
    }
    case 'union':
      // Unions carry their own sentence (a link review's link and seen values).
      return problem('wrong-type', path, `\`${field}\` ${issue.message}; got ${describe(issue.input)}.`, id);
    case 'finite':
      return problem('invalid-value', path, `\`${field}\` must be a finite number.`, id);
    default: {
      const { type, expected: wanted } = issue as { type: string; expected: string | null };
      const expected = EXPECTED[type] ?? wanted ?? type;
      return problem('wrong-type', path, `\`${field}\` should be ${expected}, not ${describe(issue.input)}.`, id);
    }
  }
}
