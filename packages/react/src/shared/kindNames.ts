import type { ItemKind } from '@throughline/core';

/** The English name of each backlog item kind, shared by every view's default messages. */
export const defaultKindNames: Readonly<Record<ItemKind, string>> = {
  epic: 'Epic',
  story: 'Story',
  task: 'Task',
  bug: 'Bug',
  improvement: 'Improvement',
  'tech-debt': 'Tech debt',
  spike: 'Spike',
};
