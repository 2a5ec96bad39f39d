import type { TimelineBar, TimelineView } from './timelineTypes.js';

/** One bar of the timeline as plain data: what the CSV and JSON exports carry. */
export interface TimelineRecord {
  readonly id: string;
  readonly kind: TimelineBar['kind'];
  readonly title: string;
  readonly lane: string;
  readonly horizon: string | null;
  readonly start: string | null;
  readonly end: string | null;
  /** False when the span is the horizon's: the initiative has no dates of its own. */
  readonly dated: boolean;
  readonly status: string | null;
  readonly confidence: string | null;
  /** Done share of the traced backlog items, 0–1. */
  readonly progress: number;
  readonly items: number;
  readonly goals: readonly string[];
  readonly dependsOn: readonly string[];
  readonly findings: readonly string[];
}

/**
 * Every bar of a timeline view as a flat record, lane by lane in the order drawn, then the
 * initiatives without a place on the time axis. The same data the component draws, ready for
 * `JSON.stringify` or a spreadsheet.
 *
 * @example
 * const json = JSON.stringify(timelineRecords(timelineView(plan)), null, 2);
 */
export function timelineRecords(view: TimelineView): TimelineRecord[] {
  const records: TimelineRecord[] = [];
  for (const lane of view.lanes) {
    const laneTitle = lane.theme?.title ?? lane.goal?.title ?? '';
    for (const bar of lane.bars) {
      records.push({
        id: bar.id,
        kind: bar.kind,
        title: bar.title,
        lane: laneTitle,
        horizon: bar.horizon?.title ?? null,
        start: bar.start ?? null,
        end: bar.end ?? null,
        dated: bar.dated,
        status: bar.initiative?.status ?? null,
        confidence: bar.initiative?.confidence ?? null,
        progress: Math.round(bar.progress * 1000) / 1000,
        items: bar.itemCount,
        goals: bar.goals.map((g) => g.title),
        dependsOn: bar.initiative?.dependsOn ?? [],
        findings: bar.findings.map((f) => f.message),
      });
    }
  }
  for (const initiative of view.unscheduled) {
    records.push({
      id: initiative.id,
      kind: 'initiative',
      title: initiative.title,
      lane: '',
      horizon: null,
      start: null,
      end: null,
      dated: false,
      status: initiative.status,
      confidence: initiative.confidence,
      progress: 0,
      items: 0,
      goals: [],
      dependsOn: initiative.dependsOn,
      findings: [],
    });
  }
  return records;
}

const COLUMNS: readonly (keyof TimelineRecord)[] = [
  'id',
  'kind',
  'title',
  'lane',
  'horizon',
  'start',
  'end',
  'dated',
  'status',
  'confidence',
  'progress',
  'items',
  'goals',
  'dependsOn',
  'findings',
];

/**
 * One CSV field: quoted when it holds a comma, quote or line break (RFC 4180), and prefixed with
 * `'` when it starts like a spreadsheet formula (`=`, `+`, `-`, `@`, tab or carriage return), so
 * host text never runs as one. Arrays are joined with `; `; `null` and `undefined` are empty.
 *
 * @example
 * csvField('Search, filter and sort'); // '"Search, filter and sort"'
 * csvField('=SUM(A1:A9)'); // "'=SUM(A1:A9)"
 * csvField(['Activation', 'Retention']); // 'Activation; Retention'
 */
export function csvField(value: unknown): string {
  let text = Array.isArray(value) ? value.join('; ') : value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The timeline's bars as CSV with a header row (lists joined with `; `), lines ending in CRLF as
 * spreadsheets expect.
 *
 * @example
 * download(new Blob([timelineCsv(view)], { type: 'text/csv' }), 'roadmap.csv');
 */
export function timelineCsv(view: TimelineView): string {
  const lines = [COLUMNS.join(',')];
  for (const record of timelineRecords(view)) lines.push(COLUMNS.map((c) => csvField(record[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
