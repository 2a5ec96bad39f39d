export { createPlanHistory } from './createPlanHistory.js';
export type { PlanHistory, PlanHistoryOptions, PlanHistoryState } from './planHistory.types.js';
