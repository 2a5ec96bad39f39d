import { renderHook } from '@testing-library/react';
import { createPlan, matrixCsv, matrixView } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { describe, expect, it, vi } from 'vitest';
import { type MatrixExportOptions, type TraceabilityMatrixFile, useMatrixExport } from './useMatrixExport.js';

const plan = createPlan(samplePlan());
const view = matrixView(plan, { rows: 'initiatives', columns: 'epics' });
/** A Blob's text (jsdom's Blob has no text()). */
const textOf = (blob: Blob | undefined) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob as Blob);
  });

describe('useMatrixExport', () => {
  it('hands the CSV of what is drawn to onExport, named after fileName', async () => {
    const onExport = vi.fn<(file: TraceabilityMatrixFile) => void>();
    const { result, rerender } = renderHook((o: MatrixExportOptions) => useMatrixExport(o), {
      initialProps: { view, transposed: false, fileName: 'q3', onExport } as MatrixExportOptions,
    });
    const first = result.current;
    result.current();
    const file = onExport.mock.calls[0]?.[0];
    expect(file?.name).toBe('q3.csv');
    expect(file?.type).toBe('text/csv;charset=utf-8');
    expect(await textOf(file?.data)).toBe(matrixCsv(view, { transposed: false }));
    // Transposed after a render: the same function exports what is drawn now.
    rerender({ view, transposed: true, onExport });
    expect(result.current).toBe(first);
    result.current();
    expect(onExport.mock.calls[1]?.[0].name).toBe('traceability.csv');
    expect(await textOf(onExport.mock.calls[1]?.[0].data)).toBe(matrixCsv(view, { transposed: true }));
  });

  it('downloads the file when no onExport is given', () => {
    const createObjectURL = vi.fn(() => 'blob:matrix');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { result } = renderHook(() => useMatrixExport({ view, transposed: false }));
    result.current();
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('traceability.csv');
    click.mockRestore();
  });
});
