'use client';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { BacklogRow as BacklogRowModel } from '@throughline/core';
import { type ChangeEvent, memo, useCallback, useContext, useId } from 'react';
import type { RowSince } from './backlogSince.js';
import { RenderProbeContext, useBoard } from './boardContext.js';
import { MoveMenu } from './MoveMenu.js';
import { PositionForm } from './PositionForm.js';
import { PriorityCell } from './PriorityCell.js';
import { isWebUrl, RowFacts } from './RowFacts.js';
import { SinceMark, useRowSince } from './SinceMark.js';
import { type RowPart, stopPart } from './useRowFocus.js';

/** Where a row sits in a virtual list: its place in the whole list, its offset, and how it is measured. */
interface RowPlace {
  readonly index: number;
  readonly start: number;
  readonly setSize: number;
  readonly measure: (element: Element | null) => void;
}

export interface BacklogRowProps {
  readonly row: BacklogRowModel;
  readonly backlogId: string;
  /** Items in the backlog, for the position form's range. */
  readonly total: number;
  readonly selected: boolean;
  /** Whether this row's "Move to position…" form is open. */
  readonly asking: boolean;
  /** In a virtual list: the row's place (as plain props, so the memo holds). */
  readonly place?: RowPlace | undefined;
  /** When this row holds its list's one tab stop, the control that has it; else null. */
  readonly tabPart?: RowPart | null | undefined;
}

/** In a virtual list, the row's place as separate props: a new object each render would defeat the memo. */
export interface BacklogRowPlaceProps {
  readonly index?: number | undefined;
  readonly start?: number | undefined;
  readonly setSize?: number | undefined;
  readonly measure?: ((element: Element | null) => void) | undefined;
}

/**
 * One row: what it says is `RowFacts` (and `PriorityCell` with a `priority`, `SinceMark` with a `baseline`); this part adds the
 * handle, the checkbox, the menu and, while it is open, the position form. Memoised on plain props: a selection change re-renders the rows
 * whose `selected` flips, nothing else. Rows a drag moves re-render through dnd-kit's context.
 */
export const BacklogRow = memo(function BacklogRow({
  index,
  start,
  setSize,
  measure,
  ...props
}: Omit<BacklogRowProps, 'place'> & BacklogRowPlaceProps) {
  const { readOnly } = useBoard();
  useContext(RenderProbeContext)?.('row', props.row.item.id);
  const place =
    index !== undefined && start !== undefined && setSize !== undefined && measure
      ? { index, start, setSize, measure }
      : undefined;
  return readOnly ? <StaticRow {...props} place={place} /> : <SortableRow {...props} place={place} />;
});

/** Read-only: no handle, no menu, no dnd-kit. */
function StaticRow({ row, backlogId, place, tabPart = null }: BacklogRowProps) {
  const { slot, selectable } = useBoard();
  const markId = `${useId()}-since`;
  const { mark, describedBy } = useRowSince(backlogId, row.item.id, markId);
  const hasTitle = selectable || isWebUrl(row.item.url);
  const measure = place?.measure;
  return (
    <li
      ref={measure}
      style={place ? { position: 'absolute', insetInline: 0, top: place.start } : undefined}
      {...rowAttributes(row, backlogId, false, place, mark)}
      className={slot('row')}
    >
      <RowFacts
        row={row}
        titleTab={stopPart(tabPart, hasTitle ? ['title'] : []) === 'title'}
        describedBy={describedBy}
      />
      {mark ? <SinceMark mark={mark} id={markId} /> : null}
      <PriorityCell backlogId={backlogId} itemId={row.item.id} />
    </li>
  );
}

