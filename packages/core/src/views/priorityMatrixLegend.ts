import { getPlanIndex } from '../model/planIndex.js';
import type { Plan } from '../model/types.js';
import { getItemTraces } from '../trace/itemTraces.js';
import type { PriorityColorBy, PriorityLegendEntry } from './priorityMatrixTypes.js';

/** A point to colour: an item or an initiative, by id. */
type Ref = { readonly kind: 'item' | 'initiative'; readonly id: string };

/**
 * The goal or theme that colours an item or an initiative, or `undefined` for none. By goal: the
 * first goal its work reaches (an initiative's own goals, then its theme's; an item's through the
 * initiative it reaches). By theme: the theme of that initiative.
 *
 * @example
 * colorSource(plan, { kind: 'item', id: 'STORY-12' }, 'goal'); // { id: 'goal-activation', title: …, color: … }
 */
export function colorSource(
  plan: Plan,
  ref: Ref,
  colorBy: PriorityColorBy,
): { readonly id: string; readonly title: string; readonly color?: string | undefined } | undefined {
  const index = getPlanIndex(plan);
  const traces = getItemTraces(plan);
  let initiativeId: string | undefined;
  let goalId: string | undefined;
  if (ref.kind === 'initiative') {
    initiativeId = ref.id;
    goalId = traces.goalsOfInitiative.get(ref.id)?.[0];
  } else {
    const p = index.itemPosition.get(ref.id);
    if (p === undefined) return undefined;
    initiativeId = traces.initiativeId[p];
    goalId = traces.goalIds[p]?.[0];
  }
  if (colorBy === 'goal') return goalId === undefined ? undefined : index.goals.get(goalId);
  const themeId = initiativeId === undefined ? undefined : index.initiatives.get(initiativeId)?.themeId;
  return themeId === undefined ? undefined : index.themes.get(themeId);
}

/**
 * The legend of a set of points coloured by goal or theme, and the entry each point takes (by
 * position in `refs`). Entries come in the plan's order of goals or themes, each with its place
 * in that list as its palette slot (so a goal keeps its colour whatever else is drawn), and the
 * entry for work that reaches none last; only entries some point takes are listed.
 *
 * @example
 * const { legend, of } = priorityLegend(plan, [{ kind: 'item', id: 'A' }, { kind: 'item', id: 'B' }], 'goal');
 * legend; // [{ id: 'goal-activation', title: 'Activation', slot: 0, count: 1 }, { id: null, title: '', slot: -1, count: 1 }]
 * of; // [0, 1]
 */
export function priorityLegend(
  plan: Plan,
  refs: readonly Ref[],
  colorBy: PriorityColorBy,
): { readonly legend: readonly PriorityLegendEntry[]; readonly of: readonly number[] } {
  const list = colorBy === 'goal' ? plan.goals : plan.themes;
  const slotOf = new Map(list.map((entity, slot) => [entity.id, slot]));
  const counts = new Map<string | null, number>();
  const ids = refs.map((ref) => {
    const id = colorSource(plan, ref, colorBy)?.id ?? null;
    counts.set(id, (counts.get(id) ?? 0) + 1);
    return id;
  });
  const legend: PriorityLegendEntry[] = [];
  for (const entity of list) {
    const count = counts.get(entity.id);
    if (count === undefined) continue;
    legend.push({ id: entity.id, title: entity.title, color: entity.color, slot: slotOf.get(entity.id) ?? -1, count });
  }
  const none = counts.get(null);
  if (none !== undefined) legend.push({ id: null, title: '', slot: -1, count: none });
  const entryOf = new Map(legend.map((entry, at) => [entry.id, at]));
  return { legend, of: ids.map((id) => entryOf.get(id) ?? -1) };
}
