import type { InitiativeStatus, ItemKind, MatrixEmptyReason, MatrixRowsBy, SuspectReason } from '@throughline/core';
import { defaultFindingListMessages, type FindingListMessages } from '../shared/FindingList.js';
import { defaultKindNames } from '../shared/kindNames.js';
import { plural } from '../shared/plural.js';
import { defaultSalvageMessages, type SalvageMessages } from '../shared/salvageMessages.js';

/**
 * Every word TraceabilityMatrix shows or announces; pass a partial set in `messages` to translate.
 * A message about a count gets the count formatted for the view's `locale` first and, after those,
 * the numbers themselves, for the plural rules of your language (`Intl.PluralRules`).
 */
export interface TraceabilityMatrixMessages extends SalvageMessages {
  readonly label: string;
  readonly corner: string;
  readonly cornerTransposed: string;
  readonly kind: Readonly<Record<ItemKind, string>>;
  readonly direct: string;
  readonly inherited: string;
  readonly none: string;
  /** "5 pts", "1 pt" */
  readonly effort: (points: string, count: number) => string;
  /** "3 items", "1 item" */
  readonly count: (shown: string, count: number) => string;
  /** "3 items · 8 pts · 40% done": formatted counts, then the item count and the points as numbers. */
  readonly coverage: (items: string, points: string, done: string, itemCount: number, pointCount: number) => string;
  readonly uncovered: string;
  readonly orphan: string;
  readonly orphanGroup: (count: string) => string;
  readonly expand: (title: string) => string;
  readonly collapse: (title: string) => string;
  readonly findings: (count: number) => string;
  readonly findingsFor: (title: string) => string;
  readonly closeFindings: string;
  readonly heatmapLabel: string;
  readonly heatmap: Readonly<Record<'off' | 'effort' | 'count', string>>;
  readonly legend: (min: string, max: string) => string;
  readonly orphansOnly: string;
  readonly uncoveredOnly: string;
  readonly transpose: string;
  readonly exportCsv: string;
  readonly sortLabel: string;
  readonly sort: Readonly<Record<'plan' | 'name' | 'coverage', string>>;
  readonly linked: (item: string, initiative: string) => string;
  readonly unlinked: (item: string, initiative: string) => string;
  readonly inheritedFrom: (item: string, initiative: string, via: string) => string;
  /** A cell's name: its link (and effort or count), then the column and the row it joins. */
  readonly cellName: (link: string, column: string, row: string) => string;
  readonly goalCell: (goal: string) => string;
  readonly empty: string;
  readonly emptyHint: string;
  /** Why the chosen rows or columns are empty in this plan. */
  readonly emptyReason: Readonly<Record<MatrixEmptyReason, string>>;
  /** What to do when the axis has no other shape to offer: the data itself is missing. */
  readonly emptyHintFor: Readonly<Record<MatrixEmptyReason, string>>;
  /** The question after it, and the button that switches, for each shape with data. */
  readonly offerRows: Readonly<Record<MatrixRowsBy, string>>;
  readonly switchRows: Readonly<Record<MatrixRowsBy, string>>;
  readonly offerColumns: Readonly<Record<'epics' | 'items', string>>;
  readonly switchColumns: Readonly<Record<'epics' | 'items', string>>;
  /** Heading of the scorer's findings for the whole plan: with an empty axis, and on the corner header. */
  readonly planFindings: string;
  /** Words of the grouped findings lists. */
  readonly findingList: FindingListMessages;
  readonly noMatches: string;
  readonly clearFilters: string;
  readonly invalidPlan: string;
  readonly moreProblems: (count: number) => string;
  readonly instructions: string;
  readonly instructionsReadOnly: string;
  /** Above the notice of a `baseline` that could not be read (its problems follow). */
  readonly baselineUnreadable: string;
  /** Added to the instructions when a baseline is given: what Enter does on a suspect cell. */
  readonly instructionsSuspect: string;
  readonly instructionsSuspectReadOnly: string;
  /** Each reason a link is suspect, in a few words for a cell's name: "goal title changed". */
  readonly suspectReason: Readonly<Record<SuspectReason, string>>;
  /** Added to a suspect cell's name: the reasons, joined. */
  readonly suspectCell: (reasons: string) => string;
  /** What each reason is about, for the details: "Goal title". */
  readonly suspectField: Readonly<Record<SuspectReason, string>>;
  /** One reason in the details: what changed, its value in the baseline and now (each already in words). */
  readonly suspectChange: (field: string, before: string, after: string) => string;
  /** A value that was or is not set (no metric, no horizon, no parent). */
  readonly noValue: string;
  /** A title or name as a value in the details: "‘Cut churn’". */
  readonly quoted: (text: string) => string;
  /** An initiative's status as a value. */
  readonly initiativeStatus: Readonly<Record<InitiativeStatus, string>>;
  /** Heading of a suspect cell's details, also announced when they open. */
  readonly suspectFor: (work: string, row: string) => string;
  /** One suspect link in the details: what holds it and what it points at. */
  readonly suspectLink: (from: string, to: string) => string;
  readonly markReviewed: string;
  /** The suspect details' button removing the cell's own link (Enter on a suspect cell opens the details). */
  readonly unlinkSuspect: string;
  /** Announced when the cell's links are marked reviewed: "Link reviewed." */
  readonly reviewed: (count: number) => string;
  /** The legend's button that moves focus to the next suspect cell. */
  readonly nextSuspect: string;
  /** Said when no cell drawn holds a suspect link (they are in work or rows filtered out). */
  readonly noSuspectCell: string;
  /** The legend of the suspect mark while a baseline is given: the formatted count, then the count. */
  readonly suspectLegend: (shown: string, count: number) => string;
}

