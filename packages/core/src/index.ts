export { applyChange } from './changes/applyChange.js';
export { invertChange } from './changes/invertChange.js';
export type {
  Change,
  ChangeError,
  ChangeErrorCode,
  ChangeResult,
  ChangeType,
  PriorityUpdate,
} from './changes/types.js';
export type {
  DateMove,
  DiffOptions,
  OrderMove,
  PlanDiff,
  PlanDiffEntry,
  PlanDiffKind,
  PlanDiffSummary,
  RescheduleDirection,
  SummaryMove,
} from './diff/diff.types.js';
export { diffPlans } from './diff/diffPlans.js';
export type { PlanOrSnapshot, PlanSnapshot, ReadPlan } from './diff/snapshot.js';
export { looksLikeSnapshot, readPlanOrSnapshot, SNAPSHOT_VERSION, snapshotPlan } from './diff/snapshot.js';
export type { PlanHistory, PlanHistoryOptions, PlanHistoryState } from './history/index.js';
export { createPlanHistory } from './history/index.js';
export * from './interaction/index.js';
export {
  addDays,
  addMonths,
  daysBetween,
  formatIsoDate,
  isCalendarDate,
  isoDateOf,
  isoToday,
  parseIsoDate,
  utcDate,
} from './model/calendar.js';
export type { BacklogPlace, PlanIndex } from './model/planIndex.js';
export { getPlanIndex } from './model/planIndex.js';
export type {
  AcceptanceCriterion,
  Backlog,
  BugSeverity,
  Feature,
  Goal,
  GoalMetric,
  Horizon,
  Initiative,
  InitiativeSource,
  IsoDate,
  Item,
  Milestone,
  Plan,
  PlanData,
  PlanRef,
  PlanRefKind,
  Theme,
  Vision,
} from './model/types.js';
export type {
  BacklogKind,
  Confidence,
  HorizonKind,
  InitiativeStatus,
  ItemKind,
  ItemStatus,
  MilestoneKind,
} from './model/vocabulary.js';
export {
  BACKLOG_KINDS,
  CONFIDENCE_LEVELS,
  HORIZON_KINDS,
  INITIATIVE_STATUSES,
  ITEM_KINDS,
  ITEM_STATUSES,
  MILESTONE_KINDS,
  MOSCOW_CATEGORIES,
} from './model/vocabulary.js';
export type { BacklogPriority, BacklogPriorityEntry, RankGap } from './priority/backlogPriority.js';
export { backlogPriority, rankGap } from './priority/backlogPriority.js';
export type {
  IceInputs,
  MoscowCategory,
  MoscowCheck,
  PriorityCriterion,
  PriorityFramework,
  PriorityInputs,
  PriorityOptions,
  PriorityPlacement,
  PriorityProblem,
  PriorityReport,
  PriorityScore,
  RiceInputs,
  StrategicFloorOptions,
  ValueEffortInputs,
  WsjfInputs,
} from './priority/priority.types.js';
export type { BatchChange, RankByResult } from './priority/rankBy.js';
export { rankBy } from './priority/rankBy.js';
export { scorePriorities } from './priority/scorePriorities.js';
export type {
  /** @deprecated Import from `@throughline/core/sample`; the root stops exporting it in the next release. */
  GeneratePlanOptions,
} from './sample/generatePlan.js';
export {
  /** @deprecated Import from `@throughline/core/sample`; the root stops exporting it in the next release. */
  generatePlan,
} from './sample/generatePlan.js';
export {
  /** @deprecated Import from `@throughline/core/sample`; the root stops exporting it in the next release. */
  samplePlan,
} from './sample/samplePlan.js';
export type { FindingGroup } from './score/groupFindings.js';
export { groupFindings } from './score/groupFindings.js';
export type { InitiativeWork } from './score/initiativeWork.js';
export { getInitiativeWork } from './score/initiativeWork.js';
export { getItemReadiness, itemReadiness } from './score/readiness.js';
export type { RuleId, RuleOptionsOf } from './score/rules/index.js';
export { RULES } from './score/rules/index.js';
export type { ScoreOptions } from './score/scoreAlignment.js';
export { DEFAULT_WEIGHTS, scoreAlignment } from './score/scoreAlignment.js';
export type {
  AlignmentReport,
  Finding,
  FindingSeverity,
  GoalReport,
  InitiativeReport,
  ItemReport,
  Readiness,
  Rule,
  RuleLevel,
  RuleSetting,
  SubScore,
  SubScoreName,
} from './score/types.js';
export { linkMeaning } from './suspect/linkMeaning.js';
export type { ReviewLinkChange } from './suspect/reviewLink.js';
export type {
  LinkMeaning,
  LinkRef,
  LinkReview,
  MeaningValue,
  SuspectChange,
  SuspectLink,
  SuspectReason,
} from './suspect/suspect.types.js';
export { suspectLinks } from './suspect/suspectLinks.js';
export type { ItemTraces } from './trace/itemTraces.js';
export { getItemTraces } from './trace/itemTraces.js';
export type { ItemTrace, TracedGoal, TracedInitiative, TraceLinkKind, TraceStatus } from './trace/traceItem.js';
export { traceItem } from './trace/traceItem.js';
export type { PlanProblem, ProblemCode, ProblemSeverity } from './validate/problems.js';
export { PlanValidationError, PROBLEM_CODES } from './validate/problems.js';
export { salvagePlan } from './validate/salvagePlan.js';
export type {
  PlanCollection,
  SalvageProblem,
  SalvageResult,
  SalvageSummary,
  SetAside,
  SetAsideKind,
} from './validate/salvageTypes.js';
export type { PlanInput } from './validate/schema.js';
export type { ValidationResult } from './validate/validatePlan.js';
export { createPlan, isPlan, validatePlan } from './validate/validatePlan.js';
export type {
  AlignmentReportEmptyReason,
  AlignmentReportView,
  AlignmentReportViewOptions,
  RefinementBand,
  RefinementBandName,
  ReportBar,
  ReportFinding,
  ReportFindings,
  ReportGauge,
  ReportGoal,
  ReportGoals,
  ReportRef,
  ReportShape,
  ScoreBand,
} from './views/alignmentReportTypes.js';
export { alignmentReportView } from './views/alignmentReportView.js';
export type { BacklogDrop } from './views/backlogMoves.js';
export {
  /** @deprecated Internal: import from `@throughline/core/internal`; the root stops exporting it in the next release. */
  anchorForOver,
  dropChange,
} from './views/backlogMoves.js';
export type {
  BacklogFilter,
  BacklogGroup,
  BacklogGroupBy,
  BacklogRow,
  BacklogView,
  BacklogViewOptions,
  EntityRef,
} from './views/backlogView.js';
export { backlogView } from './views/backlogView.js';
export type {
  BaselineFilter,
  BaselineSpan,
  BaselineView,
  ScoreThenAndNow,
  SpanAt,
  SubScoreDelta,
} from './views/baselineTypes.js';
export { baselineView, scoreThenAndNow } from './views/baselineView.js';
export { matrixEmptyAxes } from './views/matrixEmpty.js';
export { matrixCsv } from './views/matrixExport.js';
export type { MatrixSuspects } from './views/matrixSuspects.js';
export { matrixSuspects } from './views/matrixSuspects.js';
export type { MatrixToggle } from './views/matrixToggle.js';
export { matrixToggle } from './views/matrixToggle.js';
export type {
  MatrixCell,
  MatrixColumn,
  MatrixColumnsBy,
  MatrixEmptyAxis,
  MatrixEmptyReason,
  MatrixLink,
  MatrixRow,
  MatrixRowsBy,
  MatrixSort,
  MatrixView,
  MatrixViewOptions,
} from './views/matrixTypes.js';
export { matrixView } from './views/matrixView.js';
export type { PriorityKnob, PriorityKnobs } from './views/priorityKnobs.js';
export { priorityKnobs } from './views/priorityKnobs.js';
export { priorityQuadrant, prioritySplit } from './views/priorityMatrixAxes.js';
export type { PriorityAxisName, PriorityKeyAction, PriorityKeyState } from './views/priorityMatrixKeys.js';
export { priorityKeyAction } from './views/priorityMatrixKeys.js';
export type {
  PriorityAxis,
  PriorityColorBy,
  PriorityEmptyReason,
  PriorityEntities,
  PriorityLegendEntry,
  PriorityMatrixEmpty,
  PriorityMatrixOptions,
  PriorityMatrixSplit,
  PriorityMatrixView,
  PriorityMissingInput,
  PriorityPoint,
  PriorityQuadrant,
  PrioritySplit,
  PriorityValueScale,
} from './views/priorityMatrixTypes.js';
export { priorityMatrixView } from './views/priorityMatrixView.js';
export { scoreDeltas } from './views/scoreDeltas.js';
export type { TimelineRecord } from './views/timelineExport.js';
export {
  /** @deprecated Internal: import from `@throughline/core/internal`; the root stops exporting it in the next release. */
  csvField,
  timelineCsv,
  timelineRecords,
} from './views/timelineExport.js';
export type { RescheduleTarget, TimelineMove, TimelineStep } from './views/timelineMoves.js';
export { rescheduleTarget } from './views/timelineMoves.js';
export {
  /** @deprecated Internal: import from `@throughline/core/internal`; the root stops exporting it in the next release. */
  stackRows,
} from './views/timelineRows.js';
export type { TimelineNotice, UnscheduledGroup } from './views/timelineShape.js';
export { timelineNotices, unscheduledGroups } from './views/timelineShape.js';
export type {
  TimelineAudience,
  TimelineBar,
  TimelineBarDependency,
  TimelineDependency,
  TimelineLane,
  TimelineLanesBy,
  TimelineLayout,
  TimelineView,
  TimelineViewOptions,
} from './views/timelineTypes.js';
export { timelineView } from './views/timelineView.js';
export type {
  TimelineOpening,
  TimelineOpeningReason,
  TimelineWindowOptions,
  TimelineWorkAside,
} from './views/timelineWindow.js';
export { initialWindow, workOutside } from './views/timelineWindow.js';
