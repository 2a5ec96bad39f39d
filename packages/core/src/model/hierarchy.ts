import type { ItemKind } from './vocabulary.js';

/**
 * The size of each kind of work, for parent checks: epics hold stories, bugs, improvements, tech
 * debt and spikes, which hold tasks. A parent must be bigger than its child (validation and
 * re-parenting both use this).
 */
export const ITEM_LEVEL: Readonly<Record<ItemKind, number>> = {
  epic: 3,
  story: 2,
  bug: 2,
  improvement: 2,
  'tech-debt': 2,
  spike: 2,
  task: 1,
};

/** "an epic", "a task": for messages that name a kind. */
export const withArticle = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
