export type { AlignmentReportProps, AlignmentReportSlot } from './AlignmentReport/AlignmentReport.js';
export { AlignmentReport } from './AlignmentReport/AlignmentReport.js';
export type { AlignmentReportMessages, ScoreChangeDirection } from './AlignmentReport/messages.js';
export { defaultAlignmentReportMessages } from './AlignmentReport/messages.js';
export type { BacklogListProps, BacklogListSlot } from './BacklogList/BacklogList.js';
export { BacklogList } from './BacklogList/BacklogList.js';
export type { BacklogListMessages } from './BacklogList/messages.js';
export { defaultBacklogListMessages } from './BacklogList/messages.js';
export type { UsePlanHistoryResult } from './history/usePlanHistory.js';
export { usePlanHistory } from './history/usePlanHistory.js';
export type { PriorityMatrixMessages } from './PriorityMatrix/messages.js';
export { defaultPriorityMatrixMessages } from './PriorityMatrix/messages.js';
export type { PriorityMatrixProps, PriorityMatrixSlot } from './PriorityMatrix/PriorityMatrix.js';
export { PriorityMatrix } from './PriorityMatrix/PriorityMatrix.js';
export type { TimelineImageColors, TimelineImageOptions } from './RoadmapTimeline/exportImage.js';
export { svgToPng, timelineSvg } from './RoadmapTimeline/exportImage.js';
export type { TimelineGeometry, TimelineGeometryOptions, TimelineZoom } from './RoadmapTimeline/geometry.js';
export { timelineGeometry } from './RoadmapTimeline/geometry.js';
export type { RoadmapTimelineMessages } from './RoadmapTimeline/messages.js';
export { defaultRoadmapTimelineMessages } from './RoadmapTimeline/messages.js';
export type {
  RoadmapTimelineFile,
  RoadmapTimelineProps,
  RoadmapTimelineSlot,
  TimelineSelectionKind,
} from './RoadmapTimeline/RoadmapTimeline.js';
export { RoadmapTimeline } from './RoadmapTimeline/RoadmapTimeline.js';
export type { TimelineExportFormat } from './RoadmapTimeline/TimelineToolbar.js';
export type { FindingListMessages } from './shared/FindingList.js';
export { defaultFindingListMessages } from './shared/FindingList.js';
export type { PriorityMessages } from './shared/priorityMessages.js';
export { defaultPriorityMessages } from './shared/priorityMessages.js';
export type { SalvageNoticeProps } from './shared/SalvageNotice.js';
export { SalvageNotice } from './shared/SalvageNotice.js';
export type { SalvageMessages } from './shared/salvageMessages.js';
export { defaultSalvageMessages } from './shared/salvageMessages.js';
export type { BaselineInput, BaselineUnreadable } from './shared/useBaseline.js';
export { isBaselineView, useBaseline } from './shared/useBaseline.js';
export type { Salvaged, SalvageProps } from './shared/usePlan.js';
export { usePriorities } from './shared/usePriorities.js';
export type { TraceabilityMatrixMessages } from './TraceabilityMatrix/messages.js';
export { defaultTraceabilityMatrixMessages } from './TraceabilityMatrix/messages.js';
export type {
  MatrixHeatmap,
  TraceabilityMatrixFile,
  TraceabilityMatrixProps,
  TraceabilityMatrixSlot,
} from './TraceabilityMatrix/TraceabilityMatrix.js';
export { TraceabilityMatrix } from './TraceabilityMatrix/TraceabilityMatrix.js';
export type { ThemeToken, ThemeTokenGroup } from './theme/tokens.js';
export { themeTokens } from './theme/tokens.js';
