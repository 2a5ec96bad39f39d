import type { TimelineView } from '@throughline/core';
import { axisLabels } from './axisLabels.js';
import { goalText, type TimelineFormat } from './format.js';
import type { TimelineGeometry, TimelineZoom } from './geometry.js';
import type { RoadmapTimelineMessages } from './messages.js';
import { labelWidth, MILESTONE_ROW } from './milestoneMarks.js';

/** The colours an exported image uses; the component passes its resolved `--tl-` theme values. */
export interface TimelineImageColors {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly laneAlt: string;
  readonly bar: string;
  readonly progress: string;
  readonly today: string;
  readonly late: string;
  readonly milestone: string;
}

export const defaultImageColors: TimelineImageColors = {
  background: '#ffffff',
  text: '#1b1f24',
  muted: '#59636e',
  border: '#d1d9e0',
  laneAlt: '#f6f8fa',
  bar: '#0969da',
  progress: '#1a7f37',
  today: '#cf222e',
  late: '#cf222e',
  milestone: '#8250df',
};

export interface TimelineImageOptions {
  readonly geometry: TimelineGeometry;
  readonly zoom: TimelineZoom;
  readonly messages: RoadmapTimelineMessages;
  readonly format: TimelineFormat;
  readonly dir?: 'ltr' | 'rtl';
  readonly colors?: Partial<TimelineImageColors>;
  readonly title?: string;
}

const AXIS_ROW = 24;

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** Cuts text to what fits `width` pixels at the export's font size, with an ellipsis. */
const fit = (text: string, width: number) => {
  const chars = Math.max(0, Math.floor((width - 12) / 6.6));
  return text.length <= chars ? text : `${text.slice(0, Math.max(0, chars - 1))}…`;
};

const DASH = { committed: '', likely: '6 3', exploratory: '2 3' } as const;

/**
 * The timeline as a standalone SVG document, drawn from the same view-model and geometry as the
 * component (not a screenshot): lanes, axis, today marker, milestones, dependency arrows and
 * bars with progress, confidence as the outline's dash pattern. Text is escaped; host colours
 * pass through as fill values only.
 *
 * @example
 * const svg = timelineSvg(view, { geometry, zoom: 'quarter', messages, format });
 */
