import { formatIsoDate, type TimelineBar, type TimelineStep, type TimelineView, utcDate } from '@throughline/core';
import { stackRows } from '@throughline/core/internal';
import { scaleUtc } from 'd3-scale';
import { type CountableTimeInterval, utcMonday, utcMonth, utcYear } from 'd3-time';

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

const ZOOM: Record<
  TimelineZoom,
  {
    major: CountableTimeInterval;
    minor: CountableTimeInterval | null;
    months: number;
    minWidth: number;
    step: TimelineStep;
  }
> = {
  year: { major: utcYear, minor: null, months: 3, minWidth: 120, step: 'quarter' },
  quarter: { major: utcMonth, minor: null, months: 1, minWidth: 96, step: 'month' },
  month: { major: utcMonth, minor: utcMonday, months: 0, minWidth: 44, step: 'week' },
};

export const MILESTONE_ROW = 22;
/** At most this many rows of milestones; the last holds markers whose labels found no room. */
export const MILESTONE_ROWS_MAX = 4;
const DAY = 86_400_000;
// Core's ISO date module splits the string by numbers, never through Date parsing: a timeline
// converts two dates per bar on every layout.
const toDate = (iso: string) => utcDate(iso);
const toTime = (iso: string) => toDate(iso).getTime();

/** The start of the quarter a date is in. */
const quarterFloor = (date: Date) =>
  new Date(Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3, 1));

/** A rough label width: the export and the layout only need it to keep labels apart. */
export const labelWidth = (text: string) => 28 + text.length * 6.6;

/**
 * Lays a timeline view out in pixels: the d3-scale time axis (or horizon columns), lanes stacked
 * by their rows, a box per bar, milestones stacked so their labels never overlap, dependency
 * paths and the today marker. Positions run from the inline start, so right-to-left needs no
 * second layout.
 *
 * @example
 * const geometry = timelineGeometry(timelineView(plan), { zoom: 'quarter', width: 1200 });
 * geometry.boxes.get('init-onboarding'); // { x, y, width, height, ... }
 */
