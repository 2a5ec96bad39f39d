import * as v from 'valibot';
import type { PriorityInputs } from '../priority/priority.types.js';
import { iceSchema, moscowSchema, riceSchema, valueEffortSchema, wsjfSchema } from '../validate/schema.js';
import { fromIssue, type ShapeIssue } from '../validate/shapeIssues.js';
import type { PriorityUpdate } from './types.js';

/** The frameworks a `set-priority` change may set, each checked with the schema validation uses. */
const FRAMEWORK_SCHEMAS = {
  rice: riceSchema,
  wsjf: wsjfSchema,
  ice: iceSchema,
  valueEffort: valueEffortSchema,
  moscow: moscowSchema,
} as const;

type FrameworkKey = keyof typeof FRAMEWORK_SCHEMAS;
const FRAMEWORK_KEYS = Object.keys(FRAMEWORK_SCHEMAS) as FrameworkKey[];

/** A schema issue as validation words it, prefixed by the input's path: `priority.rice.confidence: …`. */
function sentence(key: FrameworkKey, issue: v.BaseIssue<unknown>): string {
  const path = [{ key: 'priority' }, { key }, ...(issue.path ?? [])];
  const problem = fromIssue({ ...issue, path } as ShapeIssue, {});
  return `${problem.path}: ${problem.message}`;
}

/**
 * The `priority` an entity has after a `set-priority` change: each framework the change names
 * replaces that framework's inputs, `null` removes them, the others (and fields a host added) stay;
 * `undefined` when nothing is left. Inputs are checked with the same schema pieces as validation:
 * a bad one, or a key that names no framework, gives the sentence to refuse the change with.
 */
export function nextPriority(
  current: PriorityInputs | undefined,
  update: PriorityUpdate,
):
  | { readonly ok: true; readonly priority: PriorityInputs | undefined }
  | { readonly ok: false; readonly message: string } {
  if (typeof update !== 'object' || update === null || Array.isArray(update)) {
    return { ok: false, message: 'A set-priority change carries a `priority` object, e.g. { "moscow": "must" }.' };
  }
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (!FRAMEWORK_KEYS.includes(key as FrameworkKey)) {
      return {
        ok: false,
        message: `priority.${key} is not a framework's inputs; set-priority takes ${FRAMEWORK_KEYS.join(', ')}.`,
      };
    }
    // A key written with no value is a key left out (JSON cannot carry one anyway).
    if (value === undefined) continue;
    if (value === null) {
      delete next[key];
      continue;
    }
    const parsed = v.safeParse(FRAMEWORK_SCHEMAS[key as FrameworkKey], value, { abortPipeEarly: true });
    if (!parsed.success) return { ok: false, message: sentence(key as FrameworkKey, parsed.issues[0]) };
    next[key] = parsed.output;
  }
  return { ok: true, priority: Object.keys(next).length === 0 ? undefined : (next as PriorityInputs) };
}

/** The update that undoes `update` on an entity whose priority was `before`: the old value of each key given. */
export function previousPriority(before: PriorityInputs | undefined, update: PriorityUpdate): PriorityUpdate {
  const undo: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(update)) {
    if (value !== undefined) undo[key] = (before as Record<string, unknown> | undefined)?.[key] ?? null;
  }
  return undo as PriorityUpdate;
}
