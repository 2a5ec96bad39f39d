import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../changes/applyChange.js';
import { invertChange } from '../changes/invertChange.js';
import type { Change } from '../changes/types.js';
import type { Plan } from '../model/types.js';
import { generatePlan } from '../sample/generatePlan.js';
import { smallPlan } from '../test-support/smallPlan.js';
import { createPlan } from '../validate/validatePlan.js';
import type { PriorityFramework, PriorityInputs } from './priority.types.js';
import { rankBy } from './rankBy.js';
import { scorePriorities } from './scorePriorities.js';

const reach = (n: number): PriorityInputs => ({ rice: { reach: n, impact: 1, confidence: 1, effort: 1 } });

/** The small plan's product backlog BL [O1, B1, P1, X1] with RICE scores; O1 and X1 do not reach a goal. */
function plan(scores: Record<string, number>): Plan {
  const input = smallPlan();
  for (const item of input.items) {
    const score = scores[item.id];
    if (score !== undefined) Object.assign(item, { priority: reach(score) });
  }
  return createPlan(input);
}

function applied(p: Plan, change: Change): Plan {
  const result = applyChange(p, change);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

const backlog = (p: Plan, id: string) => p.backlogs.find((b) => b.id === id)?.itemIds;

describe('rankBy', () => {
  it('gives the reorders that put a backlog in score order', () => {
    const p = plan({ O1: 100, B1: 90, P1: 300, X1: 50 });
    const ranked = rankBy(p, 'BL', scorePriorities(p, { framework: 'rice' }));
    // Today [O1, B1, P1, X1]; by score [P1, O1, B1, X1]: P1 to the top is all it takes.
    expect(ranked).toEqual({
      ok: true,
      change: {
        type: 'batch',
        changes: [{ type: 'reorder', backlogId: 'BL', itemId: 'P1', toIndex: 0 }],
      },
    });
    if (ranked.ok) expect(backlog(applied(p, ranked.change), 'BL')).toEqual(['P1', 'O1', 'B1', 'X1']);
    const reversed = plan({ O1: 1, B1: 2, P1: 3, X1: 4 });
    const all = rankBy(reversed, 'BL', scorePriorities(reversed, { framework: 'rice' }));
    expect(all.ok && all.change.changes.map((c) => c.type === 'reorder' && [c.itemId, c.toIndex])).toEqual([
      ['X1', 0],
      ['P1', 1],
      ['B1', 2],
    ]);
  });

  it('moves one item far out of place in one step, from whichever end is shorter', () => {
    const p = plan({ O1: 1, B1: 4, P1: 3, X1: 2 });
    const ranked = rankBy(p, 'BL', scorePriorities(p, { framework: 'rice' }));
    expect(ranked.ok && ranked.change.changes).toEqual([
      { type: 'reorder', backlogId: 'BL', itemId: 'O1', toIndex: 3 },
    ]);
  });

  it('keeps ties in today’s order and unscored items, in their order, after the scored ones', () => {
    // O1 is unscored; B1 and X1 tie; P1 is first.
    const p = plan({ B1: 5, P1: 9, X1: 5 });
    const ranked = rankBy(p, 'BL', scorePriorities(p, { framework: 'rice' }));
    if (!ranked.ok) throw new Error(ranked.error.message);
    expect(backlog(applied(p, ranked.change), 'BL')).toEqual(['P1', 'B1', 'X1', 'O1']);
  });

  it('orders by the report’s strategic floor', () => {
    const p = plan({ O1: 100, B1: 90, P1: 300, X1: 50 });
    const report = scorePriorities(p, { framework: 'rice', strategicFloor: { bonus: 0.2 } });
    const ranked = rankBy(p, 'BL', report);
    if (!ranked.ok) throw new Error(ranked.error.message);
    // B1 (90 × 1.2 = 108) passes O1 (100), which reaches no goal.
    expect(backlog(applied(p, ranked.change), 'BL')).toEqual(['P1', 'B1', 'O1', 'X1']);
  });

  it('gives an empty batch for a backlog already in order, and an error for a backlog the plan lacks', () => {
    const p = plan({ O1: 4, B1: 3, P1: 2, X1: 1 });
    const report = scorePriorities(p, { framework: 'rice' });
    expect(rankBy(p, 'BL', report)).toEqual({ ok: true, change: { type: 'batch', changes: [] } });
    expect(rankBy(p, 'SP1', report)).toEqual({ ok: true, change: { type: 'batch', changes: [] } });
    expect(rankBy(p, 'BL9', report)).toEqual({
      ok: false,
      error: { code: 'unknown-backlog', message: 'There is no backlog "BL9" in the plan.' },
    });
  });

  it('works from a report of an older plan: items it does not know count as unscored', () => {
    const p = plan({ O1: 1, B1: 2, P1: 3, X1: 4 });
    const report = scorePriorities(p, { framework: 'rice', scope: 'items' });
    const older = { ...report, items: report.items.filter((s) => s.ref.id !== 'X1') };
    const ranked = rankBy(p, 'BL', older);
    if (!ranked.ok) throw new Error(ranked.error.message);
    expect(backlog(applied(p, ranked.change), 'BL')).toEqual(['P1', 'B1', 'O1', 'X1']);
  });
});

describe('rankBy properties', () => {
  const input = generatePlan({ seed: 31, items: 150, initiatives: 6, priorities: true });
  const frameworks: PriorityFramework[] = ['rice', 'wsjf', 'ice', 'value-effort', 'moscow'];

  it('reorders a backlog into a permutation of itself in the report’s order; its inverse restores it; again, it changes nothing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...frameworks),
        // A backlog in an arbitrary order: the order to restore.
        fc
          .constantFrom(...(input.backlogs ?? []))
          .chain((b) =>
            fc.tuple(fc.constant(b.id), fc.shuffledSubarray([...b.itemIds], { minLength: b.itemIds.length })),
          ),
        fc.option(
          fc.record(
            { bonus: fc.constantFrom(0, 0.2, 1), untracedBelowWithin: fc.constantFrom(0, 0.1, 0.5) },
            { requiredKeys: [] },
          ),
          { nil: undefined },
        ),
        (framework, [backlogId, itemIds], strategicFloor) => {
          const backlogs = (input.backlogs ?? []).map((b) => (b.id === backlogId ? { ...b, itemIds } : b));
          const p = createPlan({ ...input, backlogs });
          const report = scorePriorities(p, { framework, strategicFloor });
          const ranked = rankBy(p, backlogId, report);
          if (!ranked.ok) throw new Error(ranked.error.message);
          const before = backlog(p, backlogId) ?? [];
          const next = applied(p, ranked.change);
          const after = backlog(next, backlogId) ?? [];
          expect([...after].sort()).toEqual([...before].sort());
          expect(ranked.change.changes.length).toBeLessThanOrEqual(Math.max(0, before.length - 1));
          // The order the report implies for each item.
          const implied = new Map(
            report.items.flatMap((s) =>
              s.placements.filter((pl) => pl.backlogId === backlogId).map((pl) => [s.ref.id, pl.impliedIndex] as const),
            ),
          );
          expect(after.map((id) => implied.get(id))).toEqual(after.map((_, i) => i));
          expect(backlog(applied(next, invertChange(p, ranked.change)), backlogId)).toEqual(before);
          expect(backlog(applied(next, ranked.change), backlogId)).toEqual(after);
          expect(rankBy(next, backlogId, scorePriorities(next, { framework, strategicFloor }))).toEqual({
            ok: true,
            change: { type: 'batch', changes: [] },
          });
        },
      ),
      { numRuns: 80 },
    );
  });
});
