'use client';
import {
  type AlignmentReportView,
  alignmentReportView,
  type Plan,
  type ScoreOptions,
  type AlignmentReport as ScoreReport,
  type SuspectLink,
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
  /** The links suspect against a baseline: the plan is scored with them (they count half). */
  readonly suspects?: readonly SuspectLink[] | undefined;
}

/** The report a view draws, and the day it was scored for. */
export interface DrawnReport {
  readonly report: ScoreReport;
  readonly today: string;
}

/**
 * The report to draw: the host's `report` when given, otherwise the scorer's report for the plan on
 * `today` (computed once per plan, day and options, and shared with the other views through
 * `reportFor`), scored with the `suspects` of a baseline when there is one. Memoised on its inputs.
 *
 * @example
 * const { report, today } = useReport({ plan, today: '2026-11-25', suspects: baseline?.suspects });
 * report.score; // 74.2
 */
export function useReport(input: ReportViewInput): DrawnReport {
  const { plan, report: given, scoreOptions, suspects } = input;
  // Without a `today`, the day the view first rendered: a report must not change under the
  // reader at midnight.
  const [firstDay] = useState(() => input.today ?? todayIso());
  const today = input.today ?? firstDay;
  const options = useMemo(() => (suspects ? { ...scoreOptions, suspects } : scoreOptions), [scoreOptions, suspects]);
  return useMemo(() => ({ report: given ?? reportFor(plan, today, options), today }), [given, plan, today, options]);
}

/**
 * The view-model of a report: what the view draws, by core's `alignmentReportView`. Memoised on
 * its inputs.
 *
 * @example
 * const view = useReportView(useReport({ plan, today: '2026-11-25' }), plan, undefined);
 * view.gauge.score; // 81.7
 */
export function useReportView(
  drawn: DrawnReport,
  plan: Plan,
  scoreOptions: Omit<ScoreOptions, 'today'> | undefined,
): AlignmentReportView {
  const { report, today } = drawn;
  return useMemo(
    () => alignmentReportView(report, plan, { scoreOptions: { ...scoreOptions, today } }),
    [report, plan, scoreOptions, today],
  );
}
