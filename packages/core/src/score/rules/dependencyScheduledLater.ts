import { dependencyTiming } from '../../model/dependencies.js';
import { getPlanIndex } from '../../model/planIndex.js';
import type { Rule } from '../types.js';

/** Seed: the roadmap sequences initiatives and manages dependencies; a dependency landing later breaks that. */
export const dependencyScheduledLater: Rule = {
  id: 'dependency-scheduled-later',
  description: 'An initiative depends on one that ends after it starts, or sits in a later horizon.',
  defaultLevel: 'error',
  defaults: {},
  check({ plan }) {
    const index = getPlanIndex(plan);
    const findings = [];
    for (const initiative of plan.initiatives) {
      if (initiative.status === 'dropped') continue;
      for (const depId of initiative.dependsOn) {
        const dep = index.initiatives.get(depId);
        if (!dep || dep.status === 'done' || dep.status === 'dropped') continue;
        const { endsAfter, laterHorizon } = dependencyTiming(index, initiative, dep);
        if (!endsAfter && !laterHorizon) continue;
        const why = laterHorizon
          ? `sits in a later horizon (${index.horizons.get(dep.horizonId ?? '')?.title})`
          : `ends on ${dep.end}, after it starts on ${initiative.start}`;
        findings.push({
          message: `"${initiative.title}" (${initiative.id}) depends on "${dep.title}" (${dep.id}), which ${why}.`,
          ids: [initiative.id, dep.id],
          hint: 'Bring the dependency forward, move this initiative back, or cut the dependency.',
        });
      }
    }
    return findings;
  },
};
