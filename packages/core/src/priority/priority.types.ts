import type { PlanRef } from '../model/types.js';
import type { TraceStatus } from '../trace/traceItem.js';

/**
 * Prioritisation inputs and results. Inputs live on items and initiatives as an optional
 * `priority` object, one key per framework; a host fills the frameworks it uses and may add its
 * own fields (they are kept). Scores are comparable only within one framework.
 */

/** RICE (Intercom): reach × impact × confidence ÷ effort. */
export interface RiceInputs {
  /** People or events affected per period, in the host's unit; not negative. */
  readonly reach?: number;
  /** 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal. */
  readonly impact?: number;
  /** A share, 0–1 (0.8 for 80%). */
  readonly confidence?: number;
  /** Person-months; with the option `riceEffort: 'estimate'`, the entity's estimate is used instead. */
  readonly effort?: number;
}

/** WSJF (SAFe): cost of delay ÷ job size, on a relative Fibonacci-like scale (1, 2, 3, 5, 8, 13, 20). */
export interface WsjfInputs {
  readonly businessValue?: number;
  readonly timeCriticality?: number;
  /** Risk reduction and / or opportunity enablement. */
  readonly riskReduction?: number;
  /** Defaults to the item's estimate when left out. */
  readonly jobSize?: number;
}

/** ICE (Sean Ellis): impact, confidence and ease, each 1–10. */
export interface IceInputs {
  readonly impact?: number;
  readonly confidence?: number;
  readonly ease?: number;
}

/** Value / effort (airfocus style): a score per named criterion; criteria and weights are options. */
export interface ValueEffortInputs {
  readonly value?: Readonly<Record<string, number>>;
  readonly effort?: Readonly<Record<string, number>>;
}

/** MoSCoW (DSDM). */
export type MoscowCategory = 'must' | 'should' | 'could' | 'wont';

/** The optional `priority` object on an item or an initiative. */
export interface PriorityInputs {
  readonly rice?: RiceInputs;
  readonly wsjf?: WsjfInputs;
  readonly ice?: IceInputs;
  readonly valueEffort?: ValueEffortInputs;
  readonly moscow?: MoscowCategory;
}

/** The frameworks `scorePriorities` knows. */
export type PriorityFramework = 'rice' | 'wsjf' | 'ice' | 'value-effort' | 'moscow';

/** A criterion of the value / effort framework: its key in the inputs, weight and scale. */
export interface PriorityCriterion {
  readonly key: string;
  readonly label?: string;
  /** Default 1. */
  readonly weight?: number;
  /** The top of the scale the scores are written on; default 5 (scores 0–max). */
  readonly max?: number;
}

/** How the strategic floor favours work that traces to a goal. */
export interface StrategicFloorOptions {
  /** Multiply the score of work that reaches a goal by (1 + bonus); e.g. 0.2 for +20%. */
  readonly bonus?: number;
  /**
   * Rank work that reaches no goal below traced work whose score is within this share of its own
   * (0.1: an untraced item ranks below traced items scoring at least 90% of it).
   */
  readonly untracedBelowWithin?: number;
}

/** Options of `scorePriorities`. */
export interface PriorityOptions {
  readonly framework: PriorityFramework;
  /** RICE effort from `priority.rice.effort` (default) or the item's `estimate`. */
  readonly riceEffort?: 'input' | 'estimate';
  /** ICE: product of the three (default) or their mean. */
  readonly iceCombine?: 'product' | 'mean';
  /** Value / effort criteria; defaults documented in docs/prioritisation.md. */
  readonly criteria?: {
    readonly value: readonly PriorityCriterion[];
    readonly effort: readonly PriorityCriterion[];
  };
  /** MoSCoW: the most "must" may take of a backlog's estimated effort; default 0.6. */
  readonly mustShareLimit?: number;
  readonly strategicFloor?: StrategicFloorOptions;
  /** Score these entities only; default both. */
  readonly scope?: 'items' | 'initiatives' | 'both';
}

/** A reason a score could not be computed, or is doubtful: a stable code and a sentence. */
export interface PriorityProblem {
  readonly code: 'missing-input' | 'zero-effort' | 'out-of-scale' | 'too-large';
  /** The input concerned, e.g. `rice.reach`. */
  readonly field: string;
  readonly message: string;
}

/** Where an entity sits in one backlog today and where its score would put it. */
export interface PriorityPlacement {
  readonly backlogId: string;
  /** Today's index (0 = top). */
  readonly currentIndex: number;
  /** The index the framework order gives (0 = top). */
  readonly impliedIndex: number;
  /** currentIndex − impliedIndex: positive means the score would move it up by that many places. */
  readonly gap: number;
}

/** One scored item or initiative. */
export interface PriorityScore {
  readonly ref: PlanRef & { readonly kind: 'item' | 'initiative' };
  /** The framework score; `null` when an input is missing or effort is zero (see `problems`). */
  readonly score: number | null;
  /** The score after the strategic floor (equal to `score` without one). */
  readonly adjustedScore: number | null;
  /** The inputs used, by name (`reach`, `effort`…), after defaults such as job size from estimate. */
  readonly inputs: Readonly<Record<string, number | string | undefined>>;
  /** The two axes a value-vs-effort chart draws, in the framework's own units; null when unknown. */
  readonly value: number | null;
  readonly effort: number | null;
  readonly problems: readonly PriorityProblem[];
  /** One line: the formula with the numbers, and what the strategic floor did. */
  readonly explanation: string;
  /** Rank among the scored entities of its kind (0 = top); null when unscored. */
  readonly rank: number | null;
  /** Items only: one placement per backlog the item is in. */
  readonly placements: readonly PriorityPlacement[];
  /** How the entity traces to the strategy. */
  readonly trace: TraceStatus;
  /** True when the strategic floor changed its order against an untraced or traced neighbour. */
  readonly floorChangedOrder: boolean;
}

/** The DSDM check of one backlog: the share of its estimated effort marked "must". */
export interface MoscowCheck {
  readonly backlogId: string;
  readonly mustEffort: number;
  readonly totalEffort: number;
  /** mustEffort / totalEffort, 0–1 (0 when nothing is estimated). */
  readonly mustShare: number;
  readonly limit: number;
  readonly ok: boolean;
  readonly message: string;
}

/** What `scorePriorities` returns. */
export interface PriorityReport {
  readonly framework: PriorityFramework;
  /** The options the report was computed with (`rankBy` orders a backlog by the same strategic floor). */
  readonly options: PriorityOptions;
  readonly items: readonly PriorityScore[];
  readonly initiatives: readonly PriorityScore[];
  /** MoSCoW only: one check per sprint or release backlog (and the product backlog). */
  readonly moscow: readonly MoscowCheck[];
}
