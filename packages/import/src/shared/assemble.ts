import type { ItemKind, PlanInput } from '@throughline/core';
import type { ColumnUse, ImportOptions, ImportResult, ImportSource, KindMapping, RowProblem } from '../types.js';
import { toIsoDate } from './dates.js';
import { type Entry, Groups } from './groups.js';
import { IdAllocator } from './ids.js';
import { ValueMapper } from './mapper.js';
import type { SourceRecord } from './record.js';
import { ReportBuilder } from './report.js';
import { itemStatus, readEstimate } from './vocabulary.js';

export type ItemInput = NonNullable<PlanInput['items']>[number];
export type InitiativeInput = NonNullable<PlanInput['initiatives']>[number];

/** How records become plan input: the importer's choices. */
export interface AssembleSettings {
  readonly source: ImportSource;
  readonly options: ImportOptions;
  /** The kind of a record with no type, or a type nothing maps. */
  readonly fallbackKind: (record: SourceRecord) => ItemKind;
  /** Built-in names for types beyond `KNOWN_KINDS` (an importer's own). */
  readonly kinds?: ReadonlyMap<string, KindMapping>;
  /** Where goals the records name go: goals (default) or themes. */
  readonly goalsAs?: 'goals' | 'themes';
  /** Backlog order: the file's (default) or the records' `rank`. */
  readonly order?: 'file' | 'rank';
}

/** What the reader found besides the records, known once it has read everything. */
export interface ReaderFindings {
  readonly columns: { used: ColumnUse[]; unused: string[] };
  /** Rows (or entries) read, bad ones included. */
  readonly rows: number;
  /** Rows the reader could not use, rows it left out on purpose, values it left out, remarks. */
  readonly badRows?: readonly RowProblem[];
  readonly skipped?: readonly RowProblem[];
  readonly fieldProblems?: readonly RowProblem[];
  readonly notes?: readonly string[];
}

const INITIATIVE_STATUS = {
  todo: 'planned',
  'in-progress': 'in-progress',
  blocked: 'in-progress',
  done: 'done',
} as const;

/** A kept record's plan entity, by id, for parent links. */
interface Placed {
  readonly kind: ItemKind | 'initiative';
  readonly node: ItemInput | InitiativeInput;
  readonly row: number;
}

/** A link to resolve once every id is known: the parent may come later in the file. */
interface PendingParent {
  readonly placed: Placed;
  readonly id: string;
  readonly refs: readonly string[];
}

/**
 * Turns records into plan input, one record at a time as the reader hands them over: ids checked (a
 * repeated id is a bad row), kinds and statuses mapped (and tallied for the report), dates read,
 * groups (sprints, releases, initiatives, themes, goals, milestones) collected; `finish` then
 * resolves parents within the file. A record is garbage as soon as `add` returns, so a large export
 * keeps only what the plan holds. Never throws.
 */
export class Assembler {
  private readonly report: ReportBuilder;
  private readonly mapper: ValueMapper;
  private readonly byId = new Map<string, Placed>();
  private readonly byAlt = new Map<string, Placed>();
  private readonly ids: IdAllocator;
  /** The id of the record being added: groups it makes must not take it. */
  private current: string | undefined;
  private readonly groups: Groups;
  private readonly items: ItemInput[] = [];
  private readonly initiatives: InitiativeInput[] = [];
  private readonly pending: PendingParent[] = [];
  private readonly ranks = new Map<ItemInput, string>();
  private readonly dayFirst: boolean;

  constructor(
    private readonly settings: AssembleSettings,
    reserved: ReadonlySet<string> = new Set(),
  ) {
    this.ids = new IdAllocator((id) => id === this.current || this.byId.has(id) || reserved.has(id));
    this.report = new ReportBuilder(settings.source);
    this.mapper = new ValueMapper(settings.options, this.report, settings.fallbackKind, settings.kinds);
    this.dayFirst = settings.options.dayFirst === true;
    this.groups = new Groups(this.ids, this.report, settings.goalsAs ?? 'goals', this.dayFirst);
  }

