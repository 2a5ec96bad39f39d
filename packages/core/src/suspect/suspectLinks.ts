import { type PlanOrSnapshot, readPlanOrSnapshot } from '../diff/snapshot.js';
import { sameJson } from '../model/sameJson.js';
import type { Plan } from '../model/types.js';
import { getItemTraces } from '../trace/itemTraces.js';
import { LinkMap } from './linkMap.js';
import { goalMeaning, initiativeMeaning } from './linkMeaning.js';
import type { LinkMeaning, LinkRef, LinkReview, SuspectChange, SuspectLink, SuspectReason } from './suspect.types.js';

const GOAL_REASONS = ['goal-title', 'goal-metric', 'goal-target'] as const;
const INITIATIVE_REASONS = ['initiative-goals', 'initiative-status', 'initiative-horizon'] as const;
/** A status change makes links suspect only when it ends the work. */
const ENDING = new Set(['dropped', 'done']);

function changes(
  before: LinkMeaning,
  after: LinkMeaning,
  reasons: readonly SuspectReason[],
  out: SuspectChange[],
): SuspectChange[] {
  for (const reason of reasons) {
    const was = before[reason] ?? null;
    const now = after[reason] ?? null;
    if (sameJson(was, now)) continue;
    if (reason === 'initiative-status' && !ENDING.has(String(now))) continue;
    out.push({ reason, before: was, after: now });
  }
  return out;
}

/** Drops the changes a review already saw: the reviewer confirmed the link against today's value. */
function unreviewed(found: readonly SuspectChange[], review: LinkReview | undefined): readonly SuspectChange[] {
  if (!review) return found;
  return found.filter((c) => !sameJson(review.seen[c.reason] ?? null, c.after));
}

/**
 * The trace links in `plan` whose target changed in meaning since `baseline` and that nobody has
 * reviewed since (see the `review-link` change): an initiative → goal link (own or through its
 * theme) whose goal's title, metric or target changed; an item → initiative link (own or
 * inherited) whose initiative's goals, horizon or status
 * (now dropped or done) changed, or whose item has another parent. Each comes with every reason
 * and the values then and now. Links to things the baseline did not have are not suspect. Goal
 * links first (in initiative order), then item links (in item order).
 *
 * `baseline` is a plan or a snapshot (see `snapshotPlan`), as `diffPlans` takes.
 *
 * @example
 * const baseline = JSON.parse(await storage.get('q3-review'));
 * for (const { link, changes } of suspectLinks(plan, baseline)) console.log(link.from.id, '→', link.to.id, changes.map((c) => c.reason));
 */
export function suspectLinks(plan: Plan, baselineInput: PlanOrSnapshot): SuspectLink[] {
  const baseline = readPlanOrSnapshot(baselineInput).plan;
  const reviews = new LinkMap<LinkReview>();
  for (const review of plan.reviewedLinks ?? []) reviews.set(review.link, review);
  const found: SuspectLink[] = [];
  const push = (link: LinkRef, list: readonly SuspectChange[]) => {
    const left = unreviewed(list, reviews.get(link));
    if (left.length > 0) found.push({ link, changes: left });
  };

  const oldGoals = new Map(baseline.goals.map((g) => [g.id, g]));
  const goalChanges = new Map<string, SuspectChange[]>();
  for (const goal of plan.goals) {
    const old = oldGoals.get(goal.id);
    if (old && old !== goal) goalChanges.set(goal.id, changes(goalMeaning(old), goalMeaning(goal), GOAL_REASONS, []));
  }
  const traces = getItemTraces(plan);
  const oldGoalsOf = getItemTraces(baseline).goalsOfInitiative;
  const goalsOf = (id: string) => traces.goalsOfInitiative.get(id) ?? [];
  const oldInitiatives = new Map(baseline.initiatives.map((i) => [i.id, i]));
  const initiativeChanges = new Map<string, SuspectChange[]>();
  for (const initiative of plan.initiatives) {
    for (const goalId of goalsOf(initiative.id)) {
      const list = goalChanges.get(goalId);
      if (list?.length)
        push({ from: { kind: 'initiative', id: initiative.id }, to: { kind: 'goal', id: goalId } }, list);
    }
    const old = oldInitiatives.get(initiative.id);
    if (!old) continue;
    const was = initiativeMeaning(old, oldGoalsOf.get(old.id) ?? []);
    const now = initiativeMeaning(initiative, goalsOf(initiative.id));
    initiativeChanges.set(initiative.id, changes(was, now, INITIATIVE_REASONS, []));
  }

  const oldParent = new Map<string, string | undefined>();
  for (const item of baseline.items) oldParent.set(item.id, item.parentId);
  plan.items.forEach((item, p) => {
    const initiativeId = traces.initiativeId[p];
    if (initiativeId === undefined) return;
    const list: SuspectChange[] = [...(initiativeChanges.get(initiativeId) ?? [])];
    if (oldParent.has(item.id) && oldParent.get(item.id) !== item.parentId) {
      list.push({ reason: 'item-parent', before: oldParent.get(item.id) ?? null, after: item.parentId ?? null });
    }
    if (list.length > 0)
      push({ from: { kind: 'item', id: item.id }, to: { kind: 'initiative', id: initiativeId } }, list);
  });
  return found;
}
