'use client';
import {
  applyChange,
  type Change,
  getPlanIndex,
  type Plan,
  type PriorityMatrixView,
  type PriorityReport,
  rankBy,
} from '@throughline/core';
import { useCallback, useRef } from 'react';
import type { PriorityMatrixMessages } from './messages.js';

export interface ApplyOrderOptions {
  readonly plan: Plan;
  readonly report: PriorityReport;
  readonly view: PriorityMatrixView;
  readonly editable: boolean;
  readonly messages: PriorityMatrixMessages;
  readonly format: (value: number) => string;
  readonly announce: (text: string) => void;
  readonly onChange: ((change: Change, nextPlan: Plan) => void) | undefined;
}

/** Why the backlog cannot be put in the framework's order. */
export type ApplyOrderBlock = keyof PriorityMatrixMessages['applyReason'];

/**
 * "Apply this order": `block` says why there is no order to apply (a view that cannot change the
 * plan, initiatives, no backlog, a backlog already in that order), and `apply` hands the batch of
 * reorder changes `rankBy` gives for the view's backlog to `onChange` as one change (one undo
 * step) and announces how many items moved.
 * `apply` keeps one identity and reads the latest options when called.
 *
 * @example
 * const order = useApplyOrder({ plan, report, view, editable, messages, format, announce, onChange });
 * <button disabled={order.block !== null} onClick={order.apply}>Apply this order</button>
 */
export function useApplyOrder(options: ApplyOrderOptions): {
  readonly block: ApplyOrderBlock | null;
  readonly apply: () => void;
} {
  const { view, editable } = options;
  const block: ApplyOrderBlock | null = !editable
    ? 'read-only'
    : view.entities === 'initiatives'
      ? 'initiatives'
      : view.backlogId === undefined
        ? 'no-backlog'
        : view.inOrder
          ? 'in-order'
          : null;
  const latest = useRef({ options, block });
  latest.current = { options, block };
  const apply = useCallback(() => {
    const { options: o, block: blocked } = latest.current;
    const backlogId = o.view.backlogId;
    if (blocked !== null || backlogId === undefined) return;
    // Worked out on the click, not on every render: the view already knows whether there is an order to apply.
    const ranked = rankBy(o.plan, backlogId, o.report);
    if (!ranked.ok) return;
    const result = applyChange(o.plan, ranked.change);
    if (!result.ok) return;
    const moved = ranked.change.changes.length;
    const backlog = getPlanIndex(o.plan).backlogs.get(backlogId)?.title ?? backlogId;
    o.announce(o.messages.applied(moved, o.format(moved), backlog, o.messages.framework[o.report.framework]));
    o.onChange?.(ranked.change, result.plan);
  }, []);
  return { block, apply };
}
