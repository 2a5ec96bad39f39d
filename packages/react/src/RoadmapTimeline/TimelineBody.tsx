'use client';
import { getPlanIndex, type Plan, type TimelineLayout, type TimelineView } from '@throughline/core';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { BarBaseline } from './baselineMarks.js';
import { goalText, type TimelineFormat } from './format.js';
import type { TimelineGeometry } from './geometry.js';
import type { RoadmapTimelineMessages } from './messages.js';
import type { TimelineRef } from './refs.js';
import { TimelineGridlines, TimelineLinks } from './TimelineAxis.js';
import { TimelineLaneView, type TimelineMovingBar } from './TimelineLane.js';
import type { TimelineSpan } from './useScrollWindow.js';

export interface TimelineBodyProps {
  readonly plan: Plan;
  readonly view: TimelineView;
  readonly geometry: TimelineGeometry;
  readonly layout: TimelineLayout;
  /** The lanes to draw (the lane window's), in order. */
  readonly lanes: readonly number[];
  readonly span: TimelineSpan;
  readonly active: TimelineRef | null;
  readonly selected: TimelineRef | null;
  /** The details panel's id, when one is drawn. */
  readonly detailsId?: string | undefined;
  readonly moving: TimelineMovingBar | null;
  readonly rtl: boolean;
  /** Keeps ids (lane titles, arrowheads) apart when a page holds several timelines. */
  readonly idPrefix: string;
  readonly describedBy: string;
  /** Each initiative bar against the baseline, and what the baseline is called; none when not compared. */
  readonly baseline?: ReadonlyMap<string, BarBaseline> | undefined;
  readonly baselineLabel: string;
  readonly messages: RoadmapTimelineMessages;
  readonly format: TimelineFormat;
  readonly laneClassName?: string | undefined;
  readonly laneHeaderClassName?: string | undefined;
  readonly barClassName?: string | undefined;
  readonly onToggleLane: (key: string | null) => void;
  readonly onBarPointerDown?: ((event: ReactPointerEvent<HTMLButtonElement>, id: string) => void) | undefined;
}

/** The lane a ref's bar is drawn in, if it is a bar of that kind. */
export function laneOfBar(geometry: TimelineGeometry, ref: TimelineRef | null): number | undefined {
  if (ref === null || ref.kind === 'milestone') return undefined;
  const box = geometry.boxes.get(ref.id);
  return box && box.bar.kind === ref.kind ? box.lane : undefined;
}

/**
 * Under the axis: the today line, the column lines, the dependency arrows and the lanes in the
 * window. What concerns one bar (tab stop, selection, a move) goes to its lane only.
 */
export function TimelineBody(props: TimelineBodyProps) {
  const { view, geometry, messages, format, active, selected, moving } = props;
  const fullWidth = geometry.laneHeaderWidth + geometry.contentWidth;
  const activeLane = laneOfBar(geometry, active);
  const selectedLane = laneOfBar(geometry, selected);
  const movingLane = moving ? geometry.boxes.get(moving.id)?.lane : undefined;
  const goals = getPlanIndex(props.plan).goals;
  const title = (l: number) => {
    const lane = view.lanes[l];
    if (!lane) return '';
    return lane.theme?.title ?? lane.goal?.title ?? (view.lanesBy === 'goal' ? messages.noGoal : messages.noTheme);
  };
  const subtitle = (l: number) => {
    const lane = view.lanes[l];
    if (lane?.goal) return goalText(lane.goal, messages, format);
    if (!lane?.theme || lane.theme.goalIds.length === 0) return null;
    return lane.theme.goalIds
      .map((g) => goals.get(g)?.title)
      .filter((g) => g !== undefined)
      .join(', ');
  };
  return (
    <div className="tl-timeline-body" style={{ height: geometry.lanesHeight, width: fullWidth }}>
      {geometry.today !== undefined ? (
        <div
          className="tl-timeline-today"
          style={{ insetInlineStart: geometry.laneHeaderWidth + geometry.today, height: geometry.lanesHeight }}
          aria-hidden="true"
        />
      ) : null}
      <TimelineGridlines geometry={geometry} layout={props.layout} />
      <TimelineLinks
        geometry={geometry}
        span={props.span}
        rtl={props.rtl}
        movingId={moving?.id}
        idPrefix={props.idPrefix}
      />
      {props.lanes.map((l) => {
        const lane = view.lanes[l];
        const box = geometry.lanes[l];
        if (!lane || !box) return null;
        return (
          <TimelineLaneView
            // The lane's key may be any string, or null for the lane of none: JSON keeps them apart.
            key={JSON.stringify(lane.key)}
            lane={lane}
            box={box}
            geometry={geometry}
            span={props.span}
            title={title(l)}
            titleId={`${props.idPrefix}-lane-${l}`}
            subtitle={subtitle(l)}
            width={fullWidth}
            activeId={activeLane === l && active ? active.id : null}
            selectedId={selectedLane === l && selected ? selected.id : null}
            detailsId={props.detailsId}
            moving={movingLane === l ? moving : null}
            showDates={props.layout === 'time'}
            describedBy={props.describedBy}
            baseline={props.baseline}
            baselineLabel={props.baselineLabel}
            messages={messages}
            format={format}
            className={props.laneClassName}
            headerClassName={props.laneHeaderClassName}
            barClassName={props.barClassName}
            onToggle={props.onToggleLane}
            onBarPointerDown={props.onBarPointerDown}
          />
        );
      })}
    </div>
  );
}
