'use client';
import type {
  BaselineFilter,
  Change,
  Plan,
  PlanRef,
  ScoreOptions,
  TimelineAudience,
  TimelineLanesBy,
  TimelineLayout,
} from '@throughline/core';
import type { ReactNode } from 'react';
import type { BaselineInput } from '../shared/useBaseline.js';
import type { SalvageProps } from '../shared/usePlan.js';
import type { RoadmapTimelineFile } from './exportTimeline.js';
import type { TimelineZoom } from './geometry.js';
import type { RoadmapTimelineMessages } from './messages.js';

// RoadmapTimeline's public props and parts, apart from the component so hooks and parts can name
// them without importing the view.

export type RoadmapTimelineSlot =
  | 'root'
  | 'header'
  | 'toolbar'
  | 'legend'
  | 'scroll'
  | 'axis'
  | 'lane'
  | 'laneHeader'
  | 'bar'
  | 'milestone'
  | 'details'
  | 'unscheduled'
  | 'changes'
  | 'empty'
  | 'error'
  | 'notice';

/** The class each part takes unless the host gives its own or `unstyled`. */
export const TIMELINE_CLASSES: Record<RoadmapTimelineSlot, string> = {
  root: 'tl-root tl-timeline',
  header: 'tl-timeline-header',
  toolbar: 'tl-timeline-toolbar',
  legend: 'tl-timeline-legend',
  scroll: 'tl-timeline-scroll',
  axis: 'tl-timeline-axis',
  lane: 'tl-timeline-lane',
  laneHeader: 'tl-timeline-lane-header',
  bar: 'tl-timeline-bar',
  milestone: 'tl-timeline-milestone',
  details: 'tl-timeline-details',
  unscheduled: 'tl-timeline-unscheduled',
  changes: 'tl-timeline-changes',
  empty: 'tl-timeline-empty',
  error: 'tl-error',
  notice: 'tl-salvage-notice',
};

export type TimelineSelectionKind = 'initiative' | 'theme' | 'milestone';

export interface RoadmapTimelineProps extends SalvageProps {
  /** A plan from `createPlan`, or raw host data (validated; data with problems drawn salvaged, with a notice). */
  readonly plan: unknown;
  /** `time`: bars on a date axis. `horizons`: Now / Next / Later columns, no dates. Controlled when given. */
  readonly layout?: TimelineLayout;
  readonly defaultLayout?: TimelineLayout;
  readonly onLayoutChange?: (layout: TimelineLayout) => void;
  /** How much time a column holds on the time axis. Controlled when given. */
  readonly zoom?: TimelineZoom;
  readonly defaultZoom?: TimelineZoom;
  readonly onZoomChange?: (zoom: TimelineZoom) => void;
  /** What lanes group initiatives by. Controlled when given. */
  readonly lanesBy?: TimelineLanesBy;
  readonly defaultLanesBy?: TimelineLanesBy;
  readonly onLanesByChange?: (lanesBy: TimelineLanesBy) => void;
  /** `executive`: goals, themes and outcomes only. `product` (default): initiatives with backlog progress and findings. Controlled when given. */
  readonly audience?: TimelineAudience;
  readonly defaultAudience?: TimelineAudience;
  readonly onAudienceChange?: (audience: TimelineAudience) => void;
  /** Called with the one `reschedule` change a gesture makes and the plan it leads to. */
  readonly onChange?: (change: Change, nextPlan: Plan) => void;
  /**
   * Called with `{ kind, id }` when a bar or milestone is activated (Enter, Space or a click), for
   * the host's own navigation. A callback declared as `(id, kind)` is still called that way for one
   * release, with a development warning.
   */
  readonly onSelect?: (ref: PlanRef & { readonly kind: TimelineSelectionKind }) => void;
  /** Display only: nothing can be moved. */
  readonly readOnly?: boolean;
  /** Today, `YYYY-MM-DD`, for the today marker and the scorer; default: the current UTC date. */
  readonly today?: string;
  /** Options for the scorer whose findings the product audience shows. */
  readonly scoreOptions?: Omit<ScoreOptions, 'today'>;
  /** Replaces the vision statement above the timeline. */
  readonly header?: ReactNode;
  /** Layout, zoom and export controls; default shown. */
  readonly toolbar?: boolean;
  readonly legend?: boolean;
  /** The details of the selected bar under the timeline; default shown. */
  readonly details?: boolean;
  /** Receives exported files instead of the browser downloading them. */
  readonly onExport?: (file: RoadmapTimelineFile) => void;
  /** File name of exports, without extension. Default `roadmap`. */
  readonly fileName?: string;
  readonly messages?: Partial<RoadmapTimelineMessages>;
  /** For dates and numbers; default: the reader's locale (`en-US` on the server and while hydrating, so the HTML matches). */
  readonly locale?: string;
  /** Reading direction; right-to-left runs time from right to left, and ← and → swap. */
  readonly dir?: 'ltr' | 'rtl';
  readonly className?: string;
  readonly classNames?: Partial<Record<RoadmapTimelineSlot, string>>;
  readonly unstyled?: boolean;
  /** More lanes than this render only those in view; default 20. */
  readonly virtualizeAbove?: number;
  /** A lane whose bars need more rows than this shows its first rows and "+N more" to expand. Default 6. */
  readonly maxLaneRows?: number;
  /** Width laid out before the container is measured (and on the server). Default 960. */
  readonly initialWidth?: number;
  /** The plan compared with a baseline: `useBaseline(plan, lastQuarter)`'s result. Unreadable baselines show their problems in a notice; today's plan is drawn as it is. */
  readonly baseline?: BaselineInput;
  /** With a `baseline`: the "Changes since …" list under the timeline; default shown. The ghost bars stay either way. */
  readonly showChanges?: boolean;
  /** Which changes the list shows: `all`, `slipped`, `added` or `dropped`. Controlled when given. */
  readonly changeFilter?: BaselineFilter;
  readonly defaultChangeFilter?: BaselineFilter;
  readonly onChangeFilterChange?: (filter: BaselineFilter) => void;
}
