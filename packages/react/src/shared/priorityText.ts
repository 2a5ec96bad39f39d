import type {
  BacklogPriorityEntry,
  MoscowCategory,
  PriorityFramework,
  PriorityProblem,
  RankGap,
} from '@throughline/core';
import type { PriorityMessages } from './priorityMessages.js';

/** What a view draws and reads for one item's score and rank gap. */
export interface PriorityText {
  /** Drawn: the score ("800", "Must"), or why there is none ("no reach, no effort"). */
  readonly value: string;
  /** Drawn: the gap ("↑ 12", "↓ 3", "="). */
  readonly gap: string;
  /** Read: the whole of it ("RICE 800; framework order: up 12 places"). */
  readonly label: string;
}

/**
 * The words for an item's score and its rank gap in one backlog (from core's `backlogPriority`),
 * in the view's messages and number format: the same text in every view that shows a score. A
 * MoSCoW item shows its category; an unscored one what it lacks.
 *
 * @example
 * const text = priorityText(rice.entries.get('STORY-3'), 'rice', messages, numberText('en-US'));
 * // { value: '800', gap: '↑ 12', label: 'RICE 800; framework order: up 12 places' }
 */
export function priorityText(
  entry: BacklogPriorityEntry,
  framework: PriorityFramework,
  messages: PriorityMessages,
  n: (value: number) => string,
): PriorityText {
  const name = messages.priorityFramework[framework];
  const gap = gapText(entry.gap, messages, n);
  const score = entry.scored ? entry.score?.score : null;
  if (score === null || score === undefined) {
    const value = reasons(entry.score?.problems ?? [], messages);
    return { value, gap: gap.drawn, label: messages.priorityUnscored(name, value, gap.read) };
  }
  const category = entry.score?.inputs.moscow;
  const value =
    framework === 'moscow' && typeof category === 'string' && category in messages.priorityMoscow
      ? messages.priorityMoscow[category as MoscowCategory]
      : n(score);
  return { value, gap: gap.drawn, label: messages.priorityScored(messages.priorityScore(name, value), gap.read) };
}

/** A rank gap drawn ("↑ 12") and read ("up 12 places"). */
function gapText(gap: RankGap, messages: PriorityMessages, n: (value: number) => string) {
  const places = n(gap.places);
  if (gap.direction === 'up') {
    return { drawn: messages.priorityUp(places, gap.places), read: messages.priorityUpLabel(places, gap.places) };
  }
  if (gap.direction === 'down') {
    return { drawn: messages.priorityDown(places, gap.places), read: messages.priorityDownLabel(places, gap.places) };
  }
  return { drawn: messages.priorityInPlace, read: messages.priorityInPlaceLabel };
}

/** Why an item has no score, in a few words: "no reach, no effort", "effort is 0". */
function reasons(problems: readonly PriorityProblem[], messages: PriorityMessages): string {
  const missing = problems.filter((p) => p.code === 'missing-input').map((p) => messages.priorityInput(p.field));
  const parts = [
    ...(missing.length > 0 ? [messages.priorityMissing(missing)] : []),
    ...problems
      .filter((p) => p.code === 'zero-effort')
      .map((p) => messages.priorityZero(messages.priorityInput(p.field))),
    ...(problems.some((p) => p.code === 'too-large') ? [messages.priorityTooLarge] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : messages.priorityNotScored;
}
