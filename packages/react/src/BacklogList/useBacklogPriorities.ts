'use client';
import { type BacklogPriority, backlogPriority, type Plan, type PriorityReport } from '@throughline/core';
import { useMemo } from 'react';

/** The board's scores: the report, and each shown backlog in the framework's order. */
export interface BacklogPriorities {
  /** Undefined without a `priority`. */
  readonly report: PriorityReport | undefined;
  /** Each shown backlog in the framework's order, by backlog id; empty without a `priority`. */
  readonly backlogs: ReadonlyMap<string, BacklogPriority>;
}

const NONE: ReadonlyMap<string, BacklogPriority> = new Map();

/**
 * The shown backlogs in the order of the host's priority report: core's `backlogPriority` for each
 * backlog, recomputed only when the plan, the report or the backlogs shown change. Items the
 * report does not know (a report of an older plan) count as unscored.
 *
 * @example
 * const { report, backlogs } = useBacklogPriorities(plan, idsKey, scorePriorities(plan, { framework: 'rice' }));
 * backlogs.get('backlog-product')?.moves; // 12
 */
export function useBacklogPriorities(
  plan: Plan,
  /** The shown backlogs' ids, as JSON (the board's key for them). */
  idsKey: string,
  report: PriorityReport | undefined,
): BacklogPriorities {
  const backlogs = useMemo(() => {
    if (!report) return NONE;
    const byBacklog = new Map<string, BacklogPriority>();
    for (const id of JSON.parse(idsKey) as string[]) {
      const order = backlogPriority(plan, id, report);
      if (order) byBacklog.set(id, order);
    }
    return byBacklog;
  }, [plan, idsKey, report]);
  return { report, backlogs };
}
