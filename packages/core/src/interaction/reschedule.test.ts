import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../changes/applyChange.js';
import { generatePlan } from '../sample/generatePlan.js';
import { samplePlan } from '../sample/samplePlan.js';
import { createPlan } from '../validate/validatePlan.js';
import { rescheduleTarget } from '../views/timelineMoves.js';
import {
  pointerSteps,
  RESCHEDULE_DRAG_THRESHOLD,
  type RescheduleContext,
  type RescheduleGesture,
  rescheduleCancel,
  rescheduleCommit,
  reschedulePointerMove,
  reschedulePreview,
  rescheduleStart,
  rescheduleStep,
} from './reschedule.js';

const plan = createPlan(samplePlan());
const generated = createPlan(generatePlan({ seed: 3, items: 200, initiatives: 40, themes: 5 }));
const month: RescheduleContext = { layout: 'time', unit: 'month' };

describe('reschedule gesture', () => {
  it('starts at zero steps, by key or under a pointer that has not moved', () => {
    expect(rescheduleStart('init-onboarding')).toEqual({ initiativeId: 'init-onboarding', steps: 0 });
    expect(rescheduleStart('init-onboarding', { id: 3, x0: 100, stepPx: 96 })).toEqual({
      initiativeId: 'init-onboarding',
      steps: 0,
      pointer: { id: 3, x0: 100, stepPx: 96, started: false },
    });
  });

  it('steps by keyboard on the same initiative, and starts afresh on another', () => {
    let gesture = rescheduleStep(null, 'a', 1);
    gesture = rescheduleStep(gesture, 'a', 1);
    gesture = rescheduleStep(gesture, 'a', -1);
    expect(gesture).toEqual({ initiativeId: 'a', steps: 1 });
    expect(rescheduleStep(gesture, 'b', -1)).toEqual({ initiativeId: 'b', steps: -1 });
  });

  it('turns pointer travel into steps past the threshold, mirrored right to left', () => {
    expect(pointerSteps(RESCHEDULE_DRAG_THRESHOLD, { stepPx: 96, started: false })).toEqual({
      steps: 0,
      started: false,
    });
    expect(pointerSteps(-40, { stepPx: 96, started: false })).toEqual({ steps: 0, started: true });
    expect(pointerSteps(150, { stepPx: 96, started: false })).toEqual({ steps: 2, started: true });
    expect(pointerSteps(150, { stepPx: 96, started: true, dir: 'rtl' })).toEqual({ steps: -2, started: true });
    // Once a drag, back under the threshold is zero steps of a drag, not a click again.
    expect(pointerSteps(1, { stepPx: 96, started: true })).toEqual({ steps: 0, started: true });
    expect(pointerSteps(500, { stepPx: 0, started: false })).toEqual({ steps: 0, started: true });
  });

  it('follows only its own pointer, and returns the same gesture when nothing changed', () => {
    const pressed = rescheduleStart('a', { id: 1, x0: 400, stepPx: 100 });
    expect(reschedulePointerMove(pressed, { pointerId: 2, clientX: 900 })).toBe(pressed);
    expect(reschedulePointerMove(pressed, { pointerId: 1, clientX: 402 })).toBe(pressed);
    const dragged = reschedulePointerMove(pressed, { pointerId: 1, clientX: 610 });
    expect(dragged).toEqual({ initiativeId: 'a', steps: 2, pointer: { id: 1, x0: 400, stepPx: 100, started: true } });
    expect(reschedulePointerMove(dragged, { pointerId: 1, clientX: 620 })).toBe(dragged);
    expect(reschedulePointerMove(dragged, { pointerId: 1, clientX: 190 }, 'rtl').steps).toBe(2);
    const keyboard = rescheduleStart('a');
    expect(reschedulePointerMove(keyboard, { pointerId: 1, clientX: 900 })).toBe(keyboard);
  });

  it('previews where the initiative would land, as rescheduleTarget does', () => {
    const gesture = { initiativeId: 'init-onboarding', steps: 1 };
    expect(reschedulePreview(plan, gesture, month)).toEqual(
      rescheduleTarget(plan, 'init-onboarding', { ...month, steps: 1 }),
    );
    expect(reschedulePreview(plan, { ...gesture, steps: 0 }, month)).toBeNull();
  });

  it('commits one reschedule change and the plan it leads to', () => {
    const done = rescheduleCommit(plan, { initiativeId: 'init-onboarding', steps: 1 }, month);
    expect(done?.change).toEqual({
      type: 'reschedule',
      initiativeId: 'init-onboarding',
      start: '2026-11-01',
      end: '2027-01-18',
    });
    expect(done?.plan.initiatives.find((i) => i.id === 'init-onboarding')).toMatchObject({
      start: '2026-11-01',
      end: '2027-01-18',
    });
    const horizons = rescheduleCommit(plan, { initiativeId: 'init-onboarding', steps: 1 }, { layout: 'horizons' });
    expect(horizons?.change).toEqual({ type: 'reschedule', initiativeId: 'init-onboarding', horizonId: 'h-next' });
  });

  it('commits nothing for a gesture that moves nothing or an initiative the plan does not hold', () => {
    expect(rescheduleCommit(plan, { initiativeId: 'init-onboarding', steps: 0 }, month)).toBeNull();
    expect(rescheduleCommit(plan, { initiativeId: 'nope', steps: 2 }, month)).toBeNull();
    expect(rescheduleCancel(plan, { initiativeId: 'nope', steps: 2 })).toBeUndefined();
  });

  const initiativeIds = (p: typeof plan) => p.initiatives.map((i) => i.id);
  const press = fc.oneof(
    fc.record({ type: fc.constant('key' as const), by: fc.constantFrom(-1, 1) }),
    fc.record({ type: fc.constant('pointer' as const), clientX: fc.integer({ min: -3000, max: 3000 }) }),
  );
  const run = (start: RescheduleGesture, presses: readonly fc.Arbitrary<unknown>[] | unknown[]) => {
    let gesture = start;
    for (const p of presses as { type: 'key' | 'pointer'; by?: number; clientX?: number }[]) {
      gesture =
        p.type === 'key'
          ? rescheduleStep(gesture, gesture.initiativeId, p.by ?? 1)
          : reschedulePointerMove(gesture, { pointerId: 1, clientX: p.clientX ?? 0 });
    }
    return gesture;
  };

  it('cancel restores the start, whatever the steps and pointer moves before it', () => {
    for (const p of [plan, generated]) {
      fc.assert(
        fc.property(
          fc.constantFrom(...initiativeIds(p)),
          fc.boolean(),
          fc.array(press, { maxLength: 25 }),
          (id, byPointer, presses) => {
            const start = byPointer ? rescheduleStart(id, { id: 1, x0: 0, stepPx: 80 }) : rescheduleStart(id);
            const before = rescheduleCancel(p, start);
            const gesture = run(start, presses);
            const initiative = p.initiatives.find((i) => i.id === id);
            expect(rescheduleCancel(p, gesture)).toEqual(before);
            expect(before?.start).toBe(initiative?.start);
            expect(before?.end).toBe(initiative?.end);
            expect(before?.horizonId).toBe(initiative?.horizonId);
            // And a gesture back at zero steps shows no move at all.
            expect(reschedulePreview(p, { ...gesture, steps: 0 }, month)).toBeNull();
          },
        ),
      );
    }
  });

  it('commit always yields a change the plan accepts, in every layout and step size', () => {
    for (const p of [plan, generated]) {
      fc.assert(
        fc.property(
          fc.constantFrom(...initiativeIds(p)),
          fc.integer({ min: -60, max: 60 }),
          fc.constantFrom<RescheduleContext>(
            { layout: 'time', unit: 'week' },
            { layout: 'time', unit: 'month' },
            { layout: 'time', unit: 'quarter' },
            { layout: 'horizons' },
          ),
          (id, steps, context) => {
            const done = rescheduleCommit(p, { initiativeId: id, steps }, context);
            const preview = reschedulePreview(p, { initiativeId: id, steps }, context);
            // Whenever the gesture shows a move, committing it makes that move.
            expect(done === null).toBe(preview === null);
            if (!done) return;
            expect(done.change).toEqual(preview?.change);
            const applied = applyChange(p, done.change);
            expect(applied.ok).toBe(true);
            if (applied.ok) expect(applied.plan).toEqual(done.plan);
          },
        ),
      );
    }
  });
});
