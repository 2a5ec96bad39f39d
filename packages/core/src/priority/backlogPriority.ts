import { getPlanIndex } from '../model/planIndex.js';
import type { Plan } from '../model/types.js';
import type { PriorityFramework, PriorityPlacement, PriorityReport, PriorityScore } from './priority.types.js';

/** Which way a framework's order would move an item in a backlog, and by how many places. */
export interface RankGap {
  readonly direction: 'up' | 'down' | 'none';
  /** How many places (0 when the item stays where it is). */
  readonly places: number;
}

/** One item of a backlog as a framework sees it. */
export interface BacklogPriorityEntry {
  /** The item's score, problems and explanation; undefined when the report does not know the item. */
  readonly score: PriorityScore | undefined;
  /** Whether the framework could score it (a score, and a placement in this backlog). */
  readonly scored: boolean;
  /** Today's index in the backlog (0 = top). */
  readonly currentIndex: number;
  /** Its index in the framework's order (0 = top). */
  readonly impliedIndex: number;
  /** From today's place to the framework's. */
  readonly gap: RankGap;
}

/** One backlog in a framework's order: what a list previews before `rankBy` applies it. */
export interface BacklogPriority {
  readonly backlogId: string;
  readonly framework: PriorityFramework;
  /** The backlog's item ids in the framework's order: the order `rankBy`'s change leaves. */
  readonly order: readonly string[];
  /** Items that order puts somewhere other than today (0: the backlog is already in order). */
  readonly moves: number;
  /** Items the framework scored; the others keep their relative order after them. */
  readonly scored: number;
  /** Every item of the backlog, by id. */
  readonly entries: ReadonlyMap<string, BacklogPriorityEntry>;
}

/**
 * The gap between an item's place today and the place a framework gives it, as a direction and a
 * count: `currentIndex − impliedIndex`, positive when the framework would move it up (the sign
 * `PriorityPlacement.gap` uses).
 *
 * @example
 * rankGap(12); // { direction: 'up', places: 12 }
 * rankGap(-3); // { direction: 'down', places: 3 }
 * rankGap(0);  // { direction: 'none', places: 0 }
 */
export function rankGap(gap: number): RankGap {
  if (gap > 0) return { direction: 'up', places: gap };
  if (gap < 0) return { direction: 'down', places: -gap };
  return { direction: 'none', places: 0 };
}

/**
 * One backlog in the order a `scorePriorities` report gives it, with each item's gap: what a view
 * previews before the host applies `rankBy`, shared by every view that offers "apply this order".
 * Scored items (a score, and a placement in this backlog) come first by their implied index, ties
 * in today's order; the others keep their relative order after them, as `rankBy` leaves them.
 * Today's order is the plan's, so a report a plan behind still gives an order of exactly the
 * backlog's items. Returns `undefined` for an unknown backlog id.
 *
 * @example
 * const report = scorePriorities(plan, { framework: 'rice' });
 * const rice = backlogPriority(plan, 'backlog-product', report);
 * rice?.moves;                         // 12: items the RICE order would move
 * rice?.entries.get('STORY-3')?.gap;   // { direction: 'up', places: 4 }
 * backlogView(plan, 'backlog-product', { order: rice?.order }); // the preview
 */
export function backlogPriority(plan: Plan, backlogId: string, report: PriorityReport): BacklogPriority | undefined {
  const backlog = getPlanIndex(plan).backlogs.get(backlogId);
  if (!backlog) return undefined;
  const scores = new Map<string, PriorityScore>();
  for (const score of report.items) scores.set(score.ref.id, score);

  const ranked: { id: string; at: number; implied: number }[] = [];
  const rest: string[] = [];
  backlog.itemIds.forEach((id, at) => {
    const score = scores.get(id);
    const placement = score?.adjustedScore == null ? undefined : placementIn(score, backlogId);
    if (placement) ranked.push({ id, at, implied: placement.impliedIndex });
    else rest.push(id);
  });
  ranked.sort((a, b) => a.implied - b.implied || a.at - b.at);
  const order = [...ranked.map((entry) => entry.id), ...rest];

  const today = new Map(backlog.itemIds.map((id, at) => [id, at]));
  const scored = new Set(ranked.map((entry) => entry.id));
  const entries = new Map<string, BacklogPriorityEntry>();
  let moves = 0;
  order.forEach((id, impliedIndex) => {
    const currentIndex = today.get(id) as number;
    if (currentIndex !== impliedIndex) moves++;
    entries.set(id, {
      score: scores.get(id),
      scored: scored.has(id),
      currentIndex,
      impliedIndex,
      gap: rankGap(currentIndex - impliedIndex),
    });
  });
  return { backlogId, framework: report.framework, order, moves, scored: scored.size, entries };
}

function placementIn(score: PriorityScore, backlogId: string): PriorityPlacement | undefined {
  return score.placements.find((placement) => placement.backlogId === backlogId);
}
