// List navigation as plain functions over an index: what a key does to the active row of a list,
// a listbox or a tab strip, with no DOM. Every move lands inside the list (or on -1 for an empty
// one), so a view can hand the result straight to its roving focus or its virtualiser.

/** One step of list navigation. Page moves go `pageSize` rows; group moves go to a group's first row. */
export type ListMove = 'next' | 'previous' | 'first' | 'last' | 'pageDown' | 'pageUp' | 'nextGroup' | 'previousGroup';

/** The list a move runs over, for `listMove`: its length, page size, wrapping and groups. */
export interface ListNavigation {
  /** How many rows the list has. */
  readonly count: number;
  /** Rows a page move goes; default 10. At least 1. */
  readonly pageSize?: number;
  /** `next` past the last row goes to the first, `previous` before the first to the last; group moves likewise. Page, first and last moves never wrap. */
  readonly wrap?: boolean;
  /**
   * Sizes of consecutive groups of rows, in order (an empty group is skipped); default one group of
   * every row. Build them from each row's group key with `groupSizes`.
   */
  readonly groups?: readonly number[];
}

const DEFAULT_PAGE = 10;

/**
 * Where a list's active row goes for one move. `index` is the active row; -1 (or any index outside
 * the list) means none is active yet, and then forward moves start at the first row and backward
 * moves at the last. Returns -1 only for an empty list, else an index in `[0, count)`.
 *
 * @example
 * listMove(4, 'pageDown', { count: 12, pageSize: 5 }); // 9
 * listMove(11, 'next', { count: 12, wrap: true }); // 0
 * listMove(4, 'nextGroup', { count: 12, groups: [3, 4, 5] }); // 7
 */
export function listMove(index: number, move: ListMove, options: ListNavigation): number {
  const { count, wrap = false } = options;
  if (!(count > 0)) return -1;
  const last = count - 1;
  const page = Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE));
  const none = !Number.isInteger(index) || index < 0 || index > last;
  switch (move) {
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'next':
      if (none) return 0;
      return index < last ? index + 1 : wrap ? 0 : last;
    case 'previous':
      if (none) return last;
      return index > 0 ? index - 1 : wrap ? last : 0;
    case 'pageDown':
      return none ? Math.min(page - 1, last) : Math.min(index + page, last);
    case 'pageUp':
      return none ? Math.max(last - page + 1, 0) : Math.max(index - page, 0);
    case 'nextGroup':
    case 'previousGroup':
      return groupMove(none ? -1 : index, move === 'nextGroup' ? 1 : -1, count, options.groups, wrap);
  }
}

/**
 * The first row of each non-empty group, in order, for groups given as sizes. Sizes that run past
 * `count` are cut at it; rows past the last group form one more group.
 *
 * @example
 * groupStarts([3, 0, 4], 9); // [0, 3, 7]
 */
export function groupStarts(sizes: readonly number[] | undefined, count: number): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const size of sizes ?? []) {
    if (at >= count) break;
    const rows = Math.max(0, Math.floor(size));
    if (rows > 0) starts.push(at);
    at += rows;
  }
  if (at < count) starts.push(at);
  return starts;
}

function groupMove(
  index: number,
  step: 1 | -1,
  count: number,
  sizes: readonly number[] | undefined,
  wrap: boolean,
): number {
  const starts = groupStarts(sizes, count);
  if (index < 0) return step === 1 ? 0 : (starts[starts.length - 1] ?? 0);
  // The group the active row is in: the last start at or before it.
  let current = 0;
  for (let g = 0; g < starts.length; g++) if ((starts[g] as number) <= index) current = g;
  const target = current + step;
  if (target >= 0 && target < starts.length) return starts[target] as number;
  if (!wrap) return index;
  return starts[(target + starts.length) % starts.length] as number;
}

/**
 * Rows one page move goes in a list `viewHeight` tall whose rows lie `rowPitch` apart (a row's
 * height and the gap after it): the rows that fit whole in the view, at least 1. Feed it to
 * `listMove`'s `pageSize` so Page Up and Page Down go as far as a screenful.
 *
 * @example
 * listPageSize(640, 80); // 8
 * listPageSize(640, 75); // 8
 * listPageSize(50, 80); // 1
 */
export function listPageSize(viewHeight: number, rowPitch: number): number {
  if (!(rowPitch > 0) || !Number.isFinite(rowPitch)) return 1;
  const rows = Math.floor(viewHeight / rowPitch);
  return Number.isFinite(rows) ? Math.max(1, rows) : 1;
}

/** A row whose start is known (a rendered row of a virtual list): its index and its offset. */
export interface RowStart {
  readonly index: number;
  readonly start: number;
}

/** A list's extent and the rows whose start is known, for `estimateRowStart`. */
export interface RowStarts {
  /** How many rows the list has. */
  readonly count: number;
  /** Where the list starts (where row 0 starts), in the same units and origin as the rows. */
  readonly start: number;
  /** Where the list ends: past its last row, where a row `count` would start. */
  readonly end: number;
  /** Rows whose start is known, in any order. */
  readonly known: readonly RowStart[];
}

