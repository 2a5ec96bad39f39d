import type { Change, ChangeResult } from '../changes/types.js';
import type { Plan } from '../model/types.js';

/** What a plan history holds at one moment; a new object after every apply, undo and redo. */
export interface PlanHistoryState {
  /** The current plan. */
  readonly plan: Plan;
  /**
   * The changes applied since the initial plan and not undone, oldest first: `applyChange` them in
   * order on the initial plan and the result equals `plan`. Plain data, ready to persist or send.
   */
  readonly changes: readonly Change[];
  /** True when `undo()` has a step to take back. */
  readonly canUndo: boolean;
  /** True when `redo()` has an undone step to apply again. */
  readonly canRedo: boolean;
}

/** How a plan history is kept. */
export interface PlanHistoryOptions {
  /**
   * How many steps `undo()` can take back; older steps stay in `changes` but can no longer be
   * undone. Each step keeps the plan before it (plans share every collection a change leaves
   * alone, so a step costs about the collections it touched). Default 100.
   */
  readonly limit?: number;
}

/** A plan with undo and redo, as `createPlanHistory` returns it. */
export interface PlanHistory extends PlanHistoryState {
  /**
   * Applies a change. Accepted: it becomes the newest step (a `batch` is one step) and the redo
   * steps are dropped. Refused: nothing changes and the result carries the error. A change that
   * leaves the plan as it was is accepted and adds no step.
   */
  apply(change: Change): ChangeResult;
  /**
   * Takes the newest step back. Returns the change that did so (the inverse of the step, as
   * `invertChange` computes it: send it to your API) or `undefined` when there was nothing to undo.
   */
  undo(): Change | undefined;
  /** Applies the newest undone step again and returns it, or `undefined` when there is none. */
  redo(): Change | undefined;
  /**
   * Starts over from `plan`, as if the history had been created with it: nothing to undo or redo,
   * no `changes`. For a plan that comes from elsewhere, such as the server's latest after another
   * editor's change: a step made on the plan before could not be undone safely on that one.
   */
  reset(plan: Plan): void;
  /** The current state, the same object until the next apply, undo or redo. */
  getState(): PlanHistoryState;
  /** Calls `listener` after every apply, undo and redo that changed the plan, and every reset. Returns the unsubscribe. */
  subscribe(listener: (state: PlanHistoryState) => void): () => void;
}
