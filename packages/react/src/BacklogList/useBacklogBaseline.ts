'use client';
import type { Plan } from '@throughline/core';
import { useMemo } from 'react';
import { type BaselineInput, isBaselineView } from '../shared/useBaseline.js';
import { backlogSince, rowSince } from './backlogSince.js';
import type { BaselineBoardValue } from './baselineContext.js';

/**
 * The board's baseline for its rows and headers: null without a readable `baseline`, else each
 * shown backlog's moves and new items (`backlogSince`, once per baseline, plan and backlogs shown)
 * and the name to say them "since".
 *
 * @example
 * const baseline = useBacklogBaseline(useBaseline(plan, lastQuarter), plan, idsKey, 'the baseline');
 * baseline?.backlogs.get('backlog-product')?.moved; // 1
 */
export function useBacklogBaseline(
  baseline: BaselineInput,
  plan: Plan,
  /** The shown backlogs' ids, as JSON (the board's key for them). */
  idsKey: string,
  /** What to call a baseline without a label. */
  unlabelled: string,
): BaselineBoardValue | null {
  return useMemo(() => {
    if (!baseline || !isBaselineView(baseline)) return null;
    const backlogs = backlogSince(baseline, plan, JSON.parse(idsKey) as string[]);
    return {
      since: baseline.diff.before.label ?? unlabelled,
      backlogs,
      row: (backlogId, itemId) => rowSince(baseline, backlogs, backlogId, itemId),
    };
  }, [baseline, plan, idsKey, unlabelled]);
}
