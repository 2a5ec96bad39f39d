import type { Rule } from '../types.js';
import { contextFreeItems } from './contextFreeItems.js';
import { currentInitiativeWithoutWork } from './currentInitiativeWithoutWork.js';
import { dependencyScheduledLater } from './dependencyScheduledLater.js';
import { farHorizonCommitment } from './farHorizonCommitment.js';
import { implementationOnRoadmap } from './implementationOnRoadmap.js';
import { initiativeWithoutGoal } from './initiativeWithoutGoal.js';
import { oversizedBacklog } from './oversizedBacklog.js';
import { refinementShape } from './refinementShape.js';
import { sprintItemWithoutCriteria } from './sprintItemWithoutCriteria.js';
import { sprintOverCapacity } from './sprintOverCapacity.js';
import { staleItems } from './staleItems.js';
import { strategySizedItem } from './strategySizedItem.js';
import { unalignedPriority } from './unalignedPriority.js';
import { unservedGoal } from './unservedGoal.js';

/** Every rule, in the order findings are reported. */
export const RULES = {
  'unaligned-priority': unalignedPriority,
  'strategy-sized-item': strategySizedItem,
  'implementation-on-roadmap': implementationOnRoadmap,
  'initiative-without-goal': initiativeWithoutGoal,
  'current-initiative-without-work': currentInitiativeWithoutWork,
  'unserved-goal': unservedGoal,
  'refinement-shape': refinementShape,
  'stale-items': staleItems,
  'context-free-items': contextFreeItems,
  'oversized-backlog': oversizedBacklog,
  'far-horizon-commitment': farHorizonCommitment,
  'sprint-over-capacity': sprintOverCapacity,
  'sprint-item-without-criteria': sprintItemWithoutCriteria,
  'dependency-scheduled-later': dependencyScheduledLater,
} as const;

export type RuleId = keyof typeof RULES;
export type RuleOptionsOf<K extends RuleId> = (typeof RULES)[K] extends Rule<infer O> ? O : never;
