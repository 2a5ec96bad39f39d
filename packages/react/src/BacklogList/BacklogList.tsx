'use client';
import { DndContext } from '@dnd-kit/core';
import type { BacklogView, Change, Plan, PlanRef } from '@throughline/core';
import { type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { BaselineNotice } from '../shared/BaselineNotice.js';
import { cx } from '../shared/classes.js';
import { numberText } from '../shared/intlText.js';
import { PlanView } from '../shared/PlanView.js';
import { priorityText } from '../shared/priorityText.js';
import { LiveRegion, useAnnouncer } from '../shared/useAnnouncer.js';
import type { BaselineInput } from '../shared/useBaseline.js';
import type { SalvageProps } from '../shared/usePlan.js';
import { BacklogColumn } from './BacklogColumn.js';
import { BaselineContext } from './baselineContext.js';
import { BoardContext, type BoardContextValue } from './boardContext.js';
import { type BacklogListMessages, defaultBacklogListMessages } from './messages.js';
import { type PriorityBoardValue, PriorityContext } from './priorityContext.js';
import { RowKeys, type RowRef } from './rowKeys.js';
import { useBacklogBaseline } from './useBacklogBaseline.js';
import { useBacklogDrag } from './useBacklogDrag.js';
import { useBacklogMoves } from './useBacklogMoves.js';
import { useBacklogPriorities } from './useBacklogPriorities.js';
import { type BacklogStateProps, useBacklogState } from './useBacklogState.js';
import { useBacklogViews } from './useBacklogViews.js';
import { type PriorityPreviewProps, usePriorityPreview, usePriorityPreviewActions } from './usePriorityPreview.js';

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
  | 'priority'
  | 'since'
  | 'preview'
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
  priority: 'tl-priority',
  since: 'tl-backlog-since',
  preview: 'tl-priority-preview',
  empty: 'tl-backlog-empty',
  error: 'tl-error',
  notice: 'tl-salvage-notice',
};

export interface BacklogListProps extends SalvageProps, BacklogStateProps, PriorityPreviewProps {
  /**
   * A plan from `createPlan`, or raw host data: validated on the way in; data with problems is
   * drawn salvaged, with a notice of what was set aside (or, when `strict`, as its problems).
   */
  readonly plan: unknown;
  /** The backlogs to show, side by side; default: the first product backlog. */
  readonly backlogIds?: readonly string[];
  /** Called with the one change a gesture makes and the plan it leads to; pass that plan back to keep it. */
  readonly onChange?: (change: Change, nextPlan: Plan) => void;
  /** Called when a row's title is activated, with `{ kind: 'item', id }`, for the host's own navigation. */
  readonly onSelect?: (ref: PlanRef) => void;
  /** Display only: no handles, no menus, no selection. */
  readonly readOnly?: boolean;
  /** Text direction, set on the root; default: inherited from the page. */
  readonly dir?: 'ltr' | 'rtl';
  readonly messages?: Partial<BacklogListMessages>;
  /** For numbers (estimates, counts); default: the reader's locale (`en-US` on the server and while hydrating, so the HTML matches). */
  readonly locale?: string;
  readonly className?: string;
  readonly classNames?: Partial<Record<BacklogListSlot, string>>;
  /** Drop every default class, for a design system that styles the parts itself. */
  readonly unstyled?: boolean;
  /** Lists longer than this render only the rows in view (ungrouped lists); default 150. */
  readonly virtualizeAbove?: number;
  /** The plan compared with a baseline: `useBaseline(plan, lastQuarter)`'s result. Unreadable baselines show their problems in a notice; today's plan is drawn as it is. */
  readonly baseline?: BaselineInput;
}

/**
 * The backlog as engineers and product owners work it: one or several backlogs side by side, each
 * row with its kind, estimate, status, refinement readiness, acceptance-criteria progress and its
 * trace to the roadmap. Reorder and move by pointer, touch or keyboard, or with each row's
 * "Move to…" menu; every gesture emits one core change through `onChange`. Filter, grouping and
 * selection are the host's to own or to leave (`filter` / `defaultFilter` / `onFilterChange`, and
 * the same for `groupBy` and `selection`). Given a `priority` report (`usePriorities`), each row shows its score and
 * how far that framework's order would move it, and each backlog can preview that order and apply
 * it as one change (`priorityPreview` / `defaultPriorityPreview` / `onPriorityPreviewChange`).
 * Given a `baseline` (`useBaseline`), each row that moved since says by how much ("▲ 12") and
 * each item new to a backlog says so, and each backlog's header counts both.
 *
 * @example
 * <BacklogList plan={plan} backlogIds={['backlog-product', 'sprint-24']} onChange={(change, next) => setPlan(next)} />
 * <BacklogList plan={plan} priority={usePriorities(plan, { framework: 'rice' })} onChange={(change, next) => setPlan(next)} />
 * <BacklogList plan={plan} baseline={useBaseline(plan, lastQuarter)} />
 */
export function BacklogList(props: BacklogListProps) {
  return (
    <PlanView props={props} defaults={defaultBacklogListMessages} classes={DEFAULT_CLASSES}>
      {(setup) => <BacklogBoard {...props} {...setup} />}
    </PlanView>
  );
}

interface BoardProps extends Omit<BacklogListProps, 'plan' | 'messages'> {
  readonly plan: Plan;
  readonly messages: BacklogListMessages;
  readonly slot: (name: BacklogListSlot) => string | undefined;
  readonly notice: ReactNode;
}

