import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDndContext,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import {
  applyChange,
  type BacklogFilter,
  type BacklogGroupBy,
  type BacklogRow,
  type BacklogView,
  backlogView,
  type Change,
  dropChange,
  getPlanIndex,
  type Plan,
} from '@throughline/core';
import { memo, type ReactNode, useCallback, useId, useMemo, useRef, useState } from 'react';
import { cx } from '../shared/classes.js';
import { InvalidPlan } from '../shared/PlanError.js';
import type { SalvageProps } from '../shared/usePlan.js';
import { useViewSetup } from '../shared/useViewSetup.js';
import { backlogDrag } from './backlogDrag.js';
import { KindBadge } from './KindBadge.js';
import { MoveMenu } from './MoveMenu.js';
import { type BacklogListMessages, defaultBacklogListMessages } from './messages.js';
import { PositionForm } from './PositionForm.js';
import { RowKeys, type RowRef, rowOf } from './rowKeys.js';
import { type Refocus, useRefocus } from './useRefocus.js';

export type BacklogListSlot =
  | 'root'
  | 'backlog'
  | 'header'
  | 'list'
  | 'group'
  | 'row'
  | 'handle'
  | 'title'
  | 'kind'
  | 'badge'
  | 'trace'
  | 'menu'
  | 'empty'
  | 'error'
  | 'notice';

const DEFAULT_CLASSES: Record<BacklogListSlot, string> = {
  root: 'tl-root tl-backlogs',
  backlog: 'tl-backlog',
  header: 'tl-backlog-header',
  list: 'tl-backlog-list',
  group: 'tl-backlog-group',
  row: 'tl-backlog-row',
  handle: 'tl-backlog-handle',
  title: 'tl-backlog-title',
  kind: 'tl-kind',
  badge: 'tl-badge',
  trace: 'tl-trace',
  menu: 'tl-menu',
  empty: 'tl-backlog-empty',
  error: 'tl-error',
  notice: 'tl-salvage-notice',
};

export interface BacklogListProps extends SalvageProps {
  /**
   * A plan from `createPlan`, or raw host data: validated on the way in; data with problems is
   * drawn salvaged, with a notice of what was set aside (or, when `strict`, as its problems).
   */
  readonly plan: unknown;
  /** The backlogs to show, side by side; default: the first product backlog. */
  readonly backlogIds?: readonly string[];
  readonly groupBy?: BacklogGroupBy;
  readonly filter?: BacklogFilter;
  /** Called with the one change a gesture makes and the plan it leads to; pass that plan back to keep it. */
  readonly onChange?: (change: Change, nextPlan: Plan) => void;
  /** Called when a row's title is activated, for the host's own navigation. */
  readonly onSelect?: (itemId: string) => void;
  /** Display only: no handles, no menus, no selection. */
  readonly readOnly?: boolean;
  readonly messages?: Partial<BacklogListMessages>;
  /** For numbers (estimates, counts); default: the reader's locale. */
  readonly locale?: string;
  readonly className?: string;
  readonly classNames?: Partial<Record<BacklogListSlot, string>>;
  /** Drop every default class, for a design system that styles the parts itself. */
  readonly unstyled?: boolean;
  /** Lists longer than this render only the rows in view (ungrouped lists); default 150. */
  readonly virtualizeAbove?: number;
}

/**
 * The backlog as engineers and product owners work it: one or several backlogs side by side, each
 * row with its kind, estimate, status, refinement readiness, acceptance-criteria progress and its
 * trace to the roadmap. Reorder and move by pointer, touch or keyboard, or with each row's
 * "Move to…" menu; every gesture emits one core change through `onChange`.
 *
 * @example
 * <BacklogList plan={plan} backlogIds={['backlog-product', 'sprint-24']} onChange={(change, next) => setPlan(next)} />
 */
export function BacklogList(props: BacklogListProps) {
  const { state, messages, slot, notice } = useViewSetup(props, defaultBacklogListMessages, DEFAULT_CLASSES);
  if (!state.ok) {
    return (
      <InvalidPlan
        errors={state.errors}
        messages={messages}
        className={cx(slot('root'), props.className)}
        errorClassName={slot('error')}
      />
    );
  }
  return <BacklogBoard {...props} plan={state.plan} messages={messages} slot={slot} notice={notice} />;
}

interface BoardProps extends Omit<BacklogListProps, 'plan' | 'messages'> {
  readonly plan: Plan;
  readonly messages: BacklogListMessages;
  readonly slot: (name: BacklogListSlot) => string | undefined;
  readonly notice: ReactNode;
}

