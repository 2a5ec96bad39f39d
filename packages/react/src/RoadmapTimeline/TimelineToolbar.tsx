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
  readonly className?: string;
}

const LAYOUTS: readonly TimelineLayout[] = ['time', 'horizons'];
const ZOOMS: readonly TimelineZoom[] = ['year', 'quarter', 'month'];
const FORMATS: readonly TimelineExportFormat[] = ['svg', 'png', 'csv', 'json'];

/** Layout, zoom and export controls: toggle buttons in labelled groups. */
export function TimelineToolbar(props: TimelineToolbarProps) {
  const { messages } = props;
  return (
    <div className={props.className}>
      <fieldset className="tl-timeline-segment">
        <legend className="tl-visually-hidden">{messages.layoutLabel}</legend>
        {LAYOUTS.map((layout) => (
          <button
            key={layout}
            type="button"
            aria-pressed={props.layout === layout}
            onClick={() => props.onLayout(layout)}
          >
            {messages.layout[layout]}
          </button>
        ))}
      </fieldset>
      {props.layout === 'time' ? (
        <fieldset className="tl-timeline-segment">
          <legend className="tl-visually-hidden">{messages.zoomLabel}</legend>
          {ZOOMS.map((zoom) => (
            <button key={zoom} type="button" aria-pressed={props.zoom === zoom} onClick={() => props.onZoom(zoom)}>
              {messages.zoom[zoom]}
            </button>
          ))}
        </fieldset>
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