const ITEMS = { one: 'item', other: 'items' };
const LINKS = { one: 'link', other: 'links' };
const POINTS = { one: 'pt', other: 'pts' };

export const defaultTraceabilityMatrixMessages: TraceabilityMatrixMessages = {
  ...defaultSalvageMessages,
  label: 'Traceability',
  corner: 'Goal or initiative',
  cornerTransposed: 'Work',
  kind: defaultKindNames,
  direct: 'Direct link',
  inherited: 'Inherited link',
  none: 'No link',
  effort: (points, count) => `${points} ${plural(count, POINTS)}`,
  count: (shown, count) => `${shown} ${plural(count, ITEMS)}`,
  coverage: (items, points, done, itemCount, pointCount) =>
    `${items} ${plural(itemCount, ITEMS)} · ${points} ${plural(pointCount, POINTS)} · ${done} done`,
  uncovered: 'No work serves this',
  orphan: 'Serves no goal',
  orphanGroup: (count) => `Serves no goal (${count})`,
  expand: (title) => `Show initiatives of ${title}`,
  collapse: (title) => `Hide initiatives of ${title}`,
  findings: (count) => `${count} ${plural(count, { one: 'finding', other: 'findings' })}`,
  findingsFor: (title) => `Findings for ${title}`,
  closeFindings: 'Close',
  heatmapLabel: 'Shade cells by',
  heatmap: { off: 'Nothing', effort: 'Effort', count: 'Count' },
  legend: (min, max) => `From ${min} to ${max}`,
  orphansOnly: 'Only work that serves no goal',
  uncoveredOnly: 'Only goals and initiatives without work',
  transpose: 'Swap rows and columns',
  exportCsv: 'Download CSV',
  sortLabel: 'Sort',
  sort: { plan: 'Plan order', name: 'Name', coverage: 'Coverage' },
  linked: (item, initiative) => `Linked ${item} to ${initiative}.`,
  unlinked: (item, initiative) => `Unlinked ${item} from ${initiative}.`,
  cellName: (link, column, row) => `${link}: ${column}, ${row}`,
  inheritedFrom: (item, initiative, via) => `${item} reaches ${initiative} through ${via}; change the link there.`,
  goalCell: (goal) => `Links are made to initiatives: expand ${goal} to link work to one of them.`,
  empty: 'There is nothing to trace yet.',
  emptyHint: 'Add goals, initiatives and backlog items in your planning tool.',
  emptyReason: {
    'no-goals': 'This plan has no goals, so no work can trace to one.',
    'no-initiatives': 'This plan has no initiatives, or only dropped ones.',
    'no-items': 'This plan has no backlog items yet.',
    'no-epics': 'This plan has no epics.',
    'no-items-of-kinds': 'This plan has no items of the chosen kinds.',
  },
  emptyHintFor: {
    'no-goals': 'Add the goals the roadmap serves in your planning tool, and link initiatives or themes to them.',
    'no-initiatives': 'Add initiatives in your planning tool, and link backlog work to them.',
    'no-items': 'Add epics and stories in your planning tool, and link them to the initiatives they serve.',
    'no-epics': 'Add epics in your planning tool, or show every item instead.',
    'no-items-of-kinds': 'Choose other kinds, or show every item instead.',
  },
  offerRows: { initiatives: 'Show initiatives as rows instead?', goals: 'Show goals as rows instead?' },
  switchRows: { initiatives: 'Show initiatives as rows', goals: 'Show goals as rows' },
  offerColumns: { epics: 'Show epics as columns instead?', items: 'Show items as columns instead?' },
  switchColumns: { epics: 'Show epics as columns', items: 'Show items as columns' },
  planFindings: 'What the scorer found in this plan',
  findingList: defaultFindingListMessages,
  noMatches: 'Nothing matches these filters.',
  clearFilters: 'Clear filters',
  invalidPlan: 'This matrix cannot be shown: fix these problems in the data.',
  moreProblems: (count) => `…and ${count} more.`,
  instructions:
    'Arrow keys move between cells; Home and End go to the start and end of a row, Control with them to the corners; Page Up and Page Down move a page. Enter or Space links or unlinks work and an initiative; on a header it shows the findings for it, on the corner those for the whole plan.',
  instructionsReadOnly:
    'Arrow keys move between cells; Home and End go to the start and end of a row, Control with them to the corners; Page Up and Page Down move a page. Enter or Space on a header shows the findings for it, on the corner those for the whole plan.',
  baselineUnreadable: 'The baseline could not be read, so nothing is compared with it:',
  instructionsSuspect:
    'On a cell marked suspect, Enter or Space shows below the grid why, with a button to mark its links reviewed.',
  instructionsSuspectReadOnly: 'On a cell marked suspect, Enter or Space shows below the grid why.',
  suspectReason: {
    'goal-title': 'goal title changed',
    'goal-metric': 'goal metric changed',
    'goal-target': 'goal target changed',
    'initiative-goals': 'initiative goals changed',
    'initiative-status': 'initiative status changed',
    'initiative-horizon': 'initiative horizon changed',
    'item-parent': 'parent changed',
  },
  suspectCell: (reasons) => `suspect: ${reasons}`,
  suspectField: {
    'goal-title': 'Goal title',
    'goal-metric': 'Goal metric',
    'goal-target': 'Goal target',
    'initiative-goals': 'Initiative goals',
    'initiative-status': 'Initiative status',
    'initiative-horizon': 'Initiative horizon',
    'item-parent': 'Parent',
  },
  suspectChange: (field, before, after) => `${field}: ${before} → ${after}`,
  noValue: 'none',
  quoted: (text) => `‘${text}’`,
  initiativeStatus: {
    proposed: 'proposed',
    planned: 'planned',
    'in-progress': 'in progress',
    done: 'done',
    dropped: 'dropped',
  },
  suspectFor: (work, row) => `Why the link of ${work} to ${row} is suspect`,
  suspectLink: (from, to) => `${from} → ${to}`,
  markReviewed: 'Mark reviewed',
  unlinkSuspect: 'Unlink',
  reviewed: (count) => (count === 1 ? 'Link reviewed.' : `${count} links reviewed.`),
  nextSuspect: 'Next suspect cell',
  noSuspectCell: 'No cell shown holds a suspect link: they are in work or rows left out here.',
  suspectLegend: (shown, count) =>
    `${shown} suspect ${plural(count, LINKS)}: what the link points to changed since the baseline. Marked cells hold one.`,
};
