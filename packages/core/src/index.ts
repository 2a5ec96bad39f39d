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
