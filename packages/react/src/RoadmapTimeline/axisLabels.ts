import type { TimelineFormat } from './format.js';
import type { TimelineZoom } from './geometry.js';
import type { RoadmapTimelineMessages } from './messages.js';

const quarterOf = (date: Date) => Math.floor(date.getUTCMonth() / 3) + 1;

/** The words on the axis for a zoom: its upper row (years, quarters, months) and its columns. */
export function axisLabels(zoom: TimelineZoom, messages: RoadmapTimelineMessages, format: TimelineFormat) {
  switch (zoom) {
    case 'year':
      return { major: format.year, minor: (d: Date) => messages.quarterShort(quarterOf(d)) };
    case 'quarter':
      return { major: (d: Date) => messages.quarter(quarterOf(d), format.year(d)), minor: format.month };
    case 'month':
      return { major: format.monthYear, minor: format.day };
  }
}
