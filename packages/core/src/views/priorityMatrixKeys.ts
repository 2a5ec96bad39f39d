// The priority matrix's keyboard as plain data. Focus walks the points in rank order; Enter or
// Space picks the focused point up, the arrows then change its inputs a step at a time (up and
// down its value, along the effort axis its effort), Enter or Space drops it and Escape puts it
// back. A chart that cannot be edited selects the point on Enter or Space instead.
import { type ListKey, type ListMove, listMove } from '../interaction/list.js';

/** The two axes a point moves along: its value (up and down) and its effort (along the effort axis). */
export type PriorityAxisName = 'value' | 'effort';

/**
 * What a key does on the priority matrix:
 * - `focus`: go to the point of rank `index`.
 * - `pick-up`: start moving the focused point.
 * - `step`: move the point being moved one step along `axis` (`by`: +1 more, -1 less).
 * - `drop` / `cancel`: end the move with its change, or without one.
 * - `select`: tell the host about the focused point (a chart that cannot be edited).
 * - `stay`: the key is the chart's, but there is nowhere to go (an edge, or a key a move ignores).
 *
 * @example
 * const action: PriorityKeyAction = { type: 'step', axis: 'effort', by: -1 };
 */
export type PriorityKeyAction =
  | { readonly type: 'focus'; readonly index: number }
  | { readonly type: 'pick-up'; readonly index: number }
  | { readonly type: 'step'; readonly axis: PriorityAxisName; readonly by: 1 | -1 }
  | { readonly type: 'drop' }
  | { readonly type: 'cancel' }
  | { readonly type: 'select'; readonly index: number }
  | { readonly type: 'stay' };

/**
 * Where a key is pressed: the focused point's rank, how many points there are, whether a point is
 * being moved, whether points may be moved at all, and the text direction.
 *
 * @example
 * const state: PriorityKeyState = { index: 3, count: 40, moving: false, movable: true, dir: 'rtl' };
 */
export interface PriorityKeyState {
  readonly index: number;
  readonly count: number;
  readonly moving: boolean;
  readonly movable: boolean;
  /** Right to left, the effort axis grows to the left: ← is more effort and the next point. */
  readonly dir?: 'ltr' | 'rtl' | undefined;
  /** Points a Page Up / Page Down goes; default 10. */
  readonly pageSize?: number | undefined;
}

const WALK: Readonly<Record<string, ListMove>> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  PageDown: 'pageDown',
  PageUp: 'pageUp',
};

/**
 * The action for a key pressed on the priority matrix, or `null` for a key it leaves to the page
 * (Tab, letters, Alt and Shift chords, Ctrl with Page Up / Page Down).
 *
 * Walking (no point picked up): ↓ and → go to the next point in rank order, ↑ and ← to the one
 * before (← and → swap right to left), Home / End to the first and last, Page Down / Page Up ten
 * on or back; Enter or Space picks the point up, or selects it when the chart cannot be edited.
 * Moving: ↑ / ↓ a step more or less value, → / ← a step more or less effort (mirrored right to
 * left), Enter or Space drops, Escape cancels; the other walking keys stay.
 *
 * @example
 * priorityKeyAction({ key: 'ArrowRight' }, { index: 0, count: 5, moving: false, movable: true }); // { type: 'focus', index: 1 }
 * priorityKeyAction({ key: 'Enter' }, { index: 2, count: 5, moving: false, movable: true }); // { type: 'pick-up', index: 2 }
 * priorityKeyAction({ key: 'ArrowLeft' }, { index: 2, count: 5, moving: true, movable: true, dir: 'rtl' });
 * // { type: 'step', axis: 'effort', by: 1 }
 */
export function priorityKeyAction(key: ListKey, state: PriorityKeyState): PriorityKeyAction | null {
  if (key.altKey || key.shiftKey) return null;
  const rtl = state.dir === 'rtl';
  const byCtrl = key.ctrlKey === true || key.metaKey === true;
  if (state.moving) {
    switch (key.key) {
      case 'ArrowUp':
      case 'ArrowDown':
        return { type: 'step', axis: 'value', by: key.key === 'ArrowUp' ? 1 : -1 };
      case 'ArrowRight':
      case 'ArrowLeft':
        return { type: 'step', axis: 'effort', by: (key.key === 'ArrowRight') !== rtl ? 1 : -1 };
      case 'Enter':
      case ' ':
        return { type: 'drop' };
      case 'Escape':
        return { type: 'cancel' };
      case 'Home':
      case 'End':
        return { type: 'stay' };
      case 'PageDown':
      case 'PageUp':
        return byCtrl ? null : { type: 'stay' };
      default:
        return null;
    }
  }
  const go = (move: ListMove): PriorityKeyAction => {
    const to = listMove(state.index, move, { count: state.count, pageSize: state.pageSize ?? 10 });
    return to < 0 || to === state.index ? { type: 'stay' } : { type: 'focus', index: to };
  };
  switch (key.key) {
    case 'ArrowRight':
    case 'ArrowLeft':
      return go((key.key === 'ArrowRight') !== rtl ? 'next' : 'previous');
    case 'ArrowDown':
    case 'ArrowUp':
    case 'Home':
    case 'End':
      return go(WALK[key.key] as ListMove);
    case 'PageDown':
    case 'PageUp':
      // Ctrl+Page Up/Down switch the browser's tabs.
      return byCtrl ? null : go(WALK[key.key] as ListMove);
    case 'Enter':
    case ' ':
      if (state.index < 0 || state.index >= state.count) return null;
      return state.movable ? { type: 'pick-up', index: state.index } : { type: 'select', index: state.index };
    default:
      return null;
  }
}
