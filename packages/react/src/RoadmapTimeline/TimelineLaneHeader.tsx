'use client';
import type { TimelineLane } from '@throughline/core';
import { memo } from 'react';
import type { TimelineLaneBox } from './geometry.js';
import type { RoadmapTimelineMessages } from './messages.js';

export interface TimelineLaneHeaderProps {
  readonly lane: TimelineLane;
  readonly box: TimelineLaneBox;
  readonly title: string;
  readonly titleId: string;
  /** The lane's goal with its metric, or its theme's goals, under the title. */
  readonly subtitle: string | null;
  readonly width: number;
  readonly messages: RoadmapTimelineMessages;
  readonly className?: string | undefined;
  /** Expands or collapses a lane with more rows than the timeline draws at once. */
  readonly onToggle: (key: string | null) => void;
}

/**
 * A lane's heading (sticky at the inline start), and for a crowded lane the count of the bars its
 * first rows leave out with the button that shows them all (and back).
 */
export const TimelineLaneHeader = memo(function TimelineLaneHeader(props: TimelineLaneHeaderProps) {
  const { lane, box, messages } = props;
  const expanded = box.capped && box.hidden === 0;
  return (
    <div className={props.className} style={{ width: props.width, height: box.height }}>
      <h3 id={props.titleId} className="tl-timeline-lane-title">
        {props.title}
      </h3>
      {props.subtitle ? <p className="tl-muted">{props.subtitle}</p> : null}
      {box.capped ? (
        <button
          type="button"
          className="tl-timeline-more"
          aria-expanded={expanded}
          aria-label={expanded ? messages.showFewerRows(props.title) : messages.showMoreRows(box.hidden, props.title)}
          onClick={() => props.onToggle(lane.key)}
        >
          {expanded ? messages.fewerRows : messages.moreRows(box.hidden)}
        </button>
      ) : null}
    </div>
  );
});
