import type { Backlog, Horizon, Item, Plan } from '../model/types.js';
import type { SuspectLink } from '../suspect/suspect.types.js';
import type { TraceLinkKind, TraceStatus } from '../trace/traceItem.js';

/** How ready an item is to be picked up; see `readiness.ts` for the exact definition. */
export type Readiness = 'ready' | 'partial' | 'rough';

/** A rule's setting, as in a linter: off, or the severity its findings carry. */
export type RuleLevel = 'off' | 'warn' | 'error';
/** How loud a finding is: the level its rule is set to, `'warn'` or `'error'`. */
export type FindingSeverity = Exclude<RuleLevel, 'off'>;

/** The five parts of the alignment score; docs/scoring.md defines each. */
export type SubScoreName = 'traceability' | 'coverage' | 'readiness' | 'focus' | 'hygiene';

/** One named part of the alignment score: what was counted, out of what, and how much it weighs. */
export interface SubScore {
  readonly name: SubScoreName;
  /** numerator / denominator, 0–1; 0 when there is nothing to measure (then `weight` counts as 0). */
  readonly value: number;
  readonly numerator: number;
  readonly denominator: number;
  /** Relative weight in the total; the weights of measured sub-scores are normalised to sum to 1. */
  readonly weight: number;
  /** One line saying what was counted. */
  readonly explanation: string;
}

/** Something a rule found: which rule, how loud, what it is about, and what to do. */
export interface Finding {
  readonly rule: string;
  readonly severity: FindingSeverity;
  readonly message: string;
  /** The ids the finding is about: items, initiatives, goals, backlogs. */
  readonly ids: readonly string[];
  /** What to do about it. */
  readonly hint: string;
}

/** One item in the alignment report: its trace, its readiness and its product-backlog rank. */
export interface ItemReport {
  readonly itemId: string;
  readonly status: TraceStatus;
  readonly initiativeId?: string;
  /** How the initiative is reached: from the item itself, or inherited from an ancestor. */
  readonly link?: TraceLinkKind;
  readonly goalIds: readonly string[];
  readonly readiness: Readiness;
  /** Rank in the product backlog (0 = top), when the item is in it. */
  readonly rank?: number;
}

/** One initiative in the alignment report: the backlog work behind it and whether it is current. */
export interface InitiativeReport {
  readonly initiativeId: string;
  /** Items tracing to it (directly, through a feature, or inherited from an ancestor). */
  readonly itemCount: number;
  readonly estimateSum: number;
  /** Share of its items that are done, 0–1. */
  readonly doneShare: number;
  /** Share of its not-done items that are ready, 0–1. */
  readonly readyShare: number;
  readonly inCurrentHorizon: boolean;
}

/** One goal in the alignment report: the initiatives and items serving it, and their share of the effort. */
export interface GoalReport {
  readonly goalId: string;
  readonly initiativeIds: readonly string[];
  readonly itemIds: readonly string[];
  /** Share of the product backlog's estimate that serves this goal, 0–1. */
  readonly effortShare: number;
}

/**
 * What `scoreAlignment` returns: the 0–100 score, the sub-scores it is made of, a report per item,
 * initiative and goal, and the findings, with what it was computed against.
 */
export interface AlignmentReport {
  /** 0–100: Σ weight × value over measured sub-scores, divided by Σ of their weights, × 100, to one decimal. */
  readonly score: number;
  readonly subScores: readonly SubScore[];
  readonly items: readonly ItemReport[];
  readonly initiatives: readonly InitiativeReport[];
  readonly goals: readonly GoalReport[];
  readonly findings: readonly Finding[];
  /** What the report was computed against, so it can be reproduced. */
  readonly today: string;
  readonly productBacklogId?: string;
  readonly currentHorizonId?: string;
}

/** What a rule reports; `severity` may lower (never raise) the level the rule is set to. */
export type RuleFinding = Omit<Finding, 'rule' | 'severity'> & { readonly severity?: FindingSeverity };

/** Per-rule options: a level, or a level with thresholds, like a linter's `['warn', { … }]`. */
export type RuleSetting<O> = RuleLevel | readonly [RuleLevel, Partial<O>];

/** What every rule reads: computed once per report. */
export interface ScoreContext {
  readonly plan: Plan;
  readonly today: string;
  readonly productBacklog?: Backlog;
  /** The product backlog's items in rank order (ids that name no item are skipped). */
  readonly productItems: readonly Item[];
  /** Their reports, in the same order. */
  readonly productReports: readonly ItemReport[];
  /**
   * For each product-backlog item (rank order): open and stale (touched on or before `cutoff`),
   * open and context-free. One pass, shared by the hygiene sub-score and the two rules.
   */
  productHygiene(cutoff: string): {
    readonly stale: readonly boolean[];
    readonly contextFree: readonly boolean[];
    readonly open: number;
  };
  /** Items that reach each goal. */
  readonly itemsOfGoal: ReadonlyMap<string, readonly string[]>;
  readonly currentHorizon?: Horizon;
  /** Each item's report, by id; `values()` in `plan.items` order. */
  readonly items: Pick<ReadonlyMap<string, ItemReport>, 'get' | 'values'>;
  /** The same reports as an array, in `plan.items` order. */
  readonly itemReports: readonly ItemReport[];
  readonly initiatives: ReadonlyMap<string, InitiativeReport>;
  /** Items tracing to each initiative. */
  readonly itemsOfInitiative: ReadonlyMap<string, readonly string[]>;
  /** Initiatives that serve each goal, directly or through their theme. */
  readonly initiativesOfGoal: ReadonlyMap<string, readonly string[]>;
  /** Every item by id (the plan index's map). */
  readonly itemById: ReadonlyMap<string, Item>;
  /** Links suspect against `ScoreOptions.baseline`; empty without one. */
  readonly suspects: readonly SuspectLink[];
  /** Days from `a` to `b` (ISO dates). */
  daysBetween(a: string, b: string): number;
  /** The ISO date `days` before `today`. */
  daysAgo(days: number): string;
}

/**
 * One scoring rule, as `RULES` lists them: an id, a one-line description, its default level and
 * options, and the check that turns a score context into findings.
 */
export interface Rule<O extends object = object> {
  readonly id: string;
  /** One line for the docs and the rules table. */
  readonly description: string;
  readonly defaultLevel: RuleLevel;
  readonly defaults: O;
  check(context: ScoreContext, options: O): readonly RuleFinding[];
}