export function timelineSvg(view: TimelineView, options: TimelineImageOptions): string {
  const { geometry: g, messages, format } = options;
  const c = { ...defaultImageColors, ...options.colors };
  const rtl = options.dir === 'rtl';
  const header = options.title ? 32 : 0;
  const axis = view.layout === 'time' ? AXIS_ROW * 2 : AXIS_ROW;
  const band = g.milestoneRows * MILESTONE_ROW + (g.milestoneRows > 0 ? 8 : 0);
  const top = header + axis + band;
  const W = Math.ceil(g.laneHeaderWidth + g.contentWidth);
  const H = Math.ceil(top + g.lanesHeight);
  // Inline positions become x: from the left, or mirrored from the right in right-to-left.
  const X = (x: number, w = 0) => (rtl ? W - g.laneHeaderWidth - x - w : g.laneHeaderWidth + x);
  const headerX = rtl ? W - g.laneHeaderWidth : 0;
  const anchor = rtl ? 'end' : 'start';
  const textX = (x: number, w: number, pad = 6) => (rtl ? X(x, w) + w - pad : X(x) + pad);
  const out: string[] = [];
  const text = (x: number, y: number, body: string, attrs = '') =>
    out.push(`<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="${anchor}"${attrs}>${escapeXml(body)}</text>`);

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" direction="${rtl ? 'rtl' : 'ltr'}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
    `<defs><marker id="tl-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 z" fill="${escapeXml(c.muted)}"/></marker>`,
    `<marker id="tl-arrow-late" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 z" fill="${escapeXml(c.late)}"/></marker></defs>`,
    `<rect width="${W}" height="${H}" fill="${escapeXml(c.background)}"/>`,
  );
  if (options.title)
    text(rtl ? W - 12 : 12, 22, options.title, ` font-size="16" font-weight="600" fill="${escapeXml(c.text)}"`);

  // Axis
  if (view.layout === 'time') {
    const labels = axisLabels(options.zoom, messages, format);
    for (const tick of g.major)
      text(
        textX(tick.x, tick.width),
        header + 16,
        labels.major(tick.date),
        ` font-weight="600" fill="${escapeXml(c.text)}"`,
      );
    for (const tick of g.minor) {
      text(
        textX(tick.x, tick.width, 4),
        header + AXIS_ROW + 16,
        labels.minor(tick.date),
        ` fill="${escapeXml(c.muted)}"`,
      );
      const x = X(tick.x);
      out.push(
        `<line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${header + AXIS_ROW}" y2="${H}" stroke="${escapeXml(c.border)}"/>`,
      );
    }
  } else {
    for (const col of g.columns) {
      text(textX(col.x, col.width), header + 16, col.title ?? '', ` font-weight="600" fill="${escapeXml(c.text)}"`);
      out.push(
        `<line x1="${X(col.x).toFixed(1)}" x2="${X(col.x).toFixed(1)}" y1="${header}" y2="${H}" stroke="${escapeXml(c.border)}"/>`,
      );
    }
  }

  // Lanes
  view.lanes.forEach((lane, l) => {
    const box = g.lanes[l];
    if (!box) return;
    const y = top + box.top;
    if (l % 2 === 1)
      out.push(`<rect x="0" y="${y}" width="${W}" height="${box.height}" fill="${escapeXml(c.laneAlt)}"/>`);
    out.push(`<line x1="0" x2="${W}" y1="${y}" y2="${y}" stroke="${escapeXml(c.border)}"/>`);
    const title =
      lane.theme?.title ?? lane.goal?.title ?? (view.lanesBy === 'goal' ? messages.noGoal : messages.noTheme);
    const lx = rtl ? headerX + g.laneHeaderWidth - 10 : 10;
    text(lx, y + 20, fit(title, g.laneHeaderWidth), ` font-weight="600" fill="${escapeXml(c.text)}"`);
    if (lane.goal?.metric)
      text(lx, y + 36, fit(goalText(lane.goal, messages, format), g.laneHeaderWidth), ` fill="${escapeXml(c.muted)}"`);
  });

  // Today
  if (g.today !== undefined) {
    const x = X(g.today);
    out.push(
      `<line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${header}" y2="${H}" stroke="${escapeXml(c.today)}" stroke-width="2"/>`,
    );
  }

  // Milestones
  const milestoneById = new Map(view.milestones.map((m) => [m.id, m]));
  for (const mark of g.milestones) {
    const milestone = milestoneById.get(mark.id);
    if (!milestone) continue;
    const x = X(mark.x);
    const y = header + axis + 4 + mark.row * MILESTONE_ROW + 10;
    out.push(
      `<path d="M${x},${y - 6} L${x + 6},${y} L${x},${y + 6} L${x - 6},${y} z" fill="${escapeXml(c.milestone)}"/>`,
    );
    if (mark.labelled)
      text(
        rtl ? x - 10 : x + 10,
        y + 4,
        fit(milestone.title, labelWidth(milestone.title)),
        ` fill="${escapeXml(c.text)}"`,
      );
  }

  // Dependencies, under the bars
  for (const link of g.links) {
    const path = rtl ? mirrorPath(link.path, W - g.laneHeaderWidth) : link.path;
    out.push(
      `<path d="${path}" transform="translate(${rtl ? 0 : g.laneHeaderWidth} ${top})" fill="none" stroke="${escapeXml(link.late ? c.late : c.muted)}" stroke-width="1.5"${link.late ? ' stroke-dasharray="5 3"' : ''} marker-end="url(#${link.late ? 'tl-arrow-late' : 'tl-arrow'})"/>`,
    );
  }

  // Bars
  for (const box of g.boxes.values()) {
    const bar = box.bar;
    const x = X(box.x, box.width);
    const y = top + box.y;
    const fill = escapeXml(bar.color ?? c.bar);
    const dash = bar.initiative ? DASH[bar.initiative.confidence] : bar.dated ? '' : DASH.likely;
    out.push(
      `<g><title>${escapeXml(bar.title)}</title><rect x="${x.toFixed(1)}" y="${y}" width="${box.width.toFixed(1)}" height="${box.height}" rx="4" fill="${fill}" fill-opacity="${bar.dated ? 0.18 : 0.08}" stroke="${fill}" stroke-width="1.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      `<rect x="${(rtl ? x + box.width * (1 - bar.progress) : x).toFixed(1)}" y="${y + box.height - 4}" width="${(box.width * bar.progress).toFixed(1)}" height="4" fill="${escapeXml(c.progress)}"/>`,
    );
    text(
      textX(box.x, box.width, 8),
      y + 17,
      fit(bar.title, box.width),
      ` font-weight="600" fill="${escapeXml(c.text)}"`,
    );
    text(
      textX(box.x, box.width, 8),
      y + 32,
      fit(messages.done(format.percent(bar.progress)), box.width),
      ` fill="${escapeXml(c.muted)}"`,
    );
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}

/** Mirrors the x of every point of a path across a time area `width` wide (right-to-left export). */
function mirrorPath(path: string, width: number): string {
  return path.replace(
    /(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g,
    (_, x: string, y: string) => `${(width - Number(x)).toFixed(1)},${y}`,
  );
}

/**
 * Renders an SVG document to a PNG at `scale` × its size, in the browser (an image decoded onto a
 * canvas). Rejects where there is no DOM.
 *
 * @example
 * const png = await svgToPng(timelineSvg(view, options));
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  if (typeof document === 'undefined') throw new Error('PNG export needs a browser');
  const size = /width="(\d+)" height="(\d+)"/.exec(svg);
  const width = Number(size?.[1] ?? 800);
  const height = Number(size?.[2] ?? 600);
  const image = new Image();
  image.decoding = 'sync';
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The SVG could not be decoded into an image'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas to draw the PNG on');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG'))), 'image/png'),
  );
}
