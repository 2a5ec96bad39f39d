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
  /** Data rows that can be read, as cells. */
  readonly rows: readonly (readonly string[])[];
  /** The spreadsheet row number (header = 1) of each of `rows`. */
  readonly rowNumbers: readonly number[];
  /** Rows that cannot be read: a broken quote, or a different number of cells than the header. */
  readonly badRows: readonly RowProblem[];
  /** Data rows that were not blank. */
  readonly read: number;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** Parses CSV text into a header and rows; never throws. Blank lines are ignored but keep their row number. */
export function parseCsv(text: string, delimiter = ','): CsvTable {
  const source = typeof text === 'string' ? text : '';
  const result = Papa.parse<string[]>(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source, {
    delimiter,
    header: false,
    skipEmptyLines: false,
  });
  const data = result.data;
  const broken = new Map<number, string>();
  for (const error of result.errors) {
    if (error.row !== undefined && !broken.has(error.row)) broken.set(error.row, error.message);
  }
  let start = 0;
  while (start < data.length && isBlank(data[start] ?? [])) start++;
  const headers = (data[start] ?? []).map((h) => h);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const badRows: RowProblem[] = [];
  let read = 0;
  for (let index = start + 1; index < data.length; index++) {
    const cells = data[index] ?? [];
    if (isBlank(cells)) continue;
    read++;
    const row = index + 1;
    const error = broken.get(index);
    if (error !== undefined) {
      badRows.push({ row, reason: `The row cannot be read (${error}); check the quotes around its values.` });
    } else if (cells.length !== headers.length) {
      badRows.push({
        row,
        reason: `The row has ${cells.length} values where the header has ${headers.length} columns (a value with an unquoted comma or quote?); it was not imported.`,
      });
    } else {
      rows.push(cells);
      rowNumbers.push(row);
    }
  }
  return { headers, rows, rowNumbers, badRows, read };
}
