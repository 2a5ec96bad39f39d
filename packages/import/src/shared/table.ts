import type { ImportResult, ImportSource, RowProblem } from '../types.js';
import { Assembler, type AssembleSettings } from './assemble.js';
import { Columns, cell } from './columns.js';
import { parseCsv } from './csv.js';
import type { SourceRecord } from './record.js';

/** How one CSV layout reads a row: where its id and title are, and the rest of the record. */
export interface RowReader {
  /** Column index of the id (-1 when absent), and what the id column is called, for messages. */
  readonly id: number;
  readonly idName: string;
  readonly title: number;
  /** The record for a row, or why it is left out on purpose. */
  readonly read: (cells: readonly string[], row: number, id: string, title: string) => SourceRecord | { skip: string };
}

type TableSettings = Omit<AssembleSettings, 'source'>;

/**
 * The pipeline every CSV importer shares: parse, find the columns, read each row into a record
 * (a row with no id is a bad row; one with no title is titled by its id and says so), assemble.
 */
export function importTable(
  text: string,
  source: ImportSource,
  delimiter: string,
  reader: (columns: Columns) => RowReader,
  settings: TableSettings,
): ImportResult {
  const first = readTable(text, source, delimiter, reader, settings, new Set());
  // A made id took an issue's key before that issue was read: read again with every key reserved.
  if (!first.clashed) return first.result;
  return readTable(text, source, delimiter, reader, settings, first.recordIds).result;
}

function readTable(
  text: string,
  source: ImportSource,
  delimiter: string,
  reader: (columns: Columns) => RowReader,
  settings: TableSettings,
  reserved: ReadonlySet<string>,
): { result: ImportResult; clashed: boolean; recordIds: ReadonlySet<string> } {
  let columns = new Columns([]);
  let rows = reader(columns);
  const skipped: RowProblem[] = [];
  const notes: string[] = [];
  const assembler = new Assembler({ ...settings, source }, reserved);
  const titles: RowProblem[] = [];
  const badRows: RowProblem[] = [];
  const onHeader = (headers: readonly string[]) => {
    columns = new Columns(headers);
    rows = reader(columns);
    if (headers.length === 0) notes.push('The file has no header row: nothing was imported.');
    else if (rows.id < 0) {
      notes.push(`No '${rows.idName}' column was found, so no row can be imported: check the export's columns.`);
    }
  };
  const onRow = (cells: readonly string[], row: number) => {
    const id = cell(cells, rows.id);
    if (id === '') {
      badRows.push({ row, reason: `The row has no ${rows.idName}; it was not imported.` });
      return;
    }
    let title = cell(cells, rows.title);
    if (title === '') {
      title = id;
      titles.push({ row, id, field: 'title', value: '', reason: 'The row has no title; it is titled by its id.' });
    }
    const record = rows.read(cells, row, id, title);
    if ('skip' in record) skipped.push({ row, id, reason: record.skip });
    else assembler.add(record);
  };
  const table = parseCsv(text, delimiter, onHeader, onRow);
  for (const bad of table.badRows) badRows.push(bad);
  const clashed = assembler.clashed();
  const recordIds = clashed ? assembler.recordIds() : reserved;
  const found = { columns: columns.report(), rows: table.read, badRows, skipped, notes, fieldProblems: titles };
  return { result: assembler.finish(found), clashed, recordIds };
}
