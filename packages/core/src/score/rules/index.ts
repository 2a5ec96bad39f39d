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
import { suspectLinksRule } from './suspectLinksRule.js';
import { unalignedPriority } from './unalignedPriority.js';
import { unservedGoal } from './unservedGoal.js';

/**
 * Every rule, by id, in the order findings are reported. Each has a description, a default level
 * and default options; `ScoreOptions.rules` turns them off or on and changes their thresholds.
 *
 * @example
 * Object.values(RULES).map((rule) => `${rule.id}: ${rule.description}`);
 * scoreAlignment(plan, { rules: { 'stale-items': ['warn', { staleDays: 60 }] } });
 */
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
  'suspect-links': suspectLinksRule,
} as const;

/** The id of a scoring rule: a key of `RULES`, such as `'unaligned-priority'`. */
export type RuleId = keyof typeof RULES;
/** The thresholds one rule takes, by its id: `RuleOptionsOf<'stale-items'>` is `{ staleDays: number }`. */
export type RuleOptionsOf<K extends RuleId> = (typeof RULES)[K] extends Rule<infer O> ? O : never;
