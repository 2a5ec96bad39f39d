'use client';
import { memo } from 'react';
import type { BarBaseline } from './baselineMarks.js';
import type { RoadmapTimelineMessages } from './messages.js';

export interface TimelineGhostProps {
  readonly mark: BarBaseline;
  /** Today's bar at rest: pixels from the time area's inline start, its top within the lane, its size. */
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly height: number;
  /** Where the time area starts within the lane (the lane header's width). */
  readonly offset: number;
  /** The id today's bar is described by, and that sentence (`baselineDescription`); nothing drawn when empty. */
  readonly descriptionId: string;
  readonly description: string;
  readonly messages: RoadmapTimelineMessages;
}

/**
 * What a bar shows against the baseline, drawn around it: the ghost of its baseline dates
 * (dashed, unfilled), the slip arrow from the ghost's end to today's end with its days, and the
 * "new" or "was Next" mark. All of it is decoration (`aria-hidden`); the words are the bar's
 * description, kept here under `descriptionId`.
 */
export const TimelineGhost = memo(function TimelineGhost({
  mark,
  offset,
  descriptionId,
  description,
  messages,
  ...bar
}: TimelineGhostProps) {
  const { ghost, arrow } = mark;
  const text =
    mark.state === 'added'
      ? messages.newMark
      : mark.days !== undefined && mark.days !== 0 && arrow
        ? messages.slipMark(mark.days)
        : mark.wasHorizon !== undefined
          ? messages.wasHorizon(mark.wasHorizon)
          : null;
  const end = Math.max(bar.x + bar.width, ghost ? ghost.x + ghost.width : 0);
  return (
    <>
      {description === '' ? null : (
        <span id={descriptionId} hidden>
          {description}
        </span>
      )}
      {ghost ? (
        <span
          className="tl-timeline-ghost"
          aria-hidden="true"
          style={{ insetInlineStart: offset + ghost.x, top: bar.y, width: ghost.width, height: bar.height }}
        />
      ) : null}
      {arrow && arrow.from !== arrow.to ? (
        <span
          className="tl-timeline-slip"
          aria-hidden="true"
          data-direction={arrow.to > arrow.from ? 'later' : 'earlier'}
          style={{
            insetInlineStart: offset + Math.min(arrow.from, arrow.to),
            top: bar.y + bar.height + 1,
            width: Math.abs(arrow.to - arrow.from),
          }}
        />
      ) : null}
      {text === null ? null : (
        <span
          className="tl-timeline-baseline-mark"
          aria-hidden="true"
          style={{ insetInlineStart: offset + end + 4, top: bar.y, height: bar.height }}
        >
          {text}
        </span>
      )}
    </>
  );
});
