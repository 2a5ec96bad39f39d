import type { TimelineBar, TimelineStep } from '@throughline/core';

/** How much time a column of the time axis holds: quarters of years, months of quarters, weeks of months. */
export type TimelineZoom = 'year' | 'quarter' | 'month';

export interface TimelineGeometryOptions {
  readonly zoom: TimelineZoom;
  /** Width of the whole timeline, lane headers included (from its container). */
  readonly width: number;
  /** Today as an ISO date, for the today marker. */
  readonly today?: string;
  readonly laneHeaderWidth?: number;
  readonly rowHeight?: number;
  readonly lanePadding?: number;
  /**
   * A lane with more rows than this shows only its first this many (the earliest-starting bars)
   * until it is expanded; the rest are counted in `hidden`. Default: no limit.
   */
  readonly maxRows?: number;
  /** Lanes (by key) shown with all their rows whatever `maxRows` says. */
  readonly expandedLanes?: ReadonlySet<string | null>;
}

/** A lane's place down the timeline. */
export interface TimelineLaneBox {
  readonly top: number;
  readonly height: number;
  /** Rows drawn: all of the lane's, or `maxRows` when it is collapsed. */
  readonly rows: number;
  /** Bars left out because the lane is collapsed. */
  readonly hidden: number;
  /** The lane has more rows than `maxRows`: it can be expanded or collapsed. */
  readonly capped: boolean;
}

/** One label on the axis: a year, quarter, month or week, from `x` for `width` pixels. */
export interface TimelineTick {
  readonly date: Date;
  readonly x: number;
  readonly width: number;
}

export interface TimelineBox {
  readonly bar: TimelineBar;
  readonly lane: number;
  /** Pixels from the inline start of the time area: the geometry is the same for both directions. */
  readonly x: number;
  /** Pixels from the top of the lanes. */
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /**
   * Time layout: the bar's first day, counted from the view's origin (`TimelineGeometry.originX`),
   * and the days it spans; the same at every zoom, so a part placed by them need not change.
   */
  readonly day?: number;
  readonly days?: number;
}

export interface TimelineMilestoneMark {
  readonly id: string;
  readonly x: number;
  /** Time layout: the milestone's day, from the view's origin (`x` is that day's start). */
  readonly day?: number;
  readonly row: number;
  /** False when its label did not fit the band: drawn as a marker only, named on focus and hover. */
  readonly labelled: boolean;
  /** The column (horizons layout) it is listed in. */
  readonly column?: number;
}

export interface TimelineColumn {
  readonly key: string;
  readonly title?: string;
  readonly x: number;
  readonly width: number;
}

export interface TimelineLink {
  readonly fromId: string;
  readonly toId: string;
  readonly late: boolean;
  /** SVG path in the time area's coordinates, from the dependency's end to the dependant's start. */
  readonly path: string;
}

/** Everything in pixels the timeline and its image export draw, from one view-model. */
export interface TimelineGeometry {
  readonly laneHeaderWidth: number;
  /** Width of the time area (columns), lane headers excluded. */
  readonly contentWidth: number;
  readonly lanes: readonly TimelineLaneBox[];
  readonly lanesHeight: number;
  readonly boxes: ReadonlyMap<string, TimelineBox>;
  /** Bars lane by lane in time order, then row: the keyboard's reading order. */
  readonly order: readonly string[];
  /** Time layout: major (upper) and minor (column) ticks. Horizons layout: the columns. */
  readonly major: readonly TimelineTick[];
  readonly minor: readonly TimelineTick[];
  readonly columns: readonly TimelineColumn[];
  /** Pixels one reschedule step takes (a column), and which step that is on the time axis. */
  readonly stepWidth: number;
  readonly step: TimelineStep;
  /**
   * Time layout: pixels a day takes, and where the view's origin (the first day of the year the
   * view starts in, whatever the zoom) lies on the time axis. A position `day` days after the
   * origin is at `originX + day * pxPerDay`; parts placed that way keep their props across zooms.
   */
  readonly pxPerDay?: number;
  readonly originX?: number;
  readonly milestones: readonly TimelineMilestoneMark[];
  readonly milestoneRows: number;
  readonly today?: number;
  readonly links: readonly TimelineLink[];
  /** Position of a date's start on the time axis (time layout). */
  readonly xOf: (date: string) => number;
  /** The day (ISO date) at a position on the time axis; undefined in the horizons layout. */
  readonly dateAt: (x: number) => string | undefined;
  /**
   * Where a bar spans: days `start` to `end` (inclusive) on the time axis, or the horizon column
   * `column` in the horizons layout. The same for a bar at rest and one being moved.
   */
  readonly spanOf: (where: { start: string; end: string } | { column: number }) => { x: number; width: number };
}
