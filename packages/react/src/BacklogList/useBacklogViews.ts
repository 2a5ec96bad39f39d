'use client';
import {
  type BacklogFilter,
  type BacklogGroupBy,
  type BacklogPriority,
  type BacklogView,
  backlogView,
  type Plan,
} from '@throughline/core';
import { useMemo } from 'react';
import { getOrSet } from '../shared/memo.js';

/** One backlog's view, with the ids of the rows it shows in the order shown. */
export interface ShownView {
  readonly id: string;
  /** Undefined for a backlog the plan does not have. */
  readonly view: BacklogView | undefined;
  readonly shownIds: readonly string[];
}

export interface BacklogViewsOptions {
  readonly groupBy: BacklogGroupBy;
  readonly filter: BacklogFilter;
  /** The backlog drawn in a framework's order, if any. */
  readonly previewing: string | null;
  /** Each shown backlog in the framework's order (the previewed one's order comes from here). */
  readonly priorities: ReadonlyMap<string, BacklogPriority>;
}

const shownView = (id: string, view: BacklogView | undefined): ShownView => ({
  id,
  view,
  shownIds: view?.rows.map((row) => row.item.id) ?? [],
});

/**
 * What each shown backlog draws: core's `backlogView`, filtered and grouped, the previewed one in
 * its framework's order. Each backlog's view as it stands today is kept while the plan, grouping
 * and filter (by its contents) stay: starting or ending a preview redraws the backlog previewed
 * and hands the others the same objects, so their memoised columns and rows do not render again.
 *
 * @example
 * const views = useBacklogViews(plan, JSON.stringify(['backlog-product']), { groupBy, filter, previewing, priorities });
 * views[0]?.shownIds; // the product backlog's item ids, in the order drawn
 */
export function useBacklogViews(plan: Plan, idsKey: string, options: BacklogViewsOptions): readonly ShownView[] {
  const { groupBy, filter, previewing, priorities } = options;
  const filterKey = JSON.stringify(filter);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the filter's contents
  const today = useMemo(() => new Map<string, ShownView>(), [plan, groupBy, filterKey]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `filter` and `groupBy` change `today`
  return useMemo(
    () =>
      (JSON.parse(idsKey) as string[]).map((id) => {
        const order = id === previewing ? priorities.get(id)?.order : undefined;
        if (order) return shownView(id, backlogView(plan, id, { groupBy, filter, order }));
        return getOrSet(today, id, () => shownView(id, backlogView(plan, id, { groupBy, filter })));
      }),
    [today, idsKey, previewing, priorities],
  );
}
