import { describe, expect, it } from 'vitest';
import { alignedPlan, type EditablePlan } from '../test-support/alignedPlan.js';
import { PlanValidationError } from '../validate/problems.js';
import { createPlan } from '../validate/validatePlan.js';
import { diffPlans } from './diffPlans.js';
import { snapshotPlan } from './snapshot.js';

const before = createPlan(alignedPlan());

/** The diff from the aligned plan to a copy with one edit. */
function diffAfter(edit: (p: EditablePlan) => void, options = {}) {
  const input = alignedPlan();
  edit(input);
  return diffPlans(before, createPlan(input), options);
}
const find = <T extends { id: string }>(list: T[], id: string) => list.find((e) => e.id === id) as T;

describe('diffPlans', () => {
  it('finds nothing between a plan and itself, or an equal copy', () => {
    expect(diffPlans(before, before).entries).toEqual([]);
    const copy = diffPlans(before, createPlan(alignedPlan()));
    expect(copy.entries).toEqual([]);
    expect(copy.summary).toEqual({
      slipped: [],
      pulledIn: [],
      added: [],
      dropped: [],
      rescoped: [],
      goalsLostWork: [],
      goalsGainedWork: [],
    });
  });

  it('reports added and removed entities by id, and a changed id as one of each', () => {
    const diff = diffAfter((p) => {
      p.goals.push({ id: 'G3', title: 'Grow revenue' });
      find(p.items, 'S3').id = 'S3-renamed';
      p.backlogs[0]?.itemIds.splice(1, 1, 'S3-renamed');
    });
    expect(diff.entries.filter((e) => e.kind === 'added' || e.kind === 'removed')).toEqual([
      { kind: 'added', ref: { kind: 'goal', id: 'G3' }, title: 'Grow revenue' },
      { kind: 'removed', ref: { kind: 'item', id: 'S3' }, title: 'Improve empty states' },
      { kind: 'added', ref: { kind: 'item', id: 'S3-renamed' }, title: 'Improve empty states' },
    ]);
    expect(diff.summary.added).toEqual([
      { kind: 'goal', id: 'G3' },
      { kind: 'item', id: 'S3-renamed' },
    ]);
    expect(diff.summary.dropped).toEqual([{ kind: 'item', id: 'S3' }]);
  });

  it('reports a rescheduled initiative with the days each date moved and which way', () => {
    const diff = diffAfter((p) => Object.assign(find(p.initiatives, 'I1'), { start: '2026-10-15', end: '2027-01-05' }));
    expect(diff.entries).toEqual([
      {
        kind: 'rescheduled',
        ref: { kind: 'initiative', id: 'I1' },
        start: { before: '2026-10-01', after: '2026-10-15', days: 14 },
        end: { before: '2026-12-15', after: '2027-01-05', days: 21 },
        direction: 'later',
      },
    ]);
    expect(diff.summary.slipped).toEqual([{ id: 'I1', days: 21 }]);
  });

  it('reads a move to an earlier horizon as pulled in, and a date cleared as unchanged in direction', () => {
    const pulled = diffAfter((p) => Object.assign(find(p.initiatives, 'I2'), { horizonId: 'H-now' }));
    expect(pulled.entries).toEqual([
      {
        kind: 'rescheduled',
        ref: { kind: 'initiative', id: 'I2' },
        horizon: { before: 'H-next', after: 'H-now' },
        direction: 'earlier',
      },
    ]);
    expect(pulled.summary.pulledIn).toEqual([{ id: 'I2' }]);
    const cleared = diffAfter((p) => {
      delete find(p.initiatives, 'I1').end;
    });
    expect(cleared.entries).toMatchObject([
      { kind: 'rescheduled', end: { before: '2026-12-15' }, direction: 'unchanged' },
    ]);
  });

  it('reports status changes, and a dropped initiative as dropped with the goals that lost work', () => {
    const diff = diffAfter((p) => {
      find(p.initiatives, 'I2').status = 'dropped';
      find(p.items, 'S2').status = 'done';
    });
    expect(diff.entries).toEqual([
      { kind: 'status-changed', ref: { kind: 'initiative', id: 'I2' }, before: 'planned', after: 'dropped' },
      { kind: 'status-changed', ref: { kind: 'item', id: 'S2' }, before: 'todo', after: 'done' },
    ]);
    expect(diff.summary.dropped).toEqual([{ kind: 'initiative', id: 'I2' }]);
    expect(diff.summary.goalsLostWork).toEqual(['G2']);
  });

  it('reports link changes with what was added and removed, and re-scoped initiatives', () => {
    const diff = diffAfter((p) => {
      find(p.initiatives, 'I2').goalIds = ['G1'];
      find(p.items, 'E2').initiativeId = 'I1';
      find(p.items, 'S6').parentId = 'E1';
    });
    expect(diff.entries).toEqual([
      {
        kind: 'link-changed',
        ref: { kind: 'initiative', id: 'I2' },
        field: 'goalIds',
        before: ['G2'],
        after: ['G1'],
        added: ['G1'],
        removed: ['G2'],
      },
      {
        kind: 'link-changed',
        ref: { kind: 'item', id: 'E2' },
        field: 'initiativeId',
        before: 'I2',
        after: 'I1',
        added: ['I1'],
        removed: ['I2'],
      },
      {
        kind: 'link-changed',
        ref: { kind: 'item', id: 'S6' },
        field: 'parentId',
        before: 'E2',
        after: 'E1',
        added: ['E1'],
        removed: ['E2'],
      },
    ]);
    expect(diff.summary.rescoped).toEqual(['I2', 'I1']);
    expect(diff.summary.goalsLostWork).toEqual(['G2']);
    expect(diff.summary.goalsGainedWork).toEqual(['G1']);
  });

  it('reports estimate changes with the difference, and the initiative re-scoped', () => {
    const diff = diffAfter((p) => {
      find(p.items, 'E2').estimate = 8;
      find(p.items, 'S1').estimate = 8;
    });
    expect(diff.entries).toEqual([
      { kind: 'estimate-changed', ref: { kind: 'item', id: 'S1' }, before: 5, after: 8, by: 3 },
      { kind: 'estimate-changed', ref: { kind: 'item', id: 'E2' }, after: 8 },
    ]);
    // S1 counts for I1, which it inherits through its epic.
    expect(diff.summary.rescoped).toEqual(['I1', 'I2']);
  });

  it('reports any other field, priority inputs included, with old and new values', () => {
    const diff = diffAfter((p) => {
      find(p.goals, 'G1').title = 'Lift activation to 40%';
      find(p.items, 'S2').priority = { moscow: 'must' };
      find(p.items, 'S2').labels = ['growth'];
    });
    expect(diff.entries).toEqual([
      {
        kind: 'field-changed',
        ref: { kind: 'goal', id: 'G1' },
        field: 'title',
        before: 'Lift activation',
        after: 'Lift activation to 40%',
      },
      { kind: 'field-changed', ref: { kind: 'item', id: 'S2' }, field: 'labels', before: [], after: ['growth'] },
      {
        kind: 'field-changed',
        ref: { kind: 'item', id: 'S2' },
        field: 'priority',
        before: undefined,
        after: { moscow: 'must' },
      },
    ]);
  });

  it('reports the items that moved in a backlog, not every shifted rank', () => {
    const diff = diffAfter((p) => {
      (p.backlogs[0] as { itemIds: string[] }).itemIds = ['E2', 'S2', 'S3', 'S4', 'S5', 'S6'];
    });
    expect(diff.entries).toEqual([
      {
        kind: 'order-changed',
        ref: { kind: 'backlog', id: 'BL' },
        moved: [{ itemId: 'E2', before: 5, after: 0, by: -5 }],
        shifted: 6,
      },
    ]);
  });

  it('leaves out moves of minMove places or fewer, and still reports the backlog', () => {
    const diff = diffAfter(
      (p) => {
        (p.backlogs[0] as { itemIds: string[] }).itemIds = ['S3', 'S2', 'S4', 'S5', 'S6', 'E2'];
      },
      { minMove: 1 },
    );
    expect(diff.entries).toEqual([
      { kind: 'order-changed', ref: { kind: 'backlog', id: 'BL' }, moved: [], shifted: 2 },
    ]);
  });

  it('reports items entering and leaving a backlog apart from its order', () => {
    const diff = diffAfter((p) => {
      (p.backlogs[0] as { itemIds: string[] }).itemIds = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'E2'];
      (p.backlogs[1] as { itemIds: string[] }).itemIds = [];
    });
    expect(diff.entries).toEqual([
      { kind: 'backlog-items-changed', ref: { kind: 'backlog', id: 'BL' }, added: ['S1'], removed: [] },
      { kind: 'backlog-items-changed', ref: { kind: 'backlog', id: 'SP1' }, added: [], removed: ['S1'] },
    ]);
  });

  it('reports the vision field by field', () => {
    const diff = diffAfter((p) => Object.assign(p, { vision: { title: 'Teams plan in one place' } }));
    expect(diff.entries).toEqual([
      { kind: 'vision-changed', field: 'title', before: undefined, after: 'Teams plan in one place' },
    ]);
  });

  it('takes ids holding any character', () => {
    const odd = 'a "b" ]:[\\n';
    const diff = diffAfter((p) => p.goals.push({ id: odd, title: 'Odd' }));
    expect(diff.entries).toEqual([{ kind: 'added', ref: { kind: 'goal', id: odd }, title: 'Odd' }]);
  });
});

