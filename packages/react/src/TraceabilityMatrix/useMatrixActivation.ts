'use client';
import { applyChange, type Change, type GridPosition, matrixToggle, type Plan, type PlanRef } from '@throughline/core';
import { useCallback, useRef, useState } from 'react';
import { warnRenamed } from '../shared/deprecated.js';
import type { MatrixCellAt } from './lines.js';
import { type Line, lineTitle, pairOf } from './lines.js';
import type { TraceabilityMatrixMessages } from './messages.js';
import type { SuspectCellRef } from './useMatrixSuspects.js';

/** What the details show: a header's or (`plan`) the corner's findings, or why a cell is suspect. */
export type MatrixDetailsFor = Line | 'plan' | SuspectCellRef;

/** A goal, initiative or piece of work the matrix names to the host. */
export type MatrixRef = PlanRef & { readonly kind: 'goal' | 'initiative' | 'item' };

export interface MatrixActivationOptions {
  readonly plan: Plan;
  /** The lines drawn as rows and across as columns, and the cell where two meet. */
  readonly lines: readonly Line[];
  readonly across: readonly Line[];
  readonly cellAt: MatrixCellAt;
  /** How many suspect links the cell at a position holds, against a baseline (absent: none). */
  readonly suspectAt?: ((row: number, column: number) => number) | undefined;
  readonly messages: TraceabilityMatrixMessages;
  readonly readOnly: boolean | undefined;
  readonly onChange: ((change: Change, nextPlan: Plan) => void) | undefined;
  readonly onSelect: ((ref: MatrixRef) => void) | undefined;
  /** Expands or folds a goal row into the initiatives serving it. */
  readonly toggleExpanded: (goalId: string) => void;
  /** Says what an activation did (linked, unlinked, or why nothing changed). */
  readonly announce: (text: string) => void;
  /** Told of a cell about to be linked or unlinked, so focus can follow it where the edit moves it. */
  readonly follow?: ((position: GridPosition) => void) | undefined;
}

/**
 * What activating a position does (Enter, Space or a click): a cell links or unlinks its item and
 * initiative through core's `matrixToggle` (goal cells and inherited links are explained instead;
 * a suspect cell shows why it is suspect, so a link is reviewed before it is changed),
 * a header shows its findings, expands a goal and tells `onSelect`, the corner shows the plan's
 * findings. What it did is said through `announce`; `details` is what the findings panel shows.
 *
 * @example
 * const { activate, details, closeDetails } = useMatrixActivation({ plan, lines, across, cellAt, announce, ... });
 * activate({ row: 2, column: 5 }); // links or unlinks, and says so through `announce`
 */
export function useMatrixActivation(options: MatrixActivationOptions) {
  const [details, setDetails] = useState<MatrixDetailsFor | null>(null);
  const latest = useRef(options);
  latest.current = options;

  /** Links or unlinks the item and initiative of a cell (suspect or not), or says why it cannot. */
  const toggle = useCallback(({ row: r, column: c }: GridPosition) => {
    const { plan, lines, across, cellAt, messages, onChange, readOnly, announce: setNotice } = latest.current;
    const pair = pairOf(lines[r], across[c]);
    if (!pair) return;
    const { row, column } = pair;
    const cell = cellAt(r, c);
    const toggled = matrixToggle(plan, row, column, cell);
    if (toggled.kind === 'goal') return setNotice(messages.goalCell(row.title));
    if (toggled.kind === 'inherited') {
      const via = toggled.via ? `${toggled.via.id} ${toggled.via.title}` : '';
      return setNotice(messages.inheritedFrom(column.title, row.title, via));
    }
    if (readOnly || !onChange) return;
    const result = applyChange(plan, toggled.change);
    if (!result.ok) return setNotice(result.error.message);
    setNotice(cell ? messages.unlinked(column.title, row.title) : messages.linked(column.title, row.title));
    latest.current.follow?.({ row: r, column: c });
    onChange(toggled.change, result.plan);
  }, []);

  /** True when a cell holds a link of its own that `toggle` would remove (not a goal's or an inherited one). */
  const unlinkable = useCallback(({ row: r, column: c }: GridPosition) => {
    const { plan, lines, across, cellAt } = latest.current;
    const pair = pairOf(lines[r], across[c]);
    const cell = cellAt(r, c);
    return pair !== null && cell !== null && matrixToggle(plan, pair.row, pair.column, cell).kind === 'change';
  }, []);

  const activate = useCallback(
    ({ row: r, column: c }: GridPosition) => {
      const { lines, across, messages, announce: setNotice } = latest.current;
      if (r >= 0 && c >= 0) {
        const pair = pairOf(lines[r], across[c]);
        if (!pair) return;
        const { row, column } = pair;
        if ((latest.current.suspectAt?.(r, c) ?? 0) > 0) {
          setNotice(messages.suspectFor(`${column.id} ${column.title}`, row.title));
          return setDetails({ type: 'cell', rowKey: row.key, columnId: column.id });
        }
        return toggle({ row: r, column: c });
      }
      // The findings panel opens below the grid while focus stays put: said aloud.
      if (r === -1 && c === -1) {
        setNotice(messages.planFindings);
        return setDetails('plan');
      }
      const line = r >= 0 ? lines[r] : across[c];
      if (!line) return;
      setDetails(line);
      setNotice(messages.findingsFor(lineTitle(line)));
      if (line.type === 'strategy') {
        if (line.row.expandable) latest.current.toggleExpanded(line.row.id);
        select(latest.current.onSelect, { kind: line.row.kind, id: line.row.id });
      } else select(latest.current.onSelect, { kind: 'item', id: line.column.id });
    },
    [toggle],
  );

  const closeDetails = useCallback(() => setDetails(null), []);
  return { activate, toggle, unlinkable, details, closeDetails };
}

/**
 * Tells the host which goal, initiative or item was activated. A two-parameter callback is the
 * old `onSelect(id, kind)`: still called that way for one release, with a development warning.
 */
function select(onSelect: ((ref: MatrixRef) => void) | undefined, ref: MatrixRef): void {
  if (!onSelect) return;
  if (onSelect.length >= 2) {
    warnRenamed('TraceabilityMatrix', 'onSelect(id, kind)', 'onSelect({ kind, id })');
    (onSelect as unknown as (id: string, kind: MatrixRef['kind']) => void)(ref.id, ref.kind);
  } else onSelect(ref);
}
