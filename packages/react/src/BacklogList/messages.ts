import type { BacklogGroupBy, ItemKind, ItemStatus, Readiness } from '@throughline/core';
import { defaultKindNames } from '../shared/kindNames.js';
import { plural } from '../shared/plural.js';
import { defaultPriorityMessages, type PriorityMessages } from '../shared/priorityMessages.js';
import { defaultSalvageMessages, type SalvageMessages } from '../shared/salvageMessages.js';

/**
 * Every word BacklogList shows or announces; pass a partial set in `messages` to translate.
 * A message about a count gets the count formatted for the view's `locale` first and, last, the
 * number itself, for the plural rules of your language (`Intl.PluralRules`).
 */
export interface BacklogListMessages extends SalvageMessages, PriorityMessages {
  readonly listLabel: (backlog: string) => string;
  readonly kind: Readonly<Record<ItemKind, string>>;
  readonly status: Readonly<Record<ItemStatus, string>>;
  readonly readiness: Readonly<Record<Readiness, string>>;
  /** Read before a status badge ("Status: In progress"); visually hidden. */
  readonly statusLabel: string;
  /** Read before a readiness badge ("Readiness: Ready"); visually hidden. */
  readonly readinessLabel: string;
  readonly traceGoal: (initiative: string, goals: string) => string;
  readonly traceInitiative: (initiative: string) => string;
  readonly traceOrphan: string;
  readonly inherited: string;
  /** "5 pts", "1 pt" */
  readonly estimate: (points: string, count: number) => string;
  readonly criteria: (done: string, total: string) => string;
  /** "12 of 20 pts committed"; `count` is the capacity. */
  readonly capacity: (committed: string, capacity: string, count: number) => string;
  readonly overCapacity: string;
  /** "12 items", "1 item" */
  readonly itemCount: (shown: string, count: number) => string;
  readonly noGroup: Readonly<Record<Exclude<BacklogGroupBy, 'none'>, string>>;
  readonly empty: string;
  readonly emptyHint: string;
  readonly noMatches: string;
  readonly invalidPlan: string;
  readonly moreProblems: (count: number) => string;
  readonly unknownBacklog: (id: string) => string;
  readonly dragHandle: (title: string) => string;
  readonly select: (title: string) => string;
  readonly moveMenu: (title: string) => string;
  readonly moveToTop: string;
  readonly moveToBottom: string;
  readonly moveToPosition: string;
  readonly positionLabel: (total: string) => string;
  readonly positionSubmit: string;
  readonly positionCancel: string;
  readonly moveToBacklog: (backlog: string) => string;
  readonly screenReaderInstructions: string;
  readonly pickedUp: (title: string, position: string, total: string, backlog: string) => string;
  readonly over: (title: string, position: string, total: string, backlog: string) => string;
  readonly moved: (title: string, position: string, total: string, backlog: string) => string;
  readonly movedMany: (shown: string, backlog: string, count: number) => string;
  readonly cancelled: (title: string, position: string, backlog: string) => string;
  /** The button that shows a backlog in a framework's order without changing it: "Preview RICE order". */
  readonly previewOrder: (framework: string) => string;
  /** That button when there is nothing to preview: "Already in RICE order". */
  readonly alreadyInOrder: (framework: string) => string;
  /** That button when no item of the backlog has a score: "No RICE scores to order by". */
  readonly noScores: (framework: string) => string;
  /** While previewing: "12 items would move". */
  readonly wouldMove: (moves: string, count: number) => string;
  readonly applyOrder: string;
  readonly cancelPreview: string;
  /** Announced when a preview starts. */
  readonly previewing: (framework: string, backlog: string, moves: string, count: number) => string;
  /** Announced when a preview is cancelled. */
  readonly previewCancelled: (backlog: string) => string;
  /** Announced when a previewed order is applied. */
  readonly orderApplied: (framework: string, backlog: string, moves: string, count: number) => string;
  /** Above the list when its `baseline` cannot be read, before the problems. */
  readonly baselineUnreadable: string;
  /** What a baseline without a label is called after "since": "the baseline". */
  readonly unlabelledBaseline: string;
  /** A row's move since the baseline, drawn: "▲ 12". */
  readonly movedUp: (places: string, count: number) => string;
  /** "▼ 3". */
  readonly movedDown: (places: string, count: number) => string;
  /** The move, read: "Moved up 12 places since Q3 review". */
  readonly movedUpLabel: (places: string, since: string, count: number) => string;
  /** "Moved down 3 places since Q3 review". */
  readonly movedDownLabel: (places: string, since: string, count: number) => string;
  /** A row new to its backlog since the baseline, drawn: "New". */
  readonly newSince: string;
  /** The same, read: "New since Q3 review". */
  readonly newSinceLabel: (since: string) => string;
  /** In a backlog's header: "5 items moved, 2 new since Q3 review"; the counts last, for plurals. */
  readonly sinceSummary: (
    moved: string,
    added: string,
    since: string,
    movedCount: number,
    addedCount: number,
  ) => string;
}

