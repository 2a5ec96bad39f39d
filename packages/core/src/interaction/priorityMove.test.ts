import { describe, expect, it } from 'vitest';
import { applyChange } from '../changes/applyChange.js';
import { invertChange } from '../changes/invertChange.js';
import { scorePriorities } from '../priority/scorePriorities.js';
import { createPlan } from '../validate/validatePlan.js';
import {
  movePriorityPoint,
  priorityMoveChange,
  priorityMoveCommit,
  priorityMovePreview,
  priorityMoveStart,
  priorityMoveStep,
  priorityMoveToward,
} from './priorityMove.js';

const plan = createPlan({
  items: [
    {
      id: 'S1',
      title: 'Signup',
      kind: 'story',
      estimate: 5,
      priority: {
        rice: { reach: 2000, impact: 1, confidence: 0.8, effort: 4, source: 'survey' } as never,
        wsjf: { businessValue: 8, timeCriticality: 5, riskReduction: 3 },
        ice: { impact: 8, confidence: 7, ease: 6 },
      },
    },
    {
      id: 'PROJ::2 "x"',
      title: 'Odd id',
      kind: 'task',
      priority: { rice: { reach: 10, impact: 1.5, confidence: 1, effort: 1 } },
    },
    { id: 'B1', title: 'No inputs', kind: 'bug' },
  ],
  initiatives: [
    {
      id: 'I1',
      title: 'Guided setup',
      priority: { wsjf: { businessValue: 2, timeCriticality: 1, riskReduction: 1, jobSize: 3 } },
    },
  ],
});
const S1 = { kind: 'item', id: 'S1' } as const;
const rice = { framework: 'rice' } as const;

describe('the priority move gesture', () => {
  it('picks a point up where its inputs stand, and steps them along their scales', () => {
    const gesture = priorityMoveStart(plan, S1, rice);
    expect(gesture?.from).toEqual({ value: 1, effort: 4 });
    if (!gesture) throw new Error('not picked up');
    const up = priorityMoveStep(gesture, 'value', 1);
    expect(up.at).toEqual({ value: 2, effort: 4 });
    expect(priorityMoveStep(priorityMoveStep(up, 'value', 1), 'value', 1).at.value).toBe(3);
    expect(priorityMoveStep(priorityMoveStep(up, 'effort', -1), 'effort', -1).at.effort).toBe(3);
    // The end of a scale: the same gesture, so a view knows nothing moved.
    const top = priorityMoveStep(priorityMoveStep(up, 'value', 1), 'value', 1);
    expect(priorityMoveStep(top, 'value', 1)).toBe(top);
  });

  it('previews the point where the framework would put it', () => {
    const gesture = priorityMoveStart(plan, S1, rice);
    if (!gesture) throw new Error('not picked up');
    expect(priorityMovePreview(plan, gesture, rice)).toEqual({ value: 1600, effort: 4, score: 400 });
    expect(priorityMovePreview(plan, priorityMoveStep(gesture, 'value', 1), rice)).toEqual({
      value: 3200,
      effort: 4,
      score: 800,
    });
  });

  it('commits one set-priority change with the framework’s inputs whole, a host’s own field kept', () => {
    const gesture = priorityMoveStart(plan, S1, rice);
    if (!gesture) throw new Error('not picked up');
    const done = priorityMoveCommit(plan, priorityMoveStep(gesture, 'value', 1), rice);
    expect(done?.change).toEqual({
      type: 'set-priority',
      target: { kind: 'item', id: 'S1' },
      priority: { rice: { reach: 2000, impact: 2, confidence: 0.8, effort: 4, source: 'survey' } },
    });
    const item = done?.plan.items.find((i) => i.id === 'S1');
    expect(item?.priority?.rice?.impact).toBe(2);
    expect(item?.priority?.wsjf).toEqual(plan.items[0]?.priority?.wsjf);
    // Undone, the plan is as it was.
    if (!done) throw new Error('no change');
    const undo = invertChange(plan, done.change);
    const back = undo ? applyChange(done.plan, undo) : null;
    expect(back?.ok && back.plan.items[0]?.priority).toEqual(plan.items[0]?.priority);
  });

  it('makes no change when nothing moved, or moved back', () => {
    const gesture = priorityMoveStart(plan, S1, rice);
    if (!gesture) throw new Error('not picked up');
    expect(priorityMoveCommit(plan, gesture, rice)).toBeNull();
    expect(
      priorityMoveChange(plan, priorityMoveStep(priorityMoveStep(gesture, 'value', 1), 'value', -1), rice),
    ).toBeNull();
  });

  it('leaves a WSJF job size taken from the estimate alone when only the value moves', () => {
    const wsjf = { framework: 'wsjf' } as const;
    const score = scorePriorities(plan, wsjf).items.find((s) => s.ref.id === 'S1');
    const gesture = priorityMoveStart(plan, S1, wsjf, score);
    expect(gesture?.from).toEqual({ value: 8, effort: 5 });
    if (!gesture) throw new Error('not picked up');
    expect(priorityMoveChange(plan, priorityMoveStep(gesture, 'value', 1), wsjf)?.priority).toEqual({
      wsjf: { businessValue: 13, timeCriticality: 5, riskReduction: 3 },
    });
    expect(priorityMoveChange(plan, priorityMoveStep(gesture, 'effort', 1), wsjf)?.priority).toEqual({
      wsjf: { businessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 8 },
    });
  });

  it('drags each input to the step that puts the point nearest the pointer, as the chart measures it', () => {
    const gesture = priorityMoveStart(plan, S1, rice);
    if (!gesture) throw new Error('not picked up');
    // A chart of 1 unit a pixel on both axes: value 1,600 per step of impact (reach × confidence).
    const project = { value: (v: number) => v, effort: (e: number) => e };
    expect(priorityMoveToward(plan, gesture, { value: 3000, effort: 6.2 }, project, rice).at).toEqual({
      value: 2,
      effort: 6,
    });
    expect(priorityMoveToward(plan, gesture, { value: 1600 }, project, rice)).toBe(gesture);
    // Measured on a log axis, 1,000 is nearer 800 (impact 0.5) than 1,600 (impact 1).
    const log = { value: (v: number) => Math.log10(v), effort: (e: number) => e };
    expect(priorityMoveToward(plan, gesture, { value: Math.log10(1000) }, log, rice).at.value).toBe(0.5);
  });

  it('cannot pick up MoSCoW, an entity the plan does not hold, or one without the inputs', () => {
    expect(priorityMoveStart(plan, S1, { framework: 'moscow' })).toBeNull();
    expect(priorityMoveStart(plan, { kind: 'item', id: 'nope' }, rice)).toBeNull();
    expect(priorityMoveStart(plan, { kind: 'item', id: 'B1' }, rice)).toBeNull();
    expect(priorityMoveStart(plan, { kind: 'initiative', id: 'S1' }, rice)).toBeNull();
  });
});

