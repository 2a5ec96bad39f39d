import { formatIsoDate, type TimelineBar, type TimelineStep, type TimelineView, utcDate } from '@throughline/core';
import { scaleLinear } from 'd3-scale';
import { type CountableTimeInterval, utcMonday, utcMonth, utcYear } from 'd3-time';
import type {
  TimelineBox,
  TimelineColumn,
  TimelineGeometry,
  TimelineGeometryOptions,
  TimelineLaneBox,
  TimelineLink,
  TimelineTick,
  TimelineZoom,
} from './geometryTypes.js';
import { milestonesInColumns, milestonesOnTime } from './milestoneMarks.js';

export type {
  TimelineBox,
  TimelineColumn,
  TimelineGeometry,
  TimelineGeometryOptions,
  TimelineLaneBox,
  TimelineLink,
  TimelineMilestoneMark,
  TimelineTick,
  TimelineZoom,
} from './geometryTypes.js';

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

/** The fewest pixels a day takes at any zoom: the year zoom's quarter (92 days at most) in 120. */
const LEAST_PX_PER_DAY = ZOOM.year.minWidth / 92;
const DAY = 86_400_000;
// Core's ISO date module splits the string by numbers, never through Date parsing: a timeline
// converts two dates per bar on every layout.
const toDate = (iso: string) => utcDate(iso);
const toTime = (iso: string) => toDate(iso).getTime();

/**
 * `toTime`, remembered for one layout: a thousand bars share far fewer dates (a horizon's span
 * serves each of its undated initiatives), and each date is read several times.
 */
function timesOnce(): (iso: string) => number {
  const times = new Map<string, number>();
  return (iso) => {
    let time = times.get(iso);
    if (time === undefined) {
      time = toTime(iso);
      times.set(iso, time);
    }
    return time;
  };
}

/** The start of the quarter a date is in. */
const quarterFloor = (date: Date) =>
  new Date(Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3, 1));

/**
 * Lays a timeline view out in pixels: a d3-scale axis over UTC time (or horizon columns), lanes stacked
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
    // A linear scale over epoch milliseconds, not d3's time scale: the columns come from d3-time and
    // the labels from Intl, so the time scale's tick formats (d3-time-format) would only weigh on
    // the bundle. The numbers are the time scale's own: it is this linear map on Date values.
    const scale = scaleLinear().domain([start.getTime(), end.getTime()]).range([0, contentWidth]);
    const ticks = (dates: Date[], next: (d: Date) => Date): TimelineTick[] =>
      dates.map((date) => {
        const x = Math.max(0, scale(date.getTime()));
        return { date, x, width: Math.min(contentWidth, scale(next(date).getTime())) - x };
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
    const timeOf = timesOnce();
    xOf = (date) => at(timeOf(date));
    // Rounded to the millisecond, as the time scale rounds its inverse.
    dateAt = (x) => formatIsoDate(Math.round(scale.invert(x)));
    if (today !== undefined) todayX = at(toTime(today) + DAY / 2);
    // Days from an origin no zoom moves (every zoom's start is at or after it).
    const origin = utcYear.floor(from).getTime();
    pxPerDay = pxPerMs * DAY;
    originX = at(origin);
    dayOf = (date) => Math.round((timeOf(date) - origin) / DAY);

    spanOf = (where) => {
      if (!('start' in where)) return { x: 0, width: 0 };
      const x = at(timeOf(where.start));
      return { x, width: Math.max(6, at(timeOf(where.end) + DAY) - x) };
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

  const { milestones, milestoneRows } =
    view.layout === 'time' ? milestonesOnTime(view, xOf, dayOf, LEAST_PX_PER_DAY) : milestonesInColumns(view, columns);

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

const r = (n: number) => Math.round(n * 10) / 10;
