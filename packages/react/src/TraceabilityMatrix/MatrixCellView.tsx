'use client';
import type { MatrixCell } from '@throughline/core';
import { type CSSProperties, memo } from 'react';
import { cellText, type MatrixLook } from './matrixLook.js';

export interface MatrixCellViewProps {
  /** Its row and column among those drawn (not counting headers). */
  readonly row: number;
  readonly column: number;
  /** Where it starts along the row (headers' room included), its width and its height. */
  readonly start: number;
  readonly width: number;
  readonly height: number;
  /** How the column's work reaches the row, or null when it does not. */
  readonly cell: MatrixCell | null;
  /** What the row and the column are called, for the cell's name. */
  readonly rowTitle: string;
  readonly columnTitle: string;
  /** Why the cell's links are suspect against the baseline, in words; undefined when none is (or no baseline). */
  readonly suspect?: string | undefined;
  /** The grid's one tabbable position (roving focus). */
  readonly tabbable: boolean;
  readonly look: MatrixLook;
}

/**
 * One gridcell: ● for a direct link, ○ for an inherited one, the effort or count when shown, and
 * the same in words for assistive technology. State is on `data-link`; the heatmap shade on
 * `--tl-matrix-shade`. A suspect link is hatched and marked "!" (`data-suspect`), its reasons in
 * the cell's name. Re-renders only when its own props change.
 */
export const MatrixCellView = memo(function MatrixCellView(props: MatrixCellViewProps) {
  const { cell, look } = props;
  const t = cell ? look.shade(cell) : 0;
  const shown = cell && (look.showEffort || look.heatmap !== 'off');
  const { suspect } = props;
  const text = cellText(cell, look);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a gridcell of a virtualised div grid (no table can place cells absolutely).
    <div
      role="gridcell"
      aria-colindex={props.column + 2}
      className={look.cellClass}
      data-pos={`${props.row}:${props.column}`}
      data-row={props.row}
      data-column={props.column}
      data-link={cell?.link}
      data-suspect={suspect === undefined ? undefined : 'true'}
      tabIndex={props.tabbable ? 0 : -1}
      // Named by label, not by hidden text: no text to lay out in each of the cells a page draws.
      aria-label={look.messages.cellName(
        suspect === undefined ? text : `${text}, ${look.messages.suspectCell(suspect)}`,
        props.columnTitle,
        props.rowTitle,
      )}
      style={
        {
          insetInlineStart: props.start,
          width: props.width,
          height: props.height,
          // Shades stop at 55% of the accent so the cell's text keeps its contrast in both themes.
          // The heat itself (0–1), for forced colours, where shades are lost and a strip shows it.
          ...(t > 0 ? { '--tl-matrix-shade': `${Math.round(6 + t * 49)}%`, '--tl-matrix-heat': t.toFixed(2) } : {}),
        } as CSSProperties
      }
    >
      {cell ? (
        <span aria-hidden="true" className="tl-matrix-glyph">
          {cell.link === 'direct' ? '●' : '○'}
        </span>
      ) : null}
      {suspect === undefined ? null : (
        <span aria-hidden="true" className="tl-matrix-suspect-mark">
          !
        </span>
      )}
      {shown ? (
        <span aria-hidden="true" className="tl-matrix-effort">
          {look.number(look.heatmap === 'count' ? cell.count : cell.effort)}
        </span>
      ) : null}
    </div>
  );
});
