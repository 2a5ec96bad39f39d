import type { ItemKind, PlanInput } from '@throughline/core';
import type { ImportOptions, ImportResult, ImportSource, KindMapping, RowProblem } from '../types.js';
import { toIsoDate } from './dates.js';
import { type Entry, Groups } from './groups.js';
import { IdAllocator } from './ids.js';
import { ValueMapper } from './mapper.js';
import type { SourceRecord } from './record.js';
import { ReportBuilder } from './report.js';
import { itemStatus, readEstimate } from './vocabulary.js';

export type ItemInput = NonNullable<PlanInput['items']>[number];
export type InitiativeInput = NonNullable<PlanInput['initiatives']>[number];

export interface AssembleSettings {
  readonly source: ImportSource;
  readonly options: ImportOptions;
  readonly columns: { used: { column: string; field: string; columns: number }[]; unused: string[] };
  /** Rows (or entries) read, bad ones included. */
  readonly rows: number;
  /** Rows the reader already could not use, and rows it left out on purpose. */
  readonly badRows?: readonly RowProblem[];
  readonly skipped?: readonly RowProblem[];
  readonly fieldProblems?: readonly RowProblem[];
  readonly notes?: readonly string[];
  /** The kind of a record with no type, or a type nothing maps. */
  readonly fallbackKind: (record: SourceRecord) => ItemKind;
  /** Built-in names for types beyond `KNOWN_KINDS` (an importer's own). */
  readonly kinds?: ReadonlyMap<string, KindMapping>;
  /** Where goals the records name go: goals (default) or themes. */
  readonly goalsAs?: 'goals' | 'themes';
  /** Backlog order: the file's (default) or the records' `rank`. */
  readonly order?: 'file' | 'rank';
}

const INITIATIVE_STATUS = {
  todo: 'planned',
  'in-progress': 'in-progress',
  blocked: 'in-progress',
  done: 'done',
} as const;

/**
 * Turns records into plan input: ids reserved (a repeated id is a bad row), kinds and statuses
 * mapped (and tallied for the report), dates read, parents resolved within the file, and the groups
 * (sprints, releases, initiatives, themes, goals, milestones) collected. Never throws.
 */
