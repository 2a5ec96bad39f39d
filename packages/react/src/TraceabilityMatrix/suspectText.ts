import type { InitiativeStatus, MeaningValue, Plan, SuspectChange, SuspectLink } from '@throughline/core';
import type { TraceabilityMatrixMessages } from './messages.js';

/**
 * Why a cell's links are suspect, in a few words for its name: each reason once, in the order
 * found ("goal title changed, goal target changed"); undefined when none is.
 *
 * @example
 * suspectWords(suspects.at(0, 3), messages); // 'goal title changed, goal target changed'
 */
export function suspectWords(links: readonly SuspectLink[], messages: TraceabilityMatrixMessages): string | undefined {
  if (links.length === 0) return undefined;
  const reasons = new Set(links.flatMap((s) => s.changes.map((c) => c.reason)));
  return [...reasons].map((reason) => messages.suspectReason[reason]).join(', ');
}

/** Titles of goals, initiatives, horizons and items by id: today's, else the baseline's (for those removed since). */
export interface SuspectNames {
  readonly goal: (id: string) => string | undefined;
  readonly initiative: (id: string) => string | undefined;
  readonly horizon: (id: string) => string | undefined;
  readonly item: (id: string) => string | undefined;
}

/**
 * The names a suspect cell's details show values with: looked up in today's plan, then in the
 * baseline's, so a goal removed since is still called by its title. Built when the details open.
 *
 * @example
 * const names = suspectNames(plan, baseline.before);
 * names.goal('goal-retention'); // 'Keep teams coming back every week'
 */
export function suspectNames(now: Plan, before: Plan): SuspectNames {
  const titles = (pick: (plan: Plan) => readonly { readonly id: string; readonly title: string }[]) => {
    const map = new Map<string, string>();
    for (const plan of [before, now]) for (const entity of pick(plan)) map.set(entity.id, entity.title);
    return (id: string) => map.get(id);
  };
  return {
    goal: titles((p) => p.goals),
    initiative: titles((p) => p.initiatives),
    horizon: titles((p) => p.horizons),
    item: titles((p) => p.items),
  };
}

/** One value of a link's meaning in words: a title quoted, a list joined, a metric with its unit, nothing as "none". */
function valueText(
  reason: SuspectChange['reason'],
  value: MeaningValue,
  messages: TraceabilityMatrixMessages,
  names: SuspectNames,
  number: (value: number) => string,
): string {
  if (value === null) return messages.noValue;
  if (typeof value === 'number') return number(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return messages.noValue;
    return value.map((id: string) => messages.quoted(names.goal(id) ?? id)).join(', ');
  }
  if (typeof value === 'object') {
    const metric = value as { readonly name: string; readonly unit?: string };
    return messages.quoted(metric.unit === undefined ? metric.name : `${metric.name} (${metric.unit})`);
  }
  const text = value as string;
  if (reason === 'initiative-status') return messages.initiativeStatus[text as InitiativeStatus] ?? text;
  if (reason === 'initiative-horizon') return messages.quoted(names.horizon(text) ?? text);
  if (reason === 'item-parent') {
    const title = names.item(text);
    return title === undefined ? text : `${text} ${messages.quoted(title)}`;
  }
  return messages.quoted(text);
}

/**
 * One reason a link is suspect, with its value in the baseline and now, in words:
 * "Goal title: ‘Cut churn’ → ‘Cut churn in half’".
 *
 * @example
 * changeText({ reason: 'goal-target', before: 75, after: 70 }, messages, names, String); // 'Goal target: 75 → 70'
 */
export function changeText(
  change: SuspectChange,
  messages: TraceabilityMatrixMessages,
  names: SuspectNames,
  number: (value: number) => string,
): string {
  const text = (value: MeaningValue) => valueText(change.reason, value, messages, names, number);
  return messages.suspectChange(messages.suspectField[change.reason], text(change.before), text(change.after));
}
