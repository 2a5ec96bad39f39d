'use client';
import { useCallback, useState } from 'react';

/** The snapshot the page compares with, and keeping the plan as it stands as the new one. */
export interface ReviewBaseline {
  /** The latest snapshot as stored (plain JSON: `useBaseline` reads and checks it), or undefined. */
  readonly snapshot: unknown;
  /** Keeps the plan as the server holds it now, labelled `label`, and compares with it from now on. */
  readonly take: (label: string) => Promise<void>;
  /** What became of the last snapshot taken, for a status line. */
  readonly status: string;
}

/**
 * The review baseline of the page: the latest snapshot the server page read, replaced by a new one
 * when someone keeps the plan as it stands (at the end of a review). The snapshot is taken on the
 * server, from the saved plan: changes still being saved are not in it.
 */
export function useReviewBaseline(initial: unknown, endpoint = '/api/plan/snapshots'): ReviewBaseline {
  const [snapshot, setSnapshot] = useState(initial);
  const [status, setStatus] = useState('');
  const take = useCallback(
    async (label: string) => {
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ label }),
        });
        const body = (await response.json()) as { snapshot?: unknown; error?: string; version?: number };
        if (!response.ok || body.snapshot === undefined) {
          setStatus(`Not kept: ${body.error ?? `the server answered ${response.status}.`}`);
          return;
        }
        setSnapshot(body.snapshot);
        setStatus(`Kept version ${body.version} as “${label}”: the views now compare with it.`);
      } catch (error) {
        setStatus(`Not kept: the server could not be reached (${(error as Error).message}).`);
      }
    },
    [endpoint],
  );
  return { snapshot, take, status };
}
