import { describe, expect, it } from 'vitest';
import { applyChange } from '../changes/applyChange.js';
import { invertChange } from '../changes/invertChange.js';
import { snapshotPlan } from '../diff/snapshot.js';
import type { Plan } from '../model/types.js';
import { alignedPlan, type EditablePlan } from '../test-support/alignedPlan.js';
import { salvagePlan } from '../validate/salvagePlan.js';
import { createPlan, validatePlan } from '../validate/validatePlan.js';
import type { LinkRef } from './suspect.types.js';
import { suspectLinks } from './suspectLinks.js';

const baseline = createPlan(alignedPlan());
const find = <T extends { id: string }>(list: T[], id: string) => list.find((e) => e.id === id) as T;

function edited(edit: (p: EditablePlan) => void): Plan {
  const input = alignedPlan();
  edit(input);
  return createPlan(input);
}

const goalLink = (initiative: string, goal: string): LinkRef => ({
  from: { kind: 'initiative', id: initiative },
  to: { kind: 'goal', id: goal },
});
const itemLink = (item: string, initiative: string): LinkRef => ({
  from: { kind: 'item', id: item },
  to: { kind: 'initiative', id: initiative },
});
/** Items tracing to I2 in the aligned plan: the epic and its story. */
const I2_ITEMS = ['E2', 'S6'];

describe('suspectLinks', () => {
  it('finds nothing against the plan itself, or without changes of meaning', () => {
    expect(suspectLinks(baseline, baseline)).toEqual([]);
    const progress = edited((p) => {
      Object.assign(find(p.goals, 'G2').metric as object, { current: 120 });
      find(p.initiatives, 'I2').status = 'in-progress';
      find(p.initiatives, 'I2').title = 'Weekly return';
    });
    expect(suspectLinks(progress, baseline)).toEqual([]);
  });

  it.each([
    [
      'goal-title',
      (p: EditablePlan) => Object.assign(find(p.goals, 'G2'), { title: 'Keep big teams' }),
      'Keep teams',
      'Keep big teams',
    ],
    [
      'goal-metric',
      (p: EditablePlan) => Object.assign(find(p.goals, 'G2').metric as object, { name: 'Monthly retained teams' }),
      { name: 'Weekly retained teams' },
      { name: 'Monthly retained teams' },
    ],
    [
      'goal-target',
      (p: EditablePlan) => Object.assign(find(p.goals, 'G2').metric as object, { target: 120 }),
      150,
      120,
    ],
  ])('marks an initiative → goal link suspect when the goal changes: %s', (reason, edit, before, after) => {
    expect(suspectLinks(edited(edit), baseline)).toEqual([
      { link: goalLink('I2', 'G2'), changes: [{ reason, before, after }] },
    ]);
  });

  it('follows a goal reached through the initiative theme', () => {
    const plan = edited((p) => Object.assign(find(p.goals, 'G1'), { title: 'Lift activation fast' }));
    expect(suspectLinks(plan, baseline).map((s) => s.link)).toEqual([goalLink('I1', 'G1')]);
  });

  it.each([
    [
      'initiative-goals',
      (p: EditablePlan) => Object.assign(find(p.initiatives, 'I2'), { goalIds: ['G1', 'G2'] }),
      ['G2'],
      ['G1', 'G2'],
    ],
    [
      'initiative-status',
      (p: EditablePlan) => Object.assign(find(p.initiatives, 'I2'), { status: 'dropped' }),
      'planned',
      'dropped',
    ],
    [
      'initiative-status',
      (p: EditablePlan) => Object.assign(find(p.initiatives, 'I2'), { status: 'done' }),
      'planned',
      'done',
    ],
    [
      'initiative-horizon',
      (p: EditablePlan) => Object.assign(find(p.initiatives, 'I2'), { horizonId: 'H-later' }),
      'H-next',
      'H-later',
    ],
  ])('marks every item → initiative link suspect when the initiative changes: %s', (reason, edit, before, after) => {
    const found = suspectLinks(edited(edit), baseline);
    expect(found.map((s) => s.link)).toEqual(I2_ITEMS.map((item) => itemLink(item, 'I2')));
    for (const s of found) expect(s.changes).toEqual([{ reason, before, after }]);
  });

  it('marks an item → initiative link suspect when the item has another parent, and only that item', () => {
    const plan = edited((p) => {
      p.items.push({ id: 'E3', title: 'Digest, second take', kind: 'epic', initiativeId: 'I2' });
      find(p.items, 'S6').parentId = 'E3';
    });
    expect(suspectLinks(plan, baseline)).toEqual([
      { link: itemLink('S6', 'I2'), changes: [{ reason: 'item-parent', before: 'E2', after: 'E3' }] },
    ]);
  });

  it('leaves links to things the baseline did not have alone', () => {
    const plan = edited((p) => {
      p.goals.push({ id: 'G3', title: 'New goal' });
      p.initiatives.push({ id: 'I3', title: 'New bet', goalIds: ['G3'], status: 'dropped' });
      p.items.push({ id: 'S9', title: 'New story', kind: 'story', initiativeId: 'I3' });
    });
    expect(suspectLinks(plan, baseline)).toEqual([]);
  });

  it('takes a snapshot as the baseline, straight from JSON', () => {
    const stored = JSON.parse(JSON.stringify(snapshotPlan(baseline, { label: 'Q3', takenAt: '2026-09-30' })));
    const plan = edited((p) => Object.assign(find(p.goals, 'G2'), { title: 'Keep big teams' }));
    expect(suspectLinks(plan, stored)).toHaveLength(1);
  });
});

