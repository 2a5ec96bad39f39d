import type { Confidence, InitiativeStatus, MilestoneKind, TimelineLanesBy, TimelineLayout } from '@throughline/core';
import { plural } from '../shared/plural.js';
import { defaultSalvageMessages, type SalvageMessages } from '../shared/salvageMessages.js';
import { defaultTimelineBaselineMessages, type TimelineBaselineMessages } from './baselineMessages.js';
import type { TimelineZoom } from './geometry.js';

/** Every word RoadmapTimeline shows or announces; pass a partial set in `messages` to translate. */
export interface RoadmapTimelineMessages extends SalvageMessages, TimelineBaselineMessages {
  readonly label: string;
  readonly visionLabel: string;
  readonly status: Readonly<Record<InitiativeStatus, string>>;
  readonly confidence: Readonly<Record<Confidence, string>>;
  readonly milestoneKind: Readonly<Record<MilestoneKind, string>>;
  readonly layout: Readonly<Record<TimelineLayout, string>>;
  readonly layoutLabel: string;
  readonly zoom: Readonly<Record<TimelineZoom, string>>;
  readonly zoomLabel: string;
  readonly exportLabel: string;
  readonly exportAs: (format: string) => string;
  readonly quarter: (quarter: number, year: string) => string;
  readonly quarterShort: (quarter: number) => string;
  readonly today: string;
  /** Today's date in words, for assistive technology (the axis's "Today" line is drawn only). */
  readonly todayIs: (date: string) => string;
  readonly noTheme: string;
  readonly noGoal: string;
  readonly metric: (name: string, baseline: string, current: string | null, target: string) => string;
  readonly done: (percent: string) => string;
  readonly items: (count: number, formatted: string) => string;
  readonly ready: (percent: string) => string;
  readonly initiatives: (count: number, formatted: string) => string;
  readonly servesGoals: (goals: string) => string;
  readonly servesNoGoal: string;
  readonly undated: string;
  readonly dateRange: (range: string) => string;
  readonly findings: (count: number) => string;
  readonly dependsOn: (titles: string) => string;
  readonly lateDependency: (titles: string) => string;
  readonly lateLegend: string;
  readonly milestone: (title: string, kind: string, date: string) => string;
  readonly milestonesLabel: string;
  readonly unscheduled: string;
  readonly unscheduledHint: string;
  readonly empty: string;
  readonly emptyHint: string;
  readonly invalidPlan: string;
  readonly moreProblems: (count: number) => string;
  readonly legendLabel: string;
  readonly details: string;
  readonly detailsEmpty: string;
  readonly instructions: string;
  readonly instructionsReadOnly: string;
  readonly moving: (title: string, where: string) => string;
  readonly moved: (title: string, where: string) => string;
  readonly cancelled: (title: string) => string;
  /** Said when a bar is selected and its details are shown in the panel. */
  readonly detailsShown: (title: string) => string;
  readonly cannotMove: (title: string) => string;
  /** In place of the progress when no backlog item traces to the bar. */
  readonly noBacklogWork: string;
  readonly earlierWork: (count: number) => string;
  readonly laterWork: (count: number) => string;
  readonly showMoreRows: (count: number, lane: string) => string;
  readonly showFewerRows: (lane: string) => string;
  readonly moreRows: (count: number) => string;
  readonly fewerRows: string;
  readonly unscheduledCount: (count: number) => string;
  readonly unscheduledGroup: (horizon: string | null, count: number) => string;
  readonly showAll: (count: number) => string;
  readonly showFewer: string;
  readonly showInHorizons: string;
  readonly noLaneGroups: (lanesBy: TimelineLanesBy, planHasNone: boolean) => string;
  readonly lanesByOption: Readonly<Record<TimelineLanesBy, string>>;
  readonly noHorizons: (planHasNone: boolean) => string;
  readonly showByZoom: (zoom: string) => string;
  readonly noDates: string;
  readonly noBacklog: string;
  readonly noticesLabel: string;
}

const INITIATIVES = { one: 'initiative', other: 'initiatives' };

