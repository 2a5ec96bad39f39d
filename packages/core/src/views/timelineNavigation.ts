// Keyboard navigation of a roadmap timeline as plain data: the reading order (milestones, then
// the bars lane by lane, then the listed unscheduled initiatives) and what a key does from a place
// in it. List moves come from `listMove`, with each band (the milestones, a lane, the unscheduled
// list) a group, so Page Up / Page Down go band by band.
import { type ListKey, type ListMove, listMove } from '../interaction/list.js';
import type { PlanRef } from '../model/types.js';

/**
 * The timeline's reading order: every focusable place as a `{ kind, id }` ref, the size of each
 * band in order (milestones, each lane, unscheduled; a band may be empty), and each place found
 * by kind and id (never by a joined string, so an initiative `milestone:2` and a milestone `2`
 * never meet).
 *
 * @example
 * const order = timelineOrder({ milestones: ['m1'], lanes: [[{ kind: 'initiative', id: 'a' }]], unscheduled: [] });
 * order.refs; // [{ kind: 'milestone', id: 'm1' }, { kind: 'initiative', id: 'a' }]
 * order.groups; // [1, 1, 0]
 */
export interface TimelineOrder {
  readonly refs: readonly PlanRef[];
  readonly groups: readonly number[];
  /** The lane of each place, by position; -1 for milestones and unscheduled initiatives. */
  readonly lanes: readonly number[];
  readonly places: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/**
 * What the reading order is made of: milestone ids in time order, each lane's bars in reading
 * order, unscheduled initiative ids.
 *
 * @example
 * const parts: TimelineOrderParts = { milestones: ['m1'], lanes: [[{ kind: 'initiative', id: 'a' }]], unscheduled: ['u'] };
 */
export interface TimelineOrderParts {
  readonly milestones: readonly string[];
  readonly lanes: readonly (readonly PlanRef[])[];
  readonly unscheduled: readonly string[];
}

/**
 * The reading order from its parts (see `TimelineOrder`). A ref listed twice keeps its first place.
 *
 * @example
 * const order = timelineOrder({
 *   milestones: view.milestones.map((m) => m.id),
 *   lanes: [[{ kind: 'initiative', id: 'init-a' }, { kind: 'initiative', id: 'init-b' }]],
 *   unscheduled: ['init-c'],
 * });
 * timelineOrderIndex(order, { kind: 'initiative', id: 'init-c' }); // 2
 */
export function timelineOrder(parts: TimelineOrderParts): TimelineOrder {
  const refs: PlanRef[] = parts.milestones.map((id) => ({ kind: 'milestone', id }));
  const lanes: number[] = refs.map(() => -1);
  const groups = [refs.length];
  parts.lanes.forEach((lane, l) => {
    for (const ref of lane) {
      refs.push(ref);
      lanes.push(l);
    }
    groups.push(lane.length);
  });
  for (const id of parts.unscheduled) {
    refs.push({ kind: 'initiative', id });
    lanes.push(-1);
  }
  groups.push(parts.unscheduled.length);
  const places = new Map<string, Map<string, number>>();
  refs.forEach((ref, i) => {
    const byId = places.get(ref.kind) ?? new Map<string, number>();
    places.set(ref.kind, byId);
    if (!byId.has(ref.id)) byId.set(ref.id, i);
  });
  return { refs, groups, lanes, places };
}

/**
 * A ref's place in the reading order, or -1.
 *
 * @example
 * timelineOrderIndex(order, { kind: 'milestone', id: '2' }); // 0, even beside an initiative '2'
 */
export function timelineOrderIndex(order: TimelineOrder, ref: PlanRef | null | undefined): number {
  return ref ? (order.places.get(ref.kind)?.get(ref.id) ?? -1) : -1;
}

/**
 * The lane a ref's bar is in; `undefined` for a milestone, an unscheduled initiative or a ref not in the order.
 *
 * @example
 * timelineOrderLane(order, { kind: 'initiative', id: 'init-a' }); // 0
 */
export function timelineOrderLane(order: TimelineOrder, ref: PlanRef | null | undefined): number | undefined {
  const lane = order.lanes[timelineOrderIndex(order, ref)];
  return lane === undefined || lane < 0 ? undefined : lane;
}

/**
 * What a key does on the timeline:
 * - `focus`: go to `ref` (any move in progress is cancelled first: a move never follows focus).
 * - `step`: move the initiative a step later (`by: 1`) or earlier (`by: -1`).
 * - `commit` / `cancel`: end the move in progress with its change, or without one.
 * - `select`: show the ref's details and tell the host.
 * - `stay`: the key is the timeline's, but there is nowhere to go (an edge).
 *
 * @example
 * const action: TimelineKeyAction = { type: 'step', initiativeId: 'init-a', by: 1 };
 */
export type TimelineKeyAction =
  | { readonly type: 'focus'; readonly ref: PlanRef }
  | { readonly type: 'step'; readonly initiativeId: string; readonly by: 1 | -1 }
  | { readonly type: 'commit'; readonly initiativeId: string }
  | { readonly type: 'cancel' }
  | { readonly type: 'select'; readonly ref: PlanRef }
  | { readonly type: 'stay' };

/**
 * Where a key is pressed: the place focus is on (or was last sent to), and the move in progress.
 *
 * @example
 * const state: TimelineKeyState = { from: { kind: 'initiative', id: 'a' }, moving: 'a', movable: true, dir: 'rtl' };
 */
export interface TimelineKeyState {
  readonly from: PlanRef;
  /** The initiative a move in progress moves, or `null`. */
  readonly moving: string | null;
  /** The place is an initiative bar the reader may move (the timeline is editable). */
  readonly movable: boolean;
  /** Right to left, ← is later and → earlier. */
  readonly dir?: 'ltr' | 'rtl' | undefined;
}

const VERTICAL: Readonly<Record<string, ListMove>> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  PageDown: 'nextGroup',
  PageUp: 'previousGroup',
};

