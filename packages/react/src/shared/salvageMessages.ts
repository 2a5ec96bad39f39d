import type { PlanCollection, SalvageSummary } from '@throughline/core';
import { plural as pluralForm } from './plural.js';

/**
 * The words of the notice a view shows above salvaged data. Every view's `messages` includes
 * these; each count comes as the number (for plural rules) and as the text to show (formatted
 * for the view's `locale`).
 */
export interface SalvageMessages {
  /** "12 problems in the data" */
  readonly salvageProblems: (count: number, shown: string) => string;
  /** "3 initiatives left out" */
  readonly salvageLeftOut: (collection: PlanCollection, count: number, shown: string) => string;
  /** "2 fields dropped" */
  readonly salvageFields: (count: number, shown: string) => string;
  /** "1 link removed" */
  readonly salvageReferences: (count: number, shown: string) => string;
  /** "1 dependency removed" */
  readonly salvageDependencies: (count: number, shown: string) => string;
  /** "2 backlog entries removed" */
  readonly salvageBacklogEntries: (count: number, shown: string) => string;
  /** The notice's sentence from its parts: "12 problems in the data; 3 initiatives left out, 2 fields dropped." */
  readonly salvageHeadline: (problems: string, setAside: readonly string[]) => string;
  /** The label that opens the list of problems. */
  readonly salvageDetails: (count: number, shown: string) => string;
  /** Before what salvage set aside for one problem. */
  readonly salvageSetAside: string;
  /** Where a problem concerns the plan as a whole (its path is empty). */
  readonly salvageWholePlan: string;
}

const NOUNS: Readonly<Record<PlanCollection, readonly [one: string, many: string]>> = {
  goals: ['goal', 'goals'],
  themes: ['theme', 'themes'],
  initiatives: ['initiative', 'initiatives'],
  features: ['feature', 'features'],
  milestones: ['milestone', 'milestones'],
  horizons: ['horizon', 'horizons'],
  items: ['item', 'items'],
  backlogs: ['backlog', 'backlogs'],
};

/** English plural rules (the words are English whatever the locale that formats the numbers). */
const plural = (count: number, one: string, other: string) => pluralForm(count, { one, other });

/**
 * The English words of the salvage notice every view shows above data with problems; each view's
 * default messages include them. Replace the ones you translate in the view's `messages`.
 *
 * @example
 * const messages = {
 *   ...defaultBacklogListMessages,
 *   salvageProblems: (count, shown) => `${shown} Probleme in den Daten`,
 * };
 */
export const defaultSalvageMessages: SalvageMessages = {
  salvageProblems: (count, shown) => `${shown} ${plural(count, 'problem', 'problems')} in the data`,
  salvageLeftOut: (collection, count, shown) => `${shown} ${plural(count, ...NOUNS[collection])} left out`,
  salvageFields: (count, shown) => `${shown} ${plural(count, 'field', 'fields')} dropped`,
  salvageReferences: (count, shown) => `${shown} ${plural(count, 'link', 'links')} removed`,
  salvageDependencies: (count, shown) => `${shown} ${plural(count, 'dependency', 'dependencies')} removed`,
  salvageBacklogEntries: (count, shown) => `${shown} ${plural(count, 'backlog entry', 'backlog entries')} removed`,
  salvageHeadline: (problems, setAside) =>
    setAside.length === 0 ? `${problems}; nothing was left out.` : `${problems}; ${setAside.join(', ')}.`,
  salvageDetails: (count) => plural(count, 'Show the problem', 'Show the problems'),
  salvageSetAside: 'Set aside:',
  salvageWholePlan: '(plan)',
};

/** Collections in the order the notice names them (the plan's own order). */
const ORDER = Object.keys(NOUNS) as PlanCollection[];

/**
 * The notice's sentence, built from salvage's summary: how many problems, then each kind of thing
 * set aside that has a count (entities per collection, fields, links, dependencies, backlog entries).
 *
 * @example
 * salvageHeadline(summary, defaultSalvageMessages, String);
 * // '12 problems in the data; 3 initiatives left out, 2 fields dropped.'
 */
export function salvageHeadline(
  summary: SalvageSummary,
  messages: SalvageMessages,
  format: (value: number) => string,
): string {
  const parts: string[] = [];
  for (const collection of ORDER) {
    const count = summary.leftOut[collection] ?? 0;
    if (count > 0) parts.push(messages.salvageLeftOut(collection, count, format(count)));
  }
  const counts: [number, (count: number, shown: string) => string][] = [
    [summary.fields, messages.salvageFields],
    [summary.references, messages.salvageReferences],
    [summary.dependencies, messages.salvageDependencies],
    [summary.backlogEntries, messages.salvageBacklogEntries],
  ];
  for (const [count, say] of counts) if (count > 0) parts.push(say(count, format(count)));
  return messages.salvageHeadline(messages.salvageProblems(summary.problems, format(summary.problems)), parts);
}
