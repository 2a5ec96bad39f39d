import type { MatrixColumnsBy, MatrixRowsBy } from '@throughline/core';
import { useState } from 'react';

/** The matrix's axes as the host may own them: `rows` / `defaultRows` / `onRowsChange`, and the same for `cols`. */
export interface MatrixAxesProps {
  readonly rows?: MatrixRowsBy | undefined;
  readonly defaultRows?: MatrixRowsBy | undefined;
  readonly onRowsChange?: ((rows: MatrixRowsBy) => void) | undefined;
  readonly cols?: MatrixColumnsBy | undefined;
  readonly defaultCols?: MatrixColumnsBy | undefined;
  readonly onColsChange?: ((cols: MatrixColumnsBy) => void) | undefined;
}

/**
 * What the matrix's rows and columns are made of, controlled when the host passes `rows` or `cols`
 * and held here otherwise; a switch (the way out of an empty axis) goes through the setters, which
 * tell the host. `canSetRows` / `canSetCols` say whether a switch can take effect: not when the host
 * controls the axis without listening for changes.
 */
export function useMatrixAxes(props: MatrixAxesProps) {
  const [ownRows, setOwnRows] = useState<MatrixRowsBy>(props.defaultRows ?? 'goals');
  const [ownCols, setOwnCols] = useState<MatrixColumnsBy>(props.defaultCols ?? 'epics');
  return {
    rows: props.rows ?? ownRows,
    cols: props.cols ?? ownCols,
    canSetRows: props.rows === undefined || props.onRowsChange !== undefined,
    canSetCols: props.cols === undefined || props.onColsChange !== undefined,
    setRows: (next: MatrixRowsBy) => {
      if (props.rows === undefined) setOwnRows(next);
      props.onRowsChange?.(next);
    },
    setCols: (next: MatrixColumnsBy) => {
      if (props.cols === undefined) setOwnCols(next);
      props.onColsChange?.(next);
    },
  };
}
