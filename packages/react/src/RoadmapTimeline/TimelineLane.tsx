'use client';
import type { TimelineLane as Lane, RescheduleGesture, RescheduleTarget, TimelineView } from '@throughline/core';
import { Fragment, memo, type PointerEvent as ReactPointerEvent } from 'react';
import type { BarBaseline } from './baselineMarks.js';
import { dayInset, daysWidth } from './dayScale.js';
import { barName, baselineDescription, progressText, type TimelineFormat } from './format.js';
import type { TimelineGeometry, TimelineLaneBox } from './geometry.js';
import type { RoadmapTimelineMessages } from './messages.js';
import { TimelineBarView } from './TimelineBarView.js';
import { TimelineGhost } from './TimelineGhost.js';
import { TimelineLaneHeader } from './TimelineLaneHeader.js';
import { inSpan, type TimelineSpan } from './useScrollWindow.js';

/** A bar being moved, drawn where the move would put it. */
export interface TimelineMovingBar {
  readonly id: string;
  /** A drag past its threshold, or a keyboard move: drawn lifted. */
  readonly lifted: boolean;
  /** Where it would land along time; its resting place when the move goes nowhere. */
  readonly x: number;
  readonly width: number;
}

/**
 * Where a gesture draws its bar: the span its target dates take on the time axis, or its target
 * horizon's column; its resting place while it goes nowhere. `null` when nothing is moving.
 */
export function movingBarOf(
  moving: RescheduleGesture | null,
  target: RescheduleTarget | null,
  geometry: TimelineGeometry,
  view: TimelineView,
): TimelineMovingBar | null {
  if (!moving) return null;
  const box = geometry.boxes.get(moving.initiativeId);
  if (!box) return null;
  const lifted = moving.pointer === undefined || moving.pointer.started;
  let placed: { x: number; width: number } = box;
  if (target && view.layout === 'time' && target.start !== undefined && target.end !== undefined) {
    placed = geometry.spanOf({ start: target.start, end: target.end });
  } else if (target) {
    const column = view.horizons.findIndex((h) => h.id === target.horizon?.id);
    if (column >= 0) placed = geometry.spanOf({ column });
  }
  return { id: moving.initiativeId, lifted, x: placed.x, width: placed.width };
}

export interface TimelineLaneViewProps {
  readonly lane: Lane;
  readonly box: TimelineLaneBox;
  readonly geometry: TimelineGeometry;
  readonly span: TimelineSpan;
  readonly title: string;
  readonly titleId: string;
  readonly subtitle: string | null;
  readonly width: number;
  /** Ids of the bars in this lane that hold the tab stop, are selected or are moving; null when none here. */
  readonly activeId: string | null;
  readonly selectedId: string | null;
  /** The details panel's id, for the selected bar's `aria-controls`; none when no panel is drawn. */
  readonly detailsId?: string | undefined;
  readonly moving: TimelineMovingBar | null;
  /** Bars show their dates in their names (the time layout). */
  readonly showDates: boolean;
  readonly describedBy: string;
  /** Each initiative bar against the baseline, when the timeline is compared with one. */
  readonly baseline?: ReadonlyMap<string, BarBaseline> | undefined;
  /** What the baseline is called, for the bars' descriptions. */
  readonly baselineLabel: string;
  readonly messages: RoadmapTimelineMessages;
  readonly format: TimelineFormat;
  readonly className?: string | undefined;
  readonly headerClassName?: string | undefined;
  readonly barClassName?: string | undefined;
  readonly onToggle: (key: string | null) => void;
  /** Given when initiatives may be dragged. */
  readonly onBarPointerDown?: ((event: ReactPointerEvent<HTMLButtonElement>, id: string) => void) | undefined;
}

/**
 * One lane: its heading and the bars near the visible span (the active and the moving bar always).
 * Props that concern one bar (active, selected, moving) are given only to the lane holding it, so
 * a selection elsewhere re-renders neither this lane nor its bars.
 */
export const TimelineLaneView = memo(function TimelineLaneView(props: TimelineLaneViewProps) {
  const { lane, box, geometry: g, span, moving, messages, format } = props;
  return (
    // A group, not a region: fifty lanes would flood the landmark list.
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this groups bars under their lane's heading.
    <div
      role="group"
      className={props.className}
      aria-labelledby={props.titleId}
      data-lane={lane.key ?? ''}
      style={{ top: box.top, height: box.height, width: props.width }}
    >
      <TimelineLaneHeader
        lane={lane}
        box={box}
        title={props.title}
        titleId={props.titleId}
        subtitle={props.subtitle}
        width={g.laneHeaderWidth}
        messages={messages}
        className={props.headerClassName}
        onToggle={props.onToggle}
      />
      {lane.bars.map((bar, index) => {
        const rest = g.boxes.get(bar.id);
        if (!rest) return null;
        const isMoving = moving?.id === bar.id;
        const x = isMoving ? moving.x : rest.x;
        const width = isMoving ? moving.width : rest.width;
        const active = props.activeId === bar.id;
        if (!active && !isMoving && !inSpan(span, x, width, rest.y, rest.height)) return null;
        // At rest on the time axis a bar is placed in days, which no zoom changes: a zoom sets the
        // canvas's scale and leaves the bar's props (and so the bar) alone.
        const byDay = !isMoving && rest.day !== undefined && rest.days !== undefined && g.pxPerDay !== undefined;
        const mark = props.baseline?.get(bar.id);
        const description = mark ? baselineDescription(mark, props.baselineLabel, messages) : '';
        // By the bar's place in its lane: ids may hold any character, and an element id needs none of them.
        const descriptionId = `${props.titleId}-baseline-${index}`;
        const y = rest.y - box.top;
        const view = (
          <TimelineBarView
            key={bar.id}
            bar={bar}
            className={props.barClassName}
            name={barName(bar, { messages, format, showDates: props.showDates })}
            describedBy={description === '' ? props.describedBy : `${props.describedBy} ${descriptionId}`}
            baseline={mark?.state}
            x={byDay ? dayInset(rest.day ?? 0, g.laneHeaderWidth) : g.laneHeaderWidth + x}
            y={y}
            width={byDay ? daysWidth(rest.days ?? 0) : width}
            height={rest.height}
            tabbable={active}
            selected={props.selectedId === bar.id}
            controls={props.selectedId === bar.id ? props.detailsId : undefined}
            moving={isMoving && moving.lifted}
            late={bar.dependsOn.some((d) => d.late)}
            progressLabel={progressText(bar, messages, format)}
            findingsLabel={bar.findings.length > 0 ? String(bar.findings.length) : null}
            {...(props.onBarPointerDown && bar.kind === 'initiative' ? { onPointerDown: props.onBarPointerDown } : {})}
          />
        );
        if (!mark) return view;
        return (
          <Fragment key={bar.id}>
            {view}
            <TimelineGhost
              mark={mark}
              x={rest.x}
              width={rest.width}
              y={y}
              height={rest.height}
              offset={g.laneHeaderWidth}
              descriptionId={descriptionId}
              description={description}
              messages={messages}
            />
          </Fragment>
        );
      })}
    </div>
  );
});
