import { getPlanIndex } from '../model/planIndex.js';
import type { Plan, PlanRefKind } from '../model/types.js';
import type { ReportRef } from './alignmentReportTypes.js';

/**
 * A function that looks an id up in the plan and says what it names: `{ kind, id, title }`, or
 * `{ kind: null, id, title: null }` when nothing in the plan has that id. Ids are unique across a
 * valid plan, so an id names at most one thing; its kind is found by looking, never read from the
 * id. Each id is looked up once per resolver, and the same ref is returned for it every time.
 *
 * @example
 * const refOf = refResolver(plan);
 * refOf('init-gantt'); // { kind: 'initiative', id: 'init-gantt', title: 'Gantt chart view for Northwind Logistics' }
 * refOf('gone');       // { kind: null, id: 'gone', title: null }
 */
export function refResolver(plan: Plan): (id: string) => ReportRef {
  const index = getPlanIndex(plan);
  const lists: readonly (readonly [PlanRefKind, ReadonlyMap<string, { readonly title: string }>])[] = [
    ['item', index.items],
    ['initiative', index.initiatives],
    ['goal', index.goals],
    ['backlog', index.backlogs],
    ['feature', index.features],
    ['theme', index.themes],
    ['milestone', index.milestones],
    ['horizon', index.horizons],
  ];
  // A report names the same ids over and over (an item in three findings): looked up once each.
  const known = new Map<string, ReportRef>();
  return (id) => {
    const seen = known.get(id);
    if (seen) return seen;
    let ref: ReportRef = { kind: null, id, title: null };
    for (const [kind, byId] of lists) {
      const entity = byId.get(id);
      if (entity) {
        ref = { kind, id, title: entity.title };
        break;
      }
    }
    known.set(id, ref);
    return ref;
  };
}
