'use client';
import type { MatrixCell } from '@throughline/core';
import { memo } from 'react';
import { type Line, lineTitle } from './lines.js';
import { MatrixCellView } from './MatrixCellView.js';
import { MatrixLineHeader } from './MatrixHeaders.js';
import type { MatrixLook } from './matrixLook.js';
import type { MatrixSpan } from './useMatrixVirtual.js';

export interface MatrixRowProps {
  /** Its index among the lines drawn as rows, and the line. */
  readonly index: number;
  readonly line: Line;
  readonly top: number;
  readonly height: number;
  readonly width: number;
  readonly headerWidth: number;
  /** The columns drawn now, and every line drawn as a column (for each cell's name). */
  readonly columns: readonly MatrixSpan[];
  readonly across: readonly Line[];
  /** The cell at this row and a column; stable while the view and its orientation are. */
  readonly cellAt: (row: number, column: number) => MatrixCell | null;
  /** A cell's suspect reasons in words (undefined: none); absent without a baseline. */
  readonly suspectAt?: ((row: number, column: number) => string | undefined) | undefined;
  /** The focused column when focus is in this row (`-1` its header), else null: other rows see no change. */
  readonly focusedColumn: number | null;
  readonly look: MatrixLook;
}

/** One row of the grid: its header, then a cell per column drawn. */
export const MatrixRow = memo(function MatrixRow(props: MatrixRowProps) {
  const { index, look, focusedColumn, height } = props;
  const rowTitle = lineTitle(props.line);
  return (
    // biome-ignore lint/a11y/useSemanticElements lint/a11y/useFocusableInteractive: a row of a virtualised div grid; in an ARIA grid its cells take focus, not the row.
    <div
      role="row"
      aria-rowindex={index + 2}
      className="tl-matrix-row"
      style={{ top: props.top, height, width: props.width }}
    >
      <MatrixLineHeader
        line={props.line}
        row={index}
        column={-1}
        role="rowheader"
        width={props.headerWidth}
        height={height}
        tabbable={focusedColumn === -1}
        look={look}
      />
      {props.columns.map((span) => (
        <MatrixCellView
          key={span.key}
          row={index}
          column={span.index}
          start={span.start}
          width={span.size}
          height={height}
          cell={props.cellAt(index, span.index)}
          suspect={props.suspectAt?.(index, span.index)}
          rowTitle={rowTitle}
          columnTitle={lineTitle(props.across[span.index])}
          tabbable={focusedColumn === span.index}
          look={look}
        />
      ))}
    </div>
  );
});
