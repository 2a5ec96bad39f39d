import type { ItemStatus } from '@throughline/core';
import type { KindMapping, StatusMapping } from '../types.js';

/**
 * The names trackers give to kinds of work and to statuses, and what they become. Every lookup is
 * case-insensitive and goes through a `Map` (a status called `constructor` is just a status).
 */

/** Builds a lower-cased lookup from an options record, ignoring values that are not allowed. */
export function lookup<T extends string>(
  record: Readonly<Record<string, T>> | undefined,
  allowed: readonly string[],
): Map<string, T> {
  const map = new Map<string, T>();
  if (typeof record !== 'object' || record === null) return map;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string' && allowed.includes(value)) map.set(key.trim().toLowerCase(), value);
  }
  return map;
}

const entries = <T>(pairs: [T, string[]][]): Map<string, T> =>
  new Map(pairs.flatMap(([value, names]) => names.map((name) => [name, value] as [string, T])));

/** Issue types (Jira, GitHub issue types) and kind labels every importer knows. */
export const KNOWN_KINDS: ReadonlyMap<string, KindMapping> = entries<KindMapping>([
  ['epic', ['epic']],
  ['story', ['story', 'user story', 'feature']],
  ['task', ['task', 'sub-task', 'subtask', 'sub task', 'todo']],
  ['bug', ['bug', 'defect', 'incident']],
  ['improvement', ['improvement', 'enhancement', 'new feature request']],
  ['tech-debt', ['technical debt', 'tech debt', 'tech-debt', 'techdebt', 'refactor', 'refactoring', 'chore']],
  ['spike', ['spike', 'research', 'investigation']],
  ['initiative', ['initiative']],
]);

export const KIND_VALUES: readonly string[] = [
  'epic',
  'story',
  'task',
  'bug',
  'improvement',
  'tech-debt',
  'spike',
  'initiative',
  'skip',
];
export const STATUS_VALUES: readonly string[] = ['todo', 'in-progress', 'blocked', 'done', 'canceled'];

/** Status names common across trackers (Jira's defaults, Linear's workflow, GitHub-style labels). */
export const KNOWN_STATUSES: ReadonlyMap<string, StatusMapping> = entries<StatusMapping>([
  [
    'todo',
    ['to do', 'todo', 'open', 'backlog', 'new', 'selected for development', 'reopened', 'triage', 'ready', 'unstarted'],
  ],
  [
    'in-progress',
    [
      'in progress',
      'in review',
      'in development',
      'review',
      'code review',
      'in qa',
      'qa',
      'testing',
      'in test',
      'started',
      'doing',
    ],
  ],
  ['blocked', ['blocked', 'on hold', 'waiting', 'impeded']],
  ['done', ['done', 'closed', 'resolved', 'complete', 'completed', 'released', 'shipped', 'merged']],
  ['canceled', ['canceled', 'cancelled', "won't do", 'wont do', "won't fix", 'duplicate', 'rejected', 'not planned']],
]);

/** Jira's three status categories (and their older internal names). */
export const STATUS_CATEGORIES: ReadonlyMap<string, StatusMapping> = entries<StatusMapping>([
  ['todo', ['to do', 'new', 'undefined']],
  ['in-progress', ['in progress', 'indeterminate']],
  ['done', ['done', 'complete']],
  ['canceled', ['canceled']],
]);

/** An item status for a mapped status, or undefined for `canceled` (handled by the caller). */
export const itemStatus = (mapping: StatusMapping): ItemStatus => (mapping === 'canceled' ? 'done' : mapping);

/** An estimate: a finite non-negative number (`3`, `2.5`, `2,5`); undefined and a reason otherwise. */
export function readEstimate(text: string): { value?: number; reason?: string } {
  const value = Number(text.trim().replace(/^(\d+),(\d+)$/, '$1.$2'));
  if (!Number.isFinite(value)) return { reason: 'is not a number' };
  if (value < 0) return { reason: 'is negative' };
  return { value };
}
