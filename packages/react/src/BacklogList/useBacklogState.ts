'use client';
import {
  type BacklogFilter,
  type BacklogGroupBy,
  type SelectionState,
  selectAll,
  selectionClear,
  selectionExtend,
  selectionRange,
  selectionToggle,
} from '@throughline/core';
import { useCallback, useMemo, useRef } from 'react';
import { useControllableState } from '../shared/useControllableState.js';

/** The view state of a backlog board a host may own, each on the `x` / `defaultX` / `onXChange` contract. */
export interface BacklogStateProps {
  /** Which rows to show (controlled); leave undefined to let the list keep its own. */
  readonly filter?: BacklogFilter | undefined;
  readonly defaultFilter?: BacklogFilter | undefined;
  readonly onFilterChange?: ((filter: BacklogFilter) => void) | undefined;
  /** How rows are grouped (controlled); default `'none'`. */
  readonly groupBy?: BacklogGroupBy | undefined;
  readonly defaultGroupBy?: BacklogGroupBy | undefined;
  readonly onGroupByChange?: ((groupBy: BacklogGroupBy) => void) | undefined;
  /** The selected items' ids (controlled); gestures on a selected row move the selection with it. */
  readonly selection?: readonly string[] | undefined;
  readonly defaultSelection?: readonly string[] | undefined;
  readonly onSelectionChange?: ((selection: readonly string[]) => void) | undefined;
}

/** What a selection gesture reads from its event. */
export interface SelectGesture {
  readonly shiftKey: boolean;
}

/** The selection's gestures, with one identity for the board's lifetime. */
export interface BacklogSelectionActions {
  /** A click on a row's checkbox: toggles it, or with Shift adds the range from the anchor. */
  readonly select: (order: readonly string[], itemId: string, gesture: SelectGesture) => void;
  /** Shift+arrow from a row: the range from the anchor to the next row; returns the row now focused. */
  readonly extend: (order: readonly string[], itemId: string, step: 1 | -1) => string;
  readonly selectAll: (order: readonly string[]) => void;
  readonly clear: () => void;
}

export interface BacklogState {
  readonly filter: BacklogFilter;
  readonly setFilter: (filter: BacklogFilter) => void;
  readonly groupBy: BacklogGroupBy;
  readonly setGroupBy: (groupBy: BacklogGroupBy) => void;
  /** The selection as a set, for lookups by id; a new set only when the selection changes. */
  readonly selected: ReadonlySet<string>;
  readonly selection: BacklogSelectionActions;
}

const NO_FILTER: BacklogFilter = {};
const NONE: readonly string[] = [];

/**
 * The board's view state: filter, grouping and selection, each controlled when the host passes
 * it and kept here when not, and the selection gestures from core (toggle, range from a kept
 * anchor, Shift+arrow extend, all, clear). The anchor is the board's own: a host owns what is
 * selected, not where the next range starts.
 *
 * @example
 * const { filter, groupBy, selected, selection } = useBacklogState(props);
 * selection.select(shownIds, 'STORY-3', { shiftKey: event.shiftKey });
 */
export function useBacklogState(props: BacklogStateProps): BacklogState {
  const [filter, setFilter] = useControllableState(
    props.filter,
    props.defaultFilter ?? NO_FILTER,
    props.onFilterChange,
  );
  const [groupBy, setGroupBy] = useControllableState<BacklogGroupBy>(
    props.groupBy,
    props.defaultGroupBy ?? 'none',
    props.onGroupByChange,
  );
  const [ids, setIds] = useControllableState(props.selection, props.defaultSelection ?? NONE, props.onSelectionChange);
  const selected = useMemo(() => new Set(ids), [ids]);

  // Read at gesture time, so the actions keep one identity while the selection changes.
  const latest = useRef<{ selected: ReadonlySet<string>; anchor: string | null }>({ selected, anchor: null });
  latest.current.selected = selected;
  const apply = useCallback(
    (next: SelectionState<string>) => {
      latest.current.anchor = next.anchor;
      latest.current.selected = next.selected;
      setIds([...next.selected]);
    },
    [setIds],
  );
  // With nothing selected, a range starts afresh where the gesture is.
  const state = (): SelectionState<string> => ({
    selected: latest.current.selected,
    anchor: latest.current.selected.size > 0 ? latest.current.anchor : null,
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `state` reads refs only
  const selection = useMemo<BacklogSelectionActions>(
    () => ({
      select: (order, itemId, gesture) =>
        apply(gesture.shiftKey ? selectionRange(state(), order, itemId) : selectionToggle(state(), itemId)),
      extend: (order, itemId, step) => {
        const next = selectionExtend(state(), order, itemId, step);
        apply(next.state);
        return next.focus;
      },
      selectAll: (order) => apply(selectAll(state(), order)),
      clear: () => {
        if (latest.current.selected.size > 0) apply(selectionClear(state()));
      },
    }),
    [apply],
  );

  return { filter, setFilter, groupBy, setGroupBy, selected, selection };
}
