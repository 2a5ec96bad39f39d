'use client';
import {
  type AlignmentReportView,
  alignmentReportView,
  type Plan,
  type ScoreOptions,
  type AlignmentReport as ScoreReport,
} from '@throughline/core';
import { useMemo, useState } from 'react';
import { reportFor, todayIso } from '../shared/scoreReport.js';

/** What the report view is drawn from: the plan, and the host's report or the options to score it. */
export interface ReportViewInput {
  readonly plan: Plan;
  /** A report the host computed: drawn as it is, the plan naming what it concerns. */
  readonly report?: ScoreReport | undefined;
  readonly scoreOptions?: Omit<ScoreOptions, 'today'> | undefined;
  /** `YYYY-MM-DD`; default the current UTC date, fixed for the view's lifetime. */
  readonly today?: string | undefined;
}

/**
 * The report to draw and its view-model: the host's `report` when given, otherwise the scorer's
 * report for the plan on `today` (computed once per plan, day and options, and shared with the
 * other views through `reportFor`), turned into what the view draws by core's
 * `alignmentReportView`. Memoised on its inputs.
 *
 * @example
 * const view = useReportView({ plan, today: '2026-11-25' });
 * view.gauge.score; // 81.7
 */
export function useReportView(input: ReportViewInput): AlignmentReportView {
  const { plan, report: given, scoreOptions } = input;
  // Without a `today`, the day the view first rendered: a report must not change under the
  // reader at midnight.
  const [firstDay] = useState(() => input.today ?? todayIso());
  const today = input.today ?? firstDay;
  const report = useMemo(() => given ?? reportFor(plan, today, scoreOptions), [given, plan, today, scoreOptions]);
  return useMemo(
    () => alignmentReportView(report, plan, { scoreOptions: { ...scoreOptions, today } }),
    [report, plan, scoreOptions, today],
  );
}
