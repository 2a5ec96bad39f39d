import type { Change, Plan } from '@throughline/core';
import { type ReactNode, useState } from 'react';

/**
 * Plays the host in stories: keeps the plan in state and takes every change back, as an embedding
 * app would, and prints the last change in an output the browser tests read.
 */
export function usePlanHost(
  initial: unknown,
  onChange?: (change: Change, next: Plan) => void,
): { plan: unknown; onChange: (change: Change, next: Plan) => void; lastChange: ReactNode } {
  const [plan, setPlan] = useState<unknown>(initial);
  const [last, setLast] = useState<Change | null>(null);
  return {
    plan,
    onChange: (change, next) => {
      setPlan(next);
      setLast(change);
      onChange?.(change, next);
    },
    lastChange: (
      <output className="tl-story-output" aria-label="Last change">
        {last ? JSON.stringify(last) : 'No change yet'}
      </output>
    ),
  };
}
