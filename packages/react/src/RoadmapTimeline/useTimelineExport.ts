'use client';
import type { Plan, TimelineView } from '@throughline/core';
import { type RefObject, useCallback, useRef } from 'react';
import { downloadFile } from '../shared/download.js';
import { type RoadmapTimelineFile, timelineFile } from './exportTimeline.js';
import type { TimelineFormat } from './format.js';
import type { TimelineGeometry, TimelineZoom } from './geometry.js';
import type { RoadmapTimelineMessages } from './messages.js';
import type { TimelineExportFormat } from './TimelineToolbar.js';

export interface TimelineExportOptions {
  readonly plan: Plan;
  readonly view: TimelineView;
  readonly geometry: TimelineGeometry;
  readonly zoom: TimelineZoom;
  readonly messages: RoadmapTimelineMessages;
  readonly format: TimelineFormat;
  readonly dir: 'ltr' | 'rtl';
  /** The timeline's root: an image takes the colours the page resolves for it. */
  readonly rootRef: RefObject<HTMLElement | null>;
  /** The file's name without its extension; default `roadmap`. */
  readonly fileName?: string | undefined;
  /** Takes each file instead of the browser's download. */
  readonly onExport?: ((file: RoadmapTimelineFile) => void) | undefined;
}

/**
 * Exports what is drawn, in one delivery path: the file (`timelineFile`: CSV, JSON, SVG or PNG
 * from the same view and geometry) goes to `onExport` when the host takes files, else to the
 * browser's download. The returned function keeps one identity and exports the view current when
 * it is called; it resolves with the file.
 *
 * @example
 * const exportAs = useTimelineExport({ plan, view, geometry, zoom, messages, format, dir, rootRef, onExport: upload });
 * <button onClick={() => void exportAs('csv')}>CSV</button>
 */
export function useTimelineExport(options: TimelineExportOptions) {
  const latest = useRef(options);
  latest.current = options;
  return useCallback(async (exportFormat: TimelineExportFormat): Promise<RoadmapTimelineFile> => {
    const o = latest.current;
    const file = await timelineFile(exportFormat, {
      plan: o.plan,
      view: o.view,
      geometry: o.geometry,
      zoom: o.zoom,
      messages: o.messages,
      format: o.format,
      rtl: o.dir === 'rtl',
      root: o.rootRef.current,
      fileName: o.fileName,
    });
    deliverFile(file, latest.current.onExport);
    return file;
  }, []);
}

/** One way out for every file: to the host when it takes files, else to the browser's download. */
export function deliverFile(file: RoadmapTimelineFile, onExport: ((file: RoadmapTimelineFile) => void) | undefined) {
  if (onExport) onExport(file);
  else downloadFile(file.name, file.data);
}
