import type { MatrixView } from './matrixTypes.js';
import { csvField } from './timelineExport.js';

const share = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The traceability matrix as CSV, as a reviewer pastes it into a spreadsheet: a header row
 * (`Goal / initiative`, then each column's `id title`), one line per row with its title, each
 * cell as `direct`, `inherited` or empty, and trailing `items`, `estimate` and `done` (share,
 * 3 decimals). `transposed` puts the work down the side instead (header `Work`, then each row's
 * title); its trailing numbers are what each column stands for, and `done` is 1 when the item is
 * done. Fields go through `csvField`; lines end in CRLF.
 *
 * @example
 * const csv = matrixCsv(matrixView(plan, { rows: 'initiatives' }), { transposed: true });
 * download(new Blob([csv], { type: 'text/csv' }), 'traceability.csv');
 */
export function matrixCsv(view: MatrixView, options: { readonly transposed?: boolean } = {}): string {
  const { rows, columns } = view;
  const lines: string[] = [];
  // Cells are `direct`, `inherited` or empty: safe as they are, so only titles go through csvField
  // (a 200 × 2,000 matrix is 400,000 cells).
  const line = (head: readonly unknown[], cells: readonly string[], tail: readonly unknown[]) => {
    lines.push([...head.map(csvField), ...cells, ...tail.map(csvField)].join(','));
  };
  const link = (r: number, c: number) => view.cell(r, c)?.link ?? '';
  const trailing = ['items', 'estimate', 'done'];
  if (options.transposed) {
    line(['Work', ...rows.map((row) => row.title), ...trailing], [], []);
    columns.forEach((column, c) => {
      line(
        [`${column.id} ${column.title}`],
        rows.map((_, r) => link(r, c)),
        [column.count, column.effort, column.item.status === 'done' ? 1 : 0],
      );
    });
  } else {
    line(['Goal / initiative', ...columns.map((column) => `${column.id} ${column.title}`), ...trailing], [], []);
    rows.forEach((row, r) => {
      line(
        [row.title],
        columns.map((_, c) => link(r, c)),
        [row.itemCount, row.estimateSum, share(row.doneShare)],
      );
    });
  }
  return `${lines.join('\r\n')}\r\n`;
}
