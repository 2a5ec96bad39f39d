import type { PriorityInputs } from '../priority/priority.types.js';
import type { LinkReview } from '../suspect/suspect.types.js';
import type {
  BacklogKind,
  Confidence,
  HorizonKind,
  InitiativeStatus,
  ItemKind,
  ItemStatus,
  MilestoneKind,
} from './vocabulary.js';

/**
 * The planning model, as a validated plan holds it. Input has the same shape (see `PlanInput`);
 * validation fills the documented defaults. Every entity has an `id` and a `title`; dates are ISO
 * calendar dates (`YYYY-MM-DD`); fields a host sends beyond these are kept untouched.
 *
 * @example
 * const plan = createPlan(hostJson);
 * plan.items.filter((item) => item.kind === 'bug' && item.status !== 'done');
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

interface Entity {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** A CSS colour the views use for this entity instead of the theme's. */
  readonly color?: string;
  /** A link to the entity in the host's own tool (only http: and https: links are rendered). */
  readonly url?: string;
}

/** The north star: one or two sentences on why the product exists. */
export interface Vision {
  readonly id?: string;
  readonly title: string;
  readonly description?: string;
}

/** How a goal is measured: from a baseline towards a target. */
export interface GoalMetric {
  readonly name: string;
  readonly unit?: string;
  readonly baseline: number;
  readonly current?: number;
  readonly target: number;
}

/** A measurable business outcome the team commits to over a horizon. */
export interface Goal extends Entity {
  readonly metric?: GoalMetric;
  readonly horizonId?: string;
  /**
   * How much of the effort this goal should get, relative to the other goals' weights (a goal
   * without one weighs 1). The alignment report compares each goal's share of the effort with it.
   */
  readonly weight?: number;
}

/** A cluster of related work around a shared outcome. */
export interface Theme extends Entity {
  readonly goalIds: readonly string[];
}

/** Where a roadmap entry came from: a feature request promoted without a goal is a known smell. */
export type InitiativeSource = 'strategy' | 'customer-request' | 'tech' | 'sales' | 'support' | 'other';

/** An outcome-oriented investment area on the roadmap. */
export interface Initiative extends Entity {
  readonly themeId?: string;
  readonly goalIds: readonly string[];
  readonly horizonId?: string;
  readonly start?: IsoDate;
  readonly end?: IsoDate;
  /** Default `planned`. */
  readonly status: InitiativeStatus;
  /** Default `likely`: a roadmap is a guide, not a promise. */
  readonly confidence: Confidence;
  readonly source?: InitiativeSource;
  /** Initiatives that must land first. */
  readonly dependsOn: readonly string[];
  readonly owner?: string;
  /** Prioritisation inputs, one key per framework (RICE, WSJF, ICE, value / effort, MoSCoW). */
  readonly priority?: PriorityInputs;
}

/** A high-level capability, written at the initiative level: intent, not specification. */
export interface Feature extends Entity {
  readonly initiativeId?: string;
}

/** A significant marker on the timeline. */
export interface Milestone extends Entity {
  readonly date: IsoDate;
  /** Default `other`. */
  readonly kind: MilestoneKind;
  readonly initiativeIds: readonly string[];
}

/** A span of time on the roadmap: a quarter, a release window, Now / Next / Later, or custom. */
export interface Horizon extends Entity {
  readonly kind: HorizonKind;
  readonly start?: IsoDate;
  readonly end?: IsoDate;
  /** Position among horizons; when absent, the position in the `horizons` array. */
  readonly order?: number;
}

/** A condition an item must satisfy to be complete. */
export interface AcceptanceCriterion {
  readonly text: string;
  readonly done: boolean;
}

/** How badly a bug hurts, worst first: `'critical' | 'major' | 'minor' | 'trivial'`. */
export type BugSeverity = 'critical' | 'major' | 'minor' | 'trivial';

/** A unit of backlog work, from an epic down to a task. */
export interface Item extends Entity {
  readonly kind: ItemKind;
  /** Default `todo`. */
  readonly status: ItemStatus;
  readonly parentId?: string;
  readonly initiativeId?: string;
  readonly featureId?: string;
  /** Effort in the team's unit (story points, days…); not negative. */
  readonly estimate?: number;
  readonly acceptanceCriteria: readonly AcceptanceCriterion[];
  readonly labels: readonly string[];
  /** Bugs only: how badly it hurts. */
  readonly severity?: BugSeverity;
  /** Spikes only: the time box, in the same unit as `estimate`. */
  readonly timebox?: number;
  readonly createdAt?: IsoDate;
  readonly updatedAt?: IsoDate;
  /** Prioritisation inputs, one key per framework (RICE, WSJF, ICE, value / effort, MoSCoW). */
  readonly priority?: PriorityInputs;
}

/** An ordered list of items: index 0 is the top priority. */
export interface Backlog extends Entity {
  readonly kind: BacklogKind;
  readonly itemIds: readonly string[];
  /** How much estimate the team can take on (sprints), in the same unit as item estimates. */
  readonly capacity?: number;
  readonly start?: IsoDate;
  readonly end?: IsoDate;
  readonly horizonId?: string;
}

/** The whole plan: roadmap and backlog in one JSON-serialisable object. */
export interface PlanData {
  readonly vision?: Vision;
  readonly goals: readonly Goal[];
  readonly themes: readonly Theme[];
  readonly initiatives: readonly Initiative[];
  readonly features: readonly Feature[];
  readonly milestones: readonly Milestone[];
  readonly horizons: readonly Horizon[];
  readonly items: readonly Item[];
  readonly backlogs: readonly Backlog[];
  /**
   * Trace links someone confirmed after what they point at changed (see `suspectLinks` and the
   * `review-link` change). Absent until the first review.
   */
  readonly reviewedLinks?: readonly LinkReview[];
}

declare const validated: unique symbol;

/**
 * A plan that passed validation: references resolve, there are no cycles, dates are real.
 * Only `createPlan`, `validatePlan` and `applyChange` make one, so every function that takes a
 * `Plan` can rely on it. It is still plain data: `JSON.stringify(plan)` is what the host sent,
 * with defaults filled in.
 */
export type Plan = PlanData & { readonly [validated]: true };

/** The kinds of thing in a plan a view can point at (select, focus, link to). */
export type PlanRefKind = 'goal' | 'theme' | 'initiative' | 'feature' | 'milestone' | 'horizon' | 'item' | 'backlog';

/**
 * A pointer to one thing in a plan: its kind beside its id, since ids are arbitrary strings and
 * the same id may name things of different kinds. Every view's `onSelect` hands one of these.
 *
 * @example
 * const ref: PlanRef = { kind: 'initiative', id: 'INIT-7' };
 */
export interface PlanRef {
  readonly kind: PlanRefKind;
  readonly id: string;
}
