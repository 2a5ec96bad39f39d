'use client';
import { type MatrixView, matrixCsv } from '@throughline/core';
import { useCallback, useRef } from 'react';
import { downloadFile } from '../shared/download.js';

/** A file the matrix exports, handed to `onExport` instead of being downloaded when given. */
export interface TraceabilityMatrixFile {
  readonly name: string;
  readonly type: string;
  readonly data: Blob;
}

export interface MatrixExportOptions {
  readonly view: MatrixView;
  readonly transposed: boolean;
  /** The file's name without its extension; default `traceability`. */
  readonly fileName?: string | undefined;
  /** Takes the file instead of the browser's download. */
  readonly onExport?: ((file: TraceabilityMatrixFile) => void) | undefined;
}

/**
 * The matrix as a CSV file (core's `matrixCsv`, as drawn: transposed or not), handed to `onExport`
 * or downloaded. The returned function keeps one identity for the matrix's lifetime and exports
 * what is drawn when it is called.
 *
 * @example
 * const exportCsv = useMatrixExport({ view, transposed, fileName: 'q3', onExport: (file) => upload(file.data) });
 * <button onClick={exportCsv}>Export CSV</button>
 */
export function useMatrixExport(options: MatrixExportOptions): () => void {
  const latest = useRef(options);
  latest.current = options;
  return useCallback(() => {
    const { view, transposed, fileName, onExport } = latest.current;
    const data = new Blob([matrixCsv(view, { transposed })], { type: 'text/csv;charset=utf-8' });
    const file: TraceabilityMatrixFile = { name: `${fileName ?? 'traceability'}.csv`, type: data.type, data };
    if (onExport) onExport(file);
    else downloadFile(file.name, data);
  }, []);
}
