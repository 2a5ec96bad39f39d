import type { PriorityEmptyReason, PriorityEntities, PriorityFramework, PriorityQuadrant } from '@throughline/core';
import { plural } from '../shared/plural.js';
import { defaultSalvageMessages, type SalvageMessages } from '../shared/salvageMessages.js';

/** The frameworks a chart can plot: every one but MoSCoW. */
export type ChartedFramework = Exclude<PriorityFramework, 'moscow'>;

/**
 * Every word PriorityMatrix shows or announces; pass a partial set in `messages` to translate.
 * Numbers come formatted for the view's `locale`; a message about a count gets the count itself
 * too, for the plural rules of your language (`Intl.PluralRules`).
 *
 * @example
 * const messages: Partial<PriorityMatrixMessages> = { applyOrder: 'Diese Reihenfolge übernehmen' };
 */
export interface PriorityMatrixMessages extends SalvageMessages {
  /** The chart's name: "RICE: value against effort". */
  readonly chartLabel: (framework: string) => string;
  readonly frameworkLabel: string;
  readonly framework: Readonly<Record<PriorityFramework, string>>;
  readonly entitiesLabel: string;
  readonly entities: Readonly<Record<PriorityEntities, string>>;
  /** What each axis stands for, per framework. */
  readonly valueAxis: Readonly<Record<ChartedFramework, string>>;
  readonly effortAxis: Readonly<Record<ChartedFramework, string>>;
  /** A quadrant's label on the chart ("Quick wins"), and the same in a sentence ("a quick win"). */
  readonly quadrant: Readonly<Record<PriorityQuadrant, string>>;
  readonly quadrantOne: Readonly<Record<PriorityQuadrant, string>>;
  /** The names of inputs a move changes (`impact`, `jobSize`…); a value-effort criterion is named by its label or key. */
  readonly input: Readonly<Record<string, string>>;
  /** A point's accessible name: title, rank, value, effort, quadrant, what colours it, and whether it reaches a goal. */
  readonly point: (p: {
    readonly title: string;
    readonly rank: number;
    readonly value: string;
    readonly effort: string;
    readonly quadrant: string;
    readonly colour: string;
    readonly untraced: boolean;
  }) => string;
  readonly legendLabel: Readonly<Record<'goal' | 'theme', string>>;
  readonly noGoal: string;
  readonly noTheme: string;
  /** The shape key: what a diamond means. */
  readonly untracedKey: string;
  readonly rankedLabel: (framework: string) => string;
  readonly score: (score: string) => string;
  /** How far the framework would move an item in the backlog: positive is up. */
  readonly gap: (gap: number, shown: string) => string;
  readonly showMore: (count: number, shown: string) => string;
  readonly showFewer: string;
  readonly applyOrder: string;
  /** Why "Apply this order" cannot be used. */
  readonly applyReason: Readonly<Record<'read-only' | 'in-order' | 'no-backlog' | 'initiatives', string>>;
  readonly applied: (moved: number, shown: string, backlog: string, framework: string) => string;
  readonly missingLabel: (count: number, shown: string) => string;
  /** "3 items have no reach": the count, the input (by `input`), the entities, and why. */
  readonly missing: (
    count: number,
    shown: string,
    input: string,
    entities: PriorityEntities,
    code: 'missing-input' | 'zero-effort' | 'out-of-scale' | 'too-large',
  ) => string;
  readonly missingHint: string;
  readonly switchFramework: (framework: string) => string;
  readonly switchEntities: Readonly<Record<PriorityEntities, string>>;
  readonly emptyReason: (reason: PriorityEmptyReason, entities: PriorityEntities, framework: string) => string;
  readonly emptyHint: (reason: PriorityEmptyReason) => string;
  /** The focused point and the scorer's one line about it. */
  readonly details: (title: string, explanation: string) => string;
  readonly instructions: string;
  readonly instructionsReadOnly: string;
  readonly pickedUp: (title: string) => string;
  /** Where a move would put the point: its title, the inputs as they would be, its quadrant. */
  readonly moving: (title: string, inputs: string, quadrant: string) => string;
  readonly moved: (title: string, inputs: string, quadrant: string) => string;
  readonly cancelled: (title: string) => string;
  readonly atEdge: (title: string, input: string) => string;
  readonly cannotMove: (title: string) => string;
  readonly invalidPlan: string;
  readonly moreProblems: (count: number) => string;
}

const ITEMS = { one: 'item', other: 'items' };
const INITIATIVES = { one: 'initiative', other: 'initiatives' };
const HAVE = { one: 'has', other: 'have' };
const nouns = (entities: PriorityEntities) => (entities === 'items' ? ITEMS : INITIATIVES);

/** The framework keys as the missing-inputs list reads them ("no RICE inputs"). */
const FRAMEWORK_KEYS: Readonly<Record<string, string>> = {
  rice: 'RICE inputs',
  wsjf: 'WSJF inputs',
  ice: 'ICE inputs',
  valueEffort: 'value / effort scores',
};

/**
 * The English words of PriorityMatrix. Replace the ones you translate in the view's `messages`.
 *
 * @example
 * <PriorityMatrix plan={plan} messages={{ ...defaultPriorityMatrixMessages, applyOrder: 'Reorder the backlog' }} />
 */
