import type { PlanRefKind } from '../model/types.js';
import type { FindingGroup } from '../score/groupFindings.js';
import type { ScoreOptions } from '../score/scoreAlignment.js';
import type { Finding, FindingSeverity, Readiness, SubScoreName } from '../score/types.js';

/** What `alignmentReportView` reads besides the report and the plan. */
export interface AlignmentReportViewOptions {
  /**
   * The options the report was scored with. The refinement shape's bands come from its
   * `refinement-shape` setting (`readyBand`, `partialBand`), as the readiness sub-score's do.
   */
  readonly scoreOptions?: ScoreOptions;
}

/**
 * How the score reads at a glance: `good` from 80, `fair` from 60, `poor` below; `unmeasured` when
 * no sub-score measured anything, so the 0 it reports says nothing about the plan.
 */
export type ScoreBand = 'good' | 'fair' | 'poor' | 'unmeasured';

/**
 * An id a report names, looked up in the plan: its kind and title, or, when the plan holds nothing
 * by that id (a report scored on another version of the plan, say), `kind` and `title` are `null`.
 */
export type ReportRef =
  | { readonly kind: PlanRefKind; readonly id: string; readonly title: string }
  | { readonly kind: null; readonly id: string; readonly title: null };

/** The score as a gauge: the report's 0–100 and the band it falls in. */
export interface ReportGauge {
  /** The report's score, 0–100, to one decimal. */
  readonly score: number;
  readonly band: ScoreBand;
  /** How many sub-scores measured something (their denominator is above 0). */
  readonly measured: number;
}

/** One sub-score as a bar: its value, what it counted out of what, its weight and its explanation. */
export interface ReportBar {
  readonly name: SubScoreName;
  /** 0–1: the length of the bar. */
  readonly value: number;
  readonly numerator: number;
  readonly denominator: number;
  readonly weight: number;
  readonly explanation: string;
  /** The denominator is above 0: the sub-score counts in the score. */
  readonly measured: boolean;
  /** The band its value falls in, as the gauge's (`unmeasured` when it measured nothing). */
  readonly band: ScoreBand;
}

/** A finding with what each of its ids names in the plan, in the order of its `ids`. */
export interface ReportFinding extends Finding {
  readonly refs: readonly ReportRef[];
}

/** The findings, grouped for reading (`groupFindings`), each with its ids looked up. */
export interface ReportFindings {
  /** Errors first; one group per rule, severity and fix. */
  readonly groups: readonly FindingGroup<ReportFinding>[];
  /** Findings by severity. */
  readonly counts: Readonly<Record<FindingSeverity, number>>;
  readonly total: number;
}

/** Why a part of the report has nothing to draw. */
export type AlignmentReportEmptyReason =
  /** The report scored no product backlog: the plan has none, or the one asked for does not exist. */
  | 'no-product-backlog'
  /** The product backlog lists no items. */
  | 'empty-product-backlog'
  /** The plan has no goals, so no effort can serve one. */
  | 'no-goals'
  /** No item in the product backlog has an estimate, so there is no effort to share out. */
  | 'nothing-estimated';

/** One goal's share of the effort against the share it should get. */
export interface ReportGoal {
  readonly ref: ReportRef;
  /** Share of the product backlog's estimate serving the goal, 0–1 (the report's `effortShare`). */
  readonly effortShare: number;
  /** The share it should get, 0–1: its weight over all the goals' weights (an even share when none states one). */
  readonly expectedShare: number;
  /** The goal's stated `weight`, when it has one. */
  readonly weight?: number;
  /** Initiatives serving it and items reaching it (the report's lists). */
  readonly initiativeCount: number;
  readonly itemCount: number;
}

/** Where the effort goes against where the goals are. */
export interface ReportGoals {
  /** One per goal of the report, in its order. */
  readonly goals: readonly ReportGoal[];
  /** `weights` when any goal states a weight; otherwise every goal expects an even share. */
  readonly basis: 'even' | 'weights';
  /** Share of the product backlog's estimate reaching no goal, 0–1. */
  readonly unalignedShare: number;
  /** The product backlog's whole estimate, in the team's unit. */
  readonly totalEffort: number;
  /** Why the effort cannot be compared with the goals, or `null` when it can. */
  readonly empty: AlignmentReportEmptyReason | null;
}

/** A band of the 20/30/50 shape: `ready` at the top, then `partial`, then the `rest`. */
export type RefinementBandName = 'ready' | 'partial' | 'rest';

/** One band of the product backlog, from the top, with the readiness of its entries. */
export interface RefinementBand {
  readonly name: RefinementBandName;
  /** Rank of its first entry (0 is the top of the backlog). */
  readonly start: number;
  /** Entries in it. */
  readonly size: number;
  /** The share of the backlog the 20/30/50 rule gives it: `readyBand`, `partialBand`, and what is left. */
  readonly expectedShare: number;
  /** Its entries by readiness. */
  readonly counts: Readonly<Record<Readiness, number>>;
  /** Entries that meet the band's bar: ready in `ready`, not rough in `partial`, every entry in `rest`. */
  readonly meeting: number;
}

/** The product backlog's refinement shape against 20/30/50, band by band. */
export interface ReportShape {
  /** Entries in the product backlog. */
  readonly total: number;
  /** The three bands in rank order; empty when there is no backlog to shape. */
  readonly bands: readonly RefinementBand[];
  /** Entries by readiness over the whole backlog. */
  readonly counts: Readonly<Record<Readiness, number>>;
  readonly empty: AlignmentReportEmptyReason | null;
}

/**
 * What the alignment report view draws, computed from a scorer's report and the plan it names:
 * the score as a gauge, the sub-scores as bars, the findings grouped with their ids looked up,
 * each goal's share of the effort against its expected share, and the refinement shape.
 */
export interface AlignmentReportView {
  /** The date the report was computed for. */
  readonly today: string;
  /** The backlog whose priorities were scored, and the horizon that counted as now. */
  readonly productBacklog: ReportRef | null;
  readonly currentHorizon: ReportRef | null;
  readonly gauge: ReportGauge;
  /** The five sub-scores, in the report's order. */
  readonly bars: readonly ReportBar[];
  readonly findings: ReportFindings;
  readonly goals: ReportGoals;
  readonly shape: ReportShape;
}
