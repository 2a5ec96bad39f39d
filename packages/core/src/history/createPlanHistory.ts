import { applyChange } from '../changes/applyChange.js';
import { invertChange } from '../changes/invertChange.js';
import type { Change, ChangeResult } from '../changes/types.js';
import type { Plan } from '../model/types.js';
import type { PlanHistory, PlanHistoryOptions, PlanHistoryState } from './planHistory.types.js';

/** One step: the change as applied, and the plans on either side of it. */
interface Step {
  readonly change: Change;
  readonly before: Plan;
  readonly after: Plan;
}

const DEFAULT_LIMIT = 100;

/**
 * Undo and redo over a plan, without a framework: every change goes through `apply`, and `undo` /
 * `redo` move between the plans it produced. Steps keep the plans themselves, so undo gives back
 * the very plan object that was current before (anything cached for it, such as its index, traces
 * and view-models, is still there). A `batch` change is one step. `changes` is the list to persist.
 * For React, `usePlanHistory` in `@throughline/react` wraps it.
 *
 * @example
 * const history = createPlanHistory(createPlan(data));
 * const result = history.apply({ type: 'set-status', itemId: 'STORY-1', status: 'done' });
 * if (!result.ok) console.warn(result.error.message); // refused: history untouched
 * history.undo(); // { type: 'set-status', itemId: 'STORY-1', status: 'todo' }: send it to your API
 * history.redo();
 * history.reset(latestFromServer); // start over from a plan another editor changed
 * const unsubscribe = history.subscribe(({ plan }) => render(plan));
 * await save(history.changes); // replay on the initial plan with applyChange to restore
 */
export function createPlanHistory(initial: Plan, options: PlanHistoryOptions = {}): PlanHistory {
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const listeners = new Set<(state: PlanHistoryState) => void>();
  // Steps that can be undone (at most `limit`, oldest first) and steps undone (newest undo last).
  const done: Step[] = [];
  const undone: Step[] = [];
  let state: PlanHistoryState = { plan: initial, changes: [], canUndo: false, canRedo: false };

  function commit(plan: Plan, changes: readonly Change[]): void {
    state = { plan, changes, canUndo: done.length > 0, canRedo: undone.length > 0 };
    for (const listener of [...listeners]) listener(state);
  }

  return {
    get plan() {
      return state.plan;
    },
    get changes() {
      return state.changes;
    },
    get canUndo() {
      return state.canUndo;
    },
    get canRedo() {
      return state.canRedo;
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    apply(change): ChangeResult {
      const before = state.plan;
      const result = applyChange(before, change);
      if (!result.ok || result.plan === before) return result;
      done.push({ change, before, after: result.plan });
      if (done.length > limit) done.splice(0, done.length - limit);
      undone.length = 0;
      commit(result.plan, [...state.changes, change]);
      return result;
    },
    undo() {
      const step = done.pop();
      if (!step) return undefined;
      undone.push(step);
      commit(step.before, state.changes.slice(0, -1));
      return invertChange(step.before, step.change);
    },
    redo() {
      const step = undone.pop();
      if (!step) return undefined;
      done.push(step);
      commit(step.after, [...state.changes, step.change]);
      return step.change;
    },
    reset(plan) {
      done.length = 0;
      undone.length = 0;
      commit(plan, []);
    },
  };
}
