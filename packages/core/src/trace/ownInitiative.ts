import type { PlanIndex } from '../model/planIndex.js';
import type { Feature, Initiative, Item } from '../model/types.js';

/**
 * The initiative an item names itself, before its ancestors count: its own `initiativeId`, else
 * its feature's initiative. One definition for `traceItem` and the per-plan traces.
 */
export function ownInitiative(
  item: Item,
  index: PlanIndex,
): { readonly initiative: Initiative; readonly feature?: Feature } | undefined {
  if (item.initiativeId !== undefined) {
    const initiative = index.initiatives.get(item.initiativeId);
    if (initiative) return { initiative };
  }
  if (item.featureId !== undefined) {
    const feature = index.features.get(item.featureId);
    const initiative = feature?.initiativeId === undefined ? undefined : index.initiatives.get(feature.initiativeId);
    if (feature && initiative) return { initiative, feature };
  }
  return undefined;
}
