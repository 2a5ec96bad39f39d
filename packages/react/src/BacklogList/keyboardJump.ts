'use client';
import {
  type ClientRect,
  type Collision,
  type CollisionDetection,
  getScrollableAncestors,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { estimateRowStart, type ListMove, listMove, listMoveForKey, listPageSize } from '@throughline/core';

/** A move across a list rather than a step: what Home, End, Page Up and Page Down make. */
export type ListJump = Extract<ListMove, 'first' | 'last' | 'pageUp' | 'pageDown'>;

const JUMP_KEYS = new Set(['Home', 'End', 'PageUp', 'PageDown']);

/**
 * The jump a key makes during a keyboard drag: Home and End (with or without Ctrl) go to the ends
 * of the list, Page Up and Page Down a page. `null` for a chord of those keys that makes none
 * (Shift, Alt, Ctrl with a page key), which must not scroll either; `undefined` for any other key.
 * Reads `key` and `code` alike, so the number pad's Home and End count.
 *
 * @example
 * jumpForKey({ key: 'End', code: 'End' }); // 'last'
 * jumpForKey({ key: 'PageDown', code: 'PageDown', shiftKey: true }); // null
 */
export function jumpForKey(
  event: Pick<KeyboardEvent, 'key' | 'code'> &
    Partial<Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>>,
): ListJump | null | undefined {
  if (!JUMP_KEYS.has(event.key) && !JUMP_KEYS.has(event.code)) return undefined;
  const { ctrlKey, metaKey, altKey, shiftKey } = event;
  const key = JUMP_KEYS.has(event.key) ? event.key : event.code;
  const move = listMoveForKey({ key, ctrlKey, metaKey, altKey, shiftKey });
  return move === 'first' || move === 'last' || move === 'pageUp' || move === 'pageDown' ? move : null;
}

/** A box in the viewport, read once: dnd-kit's rects follow the scroll each time they are read. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

/** A rendered row of the list a drag is over: its index in the whole list, its droppable id and box. */
export interface RowBox {
  readonly index: number;
  readonly id: UniqueIdentifier;
  readonly box: Box;
}

/** The list a keyboard drag is over, as laid out before a jump (viewport coordinates). */
export interface DragList {
  /** How many rows the list has, rendered or not. */
  readonly count: number;
  /** The row the drop target is on (its last row for the list's end; -1 for none). */
  readonly at: number;
  /** The rendered rows, in order: every row of a short list, a window of a long one. */
  readonly rows: readonly RowBox[];
  /** Where the whole list starts and ends: past its last row, rendered or not. */
  readonly top: number;
  readonly bottom: number;
  /** The height of what shows the list: its scroller's, or the viewport's when it scrolls with the page. */
  readonly viewHeight: number;
}

/** Where a jump takes the drop target: a row of the list, and where that row lies before any scroll. */
export interface JumpTarget {
  readonly index: number;
  /** The row's droppable id when it is rendered. */
  readonly id?: UniqueIdentifier;
  /** Its box: measured when it is rendered; else its top estimated, with the rendered rows' left and width. */
  readonly box: Box;
  /** Whether its box is an estimate (the row is not rendered), so its height is not known. */
  readonly estimated: boolean;
}

/**
 * Where Home, End, Page Up or Page Down sends a keyboard drag's target in the list it is over:
 * the first or last row, or a page of rows (as many as fit whole in the view, at least one) up or
 * down from the row it is over, as `listMove` moves a list's active row. A row of a long list that
 * is not rendered gets its place from the rendered rows and the list's extent (`estimateRowStart`).
 * `undefined` for a list with no row rendered.
 *
 * @example
 * jumpTarget(list, 'last'); // { index: 9999, box: { top: 799_830, … }, estimated: true }
 */
export function jumpTarget(list: DragList, jump: ListJump): JumpTarget | undefined {
  const { rows, count } = list;
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last || count < 1) return undefined;
  const pitch =
    last.index > first.index ? (last.box.top - first.box.top) / (last.index - first.index) : first.box.height;
  const index = listMove(list.at, jump, { count, pageSize: listPageSize(list.viewHeight, pitch) });
  const shown = rows.find((row) => row.index === index);
  if (shown) return { index, id: shown.id, box: shown.box, estimated: false };
  const known = rows.map((row) => ({ index: row.index, start: row.box.top }));
  const top = estimateRowStart(index, { count, start: list.top, end: list.bottom, known });
  return { index, box: { top, left: first.box.left, width: first.box.width, height: pitch }, estimated: true };
}

/** The height a scroller shows: the viewport's for the page's scrolling element. */
export function viewHeight(scroller: Element): number {
  const document = scroller.ownerDocument;
  if (scroller === document.scrollingElement) return document.defaultView?.innerHeight ?? scroller.clientHeight;
  return scroller.clientHeight;
}