export const defaultPriorityMatrixMessages: PriorityMatrixMessages = {
  ...defaultSalvageMessages,
  chartLabel: (framework) => `${framework}: value against effort`,
  frameworkLabel: 'Framework',
  framework: { rice: 'RICE', wsjf: 'WSJF', ice: 'ICE', 'value-effort': 'Value / effort', moscow: 'MoSCoW' },
  entitiesLabel: 'Plot',
  entities: { items: 'Backlog items', initiatives: 'Initiatives' },
  valueAxis: {
    rice: 'Value: reach × impact × confidence',
    wsjf: 'Cost of delay',
    ice: 'Value: impact × confidence ÷ 10',
    'value-effort': 'Value',
  },
  effortAxis: {
    rice: 'Effort (person-months)',
    wsjf: 'Job size',
    ice: 'Effort: 11 − ease',
    'value-effort': 'Effort',
  },
  quadrant: { 'quick-win': 'Quick wins', 'big-bet': 'Big bets', filler: 'Fillers', 'money-pit': 'Money pits' },
  quadrantOne: { 'quick-win': 'quick win', 'big-bet': 'big bet', filler: 'filler', 'money-pit': 'money pit' },
  input: {
    reach: 'reach',
    impact: 'impact',
    confidence: 'confidence',
    effort: 'effort',
    estimate: 'estimate',
    businessValue: 'business value',
    timeCriticality: 'time criticality',
    riskReduction: 'risk reduction',
    jobSize: 'job size',
    ease: 'ease',
    ...FRAMEWORK_KEYS,
  },
  point: (p) =>
    `${p.title}, rank ${p.rank}: value ${p.value}, effort ${p.effort}, ${p.quadrant}; ${p.colour}${p.untraced ? '; reaches no goal' : ''}`,
  legendLabel: { goal: 'Colour: goal', theme: 'Colour: theme' },
  noGoal: 'No goal',
  noTheme: 'No theme',
  untracedKey: 'Diamond: reaches no goal',
  rankedLabel: (framework) => `${framework} order`,
  score: (score) => `score ${score}`,
  gap: (gap, shown) => (gap === 0 ? 'in place' : gap > 0 ? `${shown} up` : `${shown} down`),
  showMore: (_count, shown) => `Show ${shown} more`,
  showFewer: 'Show fewer',
  applyOrder: 'Apply this order',
  applyReason: {
    'read-only': 'This view cannot change the plan.',
    'in-order': 'The backlog is already in this order.',
    'no-backlog': 'There is no backlog to put in order.',
    initiatives: 'Initiatives have no backlog order: show items to apply it.',
  },
  applied: (moved, shown, backlog, framework) =>
    `Put ${backlog} in ${framework} order: ${shown} ${plural(moved, ITEMS)} moved.`,
  missingLabel: (_count, shown) => `Not on the chart (${shown})`,
  missing: (count, shown, input, entities, code) => {
    const who = `${shown} ${plural(count, nouns(entities))} ${plural(count, HAVE)}`;
    if (code === 'zero-effort') return `${who} ${input} 0`;
    if (code === 'too-large') return `${who} ${input} too large to score`;
    if (code === 'out-of-scale') return `${who} ${input} off its scale`;
    return `${who} no ${input}`;
  },
  missingHint: 'Add the missing inputs where the plan comes from.',
  switchFramework: (framework) => `Show ${framework} instead`,
  switchEntities: { items: 'Show items instead', initiatives: 'Show initiatives instead' },
  emptyReason: (reason, entities, framework) => {
    if (reason === 'no-entities')
      return entities === 'items' ? 'This plan has no backlog items yet.' : 'This plan has no initiatives yet.';
    if (reason === 'no-effort-axis')
      return `${framework} sorts work into must, should, could and won't: it has no value or effort to plot.`;
    return `No ${entities === 'items' ? 'item' : 'initiative'} has all the ${framework} inputs yet.`;
  },
  emptyHint: (reason) =>
    reason === 'no-effort-axis'
      ? 'Choose a framework that scores value and effort to see the chart.'
      : 'Add priority inputs where the plan comes from.',
  details: (title, explanation) => `${title}: ${explanation}`,
  instructions:
    'Arrow keys move between points in rank order; Home and End go to the first and last. Enter or Space picks a point up: then Up and Down change its value and Left and Right its effort, a step at a time; Enter or Space drops it, Escape puts it back.',
  instructionsReadOnly:
    'Arrow keys move between points in rank order; Home and End go to the first and last. Enter or Space selects a point.',
  pickedUp: (title) =>
    `Picked up ${title}. Up and Down change its value, Left and Right its effort; Enter drops it, Escape puts it back.`,
  moving: (title, inputs, quadrant) => `${title}: ${inputs}, ${quadrant}.`,
  moved: (title, inputs, quadrant) => `Dropped ${title}: ${inputs}, ${quadrant}.`,
  cancelled: (title) => `${title} put back where it was.`,
  atEdge: (title, input) => `${title}: ${input} is at the end of its scale.`,
  cannotMove: (title) => `${title} has no input this framework lets you move.`,
  invalidPlan: 'This chart cannot be shown: fix these problems in the data.',
  moreProblems: (count) => `…and ${count} more.`,
};
