import { type Plan, type TimelineView, timelineCsv, timelineRecords } from '@throughline/core';
import { defaultImageColors, svgToPng, type TimelineImageColors, timelineSvg } from './exportImage.js';
import type { TimelineFormat } from './format.js';
import type { TimelineGeometry, TimelineZoom } from './geometry.js';
import type { RoadmapTimelineMessages } from './messages.js';
import type { TimelineExportFormat } from './TimelineToolbar.js';

/** A file the timeline exports, handed to `onExport` instead of being downloaded when given. */
export interface RoadmapTimelineFile {
  readonly format: TimelineExportFormat;
  readonly name: string;
  readonly type: string;
  readonly data: Blob;
}

/**
 * The current view as a file: the bars as CSV or JSON, or the chart as SVG or PNG drawn from the
 * same geometry in the colours the page resolves for `root`.
 */
export async function timelineFile(
  exportFormat: TimelineExportFormat,
  context: {
    readonly plan: Plan;
    readonly view: TimelineView;
    readonly geometry: TimelineGeometry;
    readonly zoom: TimelineZoom;
    readonly messages: RoadmapTimelineMessages;
    readonly format: TimelineFormat;
    readonly rtl: boolean;
    readonly root: HTMLElement | null;
    readonly fileName: string | undefined;
  },
): Promise<RoadmapTimelineFile> {
  const { view, plan } = context;
  const name = `${context.fileName ?? 'roadmap'}.${exportFormat}`;
  let data: Blob;
  if (exportFormat === 'csv') data = new Blob([timelineCsv(view)], { type: 'text/csv;charset=utf-8' });
  else if (exportFormat === 'json')
    data = new Blob([`${JSON.stringify(timelineRecords(view), null, 2)}\n`], { type: 'application/json' });
  else {
    const svg = timelineSvg(view, {
      geometry: context.geometry,
      zoom: context.zoom,
      messages: context.messages,
      format: context.format,
      dir: context.rtl ? 'rtl' : 'ltr',
      colors: resolvedColors(context.root),
      ...(plan.vision ? { title: plan.vision.title } : {}),
    });
    data = exportFormat === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg);
  }
  return { format: exportFormat, name, type: data.type, data };
}

/** The theme's colours as the page resolves them, so an exported image matches what is on screen. */
function resolvedColors(element: HTMLElement | null): Partial<TimelineImageColors> {
  if (!element || typeof getComputedStyle === 'undefined') return defaultImageColors;
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--tl-color-bg', defaultImageColors.background),
    text: read('--tl-color-text', defaultImageColors.text),
    muted: read('--tl-color-text-muted', defaultImageColors.muted),
    border: read('--tl-color-border', defaultImageColors.border),
    laneAlt: read('--tl-color-surface', defaultImageColors.laneAlt),
    bar: read('--tl-color-accent', defaultImageColors.bar),
    progress: read('--tl-color-success', defaultImageColors.progress),
    today: read('--tl-color-today', defaultImageColors.today),
    late: read('--tl-color-danger', defaultImageColors.late),
    milestone: read('--tl-color-accent', defaultImageColors.milestone),
  };
}
