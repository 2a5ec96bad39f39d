import type { Goal, Horizon, Initiative, IsoDate, Milestone, Theme } from '../model/types.js';
import type { AlignmentReport, Finding } from '../score/types.js';

// The timeline's view-model: what `timelineView` takes and returns.

/** What the timeline's lanes group initiatives by. */
export type TimelineLanesBy = 'theme' | 'goal';

/** `time`: bars on a date axis. `horizons`: columns by horizon (Now / Next / Later), no dates. */
export type TimelineLayout = 'time' | 'horizons';

/**
 * Who reads the roadmap. `product`: every initiative with its backlog progress and findings.
 * `executive`: outcomes and themes only — lanes by goal, one bar per theme and horizon.
 */
export type TimelineAudience = 'product' | 'executive';

/** What `timelineView` draws and for whom. */
export interface TimelineViewOptions {
  /** Default `theme`. The executive audience always has lanes by goal. */
  readonly lanesBy?: TimelineLanesBy;
  /** Default `time`. */
  readonly layout?: TimelineLayout;
  /** Default `product`. */
  readonly audience?: TimelineAudience;
  /** The scorer's report for this plan: its findings are attached to the bars they name. */
  readonly report?: AlignmentReport;
}

/**
 * One bar of the roadmap: an initiative, or for the executive audience a theme's initiatives in one
 * horizon, with where it is drawn and how its work stands.
 */
export interface TimelineBar {
  /**
   * The initiative's id; for a theme bar (executive audience) the JSON of `[themeId, horizonId]`
   * (null for none), which no two theme and horizon pairs share whatever their ids hold.
   */
  readonly id: string;
  readonly kind: 'initiative' | 'theme';
  /** The initiative's title, or the theme's (empty for a bar of initiatives with no theme). */
  readonly title: string;
  /** The initiative drawn (initiative bars only). */
  readonly initiative?: Initiative | undefined;
  /** The initiative's theme, or the theme a theme bar sums up. */
  readonly theme?: Theme | undefined;
  /** The initiatives behind the bar: one for an initiative bar, all of the theme's in the horizon otherwise. */
  readonly initiativeIds: readonly string[];
  /** The initiative's horizon, or the horizon a theme bar sums up. */
  readonly horizon?: Horizon | undefined;
  /** The goals it serves: its own, else its theme's. */
  readonly goals: readonly Goal[];
  /** The host's colour: the initiative's, else its theme's. */
  readonly color?: string | undefined;
  /**
   * The span drawn in the time layout: the initiative's dates, else its horizon's (a theme bar spans
   * all of its initiatives). Absent when there is neither.
   */
  readonly start?: IsoDate;
  readonly end?: IsoDate;
  /** False when the span comes from the horizon: the initiative is not bound to dates. */
  readonly dated: boolean;
  /** The horizon's position in order (the column in the horizons layout), when it has one. */
  readonly column?: number;
  /** The row within the lane (time layout) or within the lane's column (horizons layout). */
  readonly row: number;
  /** Share of the initiative's traced backlog items that are done, 0–1. */
  readonly progress: number;
  /** Backlog items traced to its initiatives. */
  readonly itemCount: number;
  /** Share of its open traced items that are ready to build, 0–1. */
  readonly readyShare: number;
  /** The report's findings naming any of its initiatives (empty without a report). */
  readonly findings: readonly Finding[];
  /** The initiatives it depends on (initiative bars, product audience), each marked when late. */
  readonly dependsOn: readonly TimelineBarDependency[];
}

/** An initiative a bar depends on, as listed on the bar (`TimelineBar.dependsOn`). */
export interface TimelineBarDependency {
  /** The initiative depended on. */
  readonly initiative: Initiative;
  /** It ends after this initiative starts, or sits in a later horizon. */
  readonly late: boolean;
}

/** One swimlane of the roadmap: the bars of one theme or goal, stacked into rows. */
export interface TimelineLane {
  /** The theme or goal id; `null` gathers initiatives with none (the last lane, present only when not empty). */
  readonly key: string | null;
  /** The lane's theme (lanes by theme). */
  readonly theme?: Theme;
  /** The lane's goal (lanes by goal). */
  readonly goal?: Goal;
  /** The bars drawn; in the time layout, those with no span are in `TimelineView.unscheduled` instead. */
  readonly bars: readonly TimelineBar[];
  /** Rows the lane needs so no two bars overlap (horizons layout: the most bars in one column). */
  readonly rows: number;
}

/** A dependency arrow between two initiative bars (product audience; dropped initiatives left out). */
export interface TimelineDependency {
  /** The initiative depended on: where the arrow starts. */
  readonly fromId: string;
  /** The initiative that depends on it: where the arrow ends. */
  readonly toId: string;
  /** The dependency ends after the dependant starts, or sits in a later horizon. */
  readonly late: boolean;
}

/** What `timelineView` returns: everything the roadmap timeline draws, with the options it used. */
export interface TimelineView {
  readonly layout: TimelineLayout;
  /** The lanes as drawn: always `goal` for the executive audience, whatever was asked. */
  readonly lanesBy: TimelineLanesBy;
  readonly audience: TimelineAudience;
  /** Lanes in the plan's order of themes or goals, then the lane of initiatives with none. */
  readonly lanes: readonly TimelineLane[];
  /** Horizons in order: the columns of the horizons layout. */
  readonly horizons: readonly Horizon[];
  /** The plan's milestones by date. */
  readonly milestones: readonly Milestone[];
  readonly dependencies: readonly TimelineDependency[];
  /** Earliest start and latest end of everything drawn on the time axis, milestones included; absent when nothing is. */
  readonly range?: { readonly start: IsoDate; readonly end: IsoDate };
  /** Initiatives with neither dates nor a dated horizon: shown outside the time axis (always empty in the horizons layout). */
  readonly unscheduled: readonly Initiative[];
}