/**
 * Where a row of a long list starts when only some rows' starts are known (a virtual list renders
 * a window of them): the start of a known row as it is, else a straight line between the nearest
 * known rows either side, the list's start standing for row 0 and its end for row `count`. Rows
 * of a virtualised list are their measured sizes near the window and an estimate beyond it, so
 * the line through the window and the ends stays within a row of the truth for most lists.
 *
 * @example
 * estimateRowStart(50, { count: 100, start: 0, end: 8_000, known: [{ index: 10, start: 800 }] }); // 4000
 * estimateRowStart(10, { count: 100, start: 0, end: 8_000, known: [{ index: 10, start: 790 }] }); // 790
 */
export function estimateRowStart(index: number, list: RowStarts): number {
  let below: RowStart = { index: 0, start: list.start };
  let above: RowStart = { index: Math.max(list.count, 1), start: list.end };
  for (const row of list.known) {
    if (row.index === index) return row.start;
    if (row.index < index && row.index >= below.index) below = row;
    else if (row.index > index && row.index <= above.index) above = row;
  }
  if (index <= below.index) return below.start;
  if (index >= above.index) return above.start;
  return below.start + ((index - below.index) * (above.start - below.start)) / (above.index - below.index);
}

/**
 * Group sizes from each row's group key, in row order: consecutive rows with the same key (by
 * `Object.is`) form one group. Feed the result to `listMove`'s `groups`.
 *
 * @example
 * groupSizes(['epic-1', 'epic-1', 'epic-2', null]); // [2, 1, 1]
 */
export function groupSizes<K>(rowGroupKeys: readonly K[]): number[] {
  const sizes: number[] = [];
  let run = 0;
  for (let i = 0; i < rowGroupKeys.length; i++) {
    if (i > 0 && !Object.is(rowGroupKeys[i], rowGroupKeys[i - 1])) {
      sizes.push(run);
      run = 0;
    }
    run++;
  }
  if (run > 0) sizes.push(run);
  return sizes;
}

/**
 * The same move over ordered keys (row ids, say), for views that track the active row by key so it
 * survives reordering. An unknown or `null` key counts as no active row. Returns `null` only for
 * an empty list.
 *
 * @example
 * listMoveKey(['a', 'b', 'c'], 'b', 'next', { wrap: false }); // 'c'
 */
export function listMoveKey<K>(
  keys: readonly K[],
  key: K | null,
  move: ListMove,
  options: Omit<ListNavigation, 'count'> = {},
): K | null {
  const index = key === null ? -1 : keys.indexOf(key);
  const next = listMove(index, move, { ...options, count: keys.length });
  return next < 0 ? null : (keys[next] as K);
}

/** What a key press reads as, for `listMoveForKey`. */
export interface ListKey {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
  readonly shiftKey?: boolean;
}

/** How a list lies, for `listMoveForKey`: which arrow keys step through it. */
export interface ListKeyOptions {
  /** Which arrows step: Up/Down for a vertical list (default), Left/Right for a horizontal one. */
  readonly orientation?: 'vertical' | 'horizontal';
  /** Text direction; in `rtl` a horizontal list's Left arrow steps forward. Default `ltr`. */
  readonly dir?: 'ltr' | 'rtl';
}

/**
 * The list move a key press makes (WAI-ARIA listbox keys): the arrows of the list's orientation step,
 * Home/End (with or without Ctrl) go to the ends, Page Up/Down page, and Ctrl or Cmd with an arrow
 * goes by group. Returns `undefined` for a key the list does not handle (Shift and Alt chords
 * included: those select or belong to the host), so the caller lets the event through.
 *
 * @example
 * listMoveForKey({ key: 'ArrowLeft' }, { orientation: 'horizontal', dir: 'rtl' }); // 'next'
 * listMoveForKey({ key: 'ArrowDown', ctrlKey: true }); // 'nextGroup'
 */
export function listMoveForKey(event: ListKey, options: ListKeyOptions = {}): ListMove | undefined {
  if (event.shiftKey || event.altKey) return undefined;
  const horizontal = options.orientation === 'horizontal';
  const rtl = options.dir === 'rtl';
  const byGroup = event.ctrlKey === true || event.metaKey === true;
  let step: 1 | -1 | undefined;
  if (horizontal) {
    if (event.key === 'ArrowRight') step = rtl ? -1 : 1;
    else if (event.key === 'ArrowLeft') step = rtl ? 1 : -1;
  } else if (event.key === 'ArrowDown') step = 1;
  else if (event.key === 'ArrowUp') step = -1;
  if (step !== undefined) {
    if (byGroup) return step === 1 ? 'nextGroup' : 'previousGroup';
    return step === 1 ? 'next' : 'previous';
  }
  switch (event.key) {
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
  }
  // Ctrl+Page Up/Down switch the browser's tabs.
  if (byGroup) return undefined;
  switch (event.key) {
    case 'PageDown':
      return 'pageDown';
    case 'PageUp':
      return 'pageUp';
    default:
      return undefined;
  }
}
