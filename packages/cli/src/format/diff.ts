import type { Plan, PlanDiff, PlanDiffEntry, PlanRef, PlanRefKind, SummaryMove } from '@throughline/core';
import { escapeMarkdown } from './markdown.js';
import { plural } from './problems.js';

/** What the diff command prints: the diff, the two plans (for titles) and what each side is called. */
export interface DiffOutput {
  readonly diff: PlanDiff;
  readonly before: Plan;
  readonly after: Plan;
  /** A snapshot's label and date, else the file name. */
  readonly beforeName: string;
  readonly afterName: string;
}

/** Lines a text or Markdown group shows before "…and N more". */
const SHOWN = 20;

const KIND_ORDER: readonly PlanRefKind[] = [
  'goal',
  'theme',
  'initiative',
  'feature',
  'milestone',
  'horizon',
  'item',
  'backlog',
];
const GROUP: Record<PlanRefKind, string> = {
  goal: 'Goals',
  theme: 'Themes',
  initiative: 'Initiatives',
  feature: 'Features',
  milestone: 'Milestones',
  horizon: 'Horizons',
  item: 'Items',
  backlog: 'Backlogs',
};

/** Looks titles up in the later plan, then the earlier one (for what was removed). */
function titles(out: DiffOutput): (ref: PlanRef) => string | undefined {
  const byKind = new Map<PlanRefKind, Map<string, string>>();
  for (const plan of [out.before, out.after]) {
    const lists: [PlanRefKind, readonly { id: string; title: string }[]][] = [
      ['goal', plan.goals],
      ['theme', plan.themes],
      ['initiative', plan.initiatives],
      ['feature', plan.features],
      ['milestone', plan.milestones],
      ['horizon', plan.horizons],
      ['item', plan.items],
      ['backlog', plan.backlogs],
    ];
    for (const [kind, list] of lists) {
      const map = byKind.get(kind) ?? new Map<string, string>();
      for (const entity of list) map.set(entity.id, entity.title);
      byKind.set(kind, map);
    }
  }
  return (ref) => byKind.get(ref.kind)?.get(ref.id);
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
const days = (n: number | undefined) =>
  n === undefined ? '' : ` (${signed(n)} ${Math.abs(n) === 1 ? 'day' : 'days'})`;
/** A value as the change line quotes it, cut to a readable length. */
function quote(value: unknown): string {
  if (value === undefined) return 'none';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
const ids = (list: readonly string[]) => list.join(', ');
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field's change; for an object (a metric, priority inputs), each key that changed. */
function fieldChange(field: string, before: unknown, after: unknown): string {
  if (!isRecord(before) || !isRecord(after)) return `${field} ${quote(before)} → ${quote(after)}`;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => fieldChange(`${field}.${key}`, before[key], after[key]))
    .join('; ');
}

/**
 * One entry as a phrase after its entity: "end 2026-12-15 → 2027-01-05 (+21 days), later".
 *
 * @example
 * describeEntry({ kind: 'status-changed', ref, before: 'planned', after: 'dropped' }); // 'status planned → dropped'
 */
export function describeEntry(entry: PlanDiffEntry): string {
  switch (entry.kind) {
    case 'added':
      return 'added';
    case 'removed':
      return 'removed';
    case 'rescheduled': {
      const parts: string[] = [];
      if (entry.start)
        parts.push(`start ${entry.start.before ?? 'none'} → ${entry.start.after ?? 'none'}${days(entry.start.days)}`);
      if (entry.end)
        parts.push(`end ${entry.end.before ?? 'none'} → ${entry.end.after ?? 'none'}${days(entry.end.days)}`);
      if (entry.horizon) parts.push(`horizon ${entry.horizon.before ?? 'none'} → ${entry.horizon.after ?? 'none'}`);
      const direction = entry.direction === 'later' ? ', later' : entry.direction === 'earlier' ? ', earlier' : '';
      return `${parts.join('; ')}${direction}`;
    }
    case 'status-changed':
      return `status ${entry.before} → ${entry.after}`;
    case 'link-changed':
      if (Array.isArray(entry.before) || Array.isArray(entry.after)) {
        const parts = [
          ...(entry.added.length ? [`+${ids(entry.added)}`] : []),
          ...(entry.removed.length ? [`−${ids(entry.removed)}`] : []),
        ];
        return `${entry.field} ${parts.length ? parts.join(' ') : 'reordered'}`;
      }
      return `${entry.field} ${entry.before ?? 'none'} → ${entry.after ?? 'none'}`;
    case 'estimate-changed':
      return `estimate ${entry.before ?? 'none'} → ${entry.after ?? 'none'}${entry.by === undefined ? '' : ` (${signed(entry.by)})`}`;
    case 'field-changed':
      return fieldChange(entry.field, entry.before, entry.after);
    case 'backlog-items-changed':
      return [
        ...(entry.added.length
          ? [
              `${plural(entry.added.length, 'item')} in: ${ids(entry.added.slice(0, 5))}${entry.added.length > 5 ? ', …' : ''}`,
            ]
          : []),
        ...(entry.removed.length
          ? [
              `${plural(entry.removed.length, 'item')} out: ${ids(entry.removed.slice(0, 5))}${entry.removed.length > 5 ? ', …' : ''}`,
            ]
          : []),
      ].join('; ');
    case 'order-changed': {
      const moves = entry.moved
        .slice(0, 5)
        .map((m) => `${m.itemId} ${m.by < 0 ? 'up' : 'down'} ${Math.abs(m.by)} (${m.before + 1} → ${m.after + 1})`);
      const more = entry.moved.length > 5 ? `, and ${entry.moved.length - 5} more` : '';
      return `order: ${moves.length ? `${moves.join(', ')}${more}` : 'small moves only'}; ${entry.shifted} shifted`;
    }
    case 'vision-changed':
      return `vision ${entry.field} ${quote(entry.before)} → ${quote(entry.after)}`;
    case 'review-changed':
      return entry.after === undefined ? 'review cleared' : entry.before === undefined ? 'reviewed' : 'reviewed again';
  }
}

interface Group {
  readonly heading: string;
  readonly lines: readonly string[];
}

/** The entries grouped by entity kind, each line "id "title": what changed". */
function groups(out: DiffOutput, name: (ref: PlanRef) => string, text: (host: string) => string): Group[] {
  const byKind = new Map<string, string[]>();
  const other: string[] = [];
  for (const entry of out.diff.entries) {
    if (entry.kind === 'vision-changed') other.push(text(describeEntry(entry)));
    else if (entry.kind === 'review-changed') {
      const { from, to } = entry.link;
      other.push(`${text(`link ${from.id} → ${to.id}`)}: ${describeEntry(entry)}`);
    } else {
      const list = byKind.get(entry.ref.kind) ?? [];
      list.push(`${name(entry.ref)}: ${text(describeEntry(entry))}`);
      byKind.set(entry.ref.kind, list);
    }
  }
  const found: Group[] = [];
  for (const kind of KIND_ORDER) {
    const lines = byKind.get(kind);
    if (lines) found.push({ heading: GROUP[kind], lines });
  }
  if (other.length) found.push({ heading: 'Vision and reviews', lines: other });
  return found;
}

/** The summary's rows: a label and its entries, empty rows left out. */
function summaryRows(out: DiffOutput, name: (ref: PlanRef) => string): [string, string[]][] {
  const { summary } = out.diff;
  const move = (m: SummaryMove) => `${name({ kind: 'initiative', id: m.id })}${days(m.days)}`;
  const rows: [string, string[]][] = [
    ['Slipped', summary.slipped.map(move)],
    ['Pulled in', summary.pulledIn.map(move)],
    ['Added', summary.added.map((r) => `${r.kind} ${name(r)}`)],
    ['Dropped', summary.dropped.map((r) => `${r.kind} ${name(r)}`)],
    ['Re-scoped', summary.rescoped.map((id) => name({ kind: 'initiative', id }))],
    ['Goals that lost work', summary.goalsLostWork.map((id) => name({ kind: 'goal', id }))],
    ['Goals that gained work', summary.goalsGainedWork.map((id) => name({ kind: 'goal', id }))],
  ];
  return rows.filter(([, values]) => values.length > 0);
}

function headline(out: DiffOutput): string {
  const count = out.diff.entries.length;
  return `Changes from ${out.beforeName} to ${out.afterName}: ${count === 0 ? 'none' : plural(count, 'change')}`;
}

/**
 * The diff for a terminal: a headline, the summary, then each kind's changes, twenty at most a group.
 *
 * @example
 * throughline diff q3.snapshot.json plan.json
 */
export function formatDiffText(out: DiffOutput): string {
  const title = titles(out);
  const name = (ref: PlanRef) => {
    const t = title(ref);
    return t === undefined ? ref.id : `${ref.id} "${t}"`;
  };
  const lines = [headline(out)];
  const rows = summaryRows(out, name);
  if (rows.length) {
    lines.push('', 'Summary');
    const width = Math.max(...rows.map(([label]) => label.length));
    for (const [label, values] of rows)
      lines.push(
        `  ${label.padEnd(width)}  ${values.slice(0, 10).join(', ')}${values.length > 10 ? `, …and ${values.length - 10} more` : ''}`,
      );
  }
  for (const group of groups(out, name, (host) => host)) {
    lines.push('', `${group.heading} (${group.lines.length})`);
    for (const line of group.lines.slice(0, SHOWN)) lines.push(`  ${line}`);
    if (group.lines.length > SHOWN)
      lines.push(`  …and ${group.lines.length - SHOWN} more (--format json lists every change)`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The diff for planning notes or a pull-request comment: the summary as a table, each kind's
 * changes as a list (twenty at most), host text escaped.
 *
 * @example
 * throughline diff q3.snapshot.json plan.json --format markdown >> "$GITHUB_STEP_SUMMARY"
 */
export function formatDiffMarkdown(out: DiffOutput): string {
  const title = titles(out);
  const name = (ref: PlanRef) => {
    const t = title(ref);
    return t === undefined ? `\`${escapeMarkdown(ref.id)}\`` : `${escapeMarkdown(t)} (\`${escapeMarkdown(ref.id)}\`)`;
  };
  const lines = [`### ${escapeMarkdown(headline(out))}`];
  const rows = summaryRows(out, name);
  if (rows.length) {
    lines.push('', '| | |', '| --- | --- |');
    for (const [label, values] of rows)
      lines.push(
        `| ${label} | ${values.slice(0, 10).join(', ')}${values.length > 10 ? `, …and ${values.length - 10} more` : ''} |`,
      );
  }
  for (const group of groups(out, name, escapeMarkdown)) {
    lines.push('', `#### ${group.heading} (${group.lines.length})`, '');
    for (const line of group.lines.slice(0, SHOWN)) lines.push(`- ${line}`);
    if (group.lines.length > SHOWN) lines.push(`- …and ${group.lines.length - SHOWN} more`);
  }
  return `${lines.join('\n')}\n`;
}