export function timelineGeometry(view: TimelineView, options: TimelineGeometryOptions): TimelineGeometry {
  const laneHeaderWidth = options.laneHeaderWidth ?? 200;
  const rowHeight = options.rowHeight ?? 52;
  const lanePadding = options.lanePadding ?? 8;
  const available = Math.max(240, options.width - laneHeaderWidth);
  const zoom = ZOOM[options.zoom];

  const maxRows = Math.max(1, options.maxRows ?? Number.POSITIVE_INFINITY);
  const lanes: TimelineLaneBox[] = [];
  let top = 0;
  for (const lane of view.lanes) {
    const capped = lane.rows > maxRows;
    const rows = capped && !options.expandedLanes?.has(lane.key) ? maxRows : lane.rows;
    const hidden = rows < lane.rows ? lane.bars.reduce((n, bar) => n + (bar.row >= rows ? 1 : 0), 0) : 0;
    const height = lanePadding * 2 + Math.max(1, rows) * rowHeight;
    lanes.push({ top, height, rows, hidden, capped });
    top += height;
  }
  /** A bar in a row its collapsed lane does not draw gets no box. */
  const drawn = (bar: TimelineBar, l: number) => bar.row < (lanes[l]?.rows ?? Number.POSITIVE_INFINITY);

  let contentWidth: number;
  let major: TimelineTick[] = [];
  let minor: TimelineTick[] = [];
  let columns: TimelineColumn[] = [];
  let stepWidth: number;
  let xOf: (date: string) => number;
  let dateAt: (x: number) => string | undefined;
  let spanOf: TimelineGeometry['spanOf'];
  let todayX: number | undefined;
  let pxPerDay: number | undefined;
  let originX: number | undefined;
  let dayOf: (date: string) => number = () => 0;
  const boxes = new Map<string, TimelineBox>();
  const barHeight = rowHeight - 8;

  if (view.layout === 'time') {
    const today = options.today;
    const first = [view.range?.start, today].filter((d): d is string => d !== undefined).sort()[0];
    const last = [view.range?.end, today]
      .filter((d): d is string => d !== undefined)
      .sort()
      .at(-1);
    const from = first ? toDate(first) : new Date(Date.UTC(2026, 0, 1));
    const to = last ? new Date(toDate(last).getTime() + DAY) : utcYear.offset(from, 1);
    const start =
      options.zoom === 'year'
        ? utcYear.floor(from)
        : options.zoom === 'quarter'
          ? quarterFloor(from)
          : utcMonth.floor(from);
    const startEnd = options.zoom === 'year' ? utcYear.ceil(to) : utcMonth.ceil(to);
    let end = options.zoom === 'quarter' ? utcMonth.offset(quarterFloor(utcMonth.offset(startEnd, -1)), 3) : startEnd;
    if (end <= start) end = utcMonth.offset(start, 3);
    const minorInterval = zoom.minor ?? utcMonth.every(zoom.months);
    if (!minorInterval) throw new Error('unreachable: every zoom has a column interval');
    const minorDates = minorInterval.range(start, end);
    const count = Math.max(1, minorDates.length);
    contentWidth = Math.max(count * zoom.minWidth, available);
    const scale = scaleUtc().domain([start, end]).range([0, contentWidth]);
    const ticks = (dates: Date[], next: (d: Date) => Date): TimelineTick[] =>
      dates.map((date) => {
        const x = Math.max(0, scale(date));
        return { date, x, width: Math.min(contentWidth, scale(next(date))) - x };
      });
    // The month zoom's weeks straddle months: its first column starts at the domain's start.
    const minorStarts =
      zoom.minor && minorDates[0]?.getTime() !== start.getTime() ? [start, ...minorDates] : minorDates;
    minor = ticks(minorStarts, (d) =>
      zoom.minor ? zoom.minor.offset(zoom.minor.floor(d), 1) : utcMonth.offset(d, zoom.months),
    );
    const majorInterval = options.zoom === 'quarter' ? utcMonth.every(3) : zoom.major;
    if (!majorInterval) throw new Error('unreachable: quarters are an interval');
    const majorDates = majorInterval.range(start, end);
    if (majorDates[0]?.getTime() !== start.getTime()) majorDates.unshift(start);
    major = ticks(majorDates, (d) =>
      options.zoom === 'quarter' ? utcMonth.offset(quarterFloor(d), 3) : zoom.major.offset(zoom.major.floor(d), 1),
    );
    stepWidth = contentWidth / count;
    // The scale's own linear map from time to pixels, on milliseconds: a bar's two dates become
    // positions without a Date object or the scale's generic dispatch (a zoom places every bar).
    const t0 = start.getTime();
    const pxPerMs = contentWidth / (end.getTime() - t0);
    const at = (time: number) => (time - t0) * pxPerMs;
    xOf = (date) => at(toTime(date));
    dateAt = (x) => formatIsoDate(scale.invert(x));
    if (today !== undefined) todayX = at(toTime(today) + DAY / 2);
    // Days from an origin no zoom moves (every zoom's start is at or after it).
    const origin = utcYear.floor(from).getTime();
    pxPerDay = pxPerMs * DAY;
    originX = at(origin);
    dayOf = (date) => Math.round((toTime(date) - origin) / DAY);

    spanOf = (where) => {
      if (!('start' in where)) return { x: 0, width: 0 };
      const x = at(toTime(where.start));
      return { x, width: Math.max(6, at(toTime(where.end) + DAY) - x) };
    };

    view.lanes.forEach((lane, l) => {
      for (const bar of lane.bars) {
        if (bar.start === undefined || bar.end === undefined || !drawn(bar, l)) continue;
        const day = dayOf(bar.start);
        boxes.set(bar.id, {
          bar,
          lane: l,
          ...spanOf({ start: bar.start, end: bar.end }),
          y: (lanes[l]?.top ?? 0) + lanePadding + bar.row * rowHeight,
          height: barHeight,
          day,
          days: dayOf(bar.end) + 1 - day,
        });
      }
    });
  } else {
    const needsNone = view.lanes.some((lane) => lane.bars.some((bar) => bar.column === undefined));
    const keys = [...view.horizons.map((h) => ({ key: h.id, title: h.title })), ...(needsNone ? [{ key: '' }] : [])];
    const width = Math.max(220, available / Math.max(1, keys.length));
    contentWidth = width * keys.length;
    columns = keys.map((k, i) => ({ ...k, x: i * width, width }));
    stepWidth = width;
    xOf = () => 0;
    dateAt = () => undefined;
    spanOf = (where) => ('column' in where ? { x: where.column * width + 6, width: width - 12 } : { x: 0, width: 0 });
    view.lanes.forEach((lane, l) => {
      for (const bar of lane.bars) {
        if (!drawn(bar, l)) continue;
        boxes.set(bar.id, {
          bar,
          lane: l,
          ...spanOf({ column: bar.column ?? keys.length - 1 }),
          y: (lanes[l]?.top ?? 0) + lanePadding + bar.row * rowHeight,
          height: barHeight,
        });
      }
    });
  }

  // Milestones: stacked into label rows so close dates never print over each other.
  let milestones: TimelineMilestoneMark[];
  let milestoneRows: number;
  if (view.layout === 'time') {
    const spans = view.milestones.map((m) => {
      const x = xOf(m.date);
      return { start: x - 8, end: x + labelWidth(m.title) };
    });
    const stacked = stackRows(spans);
    const overflow = stacked.count > MILESTONE_ROWS_MAX;
    milestones = view.milestones.map((m, i) => {
      const row = stacked.rows[i] ?? 0;
      const labelled = !overflow || row < MILESTONE_ROWS_MAX - 1;
      const x = (spans[i]?.start ?? 0) + 8;
      return { id: m.id, x, day: dayOf(m.date), row: labelled ? row : MILESTONE_ROWS_MAX - 1, labelled };
    });
    milestoneRows = Math.min(stacked.count, MILESTONE_ROWS_MAX);
  } else {
    const columnOf = view.milestones.map((m) => {
      const column = view.horizons.findIndex((h) => h.end !== undefined && m.date <= h.end);
      return column < 0 ? Math.max(0, view.horizons.length - 1) : column;
    });
    const total = new Map<number, number>();
    for (const column of columnOf) total.set(column, (total.get(column) ?? 0) + 1);
    const seen = new Map<number, number>();
    milestones = view.milestones.map((m, i) => {
      const column = columnOf[i] ?? 0;
      const row = seen.get(column) ?? 0;
      seen.set(column, row + 1);
      const x = (columns[column]?.x ?? 0) + 14;
      // A column lists as many as the band holds; the rest are markers side by side on its last row.
      const labelled = (total.get(column) ?? 0) <= MILESTONE_ROWS_MAX || row < MILESTONE_ROWS_MAX - 1;
      return labelled
        ? { id: m.id, x, row, labelled, column }
        : { id: m.id, x: x + (row - MILESTONE_ROWS_MAX + 1) * 18, row: MILESTONE_ROWS_MAX - 1, labelled, column };
    });
    milestoneRows = Math.min(MILESTONE_ROWS_MAX, Math.max(0, ...total.values()));
  }

  const order: string[] = [];
  for (const lane of view.lanes) {
    const placed: TimelineBox[] = [];
    for (const bar of lane.bars) {
      const box = boxes.get(bar.id);
      if (box) placed.push(box);
    }
    placed.sort((a, b) => a.x - b.x || a.y - b.y);
    for (const box of placed) order.push(box.bar.id);
  }

  const links: TimelineLink[] = [];
  for (const dep of view.dependencies) {
    const from = boxes.get(dep.fromId);
    const to = boxes.get(dep.toId);
    if (!from || !to) continue;
    const x1 = from.x + from.width;
    const y1 = from.y + from.height / 2;
    const x2 = to.x;
    const y2 = to.y + to.height / 2;
    const bend = Math.max(24, Math.abs(x2 - x1) / 3);
    links.push({
      ...dep,
      path: `M${r(x1)},${r(y1)} C${r(x1 + bend)},${r(y1)} ${r(x2 - bend)},${r(y2)} ${r(x2 - 2)},${r(y2)}`,
    });
  }

  return {
    laneHeaderWidth,
    contentWidth,
    lanes,
    lanesHeight: top,
    boxes,
    order,
    major,
    minor,
    columns,
    stepWidth,
    step: zoom.step,
    ...(pxPerDay !== undefined && originX !== undefined ? { pxPerDay, originX } : {}),
    milestones,
    milestoneRows,
    ...(todayX !== undefined && todayX >= 0 && todayX <= contentWidth ? { today: todayX } : {}),
    links,
    xOf,
    dateAt,
    spanOf,
  };
}

/** The canvas's custom properties that place a day on the time axis (time layout): set once per zoom. */
export function dayScaleStyle(g: TimelineGeometry): Record<string, string> | undefined {
  if (g.pxPerDay === undefined || g.originX === undefined) return undefined;
  return { '--tl-origin-x': `${g.originX}px`, '--tl-px-per-day': `${g.pxPerDay}px` };
}

/**
 * An inline position `day` days after the origin, plus `offset` pixels, read off the canvas's
 * custom properties: the same string at every zoom, so a memoised part keeps its props.
 */
export const dayInset = (day: number, offset: number): string =>
  `calc(var(--tl-origin-x) + ${day} * var(--tl-px-per-day) + ${offset}px)`;

/** The inline width of `days` days (at least 6 pixels, as `spanOf` gives). */
export const daysWidth = (days: number): string => `max(6px, ${days} * var(--tl-px-per-day))`;

const r = (n: number) => Math.round(n * 10) / 10;