function BacklogBoard({
  plan,
  backlogIds,
  groupBy,
  filter,
  onChange,
  onSelect,
  readOnly,
  messages,
  locale,
  className,
  slot,
  notice,
  virtualizeAbove = 150,
}: BoardProps) {
  const numbers = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const n = (value: number) => numbers.format(value);
  // Keyed on the ids' contents, so a host passing a new array with the same ids does not recompute.
  // JSON keeps each id whole whatever it holds (a newline, a comma), so the list reads back exactly.
  const idsKey = JSON.stringify(
    backlogIds ??
      plan.backlogs
        .filter((b) => b.kind === 'product')
        .slice(0, 1)
        .map((b) => b.id),
  );
  const views = useMemo(
    () =>
      (JSON.parse(idsKey) as string[]).map((id) => ({
        id,
        view: backlogView(plan, id, { ...(groupBy ? { groupBy } : {}), ...(filter ? { filter } : {}) }),
      })),
    [plan, idsKey, groupBy, filter],
  );
  // Selection and dnd-kit know rows by opaque keys: ids are arbitrary strings, never joined.
  const [keys] = useState(() => new RowKeys());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // Lookups by id through the plan's index (built once per plan), not by scanning long lists.
  const index = getPlanIndex(plan);
  const backlogItems = (id: string) => index.backlogs.get(id)?.itemIds ?? [];
  const shownRows = (backlogId: string) => views.find((v) => v.id === backlogId)?.view?.rows ?? [];
  const shownIndex = ({ backlogId, itemId }: RowRef) => shownRows(backlogId).findIndex((r) => r.item.id === itemId);

  /** The items a gesture on one row moves: the row's backlog's selection when the row is in it. */
  const movingWith = ({ backlogId, itemId }: RowRef): string[] => {
    const list = backlogItems(backlogId);
    if (!selected.has(keys.row(backlogId, itemId).key)) return [itemId];
    return list.filter((id) => selected.has(keys.row(backlogId, id).key));
  };

  const root = useRef<HTMLDivElement>(null);
  const refocus = useRefocus(root);

  const emit = (change: Change | undefined, focus?: Refocus) => {
    if (!change) return;
    const result = applyChange(plan, change);
    if (!result.ok) return;
    if (focus) refocus.current = focus;
    onChange?.(change, result.plan);
    setSelected(new Set());
  };

  const { onDragEnd, announcements } = backlogDrag({ plan, messages, n, movingWith, shownIndex, emit });

  const select = (
    backlogId: string,
    itemId: string,
    event: { shiftKey: boolean; metaKey: boolean; ctrlKey: boolean },
  ) => {
    const key = keys.row(backlogId, itemId).key;
    const list = shownRows(backlogId).map((r) => keys.row(backlogId, r.item.id).key);
    setSelected((was) => {
      if (event.shiftKey && anchor !== null && list.includes(anchor)) {
        const [from, to] = [list.indexOf(anchor), list.indexOf(key)].sort((a, b) => a - b);
        return new Set([...was, ...list.slice(from, (to ?? 0) + 1)]);
      }
      const next = new Set(was);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
    setAnchor(key);
  };

  // The row whose "Move to position…" form is open.
  const [asking, setAsking] = useState<RowRef | null>(null);
  const moveToPosition = (backlogId: string, itemId: string, position: number) => {
    const itemIds = movingWith({ backlogId, itemId });
    const rest = backlogItems(backlogId).filter((id) => !itemIds.includes(id));
    setAsking(null);
    refocus.current = { itemId, backlogId, part: 'menu', fromBacklogId: backlogId, fromIndex: 0 };
    emit(
      dropChange(plan, {
        itemIds,
        fromBacklogId: backlogId,
        toBacklogId: backlogId,
        beforeItemId: rest[position - 1] ?? null,
      }),
    );
  };
  const closePosition = (backlogId: string, itemId: string) => {
    setAsking(null);
    refocus.current = { itemId, backlogId, part: 'menu', fromBacklogId: backlogId, fromIndex: 0 };
  };

  const extend = (backlogId: string, itemId: string, step: 1 | -1) => {
    const rows = shownRows(backlogId);
    const at = rows.findIndex((r) => r.item.id === itemId);
    const next = rows[at + step];
    if (at < 0 || !next) return;
    const key = keys.row(backlogId, itemId).key;
    setSelected((was) => new Set([...was, key, keys.row(backlogId, next.item.id).key]));
    setAnchor(key);
    refocus.current = {
      itemId: next.item.id,
      backlogId,
      part: 'check',
      fromBacklogId: backlogId,
      fromIndex: at + step,
    };
  };

  const menuActions = (backlogId: string, itemId: string) => {
    const itemIds = movingWith({ backlogId, itemId });
    const list = backlogItems(backlogId);
    const firstOther = list.find((id) => !itemIds.includes(id)) ?? null;
    const others = plan.backlogs.filter(
      (b) => b.id !== backlogId && b.kind !== 'release' && !b.itemIds.some((id) => itemIds.includes(id)),
    );
    const within = (beforeItemId: string | null) =>
      emit(dropChange(plan, { itemIds, fromBacklogId: backlogId, toBacklogId: backlogId, beforeItemId }));
    return [
      { key: 'top', label: messages.moveToTop, run: () => within(firstOther) },
      { key: 'position', label: messages.moveToPosition, run: () => setAsking({ backlogId, itemId }) },
      { key: 'bottom', label: messages.moveToBottom, run: () => within(null) },
      // Keyed by place, not by backlog id: an id may be anything, "top" included.
      ...others.map((target, at) => ({
        key: `backlog-${at}`,
        label: messages.moveToBacklog(target.title),
        run: () =>
          emit(dropChange(plan, { itemIds, fromBacklogId: backlogId, toBacklogId: target.id, beforeItemId: null }), {
            itemId,
            backlogId: target.id,
            part: 'menu',
            fromBacklogId: backlogId,
            fromIndex: Math.max(0, shownIndex({ backlogId, itemId })),
          }),
      })),
    ];
  };

  const board = (
    <div ref={root} className={cx(slot('root'), className)} data-readonly={readOnly ? '' : undefined}>
      {notice}
      {views.map(({ id, view }) =>
        view ? (
          <BacklogColumn
            key={id}
            view={view}
            virtualizeAbove={virtualizeAbove}
            groupBy={groupBy ?? 'none'}
            readOnly={readOnly ?? false}
            selected={selected}
            messages={messages}
            n={n}
            slot={slot}
            onSelectItem={onSelect}
            onToggle={select}
            onExtend={extend}
            asking={asking}
            rowKeys={keys}
            onPosition={moveToPosition}
            onClosePosition={closePosition}
            menuActions={menuActions}
          />
        ) : (
          <p key={id} role="alert" className={slot('error')}>
            {messages.unknownBacklog(id)}
          </p>
        ),
      )}
    </div>
  );
  if (readOnly) return board;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: messages.screenReaderInstructions } }}
    >
      {board}
    </DndContext>
  );
}

