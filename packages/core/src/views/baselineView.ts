import type { DiffOptions, PlanDiffEntry } from '../diff/diff.types.js';
import { diffPlans } from '../diff/diffPlans.js';
import { type PlanOrSnapshot, readPlanOrSnapshot } from '../diff/snapshot.js';
import type { Initiative, Plan } from '../model/types.js';
import { type ScoreOptions, scoreAlignment } from '../score/scoreAlignment.js';
import { suspectLinks } from '../suspect/suspectLinks.js';
import type { BaselineFilter, BaselineSpan, BaselineView, ScoreThenAndNow, SpanAt } from './baselineTypes.js';
import { scoreDeltas } from './scoreDeltas.js';

const spanOf = (i: Initiative): SpanAt => ({
  ...(i.start !== undefined ? { start: i.start } : {}),
  ...(i.end !== undefined ? { end: i.end } : {}),
  ...(i.horizonId !== undefined ? { horizonId: i.horizonId } : {}),
});

function filterEntries(entries: readonly PlanDiffEntry[], spans: ReadonlyMap<string, BaselineSpan>) {
  return (filter: BaselineFilter): readonly PlanDiffEntry[] => {
    if (filter === 'all') return entries;
    return entries.filter((e) => {
      if (filter === 'slipped') return e.kind === 'rescheduled' && e.direction === 'later';
      if (filter === 'added') return e.kind === 'added';
      return (
        e.kind === 'removed' ||
        (e.kind === 'status-changed' && e.after === 'dropped' && spans.get(e.ref.id)?.presence === 'kept')
      );
    });
  };
}

/**
 * Everything the views draw against a baseline, from one diff and one suspect-link pass: each
 * initiative's span then and now for a ghost bar with its slip, each backlog item's move, the
 * suspect links (`matrixSuspects` places them in a traceability matrix's cells), and the "what
 * changed" list under a filter.
 *
 * @example
 * const view = baselineView(plan, lastQuarter);
 * view.span('init-onboarding'); // { before: { end: '2026-11-27', … }, now: { end: '2026-12-18', … }, slipDays: 21, direction: 'later', … }
 * view.movedBy('backlog-product', 'STORY-11'); // -79
 */
export function baselineView(plan: Plan, baseline: PlanOrSnapshot, options: DiffOptions = {}): BaselineView {
  const read = readPlanOrSnapshot(baseline);
  const then = read.plan;
  // The baseline read once; its label and time put back on the diff's `before`.
  const diff = {
    ...diffPlans(then, plan, options),
    before: {
      ...(read.label !== undefined ? { label: read.label } : {}),
      ...(read.takenAt !== undefined ? { takenAt: read.takenAt } : {}),
    },
  };
  const suspects = suspectLinks(plan, then);

  const old = new Map(then.initiatives.map((i) => [i.id, i]));
  const rescheduled = new Map<string, Extract<PlanDiffEntry, { kind: 'rescheduled' }>>();
  for (const e of diff.entries) if (e.kind === 'rescheduled') rescheduled.set(e.ref.id, e);
  const spans = new Map<string, BaselineSpan>();
  for (const initiative of plan.initiatives) {
    const was = old.get(initiative.id);
    const moved = rescheduled.get(initiative.id);
    const slipDays = moved?.end?.days ?? moved?.start?.days;
    spans.set(initiative.id, {
      initiativeId: initiative.id,
      title: initiative.title,
      ...(was ? { before: spanOf(was) } : {}),
      now: spanOf(initiative),
      ...(slipDays !== undefined ? { slipDays } : {}),
      direction: moved?.direction ?? 'unchanged',
      presence: was ? 'kept' : 'added',
    });
  }
  for (const was of then.initiatives) {
    if (spans.has(was.id)) continue;
    spans.set(was.id, {
      initiativeId: was.id,
      title: was.title,
      before: spanOf(was),
      direction: 'unchanged',
      presence: 'removed',
    });
  }

  // Backlog moves by backlog, then item: nested maps, so ids never need joining.
  const movedBy = new Map<string, Map<string, number>>();
  for (const e of diff.entries) {
    if (e.kind !== 'order-changed') continue;
    movedBy.set(e.ref.id, new Map(e.moved.map((m) => [m.itemId, m.by])));
  }

  return {
    before: then,
    diff,
    suspects,
    spans: [...spans.values()],
    span: (id) => spans.get(id),
    movedBy: (backlogId, itemId) => movedBy.get(backlogId)?.get(itemId),
    changes: filterEntries(diff.entries, spans),
  };
}

/**
 * The alignment score against the baseline's: the score and each sub-score's value then and now,
 * and the difference (now − then). Today's report is scored with the links suspect against the
 * baseline, so they count half; the baseline's own report is scored as it stood.
 *
 * @example
 * const { before, now, delta, subScores } = scoreThenAndNow(plan, lastQuarter, { today: '2026-11-25' });
 */
export function scoreThenAndNow(
  plan: Plan,
  baseline: PlanOrSnapshot,
  options: Omit<ScoreOptions, 'suspects'> = {},
): ScoreThenAndNow {
  const thenPlan = readPlanOrSnapshot(baseline).plan;
  return scoreDeltas(
    scoreAlignment(thenPlan, options),
    scoreAlignment(plan, { ...options, suspects: suspectLinks(plan, thenPlan) }),
  );
}
