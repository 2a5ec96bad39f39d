import {
  type AlignmentReport,
  type FindingGroup,
  groupFindings,
  type SalvageResult,
  type SubScore,
} from '@throughline/core';
import { decimal, percent, severityCounts } from './groups.js';
import { errorsAndWarnings, plural, setAsideSentence } from './problems.js';

/** Everything a score format draws: the report, its findings grouped by rule, and how it was run. */
export interface ScoreOutput {
  readonly report: AlignmentReport;
  /** The findings grouped by rule, severity and fix (core's `groupFindings`). */
  readonly groups: readonly FindingGroup[];
  /** The plan's name in messages (`standard input` for `-`). */
  readonly source: string;
  /** The FILE argument as given (`-` for standard input): what annotations point at. */
  readonly file?: string;
  /** `--fail-under`, when given. */
  readonly failUnder?: number;
  /** Present when the plan was invalid and was salvaged before scoring. */
  readonly salvage?: SalvageResult;
}

/** The output formats of `throughline score`. */
export const FORMATS = ['text', 'json', 'markdown', 'github'] as const;
/** One of `FORMATS`. */
export type Format = (typeof FORMATS)[number];

/** Builds the shared view of a report for the formats. */
export function scoreOutput(
  report: AlignmentReport,
  source: string,
  options: { failUnder?: number | undefined; salvage?: SalvageResult | undefined; file?: string | undefined } = {},
): ScoreOutput {
  return {
    report,
    groups: groupFindings(report.findings),
    source,
    ...(options.failUnder === undefined ? {} : { failUnder: options.failUnder }),
    ...(options.salvage === undefined ? {} : { salvage: options.salvage }),
    ...(options.file === undefined ? {} : { file: options.file }),
  };
}

/** True when `--fail-under` was given and the score is below it. */
export const underBar = (out: ScoreOutput) => out.failUnder !== undefined && out.report.score < out.failUnder;

/** `87.4 / 100`. */
export const scoreText = (report: AlignmentReport) => `${report.score} / 100`;

/** `136.1 / 148.3`, or `not measured` when the denominator is 0. */
export const counted = (sub: SubScore) =>
  sub.denominator > 0 ? `${decimal(sub.numerator)} / ${decimal(sub.denominator)}` : 'not measured';

/** `91.7%`, or `–` when nothing was measured. */
export const subValue = (sub: SubScore) => (sub.denominator > 0 ? percent(sub.value) : '–');

/** `28 findings in 8 rules (21 errors, 7 warnings)`, or `no findings`. */
export function findingsSummary(out: ScoreOutput): string {
  const total = out.groups.reduce((sum, g) => sum + g.findings.length, 0);
  if (total === 0) return 'no findings';
  const rules = new Set(out.groups.map((g) => g.rule)).size;
  return `${plural(total, 'finding')} in ${plural(rules, 'rule')} (${severityCounts(out.groups)})`;
}

/** `The plan had 3 errors; salvage set aside 1 item and 2 references before scoring.` (or `comparing`) */
export function salvageSentence(salvage: SalvageResult, before = 'scoring'): string {
  const problems = errorsAndWarnings(salvage.summary.errors, salvage.summary.warnings, ' and ');
  return `The plan had ${problems}; salvage set aside ${setAsideSentence(salvage)} before ${before}.`;
}

/** `Score 62.5 is under the bar of 70.` */
export const underBarSentence = (out: ScoreOutput) => `Score ${out.report.score} is under the bar of ${out.failUnder}.`;

/** `today 2026-11-25, product backlog "backlog-product", current horizon "h-now"`. */
export function scoredFor(report: AlignmentReport): string {
  const parts = [`today ${report.today}`];
  if (report.productBacklogId !== undefined) parts.push(`product backlog "${report.productBacklogId}"`);
  if (report.currentHorizonId !== undefined) parts.push(`current horizon "${report.currentHorizonId}"`);
  return parts.join(', ');
}

/** The text with its first letter in upper case. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
