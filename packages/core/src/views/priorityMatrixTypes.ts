import type { PriorityFramework, PriorityProblem } from '../priority/priority.types.js';
import type { TraceStatus } from '../trace/traceItem.js';

// The priority matrix's view-model: what `priorityMatrixView` takes and returns.

/** What the matrix plots: backlog items or roadmap initiatives. */
export type PriorityEntities = 'items' | 'initiatives';

/** What colours a point: the first goal its work reaches, or its initiative's theme. */
export type PriorityColorBy = 'goal' | 'theme';

/**
 * The four parts of a value-vs-effort chart. `quick-win`: high value, low effort. `big-bet`: high
 * value, high effort. `filler`: low value, low effort. `money-pit`: low value, high effort.
 */
export type PriorityQuadrant = 'quick-win' | 'big-bet' | 'filler' | 'money-pit';

/**
 * Where the chart splits into quadrants: at the median value and the median effort of the points
 * drawn (`median`, the default), or at fixed numbers in the framework's own units.
 */
export type PrioritySplit = 'median' | { readonly value: number; readonly effort: number };

/** A value axis drawn on a straight (`linear`) or a logarithmic scale; `auto` picks (see `priorityMatrixView`). */
export type PriorityValueScale = 'auto' | 'linear' | 'log';

/** What `priorityMatrixView` plots and how. */
export interface PriorityMatrixOptions {
  /** Default `items`. */
  readonly entities?: PriorityEntities;
  /** Default `goal`. */
  readonly colorBy?: PriorityColorBy;
  /** Default `median`. */
  readonly split?: PrioritySplit;
  /** Default `auto`. The effort axis is always linear. */
  readonly valueScale?: PriorityValueScale;
  /** The backlog whose order `gap` compares with the framework's; default the first product backlog. */
  readonly backlogId?: string;
}

/** One item or initiative as a point: where it sits, what it scores, and how it traces. */
export interface PriorityPoint {
  readonly ref: { readonly kind: 'item' | 'initiative'; readonly id: string };
  readonly title: string;
  /** The framework's value and effort: the point's place on the chart. */
  readonly value: number;
  readonly effort: number;
  /** The score after the strategic floor: what the rank follows. */
  readonly score: number;
  /** 0 is the top of the framework's order; also the point's place in `points`. */
  readonly rank: number;
  readonly quadrant: PriorityQuadrant;
  /** Index into the view's `legend`: what colours it. */
  readonly legend: number;
  /** It reaches no goal: drawn with another shape, not only another colour. */
  readonly untraced: boolean;
  readonly trace: TraceStatus;
  /**
   * Items in the view's backlog: how many places the framework would move it up (negative: down),
   * as `PriorityPlacement.gap`. `null` for an initiative, or an item not in that backlog.
   */
  readonly gap: number | null;
  /** The scorer's one line: the formula with the numbers. */
  readonly explanation: string;
}

/** One colour of the legend: a goal or theme (with the host's colour when it gave one), or none. */
export interface PriorityLegendEntry {
  /** The goal or theme id; `null` for work that reaches none. */
  readonly id: string | null;
  readonly title: string;
  /** The goal's or theme's own `color`, which views use over the palette's. */
  readonly color?: string | undefined;
  /**
   * Which colour of the view's palette: the goal's or theme's place in the plan's list, so a colour
   * stays with its goal whatever is drawn (a view cycles through its palette); -1 for none.
   */
  readonly slot: number;
  /** Points drawn in it. */
  readonly count: number;
}

/** One input that some entities lack, and which ones: "3 items have no reach". */
export interface PriorityMissingInput {
  /** The input, as the scorer names it: `rice.reach`, `wsjf.jobSize`… */
  readonly field: string;
  readonly code: PriorityProblem['code'];
  readonly refs: readonly { readonly kind: 'item' | 'initiative'; readonly id: string }[];
}

/** Why there is nothing to plot. */
export type PriorityEmptyReason =
  /** The plan has no items (or initiatives, as chosen). */
  | 'no-entities'
  /** MoSCoW sorts work into four categories: there is no value or effort to plot. */
  | 'no-effort-axis'
  /** No entity has all the inputs the framework needs. */
  | 'no-inputs';

/** The chart has nothing to draw: why, and what would have something. */
export interface PriorityMatrixEmpty {
  readonly reason: PriorityEmptyReason;
  /** Frameworks whose inputs the chosen entities carry, most entities first; empty when none. */
  readonly frameworks: readonly PriorityFramework[];
  /** The other entities, when the plan has them and they carry inputs for a framework. */
  readonly entities?: PriorityEntities | undefined;
}

/** One axis: the numbers its ends stand for and how it is scaled. */
export interface PriorityAxis {
  /** `[low, high]`, padded around the points (see `priorityAxis`). */
  readonly domain: readonly [number, number];
  readonly scale: 'linear' | 'log';
}

/** Where the quadrants meet, in the framework's units, and how it was chosen. */
export interface PriorityMatrixSplit {
  readonly value: number;
  readonly effort: number;
  readonly by: 'median' | 'threshold';
}

/** What the priority matrix draws: computed in core so the component only draws. */
export interface PriorityMatrixView {
  readonly framework: PriorityFramework;
  readonly entities: PriorityEntities;
  /** Every plotted point, in rank order (`points[i].rank === i`). */
  readonly points: readonly PriorityPoint[];
  readonly legend: readonly PriorityLegendEntry[];
  readonly split: PriorityMatrixSplit;
  readonly valueAxis: PriorityAxis;
  readonly effortAxis: PriorityAxis;
  /** Inputs some entities lack, the most entities first: those entities are not plotted. */
  readonly missing: readonly PriorityMissingInput[];
  /** Entities not plotted (an input missing, effort zero), each once. */
  readonly unplottedCount: number;
  /**
   * Frameworks whose inputs more of the chosen entities carry (any of them) than carry this one's,
   * most first: the way out when the plan scores its work with another framework. Empty when none.
   */
  readonly alternatives: readonly PriorityFramework[];
  /** The backlog `gap` is measured in, or `undefined` (initiatives, or a plan with no backlog). */
  readonly backlogId: string | undefined;
  /**
   * Whether that backlog is already in the framework's order: every item in it (scored or not)
   * where the report puts it, so `rankBy` would give an empty batch. `null` without a backlog.
   */
  readonly inOrder: boolean | null;
  /** Why nothing is plotted, or `null` when something is. */
  readonly empty: PriorityMatrixEmpty | null;
}
