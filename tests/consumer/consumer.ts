// Type-checked with Node's own module resolution and no source condition: only the shipped
// declarations are visible, exactly as in a host app.
import {
  applyChange,
  type Change,
  createPlan,
  createPlanHistory,
  ITEM_KINDS,
  type ItemKind,
  type ItemTrace,
  invertChange,
  type PlanHistoryState,
  type PlanProblem,
  traceItem,
  validatePlan,
} from '@throughline/core';
import { csvField, memo, perPlan, stackRows } from '@throughline/core/internal';
import { type GeneratePlanOptions, generatePlan, samplePlan } from '@throughline/core/sample';
import { type ImportReport, importJiraCsv, type JiraImportOptions } from '@throughline/import';
import {
  type AlignmentReportProps,
  type RoadmapTimelineProps,
  type ThemeToken,
  type TraceabilityMatrixProps,
  themeTokens,
  type UsePlanHistoryResult,
  usePlanHistory,
} from '@throughline/react';

const kind: ItemKind = ITEM_KINDS[0];
export const timelineProps: RoadmapTimelineProps = { plan: samplePlan(), lanesBy: 'goal', audience: 'executive' };
export const matrixProps: TraceabilityMatrixProps = { plan: samplePlan(), rows: 'initiatives', cols: ['bug'] };
export const reportProps: AlignmentReportProps = { plan: samplePlan(), today: '2026-11-25', onSelect: () => {} };
const token: ThemeToken | undefined = themeTokens[0];
const plan = createPlan(samplePlan());
const trace: ItemTrace | undefined = traceItem(plan, 'STORY-1');
const change: Change = { type: 'set-status', itemId: 'STORY-1', status: 'done' };
const undo: Change = invertChange(plan, change);
const result = applyChange(plan, change);
const problems: readonly PlanProblem[] = (() => {
  const r = validatePlan({});
  return r.ok ? r.warnings : r.errors;
})();
const importOptions: JiraImportOptions = { baseUrl: 'https://acme.atlassian.net', initiativesFrom: 'epics' };
const report: ImportReport = importJiraCsv('Issue key,Summary\nA-1,One\n', importOptions).report;
export const imported: number = report.totals.items + (validatePlan(importJiraCsv('').input).ok ? 0 : 1);
export const summary: string = `${kind} ${token?.name ?? ''} ${trace?.status} ${undo.type} ${result.ok} ${problems.length}`;
const generated: GeneratePlanOptions = { seed: 2, items: 10 };
const state: PlanHistoryState = createPlanHistory(createPlan(generatePlan(generated))).getState();
const count = perPlan((p) => p.items.length);
const rows = memo(
  (p: typeof plan) => [p] as const,
  (p) => stackRows(p.initiatives.map((i) => ({ start: i.start ?? '', end: i.end ?? '' }))).count,
);
export const hook: (initial: typeof plan) => UsePlanHistoryResult = usePlanHistory;
export const internals = `${csvField(state.changes.length)} ${count(plan)} ${rows(plan)}`;