/**
 * The action for a key pressed on the timeline, or `null` for a key it leaves to the page. ↑/↓
 * walk the reading order, Home/End go to its ends, Page Up/Down (and Ctrl or ⌘ with ↑/↓) to the
 * first place of the band before or after (milestones, each lane, the unscheduled list); ←/→ move
 * a movable bar a step (mirrored right to left) and walk the order otherwise; Enter or Space
 * commits the move of the focused bar, else selects; Escape cancels a move. Alt and Shift chords
 * are left to the page.
 *
 * @example
 * timelineKeyAction(order, { key: 'ArrowRight' }, { from: { kind: 'initiative', id: 'a' }, moving: null, movable: true });
 * // { type: 'step', initiativeId: 'a', by: 1 }
 * timelineKeyAction(order, { key: 'PageDown' }, { from: { kind: 'milestone', id: 'm1' }, moving: null, movable: false });
 * // { type: 'focus', ref: the first bar of the first lane with bars }
 */
export function timelineKeyAction(
  order: TimelineOrder,
  key: ListKey,
  state: TimelineKeyState,
): TimelineKeyAction | null {
  if (key.altKey || key.shiftKey) return null;
  const { from } = state;
  const at = timelineOrderIndex(order, from);
  const go = (move: ListMove): TimelineKeyAction => {
    const to = listMove(at, move, { count: order.refs.length, groups: order.groups });
    const ref = order.refs[to];
    return ref === undefined || to === at ? { type: 'stay' } : { type: 'focus', ref };
  };
  const byGroup = key.ctrlKey === true || key.metaKey === true;
  switch (key.key) {
    case 'ArrowDown':
    case 'ArrowUp':
      return go(byGroup ? (key.key === 'ArrowDown' ? 'nextGroup' : 'previousGroup') : (VERTICAL[key.key] as ListMove));
    case 'Home':
    case 'End':
      return go(VERTICAL[key.key] as ListMove);
    case 'PageDown':
    case 'PageUp':
      // Ctrl+Page Up/Down switch the browser's tabs.
      return byGroup ? null : go(VERTICAL[key.key] as ListMove);
    case 'ArrowLeft':
    case 'ArrowRight': {
      const later = (key.key === 'ArrowRight') !== (state.dir === 'rtl');
      if (state.movable && from.kind === 'initiative')
        return { type: 'step', initiativeId: from.id, by: later ? 1 : -1 };
      return go(later ? 'next' : 'previous');
    }
    case 'Enter':
    case ' ':
      return state.moving !== null && from.kind === 'initiative' && state.moving === from.id
        ? { type: 'commit', initiativeId: from.id }
        : { type: 'select', ref: from };
    case 'Escape':
      return state.moving === null ? null : { type: 'cancel' };
    default:
      return null;
  }
}
