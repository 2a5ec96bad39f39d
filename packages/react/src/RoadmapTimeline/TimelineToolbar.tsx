'use client';
import type { TimelineLayout } from '@throughline/core';
import type { TimelineZoom } from './geometry.js';
import type { RoadmapTimelineMessages } from './messages.js';

export type TimelineExportFormat = 'svg' | 'png' | 'csv' | 'json';

export interface TimelineToolbarProps {
  readonly messages: RoadmapTimelineMessages;
  readonly layout: TimelineLayout;
  readonly zoom: TimelineZoom;
  readonly onLayout: (layout: TimelineLayout) => void;
  readonly onZoom: (zoom: TimelineZoom) => void;
  readonly onExport: (format: TimelineExportFormat) => void;
  readonly className?: string | undefined;
}

const LAYOUTS: readonly TimelineLayout[] = ['time', 'horizons'];
const ZOOMS: readonly TimelineZoom[] = ['year', 'quarter', 'month'];
const FORMATS: readonly TimelineExportFormat[] = ['svg', 'png', 'csv', 'json'];

/** Layout, zoom and export controls: toggle buttons in labelled groups. */
export function TimelineToolbar(props: TimelineToolbarProps) {
  const { messages } = props;
  return (
    <div className={props.className}>
      <Choice
        label={messages.layoutLabel}
        options={LAYOUTS}
        value={props.layout}
        names={messages.layout}
        onChoose={props.onLayout}
      />
      {props.layout === 'time' ? (
        <Choice
          label={messages.zoomLabel}
          options={ZOOMS}
          value={props.zoom}
          names={messages.zoom}
          onChoose={props.onZoom}
        />
      ) : null}
      <fieldset className="tl-timeline-segment">
        <legend className="tl-visually-hidden">{messages.exportLabel}</legend>
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            aria-label={messages.exportAs(format.toUpperCase())}
            onClick={() => props.onExport(format)}
          >
            {format.toUpperCase()}
          </button>
        ))}
      </fieldset>
    </div>
  );
}

/** A labelled set of toggle buttons, one of them pressed: the layout or the zoom. */
function Choice<T extends string>(props: {
  label: string;
  options: readonly T[];
  value: T;
  names: Readonly<Record<T, string>>;
  onChoose: (value: T) => void;
}) {
  return (
    <fieldset className="tl-timeline-segment">
      <legend className="tl-visually-hidden">{props.label}</legend>
      {props.options.map((option) => (
        <button key={option} type="button" aria-pressed={props.value === option} onClick={() => props.onChoose(option)}>
          {props.names[option]}
        </button>
      ))}
    </fieldset>
  );
}
