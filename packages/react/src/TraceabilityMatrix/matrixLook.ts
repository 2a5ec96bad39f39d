'use client';
import type { MatrixCell, MatrixView } from '@throughline/core';
import { memo } from '@throughline/core/internal';
import { scaleSequential } from 'd3-scale';
import { useState } from 'react';
import { numberText } from '../shared/intlText.js';
import type { TraceabilityMatrixMessages } from './messages.js';
import type { MatrixHeatmap } from './useMatrixState.js';

/**
 * Everything the grid's parts draw with besides their own line or cell: words, number formats,
 * classes and the heatmap. Built once per change of any of them, so memoised rows and cells compare
 * one reference and re-render only when the look (or their own data) changed.
 */
export interface MatrixLook {
  readonly messages: TraceabilityMatrixMessages;
  readonly number: (value: number) => string;
  readonly percent: (share: number) => string;
  readonly cellClass: string | undefined;
  readonly rowHeaderClass: string | undefined;
  readonly columnHeaderClass: string | undefined;
  /** The id of the grid's instructions, which every focusable position points to. */
  readonly instructionsId: string;
  readonly heatmap: MatrixHeatmap;
  readonly showEffort: boolean;
  /** Where the work that serves no goal starts along the work axis. */
  readonly orphanStart: number;
  /** A cell's heatmap shade from 0 to 1 (0 when the heatmap is off). */
  readonly shade: (cell: MatrixCell) => number;
}

export interface MatrixLookOptions {
  readonly messages: TraceabilityMatrixMessages;
  readonly locale: string | undefined;
  readonly cellClass: string | undefined;
  readonly rowHeaderClass: string | undefined;
  readonly columnHeaderClass: string | undefined;
  readonly instructionsId: string;
  readonly heatmap: MatrixHeatmap;
  readonly showEffort: boolean;
  readonly view: MatrixView;
}

/**
 * The matrix's look, memoised on its parts: one memo per grid, whose dependencies are the options
 * that shape the look (the view only through its heatmap maximum and where its orphan work starts).
 *
 * @example
 * const look = useMatrixLook({ messages, locale, heatmap, showEffort, view, instructionsId, ...classes });
 * <MatrixCellView cell={cell} look={look} … />
 */
export function useMatrixLook(options: MatrixLookOptions): MatrixLook {
  // One slot per grid: memoised rows and cells compare this one reference, so it changes only
  // when something they draw with does.
  const [lookFor] = useState(() =>
    memo(
      (o: MatrixLookOptions) =>
        [
          o.messages,
          o.locale,
          o.cellClass,
          o.rowHeaderClass,
          o.columnHeaderClass,
          o.instructionsId,
          o.heatmap,
          o.showEffort,
          o.view.orphanStart,
          o.heatmap === 'effort' ? o.view.maxEffort : o.view.maxCount,
        ] as const,
      buildLook,
    ),
  );
  return lookFor(options);
}

function buildLook(
  messages: TraceabilityMatrixMessages,
  locale: string | undefined,
  cellClass: string | undefined,
  rowHeaderClass: string | undefined,
  columnHeaderClass: string | undefined,
  instructionsId: string,
  heatmap: MatrixHeatmap,
  showEffort: boolean,
  orphanStart: number,
  max: number,
): MatrixLook {
  const scale = scaleSequential([0, Math.max(1, max)], (t: number) => t).clamp(true);
  const shade =
    heatmap === 'off' ? () => 0 : (cell: MatrixCell) => scale(heatmap === 'effort' ? cell.effort : cell.count);
  return {
    messages,
    number: numberText(locale, { maximumFractionDigits: 1 }),
    percent: numberText(locale, { style: 'percent', maximumFractionDigits: 0 }),
    cellClass,
    rowHeaderClass,
    columnHeaderClass,
    instructionsId,
    heatmap,
    showEffort,
    orphanStart,
    shade,
  };
}

/** A cell's words for assistive technology: the link, then the effort or count the cell shows. */
export function cellText(cell: MatrixCell | null, look: MatrixLook): string {
  const { messages, number, heatmap } = look;
  if (!cell) return messages.none;
  const parts = [cell.link === 'direct' ? messages.direct : messages.inherited];
  if (look.showEffort || heatmap === 'effort') parts.push(messages.effort(number(cell.effort), cell.effort));
  if (heatmap === 'count') parts.push(messages.count(number(cell.count), cell.count));
  return parts.join(', ');
}
