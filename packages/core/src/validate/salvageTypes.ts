import type { Plan } from '../model/types.js';
import type { PlanProblem } from './problems.js';

/** The plan's collections, by their fixed top-level keys. */
export type PlanCollection =
  | 'goals'
  | 'themes'
  | 'initiatives'
  | 'features'
  | 'milestones'
  | 'horizons'
  | 'items'
  | 'backlogs';

/**
 * What salvage set aside to make a plan valid, so a host can tell its users exactly what is
 * missing from the views:
 * - `field`: one field dropped (a bad date, an unknown kind left to its default, a negative estimate);
 * - `reference`: one reference unlinked (a dangling parent, a goal id that names nothing);
 * - `entity`: a whole entity left out (no usable id, an id used twice, no title and no way to name it);
 * - `dependency`: one `dependsOn` edge removed to break a cycle (`edge` names it);
 * - `backlog-entry`: one entry of a backlog's `itemIds` removed (listed twice, in a second product backlog);
 * - `nothing`: a warning, or a problem salvage could repair without losing anything.
 */
export type SetAsideKind = 'field' | 'reference' | 'entity' | 'dependency' | 'backlog-entry' | 'nothing';

/** What salvage set aside for one problem: what kind of data, where it was, and one sentence saying so. */
export interface SetAside {
  readonly kind: SetAsideKind;
  /** Where the removed data was in the input: `items[4].start`, `initiatives[7]`, `backlogs[0].itemIds[3]`. */
  readonly path: string;
  /** The collection of the entity concerned. */
  readonly collection?: PlanCollection;
  /** The id of the entity concerned, when it had one. */
  readonly id?: string;
  /** The value that was dropped (a field's value, a reference, an entity as the host sent it). */
  readonly value?: unknown;
  /** For `dependency`: the edge removed, `from` depended on `to`. */
  readonly edge?: { readonly from: string; readonly to: string };
  /** One sentence: what was set aside. */
  readonly description: string;
}

/** A validation problem (same code, path and message as `validatePlan`) and what salvage did about it. */
export interface SalvageProblem extends PlanProblem {
  readonly setAside: SetAside;
}

/** How many entities, fields, references, edges and backlog entries salvage set aside. */
export interface SalvageSummary {
  readonly problems: number;
  readonly errors: number;
  readonly warnings: number;
  /** Entities left out, per collection (only collections with at least one). */
  readonly leftOut: Readonly<Partial<Record<PlanCollection, number>>>;
  readonly fields: number;
  readonly references: number;
  readonly dependencies: number;
  readonly backlogEntries: number;
}

/** What `salvagePlan` returns: a valid plan of everything kept, every problem, and a summary of what was set aside. */
export interface SalvageResult {
  /** A valid plan built from everything that could be kept. */
  readonly plan: Plan;
  /** Every problem found, errors and warnings, each saying what was set aside. */
  readonly problems: readonly SalvageProblem[];
  readonly summary: SalvageSummary;
}
