import type { MoscowCategory, PriorityFramework } from '@throughline/core';
import { plural } from './plural.js';

/**
 * The words of a framework score and its rank gap, shared by every view that shows them (a
 * backlog's priority column, a priority matrix): each view's `messages` includes these. A message
 * about a count gets the count formatted for the view's `locale` first and, last, the number
 * itself, for the plural rules of your language.
 */
export interface PriorityMessages {
  /** A framework's name: "RICE", "WSJF". */
  readonly priorityFramework: Readonly<Record<PriorityFramework, string>>;
  /** A MoSCoW category, shown in place of its score: "Must". */
  readonly priorityMoscow: Readonly<Record<MoscowCategory, string>>;
  /** A score read with its framework: "RICE 800". */
  readonly priorityScore: (framework: string, score: string) => string;
  /** The gap drawn: "↑ 12". */
  readonly priorityUp: (places: string, count: number) => string;
  /** The gap drawn: "↓ 3". */
  readonly priorityDown: (places: string, count: number) => string;
  /** The gap drawn for an item already in its place: "=". */
  readonly priorityInPlace: string;
  /** The gap read: "up 12 places". */
  readonly priorityUpLabel: (places: string, count: number) => string;
  /** The gap read: "down 1 place". */
  readonly priorityDownLabel: (places: string, count: number) => string;
  /** The gap read for an item already in its place. */
  readonly priorityInPlaceLabel: string;
  /** A scored item, read: "RICE 800; framework order: up 12 places". */
  readonly priorityScored: (score: string, gap: string) => string;
  /** An unscored item, read: "RICE not scored: no reach; framework order: down 2 places". */
  readonly priorityUnscored: (framework: string, reasons: string, gap: string) => string;
  /** An input's name, from its path under `priority` ("rice.reach", "wsjf.businessValue") or "estimate". */
  readonly priorityInput: (field: string) => string;
  /** What is missing: "no reach, no effort". */
  readonly priorityMissing: (inputs: readonly string[]) => string;
  /** An effort of 0: "effort is 0". */
  readonly priorityZero: (input: string) => string;
  /** A score too large to compute. */
  readonly priorityTooLarge: string;
  /** An item the report does not know (added after scoring), or with no reason given. */
  readonly priorityNotScored: string;
}

/** Names an input path never spells out whole. */
const INPUT_NAMES: Readonly<Record<string, string>> = { moscow: 'MoSCoW category', estimate: 'estimate' };

/** "wsjf.businessValue" → "business value": the last name of a path, its words apart. */
function inputName(field: string): string {
  const known = INPUT_NAMES[field];
  if (known !== undefined) return known;
  const last = field.slice(field.lastIndexOf('.') + 1);
  return last.replace(
    /([a-z0-9])([A-Z])/g,
    (_, before: string, capital: string) => `${before} ${capital.toLowerCase()}`,
  );
}

/**
 * The English words of a framework score and its rank gap, which every view's default messages
 * include; spread them into a translation and replace what you need.
 *
 * @example
 * <BacklogList plan={plan} priority={usePriorities(plan, { framework: 'rice' })} messages={{ priorityInPlaceLabel: 'an seinem Platz' }} />
 */
export const defaultPriorityMessages: PriorityMessages = {
  priorityFramework: { rice: 'RICE', wsjf: 'WSJF', ice: 'ICE', 'value-effort': 'Value/effort', moscow: 'MoSCoW' },
  priorityMoscow: { must: 'Must', should: 'Should', could: 'Could', wont: 'Won’t' },
  priorityScore: (framework, score) => `${framework} ${score}`,
  priorityUp: (places) => `↑ ${places}`,
  priorityDown: (places) => `↓ ${places}`,
  priorityInPlace: '=',
  priorityUpLabel: (places, count) => `up ${places} ${plural(count, { one: 'place', other: 'places' })}`,
  priorityDownLabel: (places, count) => `down ${places} ${plural(count, { one: 'place', other: 'places' })}`,
  priorityInPlaceLabel: 'in place',
  priorityScored: (score, gap) => `${score}; framework order: ${gap}`,
  priorityUnscored: (framework, reasons, gap) => `${framework} not scored: ${reasons}; framework order: ${gap}`,
  priorityInput: inputName,
  priorityMissing: (inputs) => inputs.map((input) => `no ${input}`).join(', '),
  priorityZero: (input) => `${input} is 0`,
  priorityTooLarge: 'too large to score',
  priorityNotScored: 'no score',
};
