'use client';
import { type Change, type ChangeResult, createPlan } from '@throughline/core';
import { usePlanHistory } from '@throughline/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { describeOutcome, postChange } from '@/lib/protocol';

/** A plan as the server page hands it over: its data and version. */
export interface SavedPlan {
  readonly version: number;
  readonly data: unknown;
}

/**
 * The plan a page edits, saved change by change. Every change a view reports, and every change
 * undo and redo return, is applied on the page at once and sent to `endpoint` with the version it
 * was made on, one request at a time, in order. When the answer carries a plan the page does not
 * show (another editor's changes came first, or the server refused this one), the page takes that
 * plan and its undo history starts over from it. `status` says what became of the last change.
 */
export function useSavedPlan(saved: SavedPlan, endpoint = '/api/plan/changes') {
  const history = usePlanHistory(() => createPlan(saved.data));
  const { reset } = history;
  const [status, setStatus] = useState('');
  const version = useRef(saved.version);
  // One more each time the page's plan is replaced: a change made before that is no longer shown.
  const generation = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const save = useCallback(
    (change: Change) => {
      const madeIn = generation.current;
      queue.current = queue.current.then(async () => {
        const answer = await postChange(endpoint, { baseVersion: version.current, change });
        if ('error' in answer) {
          generation.current++;
          setStatus(`Not saved: ${answer.error} Reload the page to see the saved plan.`);
          return;
        }
        version.current = answer.version;
        if (answer.outcome.status !== 'applied' || madeIn !== generation.current) {
          generation.current++;
          reset(createPlan(answer.plan));
        }
        setStatus(describeOutcome(answer.outcome));
      });
    },
    [endpoint, reset],
  );

  const { apply: applyHere, undo: undoHere, redo: redoHere } = history;
  const actions = useMemo(
    () => ({
      apply(change: Change): ChangeResult {
        const result = applyHere(change);
        if (result.ok) save(change);
        return result;
      },
      undo() {
        const inverse = undoHere();
        if (inverse) save(inverse);
      },
      redo() {
        const again = redoHere();
        if (again) save(again);
      },
    }),
    [applyHere, undoHere, redoHere, save],
  );
  return { plan: history.plan, canUndo: history.canUndo, canRedo: history.canRedo, status, ...actions };
}
