import type { UniqueIdentifier } from '@dnd-kit/core';
import type { BacklogDropTarget, BacklogRowRef } from '@throughline/core';

/**
 * Where a drag can land: on a row (`itemId`) of a backlog, or on the backlog itself (`itemId`
 * null, its end). Ids are arbitrary strings, so they are carried as they are, never joined.
 */
export type DropTarget = BacklogDropTarget;

/** A row of one backlog: the same item may be shown in two backlogs (a release and a product backlog). */
export type RowRef = BacklogRowRef;

interface Entry<T extends DropTarget> {
  /** The opaque id dnd-kit knows the row by. */
  readonly key: string;
  /** What dnd-kit carries in `data`: the row's backlog and item, as given. Stable per row. */
  readonly data: T;
}

/**
 * Opaque, stable keys for the rows and backlogs of one board. dnd-kit needs one unique id per
 * draggable and droppable; building it from the ids (`${backlogId}::${itemId}`) breaks as soon as
 * an id holds the separator, so each (backlog, item) pair gets a counter key from nested maps,
 * and what the key stands for travels in `data` as `{ backlogId, itemId }`.
 *
 * @example
 * const keys = new RowKeys();
 * const { key, data } = keys.row('PROJ::backlog', 'PROJ::1'); // key 'tl-row-0', data { backlogId, itemId } as given
 */
export class RowKeys {
  private readonly entries = new Map<string, Map<string | null, Entry<DropTarget>>>();
  private next = 0;

  /** The key and dnd-kit data of one row. */
  row(backlogId: string, itemId: string): Entry<RowRef> {
    return this.entry(backlogId, itemId) as Entry<RowRef>;
  }

  /** The key and dnd-kit data of a backlog as a whole (dropping on it puts items at its end). */
  backlog(backlogId: string): Entry<DropTarget> {
    return this.entry(backlogId, null);
  }

  private entry(backlogId: string, itemId: string | null): Entry<DropTarget> {
    let rows = this.entries.get(backlogId);
    if (!rows) {
      rows = new Map();
      this.entries.set(backlogId, rows);
    }
    let found = rows.get(itemId);
    if (!found) {
      found = { key: `tl-row-${this.next++}`, data: { backlogId, itemId } };
      rows.set(itemId, found);
    }
    return found;
  }
}

/** The target a dnd-kit active or over element carries, or undefined when it is none of ours. */
export function targetOf(
  node: { readonly data: { readonly current?: unknown } } | null | undefined,
): DropTarget | undefined {
  const data = node?.data.current as Partial<DropTarget> | undefined;
  if (typeof data?.backlogId !== 'string') return undefined;
  return { backlogId: data.backlogId, itemId: typeof data.itemId === 'string' ? data.itemId : null };
}

/** The row a dnd-kit active element carries (the one being dragged). */
export function rowOf(node: {
  readonly id: UniqueIdentifier;
  readonly data: { readonly current?: unknown };
}): RowRef | undefined {
  const target = targetOf(node);
  return target && target.itemId !== null ? { backlogId: target.backlogId, itemId: target.itemId } : undefined;
}
