// Multiple selection over ordered keys, as plain functions: the state a list keeps (which keys are
// selected, and the anchor a range starts from) and what each gesture makes of it. Keys are
// compared by value (`Set` semantics), never parsed, so any id works.

/** What is selected, and where the next range starts (the last row toggled on its own). */
export interface SelectionState<K> {
  readonly selected: ReadonlySet<K>;
  /** Where Shift+click and Shift+arrow ranges start; `null` before any row was chosen. */
  readonly anchor: K | null;
}

/**
 * Nothing selected, no anchor.
 *
 * @example
 * const state = emptySelection<string>(); // { selected: Set {}, anchor: null }
 */
export function emptySelection<K>(): SelectionState<K> {
  return { selected: new Set(), anchor: null };
}

/**
 * A selection of the given keys; the anchor is the first of them (or `null`).
 *
 * @example
 * selectionOf(['a', 'c']); // { selected: Set { 'a', 'c' }, anchor: 'a' }
 */
export function selectionOf<K>(keys: Iterable<K>, anchor?: K | null): SelectionState<K> {
  const selected = new Set(keys);
  const first = selected.values().next();
  return { selected, anchor: anchor !== undefined ? anchor : first.done ? null : first.value };
}

/**
 * Ctrl/Cmd+click or Space on a checkbox: the key in or out of the selection, and the anchor moves
 * to it, so the next range starts here.
 *
 * @example
 * selectionToggle(selectionOf(['a']), 'b').selected; // Set { 'a', 'b' }
 */
export function selectionToggle<K>(state: SelectionState<K>, key: K): SelectionState<K> {
  const selected = new Set(state.selected);
  if (selected.has(key)) selected.delete(key);
  else selected.add(key);
  return { selected, anchor: key };
}

/**
 * The keys from `from` to `to` inclusive, in `order` (either way round); empty when either key is
 * not in `order`.
 *
 * @example
 * keysBetween(['a', 'b', 'c', 'd'], 'c', 'a'); // ['a', 'b', 'c']
 */
export function keysBetween<K>(order: readonly K[], from: K, to: K): K[] {
  const a = order.indexOf(from);
  const b = order.indexOf(to);
  if (a < 0 || b < 0) return [];
  return order.slice(Math.min(a, b), Math.max(a, b) + 1);
}

/**
 * Shift+click: adds the contiguous run from the anchor to `key`, in `order`, to the selection; the
 * anchor stays, so a second Shift+click re-aims from the same place. With no anchor in `order`
 * (none yet, or filtered out of view) it toggles `key` instead and anchors there.
 *
 * @example
 * selectionRange(selectionOf(['b']), ['a', 'b', 'c', 'd'], 'd').selected; // Set { 'b', 'c', 'd' }
 */
export function selectionRange<K>(state: SelectionState<K>, order: readonly K[], key: K): SelectionState<K> {
  if (state.anchor === null || !order.includes(state.anchor) || !order.includes(key)) {
    return selectionToggle(state, key);
  }
  const selected = new Set(state.selected);
  for (const k of keysBetween(order, state.anchor, key)) selected.add(k);
  return { selected, anchor: state.anchor };
}

/**
 * Shift+Arrow from the row at `from`: the row `step` away joins a range that runs from the anchor
 * (set to `from` when there is none in `order`) to it, replacing the range the anchor ran to `from`,
 * so stepping back shrinks it again. Rows selected outside that range stay selected. Returns the
 * state and the key now focused (`from` itself at either end of the list).
 *
 * @example
 * const order = ['a', 'b', 'c'];
 * const one = selectionExtend(emptySelection(), order, 'a', 1); // selected a, b; focus 'b'
 * selectionExtend(one.state, order, 'b', 1).state.selected; // Set { 'a', 'b', 'c' }
 */
export function selectionExtend<K>(
  state: SelectionState<K>,
  order: readonly K[],
  from: K,
  step: 1 | -1,
): { state: SelectionState<K>; focus: K } {
  const at = order.indexOf(from);
  const to = order[at + step];
  if (at < 0 || to === undefined) return { state, focus: from };
  const anchor = state.anchor !== null && order.includes(state.anchor) ? state.anchor : from;
  const selected = new Set(state.selected);
  for (const k of keysBetween(order, anchor, from)) selected.delete(k);
  for (const k of keysBetween(order, anchor, to)) selected.add(k);
  return { state: { selected, anchor }, focus: to };
}

/**
 * Ctrl/Cmd+A: every key in `order` selected; the anchor stays when it is one of them.
 *
 * @example
 * selectAll(emptySelection(), ['a', 'b']).selected; // Set { 'a', 'b' }
 */
export function selectAll<K>(state: SelectionState<K>, order: readonly K[]): SelectionState<K> {
  const anchor = state.anchor !== null && order.includes(state.anchor) ? state.anchor : (order[0] ?? null);
  return { selected: new Set(order), anchor };
}

/**
 * Escape: nothing selected; the anchor stays, so Shift+click still ranges from it.
 *
 * @example
 * selectionClear(selectionOf(['a', 'b'])); // { selected: Set {}, anchor: 'a' }
 */
export function selectionClear<K>(state: SelectionState<K>): SelectionState<K> {
  return { selected: new Set(), anchor: state.anchor };
}

/**
 * The selected keys in `order` (a list's priority order, say), dropping any not in it.
 *
 * @example
 * selectedInOrder(selectionOf(['c', 'a']), ['a', 'b', 'c']); // ['a', 'c']
 */
export function selectedInOrder<K>(state: SelectionState<K>, order: readonly K[]): K[] {
  return order.filter((k) => state.selected.has(k));
}
