import Papa from 'papaparse';
import type { RowProblem } from '../types.js';

/**
 * Why papaparse: it runs unchanged in the browser and in Node without touching a Node API (this
 * package must work in a host's web page), it is well kept and widely used, it reads RFC 4180 as
 * trackers write it — quoted fields with commas, doubled quotes and line breaks inside them, a byte
 * order mark, CRLF or LF — and it is among the fastest CSV parsers in JavaScript, which matters for
 * exports of tens of thousands of issues. We ask it for plain string rows (no header mode) so that
 * repeated headers such as Jira's several `Sprint` columns stay distinct columns.
 */

export interface CsvTable {
  /** The header row as written (byte order mark removed). */
  readonly headers: readonly string[];
  /** Rows that cannot be read: a broken quote, or a different number of cells than the header. */
  readonly badRows: readonly RowProblem[];
  /** Data rows that were not blank. */
  readonly read: number;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Parses CSV text row by row; never throws. `onHeader` gets the first non-blank row, `onRow` each
 * readable data row with its spreadsheet row number (header = 1); blank lines are ignored but keep
 * their number. Rows are handed over as papaparse reads them rather than collected first, so an
 * export's cells are garbage as soon as the caller has taken what it keeps (a third less memory
 * held, and less collector work, on a large export).
 */
export function parseCsv(
  text: string,
  delimiter: string,
  onHeader: (headers: readonly string[]) => void,
  onRow: (cells: readonly string[], row: number) => void,
): CsvTable {
  const source = typeof text === 'string' ? text : '';
  let headers: string[] | undefined;
  const badRows: RowProblem[] = [];
  let read = 0;
  let index = -1;
  Papa.parse<string[]>(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: ({ data: cells, errors }) => {
      index++;
      if (isBlank(cells)) return;
      if (headers === undefined) {
        headers = cells;
        onHeader(cells);
        return;
      }
      read++;
      const row = index + 1;
      const error = errors[0];
      if (error !== undefined) {
        badRows.push({ row, reason: `The row cannot be read (${error.message}); check the quotes around its values.` });
      } else if (cells.length !== headers.length) {
        badRows.push({
          row,
          reason: `The row has ${cells.length} values where the header has ${headers.length} columns (a value with an unquoted comma or quote?); it was not imported.`,
        });
      } else onRow(cells, row);
    },
  });
  if (headers === undefined) onHeader([]);
  return { headers: headers ?? [], badRows, read };
}
