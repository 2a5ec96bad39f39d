import type { ItemKind, PlanInput } from '@throughline/core';
import type { ColumnUse, ImportReport, ImportSource, RowProblem, ValueCount } from '../types.js';

type Via = NonNullable<ValueCount['via']>;

/** Counts each distinct value once, in first-seen order, with what it became. */
class ValueTally {
  private readonly values = new Map<string, { value: string; count: number; mappedTo?: string; via?: Via }>();

  add(value: string, mappedTo: string | undefined, via: Via | undefined): void {
    const entry = this.values.get(value);
    if (entry) entry.count++;
    else this.values.set(value, mappedTo === undefined ? { value, count: 1 } : { value, count: 1, mappedTo, via });
  }

  list(): ValueCount[] {
    return [...this.values.values()].map((v) => ({ ...v }));
  }
}

/** Problems in row order (a stable sort: a row's problems keep the order they were found in). */
const byRow = (problems: RowProblem[]): RowProblem[] => problems.sort((a, b) => a.row - b.row);

/** Collects what an import did, row by row, and writes the report at the end. */
export class ReportBuilder {
  readonly issueTypes = new ValueTally();
  readonly statuses = new ValueTally();
  readonly badRows: RowProblem[] = [];
  readonly skipped: RowProblem[] = [];
  readonly fieldProblems: RowProblem[] = [];
  readonly notes: string[] = [];
  rows = 0;
  /** Rows kept as an item or an initiative. */
  imported = 0;

  constructor(readonly source: ImportSource) {}

  field(row: number, id: string, field: string, value: string, reason: string): void {
    this.fieldProblems.push({ row, id, field, value, reason });
  }

  finish(input: PlanInput, columns: { used: ColumnUse[]; unused: string[] }): ImportReport {
    const items = input.items ?? [];
    const backlogs = input.backlogs ?? [];
    const kinds: Partial<Record<ItemKind, number>> = {};
    for (const item of items) kinds[item.kind as ItemKind] = (kinds[item.kind as ItemKind] ?? 0) + 1;
    const issueTypes = this.issueTypes.list();
    const statuses = this.statuses.list();
    return {
      source: this.source,
      totals: {
        rows: this.rows,
        imported: this.imported,
        items: items.length,
        kinds,
        initiatives: input.initiatives?.length ?? 0,
        goals: input.goals?.length ?? 0,
        themes: input.themes?.length ?? 0,
        milestones: input.milestones?.length ?? 0,
        horizons: input.horizons?.length ?? 0,
        backlogs: backlogs.length,
        sprints: backlogs.filter((b) => b.kind === 'sprint').length,
        releases: backlogs.filter((b) => b.kind === 'release').length,
        skipped: this.skipped.length,
        badRows: this.badRows.length,
        fieldProblems: this.fieldProblems.length,
      },
      columns,
      issueTypes,
      statuses,
      unmapped: {
        issueTypes: issueTypes.filter((v) => v.via === undefined || v.via === 'default'),
        statuses: statuses.filter((v) => v.mappedTo === undefined),
      },
      badRows: byRow(this.badRows),
      skipped: byRow(this.skipped),
      fieldProblems: byRow(this.fieldProblems),
      notes: this.notes,
    };
  }
}