describe('snapshots', () => {
  const snapshot = snapshotPlan(before, { label: 'Q3 review', takenAt: '2026-09-30' });

  it('round-trips through JSON.stringify and compares like the plan', () => {
    const stored = JSON.parse(JSON.stringify(snapshot));
    expect(stored).toEqual({
      version: 1,
      label: 'Q3 review',
      takenAt: '2026-09-30',
      plan: JSON.parse(JSON.stringify(before)),
    });
    const diff = diffPlans(stored, before);
    expect(diff.entries).toEqual([]);
    expect(diff.before).toEqual({ label: 'Q3 review', takenAt: '2026-09-30' });
    expect(diff.after).toEqual({});
  });

  it('refuses a snapshot of a later version, naming the path and what to do', () => {
    const future = { ...JSON.parse(JSON.stringify(snapshot)), version: 2 };
    expect(() => diffPlans(future, before)).toThrow(PlanValidationError);
    expect(() => diffPlans(future, before)).toThrow(
      /version: This snapshot is version 2; this release reads version 1\. Upgrade/,
    );
  });

  it('refuses a malformed snapshot with the path of each problem inside it', () => {
    const broken = { version: 1, takenAt: 3, plan: { items: [{ id: 'S1', title: 'x', kind: 'saga' }] } };
    try {
      diffPlans(broken as never, before);
      expect.unreachable();
    } catch (error) {
      expect((error as PlanValidationError).errors.map((p) => p.path)).toEqual([
        'label',
        'takenAt',
        'plan.items[0].kind',
      ]);
    }
  });

  it('refuses a plan that is not valid, as createPlan does', () => {
    expect(() => diffPlans(before, { items: 'none' } as never)).toThrow(/items/);
  });
});
