'use client';
import type { MatrixCell } from '@throughline/core';
import type { Line } from './lines.js';
import { MatrixHeaderRow } from './MatrixHeaders.js';
import { MatrixRow } from './MatrixRow.js';
import type { MatrixLook } from './matrixLook.js';
import type { MatrixSpan } from './useMatrixVirtual.js';

export interface MatrixCanvasProps {
  /** The lines drawn as rows and as columns, and the cell where two meet. */
  readonly lines: readonly Line[];
  readonly across: readonly Line[];
  readonly cellAt: (row: number, column: number) => MatrixCell | null;
  /** A cell's suspect reasons in words; absent without a baseline. */
  readonly suspectAt: ((row: number, column: number) => string | undefined) | undefined;
  /** What the virtualiser draws now, and how tall the header row and wide the row headers are. */
  readonly layout: {
    readonly rows: readonly MatrixSpan[];
    readonly columns: readonly MatrixSpan[];
    readonly width: number;
    readonly height: number;
  };
  readonly headerHeight: number;
  readonly rowHeaderWidth: number;
  /** The grid's focused position (`-1` a header). */
  readonly focusedRow: number;
  readonly focusedColumn: number;
  readonly transposed: boolean;
  readonly look: MatrixLook;
}

/** The grid's sized canvas: the sticky header row, then each row drawn (memoised), with its cells. */
export function MatrixCanvas(props: MatrixCanvasProps) {
  const { layout, lines, focusedRow, focusedColumn } = props;
  return (
    <div className="tl-matrix-canvas" style={{ width: layout.width, height: layout.height }}>
      <MatrixHeaderRow
        across={props.across}
        columns={layout.columns}
        width={layout.width}
        height={props.headerHeight}
        cornerWidth={props.rowHeaderWidth}
        focusedColumn={focusedRow === -1 ? focusedColumn : null}
        transposed={props.transposed}
        look={props.look}
      />
      {layout.rows.map((span) => {
        const line = lines[span.index];
        if (!line) return null;
        return (
          <MatrixRow
            key={span.key}
            index={span.index}
            line={line}
            top={span.start}
            height={span.size}
            width={layout.width}
            headerWidth={props.rowHeaderWidth}
            columns={layout.columns}
            across={props.across}
            cellAt={props.cellAt}
            suspectAt={props.suspectAt}
            focusedColumn={focusedRow === span.index ? focusedColumn : null}
            look={props.look}
          />
        );
      })}
    </div>
  );
}