  add(record: SourceRecord): void {
    const { report, settings } = this;
    const first = this.byId.get(record.id);
    if (first !== undefined) {
      const reason = `The id '${record.id}' is already used by row ${first.row}; this row was not imported.`;
      report.badRows.push({ row: record.row, id: record.id, reason });
      return;
    }
    const kind = this.mapper.kind(record);
    if (kind === 'skip') {
      report.skipped.push({ row: record.row, id: record.id, reason: `Issue type '${record.type}' is mapped to skip.` });
      return;
    }
    const status = this.mapper.status(record);
    if (status === 'canceled' && settings.options.canceled === 'skip') {
      const reason = `Canceled ('${record.status}'), and canceled work is skipped.`;
      report.skipped.push({ row: record.row, id: record.id, reason });
      return;
    }
    report.imported++;
    this.current = record.id;
    const entry: Entry = { record, kind, status };
    const node = kind === 'initiative' ? this.initiative(entry) : this.item(entry, kind);
    const placed: Placed = { kind, node, row: record.row };
    this.byId.set(record.id, placed);
    // One lookup, not two: alternative ids (Jira's numeric Issue id) are unique in a sound export.
    for (const alt of record.altIds ?? []) this.byAlt.set(alt, placed);
    if (record.parents !== undefined && record.parents.length > 0) {
      this.pending.push({ placed, id: record.id, refs: record.parents });
    }
  }

  /**
   * True when a record came with an id this assembler had already made for a group (a sprint
   * called `sprint:X` before the issue keyed `sprint:X` was read). Rare; the caller then assembles
   * again with every record id reserved up front (`reserved`).
   */
  clashed(): boolean {
    for (const id of this.ids.made()) if (this.byId.has(id)) return true;
    return false;
  }

  /** The ids of the records kept so far. */
  recordIds(): ReadonlySet<string> {
    return new Set(this.byId.keys());
  }

  /** Resolves parents and writes the plan input and the report, with what the reader found. */
  finish(found: ReaderFindings): ImportResult {
    const { report, settings, items } = this;
    report.rows = found.rows;
    // Loops, not push(...list): a list of 100,000 bad rows would overflow the argument stack.
    for (const bad of found.badRows ?? []) report.badRows.push(bad);
    for (const skip of found.skipped ?? []) report.skipped.push(skip);
    for (const note of found.notes ?? []) report.notes.push(note);
    for (const problem of found.fieldProblems ?? []) report.fieldProblems.push(problem);
    for (const link of this.pending) this.link(link);
    if (settings.order === 'rank') this.rankOrder();
    const input: PlanInput = { ...this.groups.finish(this.initiatives), items };
    const { productBacklog } = settings.options;
    if (productBacklog !== false) {
      const title =
        typeof productBacklog === 'string' && productBacklog.trim() !== '' ? productBacklog : 'Product backlog';
      const itemIds = items.map((item) => item.id);
      input.backlogs = [
        { id: this.ids.make('product-backlog'), title, kind: 'product', itemIds },
        ...(input.backlogs ?? []),
      ];
    }
    return { input, report: report.finish(input, found.columns) };
  }

  private initiative(entry: Entry): InitiativeInput {
    const { record, status } = entry;
    const initiative: InitiativeInput = { id: record.id, title: record.title };
    if (record.description !== undefined) initiative.description = record.description;
    if (record.url !== undefined) initiative.url = record.url;
    if (status !== undefined) initiative.status = status === 'canceled' ? 'dropped' : INITIATIVE_STATUS[status];
    const start = this.date(record, 'start', record.start);
    const end = this.date(record, 'end', record.due);
    if (start !== undefined) initiative.start = start;
    if (end !== undefined) initiative.end = end;
    this.groups.linkInitiative(initiative, entry);
    this.initiatives.push(initiative);
    return initiative;
  }

