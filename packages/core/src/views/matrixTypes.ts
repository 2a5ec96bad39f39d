import type { Goal, Initiative, Item } from '../model/types.js';
import type { ItemKind } from '../model/vocabulary.js';
import type { AlignmentReport, Finding } from '../score/types.js';

/** The strategy axis: goals (each expandable into the initiatives serving it) or initiatives. */
export type MatrixRowsBy = 'goals' | 'initiatives';

/** The work axis: epics, every item, or the items of the kinds listed. */
export type MatrixColumnsBy = 'epics' | 'items' | readonly ItemKind[];

/** `plan`: the plan's own order. `name`: by title. `coverage`: most work first (rows), serving first (columns). */
export type MatrixSort = 'plan' | 'name' | 'coverage';

/** What `matrixView` puts on each axis, in which order, and what it filters out. */
export interface MatrixViewOptions {
  /** Default `goals`. */
  readonly rows?: MatrixRowsBy;
  /** Default `epics`. */
  readonly columns?: MatrixColumnsBy;
  /** Goal ids whose initiatives are shown as rows under them (rows by goal only). */
  readonly expanded?: readonly string[];
  /** Default `plan`. Initiatives under an expanded goal are sorted among themselves. */
  readonly sortRows?: MatrixSort;
  /** Default `plan`. The orphan group stays at the end, sorted within itself. */
  readonly sortColumns?: MatrixSort;
  /** Only work that serves no goal. */
  readonly orphansOnly?: boolean;
  /** Only goals and initiatives with no work. */
  readonly uncoveredOnly?: boolean;
  /** Case-insensitive text every shown column's title must contain; rows are not filtered by it. */
  readonly text?: string;
  /** The scorer's report: its findings are attached to the rows and columns they name. */
  readonly report?: AlignmentReport;
}

/** How a piece of work reaches a goal or initiative: its own link, or one inherited from an ancestor. */
export type MatrixLink = 'direct' | 'inherited';

/** A goal or an initiative: one line of the strategy axis, with the backlog work that serves it. */
export interface MatrixRow {
  /**
   * Unique among the view's rows: the JSON of its path (`["goal","G1"]`, `["initiative","I1"]`, and
   * `["initiative","G1","I1"]` for an initiative under an expanded goal), so ids holding any
   * character never collide. Opaque: read `id`, `kind` and `parentKey` rather than parsing it.
   */
  readonly key: string;
  readonly id: string;
  readonly kind: 'goal' | 'initiative';
  readonly title: string;
  readonly goal?: Goal;
  readonly initiative?: Initiative;
  /** 0 for a goal or an initiative row; 1 for an initiative listed under its goal. */
  readonly depth: 0 | 1;
  /** The goal an initiative is listed under (depth 1). */
  readonly parentKey?: string;
  /** A goal with initiatives that can be expanded, and whether it is. */
  readonly expandable: boolean;
  readonly expanded: boolean;
  /** Backlog items that trace to it (directly or inherited), over the whole plan: the scorer's numbers. */
  readonly itemCount: number;
  readonly estimateSum: number;
  /** Share of those items that are done, 0–1. */
  readonly doneShare: number;
  /** Its estimate as a share of all items' estimate, 0–1: the length of its coverage bar. */
  readonly effortShare: number;
  /** No work serves it. */
  readonly uncovered: boolean;
  readonly findings: readonly Finding[];
}

/** One piece of work on the work axis. */
export interface MatrixColumn {
  readonly id: string;
  readonly item: Item;
  readonly title: string;
  readonly kind: ItemKind;
  /** The initiative it reaches, and how. */
  readonly initiativeId?: string;
  readonly link?: MatrixLink;
  readonly goalIds: readonly string[];
  /** It serves no goal: shown in the orphan group at the end. */
  readonly orphan: boolean;
  /** Its estimate; for an epic, the estimate of the epic and everything under it. */
  readonly effort: number;
  /** Items it stands for: 1, or for an epic the epic and everything under it. */
  readonly count: number;
  readonly findings: readonly Finding[];
}

/** Why an axis of the matrix has nothing on it: the plan lacks what the axis is made of. */
export type MatrixEmptyReason =
  /** Rows by goal, and the plan has no goals. */
  | 'no-goals'
  /** Rows by initiative, and the plan has none (or every one is dropped). */
  | 'no-initiatives'
  /** The plan has no backlog items at all. */
  | 'no-items'
  /** Columns by epic, and the plan has items but no epics. */
  | 'no-epics'
  /** Columns by kinds, and the plan has no items of those kinds. */
  | 'no-items-of-kinds';

/** An axis the chosen shape leaves empty, and the other shapes of that axis that would have data. */
export type MatrixEmptyAxis =
  | {
      readonly emptyAxis: 'rows';
      readonly reason: 'no-goals' | 'no-initiatives';
      /** Row shapes with data, best first; empty when there is none. */
      readonly alternatives: readonly MatrixRowsBy[];
    }
  | {
      readonly emptyAxis: 'columns';
      readonly reason: 'no-items' | 'no-epics' | 'no-items-of-kinds';
      /** Column shapes with data, best first; empty when there is none. */
      readonly alternatives: readonly MatrixColumnsBy[];
    };

/** Whether a column serves a row, and how much. */
export interface MatrixCell {
  readonly link: MatrixLink;
  readonly effort: number;
  readonly count: number;
}

/**
 * The traceability matrix as data: rows (goals or initiatives) × columns (work), computed in core so
 * the component only draws. Cells are looked up, not stored: 200 × 2,000 is 400,000 of them.
 */
export interface MatrixView {
  readonly rows: readonly MatrixRow[];
  /** Columns in order: the serving ones first, then the orphan group. */
  readonly columns: readonly MatrixColumn[];
  /** Index of the first orphan column (`columns.length` when there are none). */
  readonly orphanStart: number;
  /** The cell at row `r`, column `c` (indexes into `rows` and `columns`), or `null` when it does not serve. */
  readonly cell: (r: number, c: number) => MatrixCell | null;
  /** Largest cell effort and count, for the heatmap's scale. */
  readonly maxEffort: number;
  readonly maxCount: number;
  readonly uncoveredCount: number;
  readonly orphanCount: number;
  /**
   * The axes the chosen rows and columns leave empty in this plan (filters aside), each with the
   * shapes that would have data: `matrixEmptyAxes` for the view's options. Empty when both have data.
   */
  readonly emptyAxes: readonly MatrixEmptyAxis[];
}
