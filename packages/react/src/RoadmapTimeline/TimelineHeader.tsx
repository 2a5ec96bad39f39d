'use client';
import type { Plan, TimelineLayout } from '@throughline/core';
import type { ReactNode } from 'react';
import type { TimelineZoom } from './geometry.js';
import type { RoadmapTimelineMessages } from './messages.js';
import { TimelineLegend } from './TimelineLegend.js';
import { type TimelineExportFormat, TimelineToolbar } from './TimelineToolbar.js';

export interface TimelineHeaderProps {
  readonly plan: Plan;
  /** The host's header, in place of the vision statement. */
  readonly header?: ReactNode;
  readonly toolbar: boolean;
  readonly legend: boolean;
  readonly layout: TimelineLayout;
  readonly zoom: TimelineZoom;
  readonly onLayout: (layout: TimelineLayout) => void;
  readonly onZoom: (zoom: TimelineZoom) => void;
  readonly onExport: (format: TimelineExportFormat) => void;
  readonly messages: RoadmapTimelineMessages;
  readonly className?: string | undefined;
  readonly toolbarClassName?: string | undefined;
  readonly legendClassName?: string | undefined;
}

/** Above the chart: the vision (or the host's header), the layout, zoom and export controls, and the legend. */
export function TimelineHeader(props: TimelineHeaderProps) {
  const { plan, messages } = props;
  return (
    <div className={props.className}>
      {props.header ??
        (plan.vision ? (
          <div className="tl-timeline-vision">
            <span className="tl-muted">{messages.visionLabel}</span>
            <h2 className="tl-timeline-vision-title">{plan.vision.title}</h2>
            {plan.vision.description ? <p className="tl-muted">{plan.vision.description}</p> : null}
          </div>
        ) : null)}
      {props.toolbar ? (
        <TimelineToolbar
          className={props.toolbarClassName}
          messages={messages}
          layout={props.layout}
          zoom={props.zoom}
          onLayout={props.onLayout}
          onZoom={props.onZoom}
          onExport={props.onExport}
        />
      ) : null}
      {props.legend ? <TimelineLegend messages={messages} className={props.legendClassName} /> : null}
    </div>
  );
}
