'use client';
import type { Milestone } from '@throughline/core';
import { memo, useMemo } from 'react';
import { dayInset } from './dayScale.js';
import type { TimelineFormat } from './format.js';
import type { TimelineGeometry } from './geometry.js';
import type { RoadmapTimelineMessages } from './messages.js';
import { MILESTONE_ROW } from './milestoneMarks.js';
import { refAttributes } from './refs.js';
import { inSpan, type TimelineSpan } from './useScrollWindow.js';

export interface TimelineMilestonesProps {
  readonly milestones: readonly Milestone[];
  readonly geometry: TimelineGeometry;
  readonly span: TimelineSpan;
  /** The milestone holding the roving tab stop, if one does: always drawn. */
  readonly activeId: string | null;
  /** Pixels from the top of the axis: under its tick rows. */
  readonly top: number;
  readonly height: number;
  readonly describedBy: string;
  readonly messages: RoadmapTimelineMessages;
  readonly format: TimelineFormat;
  readonly className?: string | undefined;
}

/** The milestone band under the axis: the milestones near the visible span, each a button named with its kind and date. */
export const TimelineMilestones = memo(function TimelineMilestones(props: TimelineMilestonesProps) {
  const { milestones, geometry: g, span, activeId } = props;
  const byId = useMemo(() => new Map(milestones.map((m) => [m.id, m])), [milestones]);
  if (milestones.length === 0) return null;
  return (
    <ul
      className="tl-timeline-milestones"
      aria-label={props.messages.milestonesLabel}
      style={{ insetInlineStart: g.laneHeaderWidth, top: props.top, height: props.height, width: g.contentWidth }}
    >
      {g.milestones.map((mark) => {
        const milestone = byId.get(mark.id);
        if (!milestone) return null;
        const active = activeId === mark.id;
        if (!active && !inSpan(span, mark.x - 8, 200)) return null;
        return (
          <TimelineMilestoneView
            key={mark.id}
            milestone={milestone}
            // In days on the time axis, as the bars: a zoom leaves a milestone alone unless its row changes.
            x={mark.day !== undefined && g.pxPerDay !== undefined ? dayInset(mark.day, -7) : mark.x - 7}
            row={mark.row}
            labelled={mark.labelled}
            maxWidth={mark.column !== undefined ? g.stepWidth - 20 : undefined}
            tabbable={active}
            describedBy={props.describedBy}
            messages={props.messages}
            format={props.format}
            className={props.className}
          />
        );
      })}
    </ul>
  );
});

interface TimelineMilestoneViewProps {
  readonly milestone: Milestone;
  /** Inline start of the marker: pixels, or a CSS length in days (see `dayInset`). */
  readonly x: number | string;
  readonly row: number;
  readonly labelled: boolean;
  /** In a horizon's column a label ends with the column. */
  readonly maxWidth: number | undefined;
  readonly tabbable: boolean;
  readonly describedBy: string;
  readonly messages: RoadmapTimelineMessages;
  readonly format: TimelineFormat;
  readonly className?: string | undefined;
}

/** One milestone: its kind's glyph (drawn by CSS from `data-kind`), its label when it fits, its full name always. */
const TimelineMilestoneView = memo(function TimelineMilestoneView(props: TimelineMilestoneViewProps) {
  const { milestone, messages } = props;
  return (
    <li
      style={{
        insetInlineStart: props.x,
        top: 4 + props.row * MILESTONE_ROW,
        ...(props.maxWidth !== undefined ? { maxWidth: props.maxWidth } : {}),
      }}
    >
      <button
        type="button"
        className={props.className}
        {...refAttributes({ kind: 'milestone', id: milestone.id })}
        data-kind={milestone.kind}
        title={props.labelled ? undefined : milestone.title}
        tabIndex={props.tabbable ? 0 : -1}
        aria-label={messages.milestone(
          milestone.title,
          messages.milestoneKind[milestone.kind],
          props.format.date(milestone.date),
        )}
        aria-describedby={props.describedBy}
      >
        {props.labelled ? milestone.title : null}
      </button>
    </li>
  );
});