const SLOTS = Object.keys(DEFAULT_CLASSES) as BacklogListSlot[];

/** One slot function while the classes it returns stay the same (the host's `classNames` may be a new object each render). */
function useStableSlot(slot: (name: BacklogListSlot) => string | undefined) {
  const classes = SLOTS.map((name) => slot(name) ?? '');
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the classes' values, not the function
  return useMemo(() => {
    const byName = new Map(SLOTS.map((name, at) => [name, classes[at] || undefined]));
    return (name: BacklogListSlot) => byName.get(name);
  }, [JSON.stringify(classes)]);
}

/** The board: state, moves and drag from hooks; the columns draw. */
function BacklogBoard(props: BoardProps) {
  const { plan, backlogIds, onChange, onSelect, messages, locale, className, notice, dir } = props;
  const readOnly = props.readOnly ?? false;
  const { groupBy, filter, selected, selection } = useBacklogState(props);
  const n = useMemo(() => numberText(locale), [locale]);
  const slot = useStableSlot(props.slot);

  // Keyed on the ids' contents, so a host passing a new array with the same ids does not recompute.
  // JSON keeps each id whole whatever it holds (a newline, a comma), so the list reads back exactly.
  const idsKey = JSON.stringify(
    backlogIds ??
      plan.backlogs
        .filter((b) => b.kind === 'product')
        .slice(0, 1)
        .map((b) => b.id),
  );
  const { report, backlogs: priorities } = useBacklogPriorities(plan, idsKey, props.priority);
  const baseline = useBacklogBaseline(props.baseline, plan, idsKey, messages.unlabelledBaseline);
  const { previewing, setPreviewing } = usePriorityPreview(props, { readOnly, backlogs: priorities });

  const views = useBacklogViews(plan, idsKey, { groupBy, filter, previewing, priorities });
  const shownIds = (backlogId: string) => views.find((v) => v.id === backlogId)?.shownIds ?? [];

  const root = useRef<HTMLDivElement>(null);
  // The drag library names its instructions from this id: from React's useId it is the same on the
  // server and in the browser, where its own counter goes on across a server's requests.
  const dndId = `${useId()}-dnd`;
  const announcer = useAnnouncer();
  const moves = useBacklogMoves(root, {
    plan,
    messages,
    selected,
    selection,
    shownIds,
    onChange,
    onSelect,
    announce: announcer.announce,
    n,
  });
  const drag = useBacklogDrag({
    plan,
    messages,
    n,
    moving: moves.moving,
    shownIndex: ({ backlogId, itemId }: RowRef) => shownIds(backlogId).indexOf(itemId),
    emit: moves.emit,
  });

  // Selection and dnd-kit know rows by opaque keys: ids are arbitrary strings, never joined.
  const [rowKeys] = useState(() => new RowKeys());
  const selectable = onSelect !== undefined;
  const board = useMemo<BoardContextValue>(
    () => ({ messages, n, slot, readOnly, rowKeys, actions: moves.actions, selectable }),
    [messages, n, slot, readOnly, rowKeys, moves.actions, selectable],
  );
  const preview = usePriorityPreviewActions(setPreviewing, {
    plan,
    report,
    backlogs: priorities,
    emit: moves.emit,
    announce: announcer.announce,
    messages,
    n,
  });
  const priority = useMemo<PriorityBoardValue | null>(() => {
    if (!report) return null;
    const score = numberText(locale, { maximumFractionDigits: 2 });
    const { framework } = report;
    const text: PriorityBoardValue['text'] = (entry) => priorityText(entry, framework, messages, score);
    return { framework, backlogs: priorities, text, previewable: !readOnly, preview };
  }, [report, priorities, messages, locale, readOnly, preview]);

  const columns = (
    <div ref={root} className={cx(slot('root'), className)} dir={dir} data-readonly={readOnly ? '' : undefined}>
      {notice}
      <BaselineNotice baseline={props.baseline} messages={messages} />
      <LiveRegion announcer={announcer} />
      {views.map(({ id, view, shownIds: ids }) =>
        view ? (
          <BacklogColumn
            key={id}
            view={view}
            shownIds={ids}
            groupBy={groupBy}
            selected={selected}
            asking={moves.asking?.backlogId === id ? moves.asking.itemId : null}
            virtualizeAbove={props.virtualizeAbove ?? 150}
            previewing={id === previewing}
          />
        ) : (
          <p key={id} role="alert" className={slot('error')}>
            {messages.unknownBacklog(id)}
          </p>
        ),
      )}
    </div>
  );
  return (
    <BoardContext.Provider value={board}>
      <PriorityContext.Provider value={priority}>
        <BaselineContext.Provider value={baseline}>
          {readOnly ? (
            columns
          ) : (
            <DndContext
              id={dndId}
              sensors={drag.sensors}
              collisionDetection={drag.collisionDetection}
              measuring={drag.measuring}
              onDragStart={drag.onDragStart}
              onDragEnd={drag.onDragEnd}
              accessibility={{
                announcements: drag.announcements,
                screenReaderInstructions: { draggable: messages.screenReaderInstructions },
              }}
            >
              {columns}
            </DndContext>
          )}
        </BaselineContext.Provider>
      </PriorityContext.Provider>
    </BoardContext.Provider>
  );
}

export type { BacklogView };
