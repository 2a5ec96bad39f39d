import { type Change, ITEM_STATUSES, type LinkMeaning, type PriorityUpdate } from '@throughline/core';

/** The frameworks a `set-priority` change may set (`PriorityUpdate`'s keys). */
const PRIORITY_FRAMEWORK_KEYS = ['rice', 'wsjf', 'ice', 'valueEffort', 'moscow'] as const;

import * as v from 'valibot';
import type { ChangeRequest } from './protocol';

const id = v.pipe(v.string(), v.nonEmpty(), v.maxLength(500));
const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const version = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A reschedule field: left out (unchanged), `null` (cleared) or a value `applyChange` checks. */
const field = v.optional(v.nullable(v.string()));

/** The shape of every change `applyChange` knows; whether it applies is `applyChange`'s to say. */
const changeSchema: v.GenericSchema<unknown, Change> = v.variant('type', [
  v.object({ type: v.literal('reorder'), backlogId: id, itemId: id, toIndex: index }),
  v.object({ type: v.literal('move'), itemId: id, fromBacklogId: id, toBacklogId: id, toIndex: index }),
  v.object({ type: v.literal('link'), itemId: id, initiativeId: id }),
  v.object({ type: v.literal('unlink'), itemId: id }),
  v.object({ type: v.literal('reparent'), itemId: id, parentId: v.nullable(id) }),
  v.object({ type: v.literal('reschedule'), initiativeId: id, start: field, end: field, horizonId: field }),
  v.object({ type: v.literal('set-status'), itemId: id, status: v.picklist(ITEM_STATUSES) }),
  // Which inputs a framework takes, and their scales, is `applyChange`'s to check: it refuses a bad
  // one with a sentence naming the field, which the author sees.
  v.object({
    type: v.literal('set-priority'),
    target: v.object({ kind: v.picklist(['item', 'initiative']), id }),
    priority: v.pipe(
      v.record(v.picklist(PRIORITY_FRAMEWORK_KEYS), v.unknown()),
      v.transform((update) => update as PriorityUpdate),
    ),
  }),
  // Whether the plan has the link, and what a given `seen` holds, is `applyChange`'s to check.
  v.object({
    type: v.literal('review-link'),
    link: v.union([
      v.object({
        from: v.object({ kind: v.literal('item'), id }),
        to: v.object({ kind: v.literal('initiative'), id }),
      }),
      v.object({
        from: v.object({ kind: v.literal('initiative'), id }),
        to: v.object({ kind: v.literal('goal'), id }),
      }),
    ]),
    seen: v.optional(
      v.nullable(
        v.pipe(
          v.record(v.string(), v.unknown()),
          v.transform((seen) => seen as LinkMeaning),
        ),
      ),
    ),
    at: v.optional(index),
  }),
  v.object({
    type: v.literal('batch'),
    changes: v.pipe(v.array(v.lazy(() => changeSchema)), v.maxLength(1000)),
  }),
]);

const requestSchema = v.object({ baseVersion: version, change: changeSchema, id: v.optional(id) });

export type ParsedRequest = { ok: true; request: ChangeRequest } | { ok: false; reason: string };

/**
 * Reads a change request from a request body's text: `{ baseVersion, change, id? }`. A malformed
 * one gets a reason naming the path that is wrong (`change.toIndex: …`), for a 400 answer.
 *
 * @example
 * parseChangeRequest('{"baseVersion":3,"change":{"type":"unlink","itemId":"STORY-1"}}'); // { ok: true, request }
 * parseChangeRequest('{"baseVersion":3}'); // { ok: false, reason: 'change: Invalid key: …' }
 */
export function parseChangeRequest(body: string): ParsedRequest {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return {
      ok: false,
      reason: `The body is not JSON (${(error as Error).message}). Send { "baseVersion": n, "change": {…} }.`,
    };
  }
  const result = v.safeParse(requestSchema, json);
  if (result.success) return { ok: true, request: result.output };
  const issue = result.issues[0];
  return { ok: false, reason: `${v.getDotPath(issue) ?? 'body'}: ${issue.message}` };
}