describe('the review-link change', () => {
  const rewritten = edited((p) => Object.assign(find(p.goals, 'G2'), { title: 'Keep big teams' }));
  const review = { type: 'review-link', link: goalLink('I2', 'G2') } as const;

  it('clears a suspect link, records what was seen in the plan, and inverts', () => {
    const result = applyChange(rewritten, review);
    if (!result.ok) throw new Error(result.error.message);
    expect(suspectLinks(result.plan, baseline)).toEqual([]);
    expect(result.plan.reviewedLinks).toEqual([
      {
        link: goalLink('I2', 'G2'),
        seen: { 'goal-title': 'Keep big teams', 'goal-metric': { name: 'Weekly retained teams' }, 'goal-target': 150 },
      },
    ]);
    expect(JSON.parse(JSON.stringify(result.plan))).toEqual(result.plan);
    const undo = invertChange(rewritten, review);
    expect(undo).toEqual({ type: 'review-link', link: goalLink('I2', 'G2'), seen: null });
    const back = applyChange(result.plan, undo);
    expect(back.ok && back.plan).toEqual(rewritten);
    expect(back.ok && 'reviewedLinks' in back.plan).toBe(false);
  });

  it('makes the link suspect again when the target changes after the review', () => {
    const reviewed = applyChange(rewritten, review);
    if (!reviewed.ok) throw new Error(reviewed.error.message);
    const again = createPlan({
      ...reviewed.plan,
      goals: reviewed.plan.goals.map((g) => (g.id === 'G2' ? { ...g, title: 'Keep every team' } : g)),
    });
    expect(suspectLinks(again, baseline)).toEqual([
      {
        link: goalLink('I2', 'G2'),
        changes: [{ reason: 'goal-title', before: 'Keep teams', after: 'Keep every team' }],
      },
    ]);
  });

  it('puts a cleared review back where it was on undo', () => {
    const two = createPlan({
      ...rewritten,
      reviewedLinks: [
        { link: goalLink('I2', 'G2'), seen: { 'goal-title': 'x' } },
        { link: itemLink('E2', 'I2'), seen: { 'item-parent': null } },
      ],
    });
    const clear = { ...review, seen: null };
    const cleared = applyChange(two, clear);
    expect(cleared.ok && cleared.plan.reviewedLinks).toEqual([
      { link: itemLink('E2', 'I2'), seen: { 'item-parent': null } },
    ]);
    const undo = invertChange(two, clear);
    expect(undo).toEqual({ ...review, seen: { 'goal-title': 'x' }, at: 0 });
    const back = cleared.ok ? applyChange(cleared.plan, undo) : cleared;
    expect(back.ok && back.plan).toEqual(two);
  });

  it('refuses a link the plan does not have, and a malformed one, saying what to send', () => {
    const missing = applyChange(rewritten, { type: 'review-link', link: goalLink('I1', 'G2') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-linked' } });
    expect(!missing.ok && missing.error.message).toBe('Initiative "I1" has no link to goal "G2" to review.');
    const malformed = applyChange(rewritten, {
      type: 'review-link',
      link: { from: { kind: 'goal', id: 'G2' } },
    } as never);
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid-change' } });
    expect(!malformed.ok && malformed.error.message).toContain("{ from: { kind: 'item', id }");
  });
});

describe('reviewedLinks in the plan', () => {
  const withReviews = (reviewedLinks: unknown[]) => ({ ...alignedPlan(), reviewedLinks });

  it('are validated with the path of what is wrong and what to write', () => {
    const result = validatePlan(
      withReviews([
        { link: goalLink('I2', 'G2'), seen: { 'goal-target': 150 } },
        { link: { from: { kind: 'item', id: 'S1' }, to: { kind: 'goal', id: 'G1' } }, seen: {} },
        { link: goalLink('I2', 'G2'), seen: { 'goal-metric': { unit: '%' } } },
      ]),
    );
    expect(!result.ok && result.errors.map((p) => [p.path, p.message])).toEqual([
      [
        'reviewedLinks[1].link',
        "`link` is { from: { kind: 'item', id }, to: { kind: 'initiative', id } } or { from: { kind: 'initiative', id }, to: { kind: 'goal', id } }; got an object.",
      ],
      [
        'reviewedLinks[2].seen.goal-metric',
        '`goal-metric` is text, a number, null, a list of ids or a metric { name, unit }; got an object.',
      ],
    ]);
  });

  it('lose only the malformed review to salvage, keeping the other reviews and the rest of the plan', () => {
    const good = { link: goalLink('I2', 'G2'), seen: { 'goal-target': 150 } };
    const { plan, problems } = salvagePlan(
      withReviews([
        { link: 'I2 → G2', seen: {} },
        good,
        { link: goalLink('I2', 'G2'), seen: { 'goal-metric': { unit: '%' }, 'goal-title': 4 } },
      ]),
    );
    expect(plan.reviewedLinks).toEqual([good]);
    expect(plan.items).toHaveLength(baseline.items.length);
    expect(problems.map((p) => [p.path, p.setAside.path])).toEqual([
      ['reviewedLinks[0].link', 'reviewedLinks[0]'],
      ['reviewedLinks[2].seen.goal-metric', 'reviewedLinks[2]'],
    ]);
  });

  it('are left out whole by salvage when they are not a list', () => {
    const { plan, problems } = salvagePlan({ ...alignedPlan(), reviewedLinks: 'none' });
    expect(plan.reviewedLinks).toBeUndefined();
    expect(problems.map((p) => [p.path, p.setAside.path])).toEqual([['reviewedLinks', 'reviewedLinks']]);
  });
});
