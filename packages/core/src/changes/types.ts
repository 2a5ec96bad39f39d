import type { IsoDate, Plan } from '../model/types.js';
import type { ItemStatus } from '../model/vocabulary.js';
import type { PriorityInputs } from '../priority/priority.types.js';
import type { ReviewLinkChange } from '../suspect/reviewLink.js';

/**
 * A change to a plan, as plain data: what a view emits, what a host persists or sends to its API,
 * and what `invertChange` returns to undo it.
 */
export type Change =
  /** Move an item to `toIndex` within one backlog (0 = top priority). */
  | { readonly type: 'reorder'; readonly backlogId: string; readonly itemId: string; readonly toIndex: number }
  /** Take an item out of one backlog and put it in another at `toIndex` (product → sprint and back). */
  | {
      readonly type: 'move';
      readonly itemId: string;
      readonly fromBacklogId: string;
      readonly toBacklogId: string;
      readonly toIndex: number;
    }
  /** Link an item directly to an initiative, replacing any direct link it had. */
  | { readonly type: 'link'; readonly itemId: string; readonly initiativeId: string }
  /** Remove an item's direct link to an initiative (it may still inherit one from its parent). */
  | { readonly type: 'unlink'; readonly itemId: string }
  /** Put an item under another (`null`: make it top level). */
  | { readonly type: 'reparent'; readonly itemId: string; readonly parentId: string | null }
  /** Move an initiative in time: a field left out stays as it is, `null` clears it. */
  | {
      readonly type: 'reschedule';
      readonly initiativeId: string;
      readonly start?: IsoDate | null;
      readonly end?: IsoDate | null;
      readonly horizonId?: string | null;
    }
  | { readonly type: 'set-status'; readonly itemId: string; readonly status: ItemStatus }
  /** Set or remove one item's or initiative's priority inputs, framework by framework (see `PriorityUpdate`). */
  | {
      readonly type: 'set-priority';
      readonly target: { readonly kind: 'item' | 'initiative'; readonly id: string };
      readonly priority: PriorityUpdate;
    }
  /**
   * Confirm a trace link after what it points at changed, so `suspectLinks` stops reporting it
   * until it changes again: records the link's meaning now in `reviewedLinks` (`seen: null` clears it).
   */
  | ReviewLinkChange
  /** Several changes applied in order, all or nothing. */
  | { readonly type: 'batch'; readonly changes: readonly Change[] };

/**
 * What a `set-priority` change sets: each framework given replaces that framework's inputs, `null`
 * removes them, a framework left out stays as it is. A `priority` left empty is removed.
 */
export type PriorityUpdate = {
  readonly [K in 'rice' | 'wsjf' | 'ice' | 'valueEffort' | 'moscow']?: PriorityInputs[K] | null;
};

/** The `type` of a change: `'reorder' | 'move' | 'link' | … | 'batch'`. */
export type ChangeType = Change['type'];

/** Why `applyChange` refused a change; docs/data-format.md describes each code. */
export type ChangeErrorCode =
  | 'invalid-change'
  | 'unknown-item'
  | 'unknown-backlog'
  | 'unknown-initiative'
  | 'unknown-horizon'
  | 'not-in-backlog'
  | 'already-in-backlog'
  | 'index-out-of-range'
  | 'in-another-product-backlog'
  | 'in-concurrent-sprint'
  | 'not-linked'
  | 'parent-cycle'
  | 'parent-kind-inverted'
  | 'invalid-date'
  | 'end-before-start';

/** A refused change: a stable code, a sentence saying why, and the change (inside a batch, the step) refused. */
export interface ChangeError {
  readonly code: ChangeErrorCode;
  readonly message: string;
  /** The change that was refused; inside a batch, the one that failed. */
  readonly change: Change;
}

/** What `applyChange` returns: the next plan, or the error with the plan left as it was. */
export type ChangeResult =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly error: ChangeError };