describe('movePriorityPoint', () => {
  it('is the change a number of steps makes, for items and initiatives, with ids as given', () => {
    expect(movePriorityPoint(plan, S1, { value: 1, effort: -2 }, rice)).toEqual({
      type: 'set-priority',
      target: { kind: 'item', id: 'S1' },
      priority: { rice: { reach: 2000, impact: 2, confidence: 0.8, effort: 3, source: 'survey' } },
    });
    // An impact between steps goes to the next step that way.
    expect(movePriorityPoint(plan, { kind: 'item', id: 'PROJ::2 "x"' }, { value: -1 }, rice)).toMatchObject({
      target: { kind: 'item', id: 'PROJ::2 "x"' },
      priority: { rice: { impact: 1 } },
    });
    expect(movePriorityPoint(plan, { kind: 'initiative', id: 'I1' }, { effort: 1 }, { framework: 'wsjf' })).toEqual({
      type: 'set-priority',
      target: { kind: 'initiative', id: 'I1' },
      priority: { wsjf: { businessValue: 2, timeCriticality: 1, riskReduction: 1, jobSize: 5 } },
    });
  });

  it('turns ease round for ICE: a step more effort is a step less ease', () => {
    expect(movePriorityPoint(plan, S1, { effort: 1 }, { framework: 'ice' })?.priority).toEqual({
      ice: { impact: 8, confidence: 7, ease: 5 },
    });
  });

  it('is null when nothing would change', () => {
    expect(movePriorityPoint(plan, S1, { value: 0 }, rice)).toBeNull();
    expect(movePriorityPoint(plan, S1, { value: 5 }, { framework: 'moscow' })).toBeNull();
    expect(movePriorityPoint(plan, { kind: 'item', id: 'B1' }, { value: 1 }, rice)).toBeNull();
  });
});
