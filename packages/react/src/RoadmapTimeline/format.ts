import { type Goal, type GoalMetric, type TimelineBar, utcDate } from '@throughline/core';
import { dateText, numberText } from '../shared/intlText.js';
import { getOrSet } from '../shared/memo.js';
import type { BarBaseline } from './baselineMarks.js';
import type { RoadmapTimelineMessages } from './messages.js';

/** The locale-aware formatters one timeline render needs, built once per locale. */
export interface TimelineFormat {
  readonly percent: (share: number) => string;
  readonly number: (value: number) => string;
  readonly date: (iso: string) => string;
  readonly range: (start: string, end: string) => string;
  readonly year: (date: Date) => string;
  readonly month: (date: Date) => string;
  readonly monthYear: (date: Date) => string;
  readonly day: (date: Date) => string;
}

const utc = (iso: string) => utcDate(iso);

// Building Intl formatters costs milliseconds; one set per locale serves every timeline on the page.
// Each writes its spaces as plain ones, as the server and every browser then agree (see intlText).
const formats = new Map<string, TimelineFormat>();

export function timelineFormat(locale: string | undefined): TimelineFormat {
  const key = locale ?? '';
  const known = formats.get(key);
  if (known) return known;
  const percent = numberText(locale, { style: 'percent', maximumFractionDigits: 0 });
  const number = numberText(locale, { maximumFractionDigits: 2 });
  const date = dateText(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const year = dateText(locale, { year: 'numeric', timeZone: 'UTC' });
  const month = dateText(locale, { month: 'short', timeZone: 'UTC' });
  const monthYear = dateText(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = dateText(locale, { day: 'numeric', timeZone: 'UTC' });
  // Intl's formatRange costs about a third of a millisecond a call; a timeline names every bar
  // with one and re-renders on each zoom and move, so each range is formatted once per locale.
  const ranges = new Map<string, string>();
  const dates = new Map<string, string>();
  const format: TimelineFormat = {
    percent,
    number,
    date: (iso) => getOrSet(dates, iso, () => date.format(utc(iso))),
    range: (start, end) => getOrSet(ranges, `${start}/${end}`, () => date.formatRange(utc(start), utc(end))),
    year: year.format,
    month: month.format,
    monthYear: monthYear.format,
    day: day.format,
  };
  formats.set(key, format);
  return format;
}

function metricValue(metric: GoalMetric, value: number, format: TimelineFormat): string {
  const unit = metric.unit ?? '';
  if (unit === '') return format.number(value);
  return unit === '%' ? `${format.number(value)}%` : `${format.number(value)} ${unit}`;
}

/** A goal as read aloud and printed on its lane: its metric from baseline to target, else its title. */
export function goalText(goal: Goal, messages: RoadmapTimelineMessages, format: TimelineFormat): string {
  const metric = goal.metric;
  if (!metric) return goal.title;
  return messages.metric(
    metric.name,
    metricValue(metric, metric.baseline, format),
    metric.current === undefined ? null : metricValue(metric, metric.current, format),
    metricValue(metric, metric.target, format),
  );
}

/** How far along a bar is: the done share of its backlog, or that it has no backlog work at all. */
export function progressText(bar: TimelineBar, messages: RoadmapTimelineMessages, format: TimelineFormat): string {
  return bar.itemCount === 0 ? messages.noBacklogWork : messages.done(format.percent(bar.progress));
}

/**
 * A bar's accessible name, one sentence a screen reader reads in full: what, when, how sure,
 * how far along, which outcome it serves and what the scorer found.
 */
export function barName(
  bar: TimelineBar,
  context: {
    readonly messages: RoadmapTimelineMessages;
    readonly format: TimelineFormat;
    readonly showDates: boolean;
  },
): string {
  const { messages, format } = context;
  // Title, progress and findings first: what the bar shows, so the name starts with its visible text.
  const parts: string[] = [bar.title, progressText(bar, messages, format)];
  if (bar.findings.length > 0) parts.push(messages.findings(bar.findings.length));
  if (bar.horizon) parts.push(bar.horizon.title);
  if (bar.initiative) {
    parts.push(messages.confidence[bar.initiative.confidence], messages.status[bar.initiative.status]);
  } else parts.push(messages.initiatives(bar.initiativeIds.length, format.number(bar.initiativeIds.length)));
  if (context.showDates) {
    parts.push(
      bar.dated && bar.start !== undefined && bar.end !== undefined
        ? messages.dateRange(format.range(bar.start, bar.end))
        : messages.undated,
    );
  }
  parts.push(messages.items(bar.itemCount, format.number(bar.itemCount)));
  parts.push(
    bar.goals.length === 0
      ? messages.servesNoGoal
      : messages.servesGoals(bar.goals.map((g) => goalText(g, messages, format)).join('; ')),
  );
  const late = bar.dependsOn.filter((d) => d.late).map((d) => d.initiative.title);
  const onTime = bar.dependsOn.filter((d) => !d.late).map((d) => d.initiative.title);
  if (late.length > 0) parts.push(messages.lateDependency(late.join(', ')));
  if (onTime.length > 0) parts.push(messages.dependsOn(onTime.join(', ')));
  return parts.join(', ');
}

/**
 * A bar's standing against the baseline in words, its accessible description: empty when unchanged.
 *
 * @example
 * baselineDescription({ state: 'slipped', days: 21 }, 'Q3 review', messages); // '21 days later than Q3 review'
 */
export function baselineDescription(mark: BarBaseline, label: string, messages: RoadmapTimelineMessages): string {
  const parts: string[] = [];
  if (mark.state === 'added') parts.push(messages.addedDescription(label));
  else if (mark.state !== 'unchanged')
    parts.push(messages.slipDescription(mark.days, mark.state === 'slipped' ? 'later' : 'earlier', label));
  if (mark.wasHorizon !== undefined) parts.push(messages.wasHorizon(mark.wasHorizon));
  return parts.join(', ');
}
