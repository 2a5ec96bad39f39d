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
} from './model/vocabulary.js';
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
  Theme,
  Vision,
} from './model/types.js';
export type { PlanProblem, ProblemCode, ProblemSeverity } from './validate/problems.js';
export { PlanValidationError, PROBLEM_CODES } from './validate/problems.js';
export type { PlanInput } from './validate/schema.js';
export type { ValidationResult } from './validate/validatePlan.js';
export { createPlan, isPlan, validatePlan } from './validate/validatePlan.js';
