import { type FindingGroup, RULES } from '@throughline/core';
import { errorsAndWarnings } from './problems.js';

/** A rule's one-line description from core's rules table; the rule id for a rule core does not know. */
export function ruleDescription(rule: string): string {
  return Object.hasOwn(RULES, rule) ? RULES[rule as keyof typeof RULES].description : rule;
}

/** The message of a group's first finding, shown as an example of the rest. */
export const example = (group: FindingGroup) => group.findings[0]?.message ?? '';

/** The first `shown` items joined with commas, then `…and N more`: a list that never runs long. */
export function firstFew(values: readonly string[], shown = 5): string {
  const head = values.slice(0, shown).join(', ');
  return values.length > shown ? `${head} …and ${values.length - shown} more` : head;
}

/** `21 errors, 7 warnings` over groups of findings; a part that is zero is left out. */
export function severityCounts(groups: readonly FindingGroup[]): string {
  const count = (severity: string) =>
    groups.filter((g) => g.severity === severity).reduce((sum, g) => sum + g.findings.length, 0);
  return errorsAndWarnings(count('error'), count('warn'));
}

/** A number to at most one decimal: `136.1`, `14`. */
export const decimal = (n: number) => String(Math.round(n * 10) / 10);

/** A sub-score's value as a percentage to one decimal: `91.7%`. */
export const percent = (value: number) => `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
