'use client';
import { type BacklogPriority, type Change, type Plan, type PriorityReport, rankBy } from '@throughline/core';
import { useMemo, useRef } from 'react';
import { useControllableState } from '../shared/useControllableState.js';
import type { BacklogListMessages } from './messages.js';
import { titles } from './useBacklogMoves.js';

/** The props of a list's priority column and its preview, each piece of state on the `x` / `defaultX` / `onXChange` contract. */
export interface PriorityPreviewProps {
  /**
   * Scores to show, from `scorePriorities` (or the `usePriorities` hook) on the plan shown: each row
   * shows its score and how far the framework's order would move it, and each backlog offers a
   * preview of that order. Passed as a report, so a list without scores ships no scoring code.
   */
  readonly priority?: PriorityReport | undefined;
  /** The backlog shown in the framework's order, not applied yet (controlled); null for none. */
  readonly priorityPreview?: string | null | undefined;
  readonly defaultPriorityPreview?: string | null | undefined;
  readonly onPriorityPreviewChange?: ((backlogId: string | null) => void) | undefined;
}

/** The preview's gestures, with one identity for the board's lifetime. */
export interface PriorityPreviewActions {
  /** Shows a backlog in the framework's order; emits nothing. */
  readonly start: (backlogId: string) => void;
  /** Back to today's order; emits nothing. */
  readonly cancel: (backlogId: string) => void;
  /** Emits `rankBy`'s change for the backlog (when it moves anything) and ends the preview. */
  readonly apply: (backlogId: string) => void;
}

export interface PriorityPreview {
  /** The backlog drawn in the framework's order; null when none (or no `priority`, or read-only). */
  readonly previewing: string | null;
  /** Asks for a preview (a backlog id) or for none, on the host's contract. */
  readonly setPreviewing: (backlogId: string | null) => void;
}

/**
 * Which backlog is previewed in its framework's order: the host's `priorityPreview` when given,
 * else the list's own. A preview asked for a backlog not shown, or while there is no report or the
 * list is read-only, shows nothing.
 *
 * @example
 * const { previewing, setPreviewing } = usePriorityPreview(props, { readOnly, backlogs });
 */
export function usePriorityPreview(
  props: PriorityPreviewProps,
  { readOnly, backlogs }: { readonly readOnly: boolean; readonly backlogs: ReadonlyMap<string, BacklogPriority> },
): PriorityPreview {
  const [asked, setPreviewing] = useControllableState<string | null>(
    props.priorityPreview,
    props.defaultPriorityPreview ?? null,
    props.onPriorityPreviewChange,
  );
  const previewing = !readOnly && asked !== null && backlogs.has(asked) ? asked : null;
  return { previewing, setPreviewing };
}

export interface PriorityPreviewActionOptions {
  readonly plan: Plan;
  readonly report: PriorityReport | undefined;
  /** Each shown backlog in the framework's order. */
  readonly backlogs: ReadonlyMap<string, BacklogPriority>;
  /** Applies a change, hands it to `onChange`, and returns the plan it leads to (undefined when refused). */
  readonly emit: (change: Change) => Plan | undefined;
  readonly announce: (text: string) => void;
  readonly messages: BacklogListMessages;
  readonly n: (value: number) => string;
}

/**
 * The gestures that start, cancel and apply a preview. Starting and cancelling emit nothing;
 * applying emits `rankBy`'s one batch through `emit` (so `onChange` hears it as any gesture) and
 * ends the preview. Each is announced.
 *
 * @example
 * const actions = usePriorityPreviewActions(setPreviewing, { plan, report, backlogs, emit, announce, messages, n });
 * actions.start('backlog-product'); // rows drawn in RICE order; nothing emitted
 * actions.apply('backlog-product'); // onChange({ type: 'batch', changes: [...] }, next)
 */
export function usePriorityPreviewActions(
  setPreviewing: (backlogId: string | null) => void,
  options: PriorityPreviewActionOptions,
): PriorityPreviewActions {
  // Gestures read the latest render's values, so the actions keep one identity.
  const latest = useRef(options);
  latest.current = options;
  return useMemo<PriorityPreviewActions>(() => {
    const words = (backlogId: string) => {
      const { plan, backlogs, messages, n } = latest.current;
      const order = backlogs.get(backlogId);
      const moves = order?.moves ?? 0;
      return {
        framework: order ? messages.priorityFramework[order.framework] : '',
        backlog: titles(plan).backlog(backlogId),
        moves,
        shown: n(moves),
      };
    };
    return {
      start: (backlogId) => {
        const { framework, backlog, shown, moves } = words(backlogId);
        setPreviewing(backlogId);
        latest.current.announce(latest.current.messages.previewing(framework, backlog, shown, moves));
      },
      cancel: (backlogId) => {
        setPreviewing(null);
        latest.current.announce(latest.current.messages.previewCancelled(words(backlogId).backlog));
      },
      apply: (backlogId) => {
        const { plan, report, emit, announce, messages } = latest.current;
        if (!report) return;
        const { framework, backlog, shown, moves } = words(backlogId);
        const ranked = rankBy(plan, backlogId, report);
        if (!ranked.ok) return;
        // An order already in place changes nothing: there is nothing to hand the host.
        if (ranked.change.changes.length > 0 && !emit(ranked.change)) return;
        setPreviewing(null);
        announce(messages.orderApplied(framework, backlog, shown, moves));
      },
    };
  }, [setPreviewing]);
}
