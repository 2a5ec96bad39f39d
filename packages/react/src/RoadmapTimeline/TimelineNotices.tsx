'use client';
import type { TimelineLanesBy, TimelineLayout, TimelineNotice } from '@throughline/core';
import { memo } from 'react';
import type { TimelineZoom } from './geometry.js';
import type { RoadmapTimelineMessages } from './messages.js';

export interface TimelineNoticesProps {
  readonly notices: readonly TimelineNotice[];
  readonly messages: RoadmapTimelineMessages;
  readonly onLanesBy: (lanesBy: TimelineLanesBy) => void;
  readonly onLayout: (layout: TimelineLayout, zoom?: TimelineZoom) => void;
  readonly className?: string | undefined;
}

const ZOOMS: readonly TimelineZoom[] = ['quarter', 'month'];

/**
 * What the plan's shape leaves the chosen view unable to show, in words, each with the way out:
 * lanes by theme for a plan without goals, the time axis for one without horizons, Now / Next /
 * Later for one without dates.
 */
export const TimelineNotices = memo(function TimelineNotices(props: TimelineNoticesProps) {
  const { notices, messages } = props;
  if (notices.length === 0) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this groups notes and their actions.
    <div role="group" className={props.className} aria-label={messages.noticesLabel}>
      {notices.map((notice) => (
        <div key={notice.code} className="tl-timeline-notice" data-code={notice.code}>
          <p>{text(notice, messages)}</p>
          {notice.code === 'no-lane-groups' && notice.switchTo ? (
            <button
              type="button"
              className="tl-timeline-action"
              onClick={() => notice.switchTo && props.onLanesBy(notice.switchTo)}
            >
              {messages.lanesByOption[notice.switchTo]}
            </button>
          ) : null}
          {notice.code === 'no-horizons'
            ? ZOOMS.map((zoom) => (
                <button
                  key={zoom}
                  type="button"
                  className="tl-timeline-action"
                  onClick={() => props.onLayout('time', zoom)}
                >
                  {messages.showByZoom(messages.zoom[zoom])}
                </button>
              ))
            : null}
          {notice.code === 'no-dates' && notice.switchTo ? (
            <button type="button" className="tl-timeline-action" onClick={() => props.onLayout('horizons')}>
              {messages.showInHorizons}
            </button>
          ) : null}
        </div>
      ))}
    </div>
  );
});

function text(notice: TimelineNotice, messages: RoadmapTimelineMessages): string {
  switch (notice.code) {
    case 'no-lane-groups':
      return messages.noLaneGroups(notice.lanesBy, notice.planHasNone);
    case 'no-horizons':
      return messages.noHorizons(notice.planHasNone);
    case 'no-dates':
      return messages.noDates;
    case 'no-backlog':
      return messages.noBacklog;
  }
}