function SortableRow({ row, backlogId, total, selected, asking, place, tabPart = null }: BacklogRowProps) {
  const { messages, n, slot, rowKeys, actions, selectable } = useBoard();
  const { item } = row;
  const markId = `${useId()}-since`;
  const { mark, describedBy } = useRowSince(backlogId, item.id, markId);
  const { key, data } = rowKeys.row(backlogId, item.id);
  const sortable = useSortable({ id: key, data });
  const { setNodeRef } = sortable;
  const measure = place?.measure;
  // One ref callback per row: a new one each render would re-measure the row on every drag step.
  const setRef = useCallback(
    (element: HTMLLIElement | null) => {
      setNodeRef(element);
      measure?.(element);
    },
    [setNodeRef, measure],
  );
  const parts: RowPart[] =
    selectable || isWebUrl(item.url) ? ['handle', 'check', 'title', 'menu'] : ['handle', 'check', 'menu'];
  const stop = stopPart(tabPart, parts);
  const tab = (part: RowPart) => (stop === part ? 0 : -1);
  const onToggle = useCallback(
    (event: ChangeEvent<HTMLInputElement>) =>
      actions.select(data, { shiftKey: (event.nativeEvent as MouseEvent).shiftKey ?? false }),
    [actions, data],
  );
  const menu = useCallback(() => actions.menu(data), [actions, data]);
  const dragStyle = { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition };
  return (
    <li
      ref={setRef}
      style={place ? { ...dragStyle, position: 'absolute', insetInline: 0, top: place.start } : dragStyle}
      {...rowAttributes(row, backlogId, selected, place, mark)}
      className={slot('row')}
      data-dragging={sortable.isDragging ? '' : undefined}
    >
      <button
        type="button"
        className={slot('handle')}
        data-part="handle"
        {...sortable.attributes}
        {...sortable.listeners}
        tabIndex={tab('handle')}
        aria-label={messages.dragHandle(item.title)}
        // After dnd-kit's instructions, which its attributes name first.
        aria-describedby={
          describedBy
            ? `${sortable.attributes['aria-describedby']} ${describedBy}`
            : sortable.attributes['aria-describedby']
        }
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <input
        type="checkbox"
        className="tl-backlog-check"
        data-part="check"
        aria-label={messages.select(item.title)}
        aria-describedby={describedBy}
        checked={selected}
        tabIndex={tab('check')}
        onChange={onToggle}
      />
      <RowFacts row={row} titleTab={stop === 'title'} describedBy={describedBy} />
      {mark ? <SinceMark mark={mark} id={markId} /> : null}
      <PriorityCell backlogId={backlogId} itemId={item.id} />
      <MoveMenu
        label={messages.moveMenu(item.title)}
        describedBy={describedBy}
        tabIndex={tab('menu')}
        actions={menu}
        className={slot('menu')}
        menuClassName="tl-menu-list"
      />
      {asking ? (
        <PositionForm
          className="tl-position-form"
          label={messages.positionLabel(n(total))}
          submitLabel={messages.positionSubmit}
          cancelLabel={messages.positionCancel}
          max={total}
          initial={row.rank + 1}
          onSubmit={(position) => actions.moveToPosition(data, position)}
          onCancel={() => actions.closePosition(data)}
        />
      ) : null}
    </li>
  );
}

/** The state a row shows as `data-*` attributes, its place in a virtual list, and its standing against a baseline. */
function rowAttributes(
  row: BacklogRowModel,
  backlogId: string,
  selected: boolean,
  place: RowPlace | undefined,
  since: RowSince | undefined,
) {
  return {
    'data-index': place?.index,
    'aria-setsize': place?.setSize,
    'aria-posinset': place ? place.index + 1 : undefined,
    'data-kind': row.item.kind,
    'data-status': row.item.status,
    'data-trace': row.trace.status,
    'data-readiness': row.readiness,
    'data-backlog-id': backlogId,
    'data-item-id': row.item.id,
    'data-selected': selected ? '' : undefined,
    'data-moved': since && since.direction !== 'new' ? since.direction : undefined,
    'data-new': since?.direction === 'new' ? '' : undefined,
  };
}
