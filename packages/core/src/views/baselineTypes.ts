import type { PlanDiff, PlanDiffEntry, RescheduleDirection } from '../diff/diff.types.js';
import type { IsoDate, Plan } from '../model/types.js';
import type { SubScoreName } from '../score/types.js';
import type { SuspectLink } from '../suspect/suspect.types.js';

/** Where an initiative sat on the roadmap at one moment. */
export interface SpanAt {
  readonly start?: IsoDate;
  readonly end?: IsoDate;
  readonly horizonId?: string;
}

/**
 * An initiative then and now, for a timeline's ghost bar: its span in the baseline (`before`,
 * absent when it was added since) and today (`now`, absent when it was removed), the days its end (else start) moved,
 * and which way.
 */
export interface BaselineSpan {
  readonly initiativeId: string;
  readonly title: string;
  /** The span in the baseline (`then` would make the object a thenable). */
  readonly before?: SpanAt;
  readonly now?: SpanAt;
  readonly slipDays?: number;
  readonly direction: RescheduleDirection;
  /** `added` since the baseline, `removed` since, or `kept` (moved or not). */
  readonly presence: 'added' | 'removed' | 'kept';
}

/** The filters of a "what changed" list. */
export type BaselineFilter = 'all' | 'slipped' | 'added' | 'dropped';

/** What the views draw against a baseline: built once per plan and baseline by `baselineView`. */
export interface BaselineView {
  /** The baseline's plan, as it stood (its label and time, for a snapshot, are `diff.before`'s). */
  readonly before: Plan;
  readonly diff: PlanDiff;
  readonly suspects: readonly SuspectLink[];
  /** Every initiative in either plan: today's in plan order, then those removed since. */
  readonly spans: readonly BaselineSpan[];
  /** An initiative's span then and now, by id. */
  span(initiativeId: string): BaselineSpan | undefined;
  /** How many places an item moved in a backlog since the baseline (− up, + down); undefined when it did not move. */
  movedBy(backlogId: string, itemId: string): number | undefined;
  /** The diff's entries a "what changed" list shows under a filter. */
  changes(filter: BaselineFilter): readonly PlanDiffEntry[];
}

/** One sub-score then and now. */
export interface SubScoreDelta {
  readonly name: SubScoreName;
  /** Values 0–1 in the baseline's report and today's; undefined when that report measured nothing. */
  readonly before?: number;
  readonly now?: number;
  readonly delta?: number;
}

/** The alignment score then and now, and by how much each part moved. */
export interface ScoreThenAndNow {
  /** The baseline's score. */
  readonly before: number;
  readonly now: number;
  readonly delta: number;
  readonly subScores: readonly SubScoreDelta[];
}