  private item(entry: Entry, kind: ItemKind): ItemInput {
    const { record, status } = entry;
    const item: ItemInput = { id: record.id, title: record.title, kind };
    if (status !== undefined) item.status = itemStatus(status);
    const grouped = this.groups.initiativeOf(entry);
    if (grouped !== undefined) item.initiativeId = grouped;
    if (record.estimate !== undefined && record.estimate !== '') {
      const estimate = readEstimate(record.estimate);
      if (estimate.value !== undefined) item.estimate = estimate.value;
      else {
        const reason = `The estimate ${estimate.reason}; it was left out.`;
        this.report.field(record.row, record.id, 'estimate', record.estimate, reason);
      }
    }
    const labels = record.labels ?? [];
    const canceled = status === 'canceled' && !labels.includes('canceled');
    if (labels.length > 0 || canceled) item.labels = canceled ? [...labels, 'canceled'] : [...labels];
    if (record.description !== undefined) item.description = record.description;
    if (record.url !== undefined) item.url = record.url;
    if (record.priority !== undefined) item.sourcePriority = record.priority;
    const createdAt = this.date(record, 'createdAt', record.createdAt);
    const updatedAt = this.date(record, 'updatedAt', record.updatedAt);
    const due = this.date(record, 'due', record.due);
    const resolvedAt = this.date(record, 'resolvedAt', record.resolvedAt);
    if (createdAt !== undefined) item.createdAt = createdAt;
    if (updatedAt !== undefined) item.updatedAt = updatedAt;
    if (due !== undefined) item.due = due;
    if (resolvedAt !== undefined) item.resolvedAt = resolvedAt;
    if (record.rank !== undefined && this.settings.order === 'rank') this.ranks.set(item, record.rank);
    this.items.push(item);
    this.groups.addItem(entry, due);
    return item;
  }

  /** Resolves a parent reference: an item's parent, or the initiative it serves; one not in the file is reported. */
  private link({ placed, id, refs }: PendingParent): void {
    let parent: Placed | undefined;
    for (const ref of refs) {
      const target = this.byId.get(ref) ?? this.byAlt.get(ref);
      if (target !== undefined && target !== placed) {
        parent = target;
        break;
      }
    }
    const parentId = parent?.node.id;
    if (parent === undefined || parentId === undefined) {
      const missing = refs.find((ref) => ref !== '');
      const reason = `The parent '${missing}' is not in this export; the link was left out.`;
      if (missing !== undefined) this.report.field(placed.row, id, 'parentId', missing, reason);
      return;
    }
    if (placed.kind === 'initiative') {
      const reason = `An initiative has no parent in the plan; the link to '${parentId}' was left out.`;
      this.report.field(placed.row, id, 'parentId', parentId, reason);
    } else if (parent.kind === 'initiative') (placed.node as ItemInput).initiativeId = parentId;
    else (placed.node as ItemInput).parentId = parentId;
  }

  private date(record: SourceRecord, field: string, raw: string | undefined): string | undefined {
    if (raw === undefined || raw.trim() === '') return undefined;
    const iso = toIsoDate(raw, this.dayFirst);
    if (iso === undefined) {
      const reason = `'${raw}' is not a date this import reads; ${field} was left out.`;
      this.report.field(record.row, record.id, field, raw, reason);
    }
    return iso;
  }

  /** Items, and every backlog's item ids, by rank (a LexoRank sorts as text); unranked after, file order among equals. */
  private rankOrder(): void {
    const ranked = this.items.map((item, index) => ({ item, index, rank: this.ranks.get(item) ?? '' }));
    ranked.sort(
      (a, b) =>
        (a.rank === '' ? 1 : 0) - (b.rank === '' ? 1 : 0) ||
        (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0) ||
        a.index - b.index,
    );
    const position = new Map<string, number>();
    ranked.forEach((r, i) => {
      this.items[i] = r.item;
      position.set(r.item.id, i);
    });
    this.groups.sortItems((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  }
}

/** Runs the assembler over a list of records (for sources read whole, such as a JSON array). */
export function assemble(
  records: readonly SourceRecord[],
  settings: AssembleSettings,
  found: ReaderFindings,
): ImportResult {
  const assembler = new Assembler(settings, new Set(records.map((record) => record.id)));
  for (const record of records) assembler.add(record);
  return assembler.finish(found);
}
