import { isPlan, type Plan, salvagePlan, validatePlan } from '@throughline/core';
import type { UsePlanHistoryResult } from '../history/usePlanHistory.js';

/**
 * The plan a host keeps for story data, as the views read it: a `Plan` as given, raw data
 * validated, raw data with problems salvaged. A story keeps it in `usePlanHistory` and hands the
 * views the raw data until the first change, so a salvage notice shows as a host would see it.
 */
export function storyPlan(data: unknown): Plan {
  if (isPlan(data)) return data;
  const result = validatePlan(data);
  return result.ok ? result.plan : salvagePlan(data).plan;
}

/** What a story host gives a view for `plan`: the story's data until the first change, then the history's plan. */
export function storyPlanProp(history: UsePlanHistoryResult, data: unknown): unknown {
  return history.changes.length > 0 ? history.plan : data;
}

/** Prints the newest change of a story's history in an output the browser tests read. */
export function LastChange({ history }: { history: UsePlanHistoryResult }) {
  const last = history.changes.at(-1);
  return (
    <output className="tl-story-output" aria-label="Last change">
      {last ? JSON.stringify(last) : 'No change yet'}
    </output>
  );
}