interface ColumnProps {
  readonly view: BacklogView;
  readonly virtualizeAbove: number;
  readonly groupBy: BacklogGroupBy;
  readonly readOnly: boolean;
  readonly selected: ReadonlySet<string>;
  readonly messages: BacklogListMessages;
  readonly n: (value: number) => string;
  readonly slot: (name: BacklogListSlot) => string | undefined;
  readonly onSelectItem: ((itemId: string) => void) | undefined;
  readonly onExtend: (backlogId: string, itemId: string, step: 1 | -1) => void;
  readonly asking: RowRef | null;
  readonly rowKeys: RowKeys;
  readonly onPosition: (backlogId: string, itemId: string, position: number) => void;
  readonly onClosePosition: (backlogId: string, itemId: string) => void;
  readonly onToggle: (
    backlogId: string,
    itemId: string,
    event: { shiftKey: boolean; metaKey: boolean; ctrlKey: boolean },
  ) => void;
  readonly menuActions: (backlogId: string, itemId: string) => { key: string; label: string; run: () => void }[];
}

function BacklogColumn(props: ColumnProps) {
  const { view, groupBy, readOnly, messages, n, slot } = props;
  const { backlog } = view;
  // useId: the same backlog may be shown twice on a page (a docs page, a dashboard).
  const headingId = `${useId()}-heading`;
  const container = props.rowKeys.backlog(backlog.id);
  const { setNodeRef } = useDroppable({ id: container.key, data: container.data, disabled: readOnly });
  const sortableIds = view.rows.map((row) => props.rowKeys.row(backlog.id, row.item.id).key);
  const rows = (list: readonly BacklogRow[]) => list.map((row) => <Row key={row.item.id} {...props} row={row} />);

  const body =
    view.total === 0 ? (
      <div className={slot('empty')}>
        <p>{messages.empty}</p>
        <p>{messages.emptyHint}</p>
      </div>
    ) : view.rows.length === 0 ? (
      <div className={slot('empty')}>
        <p>{messages.noMatches}</p>
      </div>
    ) : groupBy === 'none' && view.rows.length > props.virtualizeAbove ? (
      <VirtualRows {...props} headingId={headingId} />
    ) : groupBy === 'none' ? (
      <ul className={slot('list')} aria-labelledby={headingId}>
        {rows(view.rows)}
      </ul>
    ) : (
      view.groups.map((group, at) => {
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
              {label} <span className="tl-muted">({messages.itemCount(n(group.rows.length))})</span>
            </h3>
            <ul className={slot('list')} aria-labelledby={groupId}>
              {rows(group.rows)}
            </ul>
          </div>
        );
      })
    );

  return (
    // Not a landmark: a page may show the same backlog twice, and landmarks must be unique.
    // Its heading names it for navigation, and names its lists.
    <div ref={setNodeRef} className={slot('backlog')} data-backlog-kind={backlog.kind}>
      <div className={slot('header')}>
        <h2 id={headingId}>{messages.listLabel(backlog.title)}</h2>
        <p className="tl-muted">
          {messages.itemCount(n(view.total))}
          {view.capacity !== undefined ? (
            <>
              {' · '}
              <span data-over-capacity={view.overCapacity ? '' : undefined}>
                {messages.capacity(n(view.estimate), n(view.capacity))}
                {view.overCapacity ? ` · ${messages.overCapacity}` : ''}
              </span>
            </>
          ) : null}
        </p>
      </div>
      {readOnly ? (
        body
      ) : (
        <SortableContext id={backlog.id} items={sortableIds} strategy={verticalListSortingStrategy}>
          {body}
        </SortableContext>
      )}
    </div>
  );
}