const PLACES = { one: 'place', other: 'places' };

export const defaultBacklogListMessages: BacklogListMessages = {
  ...defaultSalvageMessages,
  ...defaultPriorityMessages,
  listLabel: (backlog) => backlog,
  kind: defaultKindNames,
  status: { todo: 'To do', 'in-progress': 'In progress', blocked: 'Blocked', done: 'Done' },
  readiness: { ready: 'Ready', partial: 'Partly defined', rough: 'Rough' },
  statusLabel: 'Status:',
  readinessLabel: 'Readiness:',
  traceGoal: (initiative, goals) => `${initiative} → ${goals}`,
  traceInitiative: (initiative) => `${initiative}, no goal`,
  traceOrphan: 'No strategic link',
  inherited: 'inherited',
  estimate: (points, count) => `${points} ${plural(count, { one: 'pt', other: 'pts' })}`,
  criteria: (done, total) => `${done}/${total} criteria`,
  capacity: (committed, capacity, count) =>
    `${committed} of ${capacity} ${plural(count, { one: 'pt', other: 'pts' })} committed`,
  overCapacity: 'Over capacity',
  itemCount: (shown, count) => `${shown} ${plural(count, { one: 'item', other: 'items' })}`,
  noGroup: { epic: 'No epic', initiative: 'No initiative', goal: 'No goal', kind: 'Other' },
  empty: 'This backlog is empty.',
  emptyHint: 'Add items in your planning tool, or move work here from another backlog.',
  noMatches: 'No items match these filters.',
  invalidPlan: 'This plan cannot be shown: fix these problems in the data.',
  moreProblems: (count) => `…and ${count} more.`,
  unknownBacklog: (id) => `There is no backlog "${id}" in this plan.`,
  dragHandle: (title) => `Reorder ${title}`,
  select: (title) => `Select ${title}`,
  moveMenu: (title) => `Move ${title}`,
  moveToTop: 'Move to top',
  moveToBottom: 'Move to bottom',
  moveToPosition: 'Move to position…',
  positionLabel: (total) => `Position (1–${total})`,
  positionSubmit: 'Move',
  positionCancel: 'Cancel',
  moveToBacklog: (backlog) => `Move to ${backlog}`,
  screenReaderInstructions:
    'To reorder, press Space or Enter on a handle to pick the item up, use the arrow keys to move it, Space or Enter to drop it, or Escape to cancel.',
  pickedUp: (title, position, total, backlog) => `Picked up ${title}, position ${position} of ${total} in ${backlog}.`,
  over: (title, position, total, backlog) => `${title} is over position ${position} of ${total} in ${backlog}.`,
  moved: (title, position, total, backlog) => `Moved ${title} to position ${position} of ${total} in ${backlog}.`,
  movedMany: (shown, backlog, count) =>
    `Moved ${shown} ${plural(count, { one: 'item', other: 'items' })} in ${backlog}.`,
  cancelled: (title, position, backlog) => `Cancelled. ${title} stays at position ${position} in ${backlog}.`,
  previewOrder: (framework) => `Preview ${framework} order`,
  alreadyInOrder: (framework) => `Already in ${framework} order`,
  noScores: (framework) => `No ${framework} scores to order by`,
  wouldMove: (moves, count) => `${moves} ${plural(count, { one: 'item would move', other: 'items would move' })}`,
  applyOrder: 'Apply this order',
  cancelPreview: 'Cancel',
  previewing: (framework, backlog, moves, count) =>
    `${backlog} in ${framework} order: ${moves} ${plural(count, { one: 'item would move', other: 'items would move' })}. Moves are off until you apply this order or cancel.`,
  previewCancelled: (backlog) => `${backlog} is back in today’s order.`,
  orderApplied: (framework, backlog, moves, count) =>
    `Applied ${framework} order to ${backlog}: ${moves} ${plural(count, { one: 'item moved', other: 'items moved' })}.`,
  baselineUnreadable: 'The baseline could not be read, so nothing is compared with it:',
  unlabelledBaseline: 'the baseline',
  movedUp: (places) => `▲ ${places}`,
  movedDown: (places) => `▼ ${places}`,
  movedUpLabel: (places, since, count) => `Moved up ${places} ${plural(count, PLACES)} since ${since}`,
  movedDownLabel: (places, since, count) => `Moved down ${places} ${plural(count, PLACES)} since ${since}`,
  newSince: 'New',
  newSinceLabel: (since) => `New since ${since}`,
  sinceSummary: (moved, added, since, movedCount, addedCount) => {
    if (movedCount === 0 && addedCount === 0) return `No moves and no new items since ${since}`;
    if (addedCount === 0)
      return `${moved} ${plural(movedCount, { one: 'item moved', other: 'items moved' })} since ${since}`;
    if (movedCount === 0) return `${added} new ${plural(addedCount, { one: 'item', other: 'items' })} since ${since}`;
    return `${moved} ${plural(movedCount, { one: 'item moved', other: 'items moved' })}, ${added} new since ${since}`;
  },
};
