import type {
  AlignmentReportEmptyReason,
  PlanRefKind,
  Readiness,
  RefinementBandName,
  ScoreBand,
  SubScoreName,
} from '@throughline/core';
import { defaultFindingListMessages, type FindingListMessages } from '../shared/FindingList.js';
import { plural } from '../shared/plural.js';
import { defaultSalvageMessages, type SalvageMessages } from '../shared/salvageMessages.js';

/** The score then and now in words: the two scores, the difference without its sign, which way, and since when. */
type ScoreChangeText = (
  before: string,
  now: string,
  change: string,
  direction: ScoreChangeDirection,
  since: string,
) => string;

/**
 * Every word AlignmentReport shows; pass a partial set in `messages` to translate. Numbers come
 * formatted for the view's `locale` (shares as percentages); a message about a count gets the
 * number itself after the formatted one, for the plural rules of your language. The sub-scores'
 * explanations and the findings' messages and fixes are the scorer's own English sentences.
 *
 * @example
 * <AlignmentReport plan={plan} messages={{ title: 'Ausrichtung', band: { ...defaultAlignmentReportMessages.band, good: 'Gut' } }} />
 */
export interface AlignmentReportMessages extends SalvageMessages {
  /** The view's heading. */
  readonly title: string;
  /** "Scored on 25 Nov 2026": the day, formatted. */
  readonly scoredOn: (date: string) => string;
  readonly productBacklog: (title: string) => string;
  readonly currentHorizon: (title: string) => string;
  readonly noProductBacklog: string;
  readonly noCurrentHorizon: string;
  readonly scoreHeading: string;
  /** The gauge's text and spoken value: the score, out of 100, and its band in words. */
  readonly gauge: (score: string, band: string) => string;
  readonly band: Readonly<Record<ScoreBand, string>>;
  readonly subScoresHeading: string;
  readonly subScore: Readonly<Record<SubScoreName, string>>;
  /** "16.59 of 18.96": what met the bar, out of what was measured. */
  readonly fraction: (numerator: string, denominator: string) => string;
  readonly weight: (weight: string) => string;
  readonly notMeasured: string;
  readonly findingsHeading: (count: string, total: number) => string;
  readonly findingCounts: (errors: string, warnings: string, errorCount: number, warnCount: number) => string;
  readonly noFindings: string;
  readonly findingList: FindingListMessages;
  /** The label of the list of things a finding concerns. */
  readonly concerns: string;
  readonly refKind: Readonly<Record<PlanRefKind, string>>;
  /** Said of an id the plan holds nothing by. */
  readonly notInPlan: string;
  readonly goalsHeading: string;
  readonly goalsCaption: (basis: 'even' | 'weights') => string;
  readonly goalColumn: string;
  readonly effortColumn: string;
  readonly expectedColumn: string;
  readonly servesNoGoal: string;
  /** A goal's weight, beside its name: "weight 3". */
  readonly goalWeight: (weight: string) => string;
  readonly shapeHeading: string;
  readonly shapeCaption: (total: string, count: number) => string;
  readonly expectedShape: string;
  readonly actualShape: string;
  readonly readiness: Readonly<Record<Readiness, string>>;
  /** A band's name: its place in the backlog and its expected share ("Top 20%"). */
  readonly bandName: Readonly<Record<RefinementBandName, (share: string) => string>>;
  /** What a band's entries should be. */
  readonly bandBar: Readonly<Record<RefinementBandName, string>>;
  /** After a band's name: how many items it holds and what they should be ("18 items, should be ready"). */
  readonly bandSummary: (size: string, count: number, bar: string) => string;
  /** "Ready: 11". */
  readonly readinessCount: (readiness: string, count: string) => string;
  /** "11 of 18 meet the bar". */
  readonly meeting: (meeting: string, size: string) => string;
  /** Why a part has nothing to draw, and what to do about it. */
  readonly emptyReason: Readonly<Record<AlignmentReportEmptyReason, string>>;
  readonly emptyHint: Readonly<Record<AlignmentReportEmptyReason, string>>;
  readonly invalidPlan: string;
  readonly moreProblems: (count: number) => string;
  /** Above the report when its `baseline` cannot be read, before the problems. */
  readonly baselineUnreadable: string;
  /** What a baseline without a label is called after "since": "the baseline". */
  readonly unlabelledBaseline: string;
  /**
   * The score then and now, drawn by the gauge: "82.6 → 74.2, −8.4 since Q3 review". `change` is
   * the difference without its sign; `direction` says which way.
   */
  readonly scoreChange: ScoreChangeText;
  /** The same, read: "Down 8.4 points since Q3 review, from 82.6 to 74.2". */
  readonly scoreChangeLabel: ScoreChangeText;
  /** A sub-score's change in percentage points, drawn beside its value: "−22.8 pts". */
  readonly subScoreChange: (change: string, direction: ScoreChangeDirection) => string;
  /** The same, read: "Down 22.8 percentage points since Q3 review, from 88.9%". */
  readonly subScoreChangeLabel: (
    change: string,
    before: string,
    direction: ScoreChangeDirection,
    since: string,
  ) => string;
  /** A sub-score measured today but not in the baseline. */
  readonly notMeasuredThen: string;
  /** A sub-score measured in the baseline but not today: "88.9% at Q3 review". */
  readonly measuredOnlyThen: (before: string, since: string) => string;
}

/** Which way a score moved since a baseline. */
export type ScoreChangeDirection = 'up' | 'down' | 'none';

