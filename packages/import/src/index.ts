/**
 * @throughline/import — Jira CSV, Linear CSV, GitHub issues and any CSV into Throughline plan input,
 * with a report of what was mapped, what was not and which rows could not be read. Pure functions
 * that run in the browser and in Node; feed `input` to `salvagePlan` (keeps everything valid and
 * says what it set aside) or to `createPlan` / `validatePlan` from `@throughline/core`.
 */
export type { CsvColumns, CsvMapping } from './csv/importCsv.js';
export { importCsv } from './csv/importCsv.js';
export type { GitHubImportOptions } from './github/importGitHubIssues.js';
export { importGitHubIssues } from './github/importGitHubIssues.js';
export { importJiraCsv, JIRA_COLUMNS } from './jira/importJiraCsv.js';
export type { JiraImportOptions } from './jira/jira.types.js';
export type { LinearImportOptions } from './linear/importLinearCsv.js';
export { importLinearCsv, LINEAR_COLUMNS, stripFormulaGuard } from './linear/importLinearCsv.js';
export { toIsoDate } from './shared/dates.js';
export type {
  ColumnUse,
  ImportOptions,
  ImportReport,
  ImportResult,
  ImportSource,
  ImportTotals,
  KindMapping,
  RowProblem,
  StatusMapping,
  ValueCount,
} from './types.js';
