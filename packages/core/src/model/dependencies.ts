import type { PlanIndex } from './planIndex.js';
import type { Initiative } from './types.js';

export interface DependencyTiming {
  /** The dependency ends after the dependant starts (both dated). */
  readonly endsAfter: boolean;
  /** The dependency sits in a later horizon than the dependant. */
  readonly laterHorizon: boolean;
}

/**
 * Whether a dependency lands too late for the initiative that needs it. One definition for the
 * scorer's `dependency-scheduled-later` rule and the timeline's late-dependency arrows.
 */
export function dependencyTiming(index: PlanIndex, initiative: Initiative, dependency: Initiative): DependencyTiming {
  const endsAfter = dependency.end !== undefined && initiative.start !== undefined && dependency.end > initiative.start;
  const mine = initiative.horizonId === undefined ? undefined : index.horizonRank.get(initiative.horizonId);
  const theirs = dependency.horizonId === undefined ? undefined : index.horizonRank.get(dependency.horizonId);
  return { endsAfter, laterHorizon: mine !== undefined && theirs !== undefined && theirs > mine };
}
