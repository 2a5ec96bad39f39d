'use client';
import {
  type BaselineView,
  baselineView,
  type Plan,
  type PlanOrSnapshot,
  type PlanProblem,
  PlanValidationError,
} from '@throughline/core';
import { useMemo } from 'react';

/** A baseline that could not be read: each problem with its path (`version`, `plan.items[3].id`). */
export interface BaselineUnreadable {
  readonly errors: readonly PlanProblem[];
}

/** What a view's `baseline` prop takes: `useBaseline`'s result. */
export type BaselineInput = BaselineView | BaselineUnreadable | undefined;

/**
 * True for a baseline the views can draw against, false for one that could not be read.
 *
 * @example
 * const baseline = useBaseline(plan, stored);
 * if (baseline && !isBaselineView(baseline)) console.table(baseline.errors);
 */
export const isBaselineView = (baseline: BaselineView | BaselineUnreadable): baseline is BaselineView =>
  !('errors' in baseline);

// One view per baseline and plan (and minimum move): plans and snapshots are not mutated, so a
// view is shared by every Throughline view on the page comparing the same two states.
const views = new WeakMap<object, WeakMap<Plan, Map<number, BaselineView | BaselineUnreadable>>>();

function read(plan: Plan, baseline: unknown, minMove: number): BaselineView | BaselineUnreadable {
  try {
    return baselineView(plan, baseline as PlanOrSnapshot, { minMove });
  } catch (error) {
    if (!(error instanceof PlanValidationError)) throw error;
    return { errors: error.errors };
  }
}

function compare(plan: Plan, baseline: unknown, minMove: number): BaselineView | BaselineUnreadable {
  if (typeof baseline !== 'object' || baseline === null) return read(plan, baseline, minMove);
  let byPlan = views.get(baseline);
  if (!byPlan) {
    byPlan = new WeakMap();
    views.set(baseline, byPlan);
  }
  let byMove = byPlan.get(plan);
  if (!byMove) {
    byMove = new Map();
    byPlan.set(plan, byMove);
  }
  const known = byMove.get(minMove);
  if (known) return known;
  const result = read(plan, baseline, minMove);
  byMove.set(minMove, result);
  return result;
}

/**
 * The plan against a baseline (a snapshot from `snapshotPlan`, a plan, or either straight from
 * JSON), for the views' `baseline` prop: ghost bars and slips on RoadmapTimeline, moves on
 * BacklogList, suspect cells on TraceabilityMatrix, the score then and now on AlignmentReport.
 * Computed once per plan and baseline and shared by every view given the same two; undefined
 * without a baseline. A baseline that cannot be read gives its problems (each with its path),
 * which the views show in a notice while drawing today's plan as it is.
 *
 * @example
 * const baseline = useBaseline(plan, lastQuarter);
 * <RoadmapTimeline plan={plan} baseline={baseline} />
 * <BacklogList plan={plan} baseline={baseline} />
 */
export function useBaseline(
  plan: Plan,
  baseline: PlanOrSnapshot | unknown,
  options: { readonly minMove?: number } = {},
): BaselineInput {
  const minMove = options.minMove ?? 0;
  return useMemo(
    () => (baseline === undefined || baseline === null ? undefined : compare(plan, baseline, minMove)),
    [plan, baseline, minMove],
  );
}
