import type { IsoDate, PlanRef } from '../model/types.js';
import type { LinkRef, LinkReview } from '../suspect/suspect.types.js';

/** A move of one date field of an initiative: the old and new dates, and by how many days (+ later, − earlier). */
export interface DateMove {
  readonly before?: IsoDate;
  readonly after?: IsoDate;
  /** Days from `before` to `after` (positive: later); absent when either date is missing. */
  readonly days?: number;
}

/** Which way an initiative moved: its end (else its start, else its horizon's order) later or earlier. */
export type RescheduleDirection = 'later' | 'earlier' | 'unchanged';

/** One item that moved within a backlog: its rank before and after, and by how many places. */
export interface OrderMove {
  readonly itemId: string;
  readonly before: number;
  readonly after: number;
  /** `after − before`: positive moved down (lower priority), negative moved up. */
  readonly by: number;
}

/**
 * One difference between two plans, as `diffPlans` lists them. Entities are matched by id: an
 * entity whose id changed is reported removed under the old id and added under the new one.
 */
export type PlanDiffEntry =
  /** An entity only the later plan has. */
  | { readonly kind: 'added'; readonly ref: PlanRef; readonly title: string }
  /** An entity only the earlier plan has. */
  | { readonly kind: 'removed'; readonly ref: PlanRef; readonly title: string }
  /** Any other field: `before` / `after` are the field's values (`undefined`: absent). */
  | {
      readonly kind: 'field-changed';
      readonly ref: PlanRef;
      readonly field: string;
      readonly before: unknown;
      readonly after: unknown;
    }
  /** An initiative's start, end or horizon moved; `direction` sums it up. */
  | {
      readonly kind: 'rescheduled';
      readonly ref: PlanRef;
      readonly start?: DateMove;
      readonly end?: DateMove;
      readonly horizon?: { readonly before?: string; readonly after?: string };
      readonly direction: RescheduleDirection;
    }
  /** An item's or initiative's status. */
  | { readonly kind: 'status-changed'; readonly ref: PlanRef; readonly before: string; readonly after: string }
  /**
   * A link field: an item's initiative, parent or feature; an initiative's goals or theme; a
   * theme's goals; a feature's initiative; a milestone's initiatives. Lists say what was added and removed.
   */
  | {
      readonly kind: 'link-changed';
      readonly ref: PlanRef;
      readonly field: string;
      readonly before: string | readonly string[] | undefined;
      readonly after: string | readonly string[] | undefined;
      readonly added: readonly string[];
      readonly removed: readonly string[];
    }
  /** An item's estimate; `by` is the difference when both are numbers. */
  | {
      readonly kind: 'estimate-changed';
      readonly ref: PlanRef;
      readonly before?: number;
      readonly after?: number;
      readonly by?: number;
    }
  /** Items that entered or left a backlog. */
  | {
      readonly kind: 'backlog-items-changed';
      readonly ref: PlanRef;
      readonly added: readonly string[];
      readonly removed: readonly string[];
    }
  /**
   * A backlog's order among the items it had both times. `moved` lists the fewest items whose
   * moves explain the new order (the rest only shifted), those that moved more than the
   * `minMove` option's places; `shifted` counts every item whose rank changed.
   */
  | {
      readonly kind: 'order-changed';
      readonly ref: PlanRef;
      readonly moved: readonly OrderMove[];
      readonly shifted: number;
    }
  /** The vision's title, description or id. */
  | { readonly kind: 'vision-changed'; readonly field: string; readonly before: unknown; readonly after: unknown }
  /** A link review (see `review-link`) recorded, changed or cleared. */
  | {
      readonly kind: 'review-changed';
      readonly link: LinkRef;
      readonly before?: LinkReview['seen'];
      readonly after?: LinkReview['seen'];
    };

/** The `kind` of a diff entry: `'added' | 'removed' | 'field-changed' | 'rescheduled' | …`. */
export type PlanDiffKind = PlanDiffEntry['kind'];

/** A rescheduled initiative in the summary: how many days it moved (end, else start), when known. */
export interface SummaryMove {
  readonly id: string;
  readonly days?: number;
}

/** The review in a few lists: what a planning meeting asks first. Ids only; look titles up in the plan. */
export interface PlanDiffSummary {
  /** Initiatives that moved later. */
  readonly slipped: readonly SummaryMove[];
  /** Initiatives that moved earlier. */
  readonly pulledIn: readonly SummaryMove[];
  /** Entities added, by kind. */
  readonly added: readonly PlanRef[];
  /** Entities removed, and initiatives whose status became `dropped`. */
  readonly dropped: readonly PlanRef[];
  /**
   * Initiatives whose goals changed, or whose work changed: an item tracing to it (own link or
   * inherited) then or now was linked elsewhere, re-parented, added, removed or re-estimated.
   */
  readonly rescoped: readonly string[];
  /** Goals that an initiative stopped serving (unlinked, dropped or removed). */
  readonly goalsLostWork: readonly string[];
  /** Goals that an initiative started serving (linked, added, or no longer dropped). */
  readonly goalsGainedWork: readonly string[];
}

/** What `diffPlans` returns: the entries in plan order, a summary, and the labels of what was compared. */
export interface PlanDiff {
  readonly entries: readonly PlanDiffEntry[];
  readonly summary: PlanDiffSummary;
  readonly before: { readonly label?: string; readonly takenAt?: string };
  readonly after: { readonly label?: string; readonly takenAt?: string };
}

/** How `diffPlans` reports backlog order. */
export interface DiffOptions {
  /** Report an item in `order-changed.moved` only when it moved more than this many places. Default 0. */
  readonly minMove?: number;
}
