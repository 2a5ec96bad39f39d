'use client';
import { useDndContext, useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { BacklogGroupBy, BacklogRow as BacklogRowModel, BacklogView } from '@throughline/core';
import { memo, type ReactNode, useId, useMemo, useRef } from 'react';
import { BacklogHeader } from './BacklogHeader.js';
import { BacklogRow } from './BacklogRow.js';
import { BoardContext, useBoard } from './boardContext.js';
import type { BacklogListMessages } from './messages.js';
import { rowOf } from './rowKeys.js';
import { type RowStop, useRowFocus } from './useRowFocus.js';
import { useRowWindow } from './useRowWindow.js';

export interface BacklogColumnProps {
  readonly view: BacklogView;
  /** The item ids shown, in order (one array per view). */
  readonly shownIds: readonly string[];
  readonly groupBy: BacklogGroupBy;
  readonly selected: ReadonlySet<string>;
  /** The item whose "Move to position…" form is open in this backlog, if any. */
  readonly asking: string | null;
  readonly virtualizeAbove: number;
  /** Drawn in a framework's order, not applied yet: rows cannot be moved, and it takes no drop. */
  readonly previewing: boolean;
}

/**
 * One backlog: its header, then its rows as a plain list, as groups, or, when long and ungrouped,
 * as a window of rows. The column is a drop target for its end. While it previews a framework's
 * order its parts see a read-only board: no handles, menus or checkboxes, and no drop.
 */
export const BacklogColumn = memo(function BacklogColumn(props: BacklogColumnProps) {
  const board = useBoard();
  // One tree either way, so the rows' focus state outlives a preview.
  const preview = useMemo(() => ({ ...board, readOnly: true }), [board]);
  return (
    <BoardContext.Provider value={props.previewing ? preview : board}>
      <Column {...props} />
    </BoardContext.Provider>
  );
});

function Column(props: BacklogColumnProps) {
  const { view, groupBy, virtualizeAbove, previewing } = props;
  const { messages, slot, readOnly, rowKeys } = useBoard();
  const { backlog } = view;
  // useId: the same backlog may be shown twice on a page (a docs page, a dashboard).
  const headingId = `${useId()}-heading`;
  const container = rowKeys.backlog(backlog.id);
  const { setNodeRef } = useDroppable({ id: container.key, data: container.data, disabled: readOnly });

  const virtual = groupBy === 'none' && view.rows.length > virtualizeAbove;
  // Arrows go through the rows as drawn: group after group when grouped.
  const drawn = useMemo(() => {
    if (groupBy === 'none') return { order: props.shownIds, groups: undefined };
    return {
      order: view.groups.flatMap((group) => group.rows.map((row) => row.item.id)),
      groups: view.groups.map((group) => group.rows.length),
    };
  }, [groupBy, props.shownIds, view.groups]);
  const focus = useRowFocus({ backlogId: backlog.id, order: drawn.order, groups: drawn.groups });
  const { stop } = focus;
  let body: ReactNode;
  if (view.total === 0) {
    body = (
      <div className={slot('empty')}>
        <p>{messages.empty}</p>
        <p>{messages.emptyHint}</p>
      </div>
    );
  } else if (view.rows.length === 0) {
    body = (
      <div className={slot('empty')}>
        <p>{messages.noMatches}</p>
      </div>
    );
  } else if (virtual) {
    body = readOnly ? (
      <VirtualRows {...props} headingId={headingId} activeIndex={-1} stop={stop} />
    ) : (
      <DraggableVirtualRows {...props} headingId={headingId} stop={stop} />
    );
  } else {
    const lists =
      groupBy === 'none' ? (
        <ul className={slot('list')} aria-labelledby={headingId}>
          <Rows {...props} rows={view.rows} stop={stop} />
        </ul>
      ) : (
        <Groups {...props} headingId={headingId} stop={stop} />
      );
    body = readOnly ? lists : <SortableRows {...props}>{lists}</SortableRows>;
  }

  return (
    // Not a landmark: a page may show the same backlog twice, and landmarks must be unique.
    // Its heading names it for navigation, and names its lists. Its focus and key handlers are
    // its rows' controls', delegated (one pair per list, not one per row).
    // biome-ignore lint/a11y/noStaticElementInteractions: delegated from the row controls
    // biome-ignore lint/a11y/noNoninteractiveElementInteractions: delegated from the row controls
    <div
      ref={setNodeRef}
      className={slot('backlog')}
      data-backlog-kind={backlog.kind}
      data-previewing={previewing ? '' : undefined}
      onFocus={focus.onFocus}
      onKeyDown={focus.onKeyDown}
    >
      <BacklogHeader view={view} headingId={headingId} previewing={previewing} />
      {body}
    </div>
  );
}

/** A short or grouped list: every row is rendered, so the sortable context holds them all. */
function SortableRows({ view, shownIds, children }: BacklogColumnProps & { readonly children: ReactNode }) {
  const { rowKeys } = useBoard();
  const backlogId = view.backlog.id;
  const keys = useMemo(() => shownIds.map((id) => rowKeys.row(backlogId, id).key), [shownIds, rowKeys, backlogId]);
  return (
    <SortableContext id={backlogId} items={keys} strategy={verticalListSortingStrategy}>
      {children}
    </SortableContext>
  );
}

/** What the rows of a column are told of its tab stop. */
interface StopProps {
  readonly stop: RowStop | null;
}

function Rows({
  view,
  rows,
  selected,
  asking,
  stop,
}: Pick<BacklogColumnProps, 'view' | 'selected' | 'asking'> &
  StopProps & { readonly rows: readonly BacklogRowModel[] }) {
  return rows.map((row) => (
    <BacklogRow
      key={row.item.id}
      row={row}
      backlogId={view.backlog.id}
      total={view.total}
      selected={selected.has(row.item.id)}
      asking={asking === row.item.id}
      tabPart={stop?.itemId === row.item.id ? stop.part : null}
    />
  ));
}

function Groups(props: BacklogColumnProps & StopProps & { readonly headingId: string }) {
  const { view, groupBy, headingId } = props;
  const { messages, n, slot } = useBoard();
  return view.groups.map((group, at) => {
    const label =
      group.entity?.title ??
      (group.key === null || groupBy === 'kind'
        ? group.key === null
          ? messages.noGroup[groupBy as Exclude<BacklogGroupBy, 'none'>]
          : messages.kind[group.key as keyof BacklogListMessages['kind']]
        : group.key);
    // By place: a group key is an entity id, and an id may hold spaces (which split an idref list).
    const groupId = `${headingId}-group-${at}`;
    return (
      <div key={group.key ?? '\u0000'} className={slot('group')}>
        <h3 id={groupId}>
          {label} <span className="tl-muted">({messages.itemCount(n(group.rows.length), group.rows.length)})</span>
        </h3>
        <ul className={slot('list')} aria-labelledby={groupId}>
          <Rows {...props} rows={group.rows} />
        </ul>
      </div>
    );
  });
}

/**
 * A long list while it can be dragged: the row being dragged stays rendered wherever the list is
 * scrolled, and the sortable context holds the rendered rows only. dnd-kit's sortable walks its
 * whole `items` for every mounted row on every drag step, so handing it 10,000 ids made each
 * keyboard step cost O(rows × list); with the window it is O(rows in view).
 */
function DraggableVirtualRows(props: BacklogColumnProps & StopProps & { readonly headingId: string }) {
  const { view } = props;
  const { active } = useDndContext();
  const dragged = active ? rowOf(active) : undefined;
  const indexOf = useMemo(() => new Map(props.shownIds.map((id, i) => [id, i])), [props.shownIds]);
  const activeIndex = dragged?.backlogId === view.backlog.id ? (indexOf.get(dragged.itemId) ?? -1) : -1;
  return <VirtualRows {...props} activeIndex={activeIndex} sortable />;
}

function VirtualRows({
  view,
  shownIds,
  selected,
  asking,
  headingId,
  activeIndex,
  stop,
  sortable = false,
}: BacklogColumnProps &
  StopProps & { readonly headingId: string; readonly activeIndex: number; readonly sortable?: boolean }) {
  const { slot, rowKeys } = useBoard();
  const backlogId = view.backlog.id;
  const scroller = useRef<HTMLDivElement>(null);
  // The row being dragged stays drawn, or else the row holding the tab stop: Tab must find it
  // wherever the list is scrolled, and an arrow to a row out of view lands once it is drawn.
  const keepIndex = activeIndex >= 0 ? activeIndex : (stop?.index ?? -1);
  const rows = useRowWindow({
    scroller,
    keys: shownIds,
    keepIndex,
    revealIndex: stop?.index ?? -1,
    revealKey: stop?.moves ?? 0,
    estimate: 76,
    gap: 4,
  });
  const sortableKeys = useMemo(
    () => rows.windowKeys.map((id) => rowKeys.row(backlogId, id).key),
    [rows.windowKeys, rowKeys, backlogId],
  );
  const list = (
    <ul
      className={slot('list')}
      aria-labelledby={headingId}
      data-virtual=""
      style={{ height: rows.totalSize, position: 'relative' }}
    >
      {rows.items.map((entry) => {
        const row = view.rows[entry.index];
        return row ? (
          <BacklogRow
            key={entry.key}
            row={row}
            backlogId={backlogId}
            total={view.total}
            selected={selected.has(row.item.id)}
            asking={asking === row.item.id}
            index={entry.index}
            start={entry.start}
            setSize={view.rows.length}
            measure={rows.measure}
            tabPart={stop?.itemId === row.item.id ? stop.part : null}
          />
        ) : null;
      })}
    </ul>
  );
  return (
    <div ref={scroller} className="tl-backlog-scroll">
      {sortable ? (
        <SortableContext id={backlogId} items={sortableKeys} strategy={verticalListSortingStrategy}>
          {list}
        </SortableContext>
      ) : (
        list
      )}
    </div>
  );
}
