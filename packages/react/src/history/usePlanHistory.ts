'use client';
import {
  type Change,
  type ChangeResult,
  createPlanHistory,
  type Plan,
  type PlanHistory,
  type PlanHistoryOptions,
  type PlanHistoryState,
} from '@throughline/core';
import { useMemo, useState, useSyncExternalStore } from 'react';

/** What `usePlanHistory` returns: the history's current state and its actions. */
export interface UsePlanHistoryResult extends PlanHistoryState {
  /**
   * Applies a change and returns the result (refused: nothing changes). Its signature fits a view's
   * `onChange` as is: `<BacklogList plan={history.plan} onChange={history.apply} />`.
   */
  readonly apply: (change: Change) => ChangeResult;
  /** Takes the newest step back; returns the change that did so (send it to your API), or `undefined`. */
  readonly undo: () => Change | undefined;
  /** Applies the newest undone step again and returns it, or `undefined`. */
  readonly redo: () => Change | undefined;
  /**
   * Starts over from `plan` (nothing to undo or redo, no `changes`) without remounting the page:
   * focus, scroll and every view's own state stay. For a plan that comes from elsewhere, such as
   * a server's latest after another editor's change.
   */
  readonly reset: (plan: Plan) => void;
}

/**
 * A plan with undo and redo for a host page: keeps the plan every view on the page draws, takes each
 * change a view reports, and moves back and forth through them (`createPlanHistory` from
 * `@throughline/core`, held for the component's lifetime). `apply`, `undo`, `redo` and `reset`
 * keep one identity for that lifetime, so they can go to memoised parts and effect dependencies. `initial`
 * is read on the first render only, as `useState` reads its argument. A `batch` change (a
 * multi-item move) undoes as one step. See docs/history.md for the keyboard shortcuts and for
 * persisting `changes`.
 *
 * @example
 * function PlanningPage({ data }: { data: unknown }) {
 *   const history = usePlanHistory(() => createPlan(data));
 *   return (
 *     <>
 *       <button type="button" disabled={!history.canUndo} onClick={history.undo}>Undo</button>
 *       <button type="button" disabled={!history.canRedo} onClick={history.redo}>Redo</button>
 *       <BacklogList plan={history.plan} onChange={history.apply} />
 *       <RoadmapTimeline plan={history.plan} onChange={history.apply} />
 *     </>
 *   );
 * }
 */
export function usePlanHistory(initial: Plan | (() => Plan), options?: PlanHistoryOptions): UsePlanHistoryResult {
  const [history] = useState<PlanHistory>(() =>
    createPlanHistory(typeof initial === 'function' ? initial() : initial, options),
  );
  const state = useSyncExternalStore(history.subscribe, history.getState, history.getState);
  const actions = useMemo(
    () => ({
      apply: (change: Change) => history.apply(change),
      undo: () => history.undo(),
      redo: () => history.redo(),
      reset: (plan: Plan) => history.reset(plan),
    }),
    [history],
  );
  return useMemo(() => ({ ...state, ...actions }), [state, actions]);
}
