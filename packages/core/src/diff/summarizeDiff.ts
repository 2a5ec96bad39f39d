import { getPlanIndex } from '../model/planIndex.js';
import type { Plan, PlanRef } from '../model/types.js';
import { getItemTraces } from '../trace/itemTraces.js';
import type { PlanDiffEntry, PlanDiffSummary, SummaryMove } from './diff.types.js';

/** Adds to an ordered set of ids. */
const addAll = (set: Set<string>, ids: Iterable<string | undefined>) => {
  for (const id of ids) if (id !== undefined) set.add(id);
};

/**
 * The review summary of a diff's entries: slips and pull-ins, additions and drops, re-scoped
 * initiatives, and goals that lost or gained work. Reads only the entries and the two plans' ids.
 *
 * @example
 * summarizeDiff(diff.entries, before, after).slipped; // [{ id: 'INIT-4', days: 21 }]
 */
export function summarizeDiff(entries: readonly PlanDiffEntry[], before: Plan, after: Plan): PlanDiffSummary {
  const initiativeBefore = new Map(before.initiatives.map((i) => [i.id, i]));
  const initiativeAfter = new Map(after.initiatives.map((i) => [i.id, i]));
  const slipped: SummaryMove[] = [];
  const pulledIn: SummaryMove[] = [];
  const added: PlanRef[] = [];
  const dropped: PlanRef[] = [];
  const rescoped = new Set<string>();
  const lost = new Set<string>();
  const gained = new Set<string>();
  // Items whose scope counts: estimated, linked elsewhere, added or removed.
  const touched: string[] = [];
  for (const entry of entries) {
    switch (entry.kind) {
      case 'rescheduled': {
        const days = entry.end?.days ?? entry.start?.days;
        const move = days === undefined ? { id: entry.ref.id } : { id: entry.ref.id, days };
        if (entry.direction === 'later') slipped.push(move);
        if (entry.direction === 'earlier') pulledIn.push(move);
        break;
      }
      case 'added':
        added.push(entry.ref);
        if (entry.ref.kind === 'item') touched.push(entry.ref.id);
        if (entry.ref.kind === 'initiative') addAll(gained, initiativeAfter.get(entry.ref.id)?.goalIds ?? []);
        break;
      case 'removed':
        dropped.push(entry.ref);
        if (entry.ref.kind === 'item') touched.push(entry.ref.id);
        if (entry.ref.kind === 'initiative') addAll(lost, initiativeBefore.get(entry.ref.id)?.goalIds ?? []);
        break;
      case 'status-changed': {
        if (entry.ref.kind !== 'initiative') break;
        const goals = initiativeAfter.get(entry.ref.id)?.goalIds ?? [];
        if (entry.after === 'dropped') {
          dropped.push(entry.ref);
          addAll(lost, goals);
        } else if (entry.before === 'dropped') addAll(gained, goals);
        break;
      }
      case 'link-changed':
        if (entry.ref.kind === 'initiative' && entry.field === 'goalIds') {
          rescoped.add(entry.ref.id);
          addAll(lost, entry.removed);
          addAll(gained, entry.added);
        }
        if (entry.ref.kind === 'item') touched.push(entry.ref.id);
        break;
      case 'estimate-changed':
        touched.push(entry.ref.id);
        break;
    }
  }
  if (touched.length > 0) {
    // The initiative each touched item traces to, then and now (own or inherited).
    for (const plan of [before, after]) {
      const traces = getItemTraces(plan);
      const { itemPosition } = getPlanIndex(plan);
      addAll(
        rescoped,
        touched.map((id) => {
          const p = itemPosition.get(id);
          return p === undefined ? undefined : traces.initiativeId[p];
        }),
      );
    }
  }
  return {
    slipped,
    pulledIn,
    added,
    dropped,
    rescoped: [...rescoped],
    goalsLostWork: [...lost],
    goalsGainedWork: [...gained],
  };
}
