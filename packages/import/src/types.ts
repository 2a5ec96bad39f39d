import type { ItemKind, ItemStatus, PlanInput } from '@throughline/core';

/** Which importer produced a report. */
export type ImportSource = 'jira-csv' | 'linear-csv' | 'github-issues' | 'csv';

/**
 * What an issue type (or a kind label) becomes: an item of that kind, an initiative on the roadmap,
 * or nothing (`skip`: left out and listed under `report.skipped`).
 */
export type KindMapping = ItemKind | 'initiative' | 'skip';

/** What a tracker status becomes. `canceled` is work closed without being done (see `canceled`). */
export type StatusMapping = ItemStatus | 'canceled';

/** Options every importer takes. Keys of `issueTypes` and `statuses` match case-insensitively. */
export interface ImportOptions {
  /** Issue type (Jira), type or kind label (GitHub, Linear, CSV) → kind; wins over the built-in names. */
  readonly issueTypes?: Readonly<Record<string, KindMapping>>;
  /** Status name → status; wins over the status category and the built-in names. */
  readonly statuses?: Readonly<Record<string, StatusMapping>>;
  /**
   * Work closed without being done (Canceled, Won't Do, Duplicate, GitHub's `not_planned`):
   * `'done'` (the default) imports it as done with the label `canceled`; `'skip'` leaves it out.
   */
  readonly canceled?: 'done' | 'skip';
  /** The product backlog every item joins in file order: its title, or `false` for none. */
  readonly productBacklog?: string | false;
  /** Read numeric dates such as `03/04/2025` day first (3 April); by default month first. */
  readonly dayFirst?: boolean;
}

/** How many things the import read and made. */
export interface ImportTotals {
  /** Data rows (or array entries) read, not counting blank lines or the header. */
  readonly rows: number;
  /** Rows imported as an item or an initiative: `rows = imported + skipped + badRows`. */
  readonly imported: number;
  readonly items: number;
  /** Items per kind. */
  readonly kinds: Readonly<Partial<Record<ItemKind, number>>>;
  readonly initiatives: number;
  readonly goals: number;
  readonly themes: number;
  readonly milestones: number;
  readonly horizons: number;
  /** All backlogs: product, sprint and release. */
  readonly backlogs: number;
  readonly sprints: number;
  readonly releases: number;
  /** Rows left out on purpose (`report.skipped`). */
  readonly skipped: number;
  /** Rows that could not be read (`report.badRows`). */
  readonly badRows: number;
  /** Values left out of rows that were imported (`report.fieldProblems`). */
  readonly fieldProblems: number;
}

/** A column the import read, and the field it filled. */
export interface ColumnUse {
  /** The header as the file spells it. */
  readonly column: string;
  /** The plan field (or import role) it fed: `items.title`, `backlogs(sprint)`, `parent`. */
  readonly field: string;
  /** How many columns carry this header (Jira repeats Sprint, Labels, Component/s, Fix Version/s). */
  readonly columns: number;
}

/** One distinct source value (an issue type, a status) with how often it occurred and what it became. */
export interface ValueCount {
  readonly value: string;
  readonly count: number;
  /** What it was mapped to; absent when it was not mapped. */
  readonly mappedTo?: string;
  /** How: an option, a built-in name, the status category or dates, or the importer's default. */
  readonly via?: 'option' | 'name' | 'category' | 'default';
}

/**
 * A row, or one value of a row, the import could not use. `row` is the spreadsheet row (the header is
 * row 1, the first issue row 2) for CSV, and the array index for GitHub issues.
 */
export interface RowProblem {
  readonly row: number;
  /** The row's id (issue key) when it had one. */
  readonly id?: string;
  /** The field the value was for (`createdAt`, `estimate`, `parentId`), for field problems. */
  readonly field?: string;
  /** The value left out, as the file had it. */
  readonly value?: string;
  /** One sentence: what was wrong and what the import did. */
  readonly reason: string;
}

/** What an import mapped, what it did not, and what it could not read. */
export interface ImportReport {
  readonly source: ImportSource;
  readonly totals: ImportTotals;
  /** Columns read (and into what) and columns no rule reads (GitHub: object fields). */
  readonly columns: { readonly used: readonly ColumnUse[]; readonly unused: readonly string[] };
  /** Every distinct issue type (or kind label), with counts and what it became. */
  readonly issueTypes: readonly ValueCount[];
  /** Every distinct status, with counts and what it became. */
  readonly statuses: readonly ValueCount[];
  /** The issue types and statuses no rule or option mapped: add them to `issueTypes` / `statuses`. */
  readonly unmapped: { readonly issueTypes: readonly ValueCount[]; readonly statuses: readonly ValueCount[] };
  /** Rows not imported because they could not be read (no id, a broken quote, a duplicate key). */
  readonly badRows: readonly RowProblem[];
  /** Rows left out on purpose (pull requests, types mapped to `skip`, archived or canceled work). */
  readonly skipped: readonly RowProblem[];
  /** Values left out of imported rows (a date that is not one, a parent not in the export). */
  readonly fieldProblems: readonly RowProblem[];
  /** Whole-file remarks: no header found, a milestone with no date. */
  readonly notes: readonly string[];
}

/** What every importer returns: plan input for `salvagePlan` / `createPlan`, and the report. */
export interface ImportResult {
  readonly input: PlanInput;
  readonly report: ImportReport;
}
