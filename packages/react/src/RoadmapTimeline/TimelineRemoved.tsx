'use client';
import { memo } from 'react';
import type { RemovedInitiative } from './baselineMarks.js';
import type { TimelineFormat } from './format.js';
import type { RoadmapTimelineMessages } from './messages.js';

export interface TimelineRemovedProps {
  readonly removed: readonly RemovedInitiative[];
  readonly label: string;
  /** A horizon's title by id (today's, else the baseline's). */
  readonly horizonTitle: (id: string) => string | undefined;
  readonly messages: RoadmapTimelineMessages;
  readonly format: TimelineFormat;
}

/**
 * "Removed since <label>": the initiatives the baseline had and today's plan has not, each as a
 * ghost (dashed, unfilled) with "removed" and where it stood then. Nothing when none was removed.
 */
export const TimelineRemoved = memo(function TimelineRemoved(props: TimelineRemovedProps) {
  const { removed, messages, format } = props;
  if (removed.length === 0) return null;
  const title = messages.removedSince(props.label);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls.
    <div role="group" className="tl-timeline-removed" aria-label={title}>
      <p className="tl-timeline-lane-title">{title}</p>
      <ul>
        {removed.map((r) => {
          const { start, end, horizonId } = r.before;
          const where =
            start !== undefined && end !== undefined
              ? format.range(start, end)
              : horizonId !== undefined
                ? props.horizonTitle(horizonId)
                : undefined;
          return (
            <li key={r.id} className="tl-timeline-removed-ghost">
              <span className="tl-bar-title">{r.title}</span>{' '}
              <span className="tl-bar-meta">
                {messages.removedMark}
                {where === undefined ? null : `, ${messages.removedWas(where)}`}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
});