/** What a keyboard drag knows when a key is pressed (a part of dnd-kit's sensor context). */
export interface DragContext {
  readonly active: { readonly id: UniqueIdentifier } | null;
  readonly activeNode: HTMLElement | null;
  readonly over: { readonly id: UniqueIdentifier } | null;
  readonly droppableRects: ReadonlyMap<UniqueIdentifier, ClientRect>;
  readonly droppableContainers: {
    getEnabled(): readonly { readonly id: UniqueIdentifier; readonly node: { readonly current: HTMLElement | null } }[];
    getNodeFor(id: UniqueIdentifier | null | undefined): HTMLElement | undefined;
  };
}

const boxOf = ({ top, left, width, height }: ClientRect): Box => ({ top, left, width, height });

/** The list a keyboard drag is over, with what holds it: its backlog's element and droppable, and its scrollers. */
export interface DragListAround {
  readonly list: DragList;
  /** The backlog's element (`[data-backlog-kind]`). */
  readonly column: Element;
  /** The backlog's own droppable (dropping on it puts items at its end), when it is one. */
  readonly end: UniqueIdentifier | undefined;
  /** The elements the list scrolls in, nearest first. */
  readonly scrollers: readonly Element[];
}

/**
 * The list a keyboard drag is over, read from the page: the backlog (`[data-backlog-kind]`) holding
 * the drop target (or the dragged row), its rendered rows as dnd-kit measured them, their indexes
 * (a virtual list's rows say theirs, with the list's length, in `data-index` and `aria-setsize`;
 * a short list's are their order) and the scrollers it lies in, nearest first.
 */
export function dragListOf(context: DragContext): DragListAround | undefined {
  const { over, active, droppableContainers, droppableRects } = context;
  const node = (over ? droppableContainers.getNodeFor(over.id) : undefined) ?? context.activeNode;
  const column = node?.closest('[data-backlog-kind]');
  if (!column) return undefined;
  const found: { id: UniqueIdentifier; element: HTMLElement; box: Box }[] = [];
  let end: UniqueIdentifier | undefined;
  for (const { id, node: ref } of droppableContainers.getEnabled()) {
    const element = ref.current;
    const rect = droppableRects.get(id);
    if (element === column) end = id;
    else if (element && rect && column.contains(element)) found.push({ id, element, box: boxOf(rect) });
  }
  found.sort((a, b) => a.box.top - b.box.top);
  const head = found[0];
  const tail = found[found.length - 1];
  if (!head || !tail) return undefined;
  const virtual = head.element.hasAttribute('data-index');
  const rows = found.map(({ id, element, box }, order) => ({
    id,
    box,
    index: virtual ? Number(element.getAttribute('data-index')) : order,
  }));
  const count = virtual ? Number(head.element.getAttribute('aria-setsize')) || rows.length : rows.length;
  const extent = virtual ? head.element.parentElement?.getBoundingClientRect() : undefined;
  const on = (id: UniqueIdentifier | undefined) => rows.find((row) => row.id === id)?.index;
  const at = on(over?.id) ?? (node === column ? count - 1 : (on(active?.id) ?? -1));
  const scrollers = getScrollableAncestors(head.element);
  // The page's scrolling element is always among them in a browser; the window stands in for it.
  const view = scrollers[0];
  return {
    list: {
      count,
      at,
      rows,
      top: extent?.top ?? head.box.top,
      bottom: extent?.bottom ?? tail.box.top + tail.box.height,
      viewHeight: view ? viewHeight(view) : (column.ownerDocument.defaultView?.innerHeight ?? 0),
    },
    column,
    end,
    scrollers,
  };
}

/** The row a keyboard jump sent the drop target to, held as the target until the drag's next key. */
export interface HeldJump {
  /** The drag it belongs to: dnd-kit's `active`, one object per drag. */
  readonly active: object;
  /** The backlog the row is in, and the row's index in it. */
  readonly list: Element;
  readonly index: number;
  /** The row's droppable id when it was rendered at the jump. */
  readonly id?: UniqueIdentifier | undefined;
  /** The drop target before the jump, kept while the row is not rendered yet. */
  readonly from: UniqueIdentifier | null;
}

/**
 * The collisions while a keyboard jump is held: its row once it is rendered and measured, else
 * the target it left, so the drop target never passes through whatever else lies nearest in the
 * meantime (the end of the list, the list beside it) and a drop lands where the jump went. The
 * row is held rather than found by distance, so a row whose place was estimated, or moved when the
 * window measured its neighbours, is still the one. `undefined` when no jump of this drag is held.
 *
 * @example
 * const collisionDetection: CollisionDetection = (args) => heldCollisions(held, args) ?? closestCenter(args);
 */
export function heldCollisions(
  held: HeldJump | null,
  args: Parameters<CollisionDetection>[0],
): Collision[] | undefined {
  if (!held || held.active !== args.active) return undefined;
  const measured = args.droppableContainers.filter((container) => args.droppableRects.has(container.id));
  const row = measured.find((container) => {
    if (held.id !== undefined) return container.id === held.id;
    const node = container.node.current;
    return node !== null && held.list.contains(node) && node.getAttribute('data-index') === String(held.index);
  });
  const kept = row ?? measured.find((container) => container.id === held.from);
  return kept ? [{ id: kept.id, data: { droppableContainer: kept, value: 0 } }] : [];
}