/** Where a row sits in a virtual list: only the rows in view (and the one being dragged) exist. */
interface VirtualPlace {
  readonly index: number;
  readonly start: number;
  readonly setSize: number;
  readonly measure: (element: Element | null) => void;
}

/**
 * A long backlog renders only the rows in view. The row being dragged is always kept rendered (its
 * node carries the drag), and each row says its position in the whole list to assistive technology.
 */
function VirtualRows(props: ColumnProps & { readonly headingId: string }) {
  const { view, slot, headingId } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const { active } = useDndContext();
  const dragged = active ? rowOf(active) : undefined;
  const activeIndex =
    dragged?.backlogId === view.backlog.id ? view.rows.findIndex((r) => r.item.id === dragged.itemId) : -1;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && !indexes.includes(activeIndex)) indexes.push(activeIndex);
      return indexes.sort((a, b) => a - b);
    },
    [activeIndex],
  );
  const virtualizer = useVirtualizer({
    count: view.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 76,
    gap: 4,
    overscan: 6,
    // On the server (no layout) the first screenful is rendered.
    initialRect: { width: 0, height: 640 },
    getItemKey: (index) => view.rows[index]?.item.id ?? index,
    rangeExtractor,
  });
  return (
    <div ref={scroller} className="tl-backlog-scroll">
      <ul
        className={slot('list')}
        aria-labelledby={headingId}
        data-virtual=""
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((entry) => {
          const row = view.rows[entry.index];
          return row ? (
            <Row
              key={entry.key}
              {...props}
              row={row}
              virtual={{
                index: entry.index,
                start: entry.start,
                setSize: view.rows.length,
                measure: virtualizer.measureElement,
              }}
            />
          ) : null;
        })}
      </ul>
    </div>
  );
}

