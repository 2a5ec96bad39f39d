import type { BaselineFilter, PlanRefKind } from '@throughline/core';
import { plural } from '../shared/plural.js';

/** The words RoadmapTimeline shows against a baseline: ghost bars, slips and the "what changed" list. */
export interface TimelineBaselineMessages {
  /** Above today's plan when the `baseline` could not be read. */
  readonly baselineUnreadable: string;
  /** What the baseline is called when its snapshot has no label. */
  readonly unlabelledBaseline: string;
  /** The heading of the "what changed" list. */
  readonly changesTitle: (label: string) => string;
  readonly changeFilterLabel: string;
  readonly changeFilters: Readonly<Record<BaselineFilter, string>>;
  /** A filter's name with how many changes it shows. */
  readonly changeFilterOption: (name: string, count: number) => string;
  /** In place of an empty list. */
  readonly noChanges: (filter: BaselineFilter, label: string) => string;
  readonly refKind: Readonly<Record<PlanRefKind, string>>;
  /** An initiative's dates moved (`days`: + later, − earlier), or only its horizon (`days` undefined). */
  readonly changeRescheduled: (
    title: string,
    days: number | undefined,
    direction: 'later' | 'earlier' | 'unchanged',
    horizons: { readonly before?: string; readonly after?: string } | undefined,
  ) => string;
  readonly changeAdded: (kind: string, title: string) => string;
  readonly changeRemoved: (kind: string, title: string) => string;
  readonly changeStatus: (title: string, status: string) => string;
  readonly changeLink: (title: string, field: string) => string;
  readonly changeEstimate: (title: string, before: number | undefined, after: number | undefined) => string;
  readonly changeOrder: (backlog: string, moved: number) => string;
  readonly changeBacklogItems: (backlog: string, added: number, removed: number) => string;
  readonly changeVision: (field: string) => string;
  readonly changeReview: string;
  /** Any other field. */
  readonly changeField: (title: string, field: string) => string;
  /** The slip arrow's text: `+21 d`, `−7 d`. */
  readonly slipMark: (days: number) => string;
  /** A bar's accessible description against the baseline. */
  readonly slipDescription: (days: number | undefined, direction: 'later' | 'earlier', label: string) => string;
  readonly addedDescription: (label: string) => string;
  readonly newMark: string;
  readonly removedMark: string;
  /** The horizon a bar placed by its horizon sat in at the baseline. */
  readonly wasHorizon: (horizon: string) => string;
  readonly removedSince: (label: string) => string;
  /** A removed initiative's baseline dates or horizon, in its ghost. */
  readonly removedWas: (where: string) => string;
}

const DAYS = { one: 'day', other: 'days' };
const ITEMS = { one: 'item', other: 'items' };

/** English defaults of `TimelineBaselineMessages`. */
export const defaultTimelineBaselineMessages: TimelineBaselineMessages = {
  baselineUnreadable: 'The baseline could not be read, so nothing is compared with it:',
  unlabelledBaseline: 'the baseline',
  changesTitle: (label) => `Changes since ${label}`,
  changeFilterLabel: 'Show',
  changeFilters: { all: 'All', slipped: 'Slipped', added: 'Added', dropped: 'Dropped' },
  changeFilterOption: (name, count) => `${name} (${count})`,
  noChanges: (filter, label) =>
    filter === 'slipped'
      ? `No initiative slipped since ${label}.`
      : filter === 'added'
        ? `Nothing was added since ${label}.`
        : filter === 'dropped'
          ? `Nothing was dropped since ${label}.`
          : `Nothing changed since ${label}.`,
  refKind: {
    goal: 'goal',
    theme: 'theme',
    initiative: 'initiative',
    feature: 'feature',
    milestone: 'milestone',
    horizon: 'horizon',
    item: 'backlog item',
    backlog: 'backlog',
  },
  changeRescheduled: (title, days, direction, horizons) => {
    if (days !== undefined && days !== 0)
      return `${title}: ${Math.abs(days)} ${plural(Math.abs(days), DAYS)} ${days > 0 ? 'later' : 'earlier'}`;
    if (horizons) return `${title}: moved from ${horizons.before ?? 'no horizon'} to ${horizons.after ?? 'no horizon'}`;
    return `${title}: rescheduled ${direction === 'unchanged' ? '' : direction}`.trimEnd();
  },
  changeAdded: (kind, title) => `Added ${kind}: ${title}`,
  changeRemoved: (kind, title) => `Removed ${kind}: ${title}`,
  changeStatus: (title, status) => `${title} is now ${status}`,
  changeLink: (title, field) => `${title}: ${field} changed`,
  changeEstimate: (title, before, after) => `${title}: estimate ${before ?? 'none'} → ${after ?? 'none'}`,
  changeOrder: (backlog, moved) => `${backlog}: order changed, ${moved} ${plural(moved, ITEMS)} moved`,
  changeBacklogItems: (backlog, added, removed) =>
    `${backlog}: ${added} ${plural(added, ITEMS)} in, ${removed} ${plural(removed, ITEMS)} out`,
  changeVision: (field) => `Vision: ${field} changed`,
  changeReview: 'A trace link review changed',
  changeField: (title, field) => `${title}: ${field} changed`,
  slipMark: (days) => (days > 0 ? `+${days} d` : `−${Math.abs(days)} d`),
  slipDescription: (days, direction, label) =>
    days === undefined
      ? `${direction} than ${label}`
      : `${Math.abs(days)} ${plural(Math.abs(days), DAYS)} ${direction} than ${label}`,
  addedDescription: (label) => `new since ${label}`,
  newMark: 'new',
  removedMark: 'removed',
  wasHorizon: (horizon) => `was ${horizon}`,
  removedSince: (label) => `Removed since ${label}`,
  removedWas: (where) => `was ${where}`,
};
