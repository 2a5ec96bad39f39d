'use client';
import type { TimelineLayout, TimelineView } from '@throughline/core';
import { memo } from 'react';
import type { TimelineGeometry } from './geometry.js';
import type { RoadmapTimelineMessages } from './messages.js';
import type { TimelineSpan } from './useScrollWindow.js';

/** The axis row's height: the time layout has two (major and minor ticks), the horizons one. */
export const AXIS_ROW = 26;

/** The ticks of the time axis (or the horizon columns' titles) and the today label. */
export const TimelineAxis = memo(function TimelineAxis(props: {
  view: TimelineView;
  geometry: TimelineGeometry;
  labels: { major: (d: Date) => string; minor: (d: Date) => string };
  messages: RoadmapTimelineMessages;
}) {
  const { geometry: g } = props;
  const start = g.laneHeaderWidth;
  if (props.view.layout === 'horizons') {
    return (
      <div className="tl-timeline-ticks" aria-hidden="true">
        {g.columns.map((col) => (
          <span
            key={col.key}
            className="tl-tick"
            data-major="true"
            style={{ insetInlineStart: start + col.x, width: col.width, top: 0 }}
          >
            {col.title ?? ''}
          </span>
        ))}
      </div>
    );
  }
  return (
    <div className="tl-timeline-ticks" aria-hidden="true">
      {/* Ticks by place, not date: a zoom relabels and moves them rather than replacing each one. */}
      {g.major.map((tick, i) => (
        <span
          // biome-ignore lint/suspicious/noArrayIndexKey: ticks are interchangeable labels.
          key={`M${i}`}
          className="tl-tick"
          data-major="true"
          style={{ insetInlineStart: start + tick.x, width: tick.width, top: 0 }}
        >
          {props.labels.major(tick.date)}
        </span>
      ))}
      {g.minor.map((tick, i) => (
        <span
          // biome-ignore lint/suspicious/noArrayIndexKey: ticks are interchangeable labels.
          key={`m${i}`}
          className="tl-tick"
          style={{ insetInlineStart: start + tick.x, width: tick.width, top: AXIS_ROW }}
        >
          {props.labels.minor(tick.date)}
        </span>
      ))}
      {g.today !== undefined ? (
        <span className="tl-today-label" style={{ insetInlineStart: start + g.today, top: 0 }}>
          {props.messages.today}
        </span>
      ) : null}
    </div>
  );
});

/** The column lines under the bars. */
export const TimelineGridlines = memo(function TimelineGridlines({
  geometry: g,
  layout,
}: {
  geometry: TimelineGeometry;
  layout: TimelineLayout;
}) {
  const lines = layout === 'time' ? g.minor.map((t) => t.x) : g.columns.map((c) => c.x);
  return (
    <div className="tl-timeline-grid" aria-hidden="true">
      {lines.map((x, i) => (
        // By place, not position: a zoom moves the lines rather than replacing every one of them.
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines are interchangeable.
        <span key={i} style={{ insetInlineStart: g.laneHeaderWidth + x, height: g.lanesHeight }} />
      ))}
    </div>
  );
});

/**
 * Dependency arrows under the bars, those that cross the span near the visible part (a long
 * roadmap's arrows are mostly off screen); mirrored as a whole in right-to-left, like the axis.
 */
export const TimelineLinks = memo(function TimelineLinks({
  geometry: g,
  span,
  rtl,
  movingId,
  idPrefix,
}: {
  geometry: TimelineGeometry;
  /** Only arrows crossing this span are drawn; all of them when not given. */
  span?: TimelineSpan | undefined;
  rtl: boolean;
  movingId: string | undefined;
  /** Keeps the arrowheads' ids apart when a page holds several timelines. */
  idPrefix: string;
}) {
  if (g.links.length === 0) return null;
  const arrowId = (late: boolean) => `${idPrefix}-arrow${late ? '-late' : ''}`;
  const width = g.contentWidth;
  return (
    <svg
      className="tl-timeline-links"
      aria-hidden="true"
      width={width}
      height={g.lanesHeight}
      style={{ insetInlineStart: g.laneHeaderWidth }}
    >
      <defs>
        {[false, true].map((late) => (
          <marker
            key={String(late)}
            id={arrowId(late)}
            viewBox="0 0 8 8"
            refX="7"
            refY="4"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L8,4 L0,8 z" className="tl-link-head" data-late={late || undefined} />
          </marker>
        ))}
      </defs>
      <g transform={rtl ? `translate(${width} 0) scale(-1 1)` : undefined}>
        {g.links
          .filter((link) => crosses(g, link, span))
          .map((link) => (
            <path
              // Ids are arbitrary strings: joined with a separator, two pairs could make one key; JSON cannot.
              key={JSON.stringify([link.fromId, link.toId])}
              d={link.path}
              className="tl-link"
              data-late={link.late || undefined}
              data-hidden={movingId === link.fromId || movingId === link.toId || undefined}
              markerEnd={`url(#${arrowId(link.late)})`}
            />
          ))}
      </g>
    </svg>
  );
});

/** A link's box (from its dependency's box to its dependant's) meets the span. */
function crosses(g: TimelineGeometry, link: { fromId: string; toId: string }, span: TimelineSpan | undefined): boolean {
  if (!span) return true;
  const from = g.boxes.get(link.fromId);
  const to = g.boxes.get(link.toId);
  if (!from || !to) return false;
  const left = Math.min(from.x, to.x);
  const right = Math.max(from.x + from.width, to.x + to.width);
  const top = Math.min(from.y, to.y);
  const bottom = Math.max(from.y + from.height, to.y + to.height);
  return right >= span.start && left <= span.end && bottom >= span.top && top <= span.bottom;
}