function Row({
  row,
  view,
  readOnly,
  selected,
  messages,
  n,
  slot,
  onSelectItem,
  onToggle,
  onExtend,
  asking,
  rowKeys,
  onPosition,
  onClosePosition,
  menuActions,
  virtual,
}: ColumnProps & { row: BacklogRow; virtual?: VirtualPlace }) {
  const { item } = row;
  const backlogId = view.backlog.id;
  const { key, data } = rowKeys.row(backlogId, item.id);
  const sortable = useSortable({ id: key, data, disabled: readOnly });
  const isSelected = selected.has(key);
  const dragStyle = readOnly
    ? undefined
    : { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition };
  const style = virtual
    ? { ...dragStyle, position: 'absolute' as const, insetInline: 0, top: virtual.start }
    : dragStyle;
  const setRef = (element: HTMLLIElement | null) => {
    sortable.setNodeRef(element);
    virtual?.measure(element);
  };
  return (
    <li
      ref={setRef}
      style={style}
      data-index={virtual?.index}
      aria-setsize={virtual?.setSize}
      aria-posinset={virtual ? virtual.index + 1 : undefined}
      className={slot('row')}
      data-kind={item.kind}
      data-status={item.status}
      data-trace={row.trace.status}
      data-readiness={row.readiness}
      data-backlog-id={backlogId}
      data-item-id={item.id}
      data-selected={isSelected ? '' : undefined}
      data-dragging={sortable.isDragging ? '' : undefined}
    >
      {readOnly ? null : (
        <>
          <button
            type="button"
            className={slot('handle')}
            data-part="handle"
            {...sortable.attributes}
            {...sortable.listeners}
            aria-label={messages.dragHandle(item.title)}
          >
            <span aria-hidden="true">⠿</span>
          </button>
          <input
            type="checkbox"
            className="tl-backlog-check"
            data-part="check"
            aria-label={messages.select(item.title)}
            checked={isSelected}
            onKeyDown={(event) => {
              // Shift+Up / Shift+Down extends the selection to the next row and moves there.
              if (!event.shiftKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
              event.preventDefault();
              onExtend(backlogId, item.id, event.key === 'ArrowDown' ? 1 : -1);
            }}
            onChange={(event) => {
              const native = event.nativeEvent as MouseEvent;
              onToggle(backlogId, item.id, {
                shiftKey: native.shiftKey ?? false,
                metaKey: native.metaKey ?? false,
                ctrlKey: native.ctrlKey ?? false,
              });
            }}
          />
        </>
      )}
      <RowFacts row={row} messages={messages} n={n} slot={slot} onSelectItem={onSelectItem} />
      {readOnly ? null : (
        <MoveMenu
          label={messages.moveMenu(item.title)}
          actions={() => menuActions(backlogId, item.id)}
          className={slot('menu')}
          menuClassName="tl-menu-list"
        />
      )}
      {asking?.backlogId === backlogId && asking.itemId === item.id ? (
        <PositionForm
          className="tl-position-form"
          label={messages.positionLabel(n(view.total))}
          submitLabel={messages.positionSubmit}
          cancelLabel={messages.positionCancel}
          max={view.total}
          initial={row.rank + 1}
          onSubmit={(position) => onPosition(backlogId, item.id, position)}
          onCancel={() => onClosePosition(backlogId, item.id)}
        />
      ) : null}
    </li>
  );
}

interface RowFactsProps {
  readonly row: BacklogRow;
  readonly messages: BacklogListMessages;
  readonly n: (value: number) => string;
  readonly slot: (name: BacklogListSlot) => string | undefined;
  readonly onSelectItem: ((itemId: string) => void) | undefined;
}

/**
 * What a row says about its item. Memoised: while a row is dragged every sortable row re-renders
 * for its new offset, and this part, which does not change, is then skipped.
 */
const RowFacts = memo(function RowFacts({ row, messages, n, slot, onSelectItem }: RowFactsProps) {
  const { item, trace } = row;
  const traceText =
    trace.status === 'reaches-goal'
      ? messages.traceGoal(trace.initiative?.title ?? '', trace.goals.map((g) => g.title).join(', '))
      : trace.status === 'reaches-initiative'
        ? messages.traceInitiative(trace.initiative?.title ?? '')
        : messages.traceOrphan;
  const safeUrl = item.url !== undefined && /^https?:\/\//i.test(item.url) ? item.url : undefined;
  return (
    <>
      <KindBadge kind={item.kind} label={messages.kind[item.kind]} className={slot('kind')} />
      <span className={slot('title')}>
        {onSelectItem ? (
          <button type="button" className="tl-link-button" onClick={() => onSelectItem(item.id)}>
            {item.title}
          </button>
        ) : safeUrl ? (
          <a href={safeUrl}>{item.title}</a>
        ) : (
          item.title
        )}
      </span>
      <span className={slot('badge')} data-status={item.status}>
        {messages.status[item.status]}
      </span>
      {item.estimate !== undefined ? (
        <span className={slot('badge')}>{messages.estimate(n(item.estimate))}</span>
      ) : null}
      <span className={slot('badge')} data-readiness={row.readiness}>
        {messages.readiness[row.readiness]}
      </span>
      {row.criteria.total > 0 ? (
        <span className={slot('badge')}>{messages.criteria(n(row.criteria.done), n(row.criteria.total))}</span>
      ) : null}
      <span className={slot('trace')} data-trace={trace.status} data-link={trace.initiative?.link}>
        {traceText}
        {trace.initiative?.link === 'inherited' ? <span className="tl-muted"> ({messages.inherited})</span> : null}
      </span>
    </>
  );
});