export const defaultRoadmapTimelineMessages: RoadmapTimelineMessages = {
  ...defaultSalvageMessages,
  ...defaultTimelineBaselineMessages,
  label: 'Roadmap',
  visionLabel: 'Vision',
  status: {
    proposed: 'proposed',
    planned: 'planned',
    'in-progress': 'in progress',
    done: 'done',
    dropped: 'dropped',
  },
  confidence: { committed: 'committed', likely: 'likely', exploratory: 'exploratory' },
  milestoneKind: {
    release: 'release',
    'platform-shift': 'platform shift',
    'market-expansion': 'market expansion',
    other: 'milestone',
  },
  layout: { time: 'Timeline', horizons: 'Now / Next / Later' },
  layoutLabel: 'Layout',
  zoom: { year: 'Year', quarter: 'Quarter', month: 'Month' },
  zoomLabel: 'Zoom',
  exportLabel: 'Export',
  exportAs: (format) => `Download ${format}`,
  quarter: (quarter, year) => `Q${quarter} ${year}`,
  quarterShort: (quarter) => `Q${quarter}`,
  today: 'Today',
  todayIs: (date) => `Today is ${date}.`,
  noTheme: 'No theme',
  noGoal: 'No goal',
  metric: (name, baseline, current, target) =>
    current === null ? `${name} ${baseline} → ${target}` : `${name} ${baseline} → ${current} → ${target}`,
  done: (percent) => `${percent} done`,
  items: (count, formatted) => `${formatted} ${plural(count, { one: 'backlog item', other: 'backlog items' })}`,
  ready: (percent) => `${percent} ready`,
  initiatives: (count, formatted) => `${formatted} ${plural(count, INITIATIVES)}`,
  servesGoals: (goals) => `serves goal: ${goals}`,
  servesNoGoal: 'serves no goal',
  undated: 'no fixed dates',
  dateRange: (range) => range,
  findings: (count) => `${count} ${plural(count, { one: 'finding', other: 'findings' })}`,
  dependsOn: (titles) => `depends on ${titles}`,
  lateDependency: (titles) => `late dependency: ${titles}`,
  lateLegend: 'late dependency',
  milestone: (title, kind, date) => `${title}, ${kind}, ${date}`,
  milestonesLabel: 'Milestones',
  unscheduled: 'Not scheduled',
  unscheduledHint: 'These initiatives have no dates and no dated horizon.',
  empty: 'This roadmap has no initiatives yet.',
  emptyHint: 'Add initiatives with a horizon or dates in your planning tool.',
  invalidPlan: 'This roadmap cannot be shown: fix these problems in the data.',
  moreProblems: (count) => `…and ${count} more.`,
  legendLabel: 'Legend',
  details: 'Details',
  detailsEmpty: 'Select an initiative to see its work and findings.',
  instructions:
    'Up and down arrows go through the roadmap lane by lane. Left and right arrows move the initiative; Enter saves the move, Escape cancels it. Enter on its own shows its details.',
  instructionsReadOnly: 'Arrow keys go through the roadmap lane by lane. Enter shows the details.',
  moving: (title, where) => `${title}: ${where}. Enter to save, Escape to cancel.`,
  moved: (title, where) => `Moved ${title} to ${where}.`,
  cancelled: (title) => `Move of ${title} cancelled.`,
  detailsShown: (title) => `Showing the details of ${title}.`,
  cannotMove: (title) => `${title} cannot move further.`,
  noBacklogWork: 'no backlog work',
  earlierWork: (count) => `Earlier work (${count})`,
  laterWork: (count) => `Later work (${count})`,
  showMoreRows: (count, lane) => `+${count} more in ${lane}`,
  showFewerRows: (lane) => `Show fewer in ${lane}`,
  moreRows: (count) => `+${count} more`,
  fewerRows: 'Show fewer',
  unscheduledCount: (count) => `${count} ${plural(count, INITIATIVES)}`,
  unscheduledGroup: (horizon, count) => `${horizon ?? 'No horizon'} (${count})`,
  showAll: (count) => `Show all ${count}`,
  showFewer: 'Show fewer',
  showInHorizons: 'Show them in Now / Next / Later',
  noLaneGroups: (lanesBy, planHasNone) =>
    lanesBy === 'goal'
      ? planHasNone
        ? 'This plan has no goals, so every initiative sits under “No goal”.'
        : 'No initiative here serves a goal, so every one sits under “No goal”.'
      : planHasNone
        ? 'This plan has no themes, so every initiative sits under “No theme”.'
        : 'No initiative here has a theme, so every one sits under “No theme”.',
  lanesByOption: { theme: 'Lanes by theme', goal: 'Lanes by goal' },
  noHorizons: (planHasNone) =>
    planHasNone
      ? 'This plan has no horizons, so Now / Next / Later has no columns to sort initiatives into.'
      : 'No initiative has a horizon, so Now / Next / Later has nothing to sort into its columns.',
  showByZoom: (zoom) => `Show by ${zoom.toLowerCase()}`,
  noDates:
    'Nothing here has dates or a dated horizon, so the time axis is empty: give initiatives dates, or a horizon with dates.',
  noBacklog:
    'No backlog items trace to these initiatives yet, so bars show “no backlog work” instead of progress. Link epics or stories to initiatives to see how far along each is.',
  noticesLabel: 'About this view',
};
