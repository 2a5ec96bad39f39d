import type { Initiative, Item } from '../model/types.js';

/**
 * Signals several rules and sub-scores share, in one place so a sub-score and the rule that
 * explains it always agree.
 */

/** An item with no context at all: nothing says what it is, why, or where it belongs. */
export function isContextFree(item: Item): boolean {
  return (
    (item.description === undefined || item.description.trim() === '') &&
    item.acceptanceCriteria.length === 0 &&
    item.parentId === undefined &&
    item.initiativeId === undefined &&
    item.featureId === undefined
  );
}

/**
 * Not done, and last touched (updatedAt, else createdAt) on or before `cutoff`, the ISO date
 * `staleDays` before today. ISO dates compare as strings, which keeps this cheap on large backlogs.
 */
export function isStale(item: Item, cutoff: string): boolean {
  const touched = item.updatedAt ?? item.createdAt;
  return item.status !== 'done' && touched !== undefined && touched <= cutoff;
}

/** A roadmap entry worded as a task: it starts with an implementation verb. */
export function looksLikeTask(initiative: Initiative, taskVerbs: readonly string[]): boolean {
  const first = initiative.title.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return taskVerbs.includes(first);
}

export const DEFAULT_TASK_VERBS: readonly string[] = [
  'fix',
  'upgrade',
  'migrate',
  'refactor',
  'rename',
  'bump',
  'patch',
  'rewrite',
  'deprecate',
  'configure',
  'install',
  'debug',
  'hotfix',
  'tweak',
];

/** Initiatives that still ask for work: not dropped, not done. */
export function isActive(initiative: Initiative): boolean {
  return initiative.status !== 'dropped' && initiative.status !== 'done';
}
