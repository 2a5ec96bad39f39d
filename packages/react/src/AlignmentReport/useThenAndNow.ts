'use client';
import { type BaselineView, type ScoreOptions, type ScoreThenAndNow, scoreDeltas } from '@throughline/core';
import { useMemo } from 'react';
import { reportFor } from '../shared/scoreReport.js';
import type { DrawnReport } from './useReportView.js';

/**
 * The score then and now against a readable baseline: the baseline's plan scored as it stood (on
 * the same day and options, computed once per plan through `reportFor`), beside the report the
 * view draws (`scoreDeltas`). Undefined without a baseline.
 *
 * @example
 * const change = useThenAndNow(baseline, useReport({ plan, suspects: baseline?.suspects }), undefined);
 * change?.delta; // -8.4
 */
export function useThenAndNow(
  baseline: BaselineView | undefined,
  drawn: DrawnReport,
  scoreOptions: Omit<ScoreOptions, 'today'> | undefined,
): ScoreThenAndNow | undefined {
  const { report, today } = drawn;
  return useMemo(() => {
    if (!baseline) return undefined;
    // The baseline is scored as it stood: suspects are today's, never applied to it.
    const { suspects: _today, ...options } = scoreOptions ?? {};
    return scoreDeltas(reportFor(baseline.before, today, options), report);
  }, [baseline, report, today, scoreOptions]);
}