export function assemble(records: readonly SourceRecord[], settings: AssembleSettings): ImportResult {
  const { options } = settings;
  const report = new ReportBuilder(settings.source);
  report.rows = settings.rows;
  // Loops, not push(...list): a list of 100,000 bad rows would overflow the argument stack.
  for (const bad of settings.badRows ?? []) report.badRows.push(bad);
  for (const skip of settings.skipped ?? []) report.skipped.push(skip);
  for (const note of settings.notes ?? []) report.notes.push(note);
  for (const problem of settings.fieldProblems ?? []) report.fieldProblems.push(problem);
  const mapper = new ValueMapper(options, report, settings.fallbackKind, settings.kinds);
  const dayFirst = options.dayFirst === true;
  const byId = new Map<string, Entry>();
  // Record ids live in byId; the allocator only holds the ids it makes, and avoids both.
  const ids = new IdAllocator((id) => byId.has(id));
  const byAlt = new Map<string, Entry>();
  const entries: Entry[] = [];

  for (const record of records) {
    if (byId.has(record.id)) {
      const first = byId.get(record.id)?.record.row;
      report.badRows.push({
        row: record.row,
        id: record.id,
        reason: `The id '${record.id}' is already used by row ${first}; this row was not imported.`,
      });
      continue;
    }
    const kind = mapper.kind(record);
    if (kind === 'skip') {
      report.skipped.push({ row: record.row, id: record.id, reason: `Issue type '${record.type}' is mapped to skip.` });
      continue;
    }
    const status = mapper.status(record);
    if (status === 'canceled' && options.canceled === 'skip') {
      report.skipped.push({
        row: record.row,
        id: record.id,
        reason: `Canceled ('${record.status}'), and canceled work is skipped.`,
      });
      continue;
    }
    report.imported++;
    const entry: Entry = { record, kind, status };
    byId.set(record.id, entry);
    entries.push(entry);
  }
  // Backwards, so the first record naming an alternative id keeps it.
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i] as Entry;
    for (const alt of entry.record.altIds ?? []) byAlt.set(alt, entry);
  }
  // Rank order is the order of everything after this: items, and every backlog built from them.
  if (settings.order === 'rank') byRank(entries);

  const date = (entry: Entry, field: string, raw: string | undefined): string | undefined => {
    if (raw === undefined || raw.trim() === '') return undefined;
    const iso = toIsoDate(raw, dayFirst);
    if (iso === undefined) {
      report.field(
        entry.record.row,
        entry.record.id,
        field,
        raw,
        `'${raw}' is not a date this import reads; ${field} was left out.`,
      );
    }
    return iso;
  };
  const groups = new Groups(ids, report, settings.goalsAs ?? 'goals', dayFirst);
  const items: ItemInput[] = [];
  const initiatives: InitiativeInput[] = [];

  for (const entry of entries) {
    const { record } = entry;
    const parent = resolveParent(entry);
    if (entry.kind === 'initiative') {
      const initiative: InitiativeInput = { id: record.id, title: record.title };
      if (record.description !== undefined) initiative.description = record.description;
      if (record.url !== undefined) initiative.url = record.url;
      if (entry.status !== undefined)
        initiative.status = entry.status === 'canceled' ? 'dropped' : INITIATIVE_STATUS[entry.status];
      const start = date(entry, 'start', record.start);
      const end = date(entry, 'end', record.due);
      if (start !== undefined) initiative.start = start;
      if (end !== undefined) initiative.end = end;
      if (parent !== undefined) {
        report.field(
          record.row,
          record.id,
          'parentId',
          parent.record.id,
          `An initiative has no parent in the plan; the link to '${parent.record.id}' was left out.`,
        );
      }
      groups.linkInitiative(initiative, entry);
      initiatives.push(initiative);
      continue;
    }
    const item: ItemInput = { id: record.id, title: record.title, kind: entry.kind };
    if (entry.status !== undefined) item.status = itemStatus(entry.status);
    if (parent?.kind === 'initiative') item.initiativeId = parent.record.id;
    else if (parent !== undefined) item.parentId = parent.record.id;
    const grouped = groups.initiativeOf(entry);
    if (grouped !== undefined && item.initiativeId === undefined) item.initiativeId = grouped;
    if (record.estimate !== undefined && record.estimate !== '') {
      const estimate = readEstimate(record.estimate);
      if (estimate.value !== undefined) item.estimate = estimate.value;
      else
        report.field(
          record.row,
          record.id,
          'estimate',
          record.estimate,
          `The estimate ${estimate.reason}; it was left out.`,
        );
    }
    const labels = record.labels ?? [];
    const canceled = entry.status === 'canceled' && !labels.includes('canceled');
    if (labels.length > 0 || canceled) item.labels = canceled ? [...labels, 'canceled'] : [...labels];
    if (record.description !== undefined) item.description = record.description;
    if (record.url !== undefined) item.url = record.url;
    if (record.priority !== undefined) item.sourcePriority = record.priority;
    const createdAt = date(entry, 'createdAt', record.createdAt);
    const updatedAt = date(entry, 'updatedAt', record.updatedAt);
    const due = date(entry, 'due', record.due);
    const resolvedAt = date(entry, 'resolvedAt', record.resolvedAt);
    if (createdAt !== undefined) item.createdAt = createdAt;
    if (updatedAt !== undefined) item.updatedAt = updatedAt;
    if (due !== undefined) item.due = due;
    if (resolvedAt !== undefined) item.resolvedAt = resolvedAt;
    items.push(item);
    groups.addItem(entry, due);
  }

  const input: PlanInput = {
    ...groups.finish(initiatives),
    items,
  };
  if (options.productBacklog !== false) {
    const title =
      typeof options.productBacklog === 'string' && options.productBacklog.trim() !== ''
        ? options.productBacklog
        : 'Product backlog';
    const backlog = {
      id: ids.make('product-backlog'),
      title,
      kind: 'product' as const,
      itemIds: items.map((item) => item.id),
    };
    input.backlogs = [backlog, ...(input.backlogs ?? [])];
  }
  return { input, report: report.finish(input, settings.columns) };

  function resolveParent(entry: Entry): Entry | undefined {
    const refs = entry.record.parents ?? [];
    for (const ref of refs) {
      const target = byId.get(ref) ?? byAlt.get(ref);
      if (target !== undefined && target !== entry) return target;
    }
    const missing = refs.find((ref) => ref !== '');
    if (missing !== undefined) {
      report.field(
        entry.record.row,
        entry.record.id,
        'parentId',
        missing,
        `The parent '${missing}' is not in this export; the link was left out.`,
      );
    }
    return undefined;
  }
}

/** Entries by rank, in place (a LexoRank sorts as a string), unranked ones after, file order among equals. */
function byRank(entries: Entry[]): void {
  const ranked = entries.map((entry, index) => ({ entry, index, rank: entry.record.rank ?? '' }));
  ranked.sort(
    (a, b) =>
      (a.rank === '' ? 1 : 0) - (b.rank === '' ? 1 : 0) ||
      (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0) ||
      a.index - b.index,
  );
  ranked.forEach((r, i) => {
    entries[i] = r.entry;
  });
}