const FINDINGS = { one: 'finding', other: 'findings' };
const SIGN: Record<ScoreChangeDirection, string> = { up: '+', down: '−', none: '±' };
const WAY: Record<ScoreChangeDirection, string> = { up: 'Up', down: 'Down', none: 'Unchanged' };
const ITEMS = { one: 'item', other: 'items' };

/**
 * The English words of AlignmentReport. Spread them and replace what you translate.
 *
 * @example
 * const messages = { ...defaultAlignmentReportMessages, title: 'Ausrichtung', goalsHeading: 'Aufwand je Ziel' };
 * <AlignmentReport plan={plan} messages={messages} />;
 */
export const defaultAlignmentReportMessages: AlignmentReportMessages = {
  ...defaultSalvageMessages,
  title: 'Alignment report',
  scoredOn: (date) => `Scored on ${date}`,
  productBacklog: (title) => `Product backlog: ${title}`,
  currentHorizon: (title) => `Now: ${title}`,
  noProductBacklog: 'No product backlog',
  noCurrentHorizon: 'No current horizon',
  scoreHeading: 'Alignment score',
  gauge: (score, band) => `${score} out of 100: ${band}`,
  band: { good: 'good', fair: 'fair', poor: 'poor', unmeasured: 'nothing measured yet' },
  subScoresHeading: 'What the score is made of',
  subScore: {
    traceability: 'Traceability',
    coverage: 'Coverage',
    readiness: 'Readiness',
    focus: 'Focus',
    hygiene: 'Hygiene',
  },
  fraction: (numerator, denominator) => `${numerator} of ${denominator}`,
  weight: (weight) => `weight ${weight}`,
  notMeasured: 'Not measured: nothing to count, so it is left out of the score.',
  findingsHeading: (count, total) => `${count} ${plural(total, FINDINGS)}`,
  findingCounts: (errors, warnings, errorCount, warnCount) =>
    `${errors} ${plural(errorCount, { one: 'error', other: 'errors' })}, ${warnings} ${plural(warnCount, { one: 'warning', other: 'warnings' })}`,
  noFindings: 'No findings: every rule that ran is satisfied.',
  findingList: defaultFindingListMessages,
  concerns: 'Concerns',
  refKind: {
    goal: 'Goal',
    theme: 'Theme',
    initiative: 'Initiative',
    feature: 'Feature',
    milestone: 'Milestone',
    horizon: 'Horizon',
    item: 'Item',
    backlog: 'Backlog',
  },
  notInPlan: 'not in this plan',
  goalsHeading: 'Effort by goal',
  goalsCaption: (basis) =>
    basis === 'weights'
      ? "Share of the product backlog's estimate serving each goal, against the share its weight gives it."
      : "Share of the product backlog's estimate serving each goal, against an even share.",
  goalColumn: 'Goal',
  effortColumn: 'Effort',
  expectedColumn: 'Expected',
  servesNoGoal: 'Serves no goal',
  goalWeight: (weight) => `weight ${weight}`,
  shapeHeading: 'Refinement shape',
  shapeCaption: (total, count) =>
    `The ${total} ${plural(count, ITEMS)} of the product backlog in rank order against the 20/30/50 shape: the top ready, the next at least partial, the rest may stay rough.`,
  expectedShape: 'Expected',
  actualShape: 'This backlog',
  readiness: { ready: 'Ready', partial: 'Partial', rough: 'Rough' },
  bandName: {
    ready: (share) => `Top ${share}`,
    partial: (share) => `Next ${share}`,
    rest: (share) => `Rest (${share})`,
  },
  bandBar: { ready: 'should be ready', partial: 'should be at least partial', rest: 'may stay rough' },
  bandSummary: (size, count, bar) => `${size} ${plural(count, ITEMS)}, ${bar}`,
  readinessCount: (readiness, count) => `${readiness}: ${count}`,
  meeting: (meeting, size) => `${meeting} of ${size} meet the bar`,
  emptyReason: {
    'no-product-backlog': 'There is no product backlog to measure.',
    'empty-product-backlog': 'The product backlog is empty.',
    'no-goals': 'This plan has no goals, so no effort can serve one.',
    'nothing-estimated': 'No item in the product backlog has an estimate, so there is no effort to share out.',
  },
  emptyHint: {
    'no-product-backlog': 'Add a backlog of kind "product" in your planning tool, or score another backlog.',
    'empty-product-backlog': 'Add the ranked work to the product backlog in your planning tool.',
    'no-goals': 'Add the goals the roadmap serves, and link initiatives or themes to them.',
    'nothing-estimated': 'Estimate the product backlog items in your planning tool.',
  },
  invalidPlan: 'This report cannot be shown: fix these problems in the data.',
  moreProblems: (count) => `…and ${count} more.`,
  baselineUnreadable: 'The baseline could not be read, so nothing is compared with it:',
  unlabelledBaseline: 'the baseline',
  scoreChange: (before, now, change, direction, since) =>
    `${before} → ${now}, ${SIGN[direction]}${change} since ${since}`,
  scoreChangeLabel: (before, now, change, direction, since) =>
    direction === 'none'
      ? `Unchanged since ${since}, at ${now}`
      : `${WAY[direction]} ${change} points since ${since}, from ${before} to ${now}`,
  subScoreChange: (change, direction) => `${SIGN[direction]}${change} pts`,
  subScoreChangeLabel: (change, before, direction, since) =>
    direction === 'none'
      ? `Unchanged since ${since}, at ${before}`
      : `${WAY[direction]} ${change} percentage points since ${since}, from ${before}`,
  notMeasuredThen: 'not measured then',
  measuredOnlyThen: (before, since) => `${before} at ${since}`,
};
