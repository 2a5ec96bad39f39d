import { describe, expect, it } from 'vitest';
import { Columns, normaliseHeader } from './columns.js';
import { parseCsv as parse } from './csv.js';

/** The parser's callbacks collected into one table. */
function parseCsv(text: string) {
  let headers: readonly string[] = [];
  const rows: (readonly string[])[] = [];
  const rowNumbers: number[] = [];
  const table = parse(
    text,
    ',',
    (h) => {
      headers = h;
    },
    (cells, row) => {
      rows.push(cells);
      rowNumbers.push(row);
    },
  );
  expect(table.headers).toEqual(headers);
  return { ...table, rows, rowNumbers };
}

describe('parseCsv', () => {
  it('reads RFC 4180: quoted commas, doubled quotes, line breaks in quotes, a BOM and CRLF', () => {
    const table = parseCsv('\uFEFFKey,Text\r\nA,"one, ""two""\r\nthree"\r\nB,plain\r\n');
    expect(table.headers).toEqual(['Key', 'Text']);
    expect(table.rows).toEqual([
      ['A', 'one, "two"\r\nthree'],
      ['B', 'plain'],
    ]);
    expect(table.rowNumbers).toEqual([2, 3]);
    expect(table.badRows).toEqual([]);
  });

  it('skips blank lines but keeps row numbers, and reports rows of the wrong width', () => {
    const table = parseCsv('\n\nA,B\n1,2\n\n3,4,5\n6\n');
    expect(table.rows).toEqual([['1', '2']]);
    expect(table.rowNumbers).toEqual([4]);
    expect(table.badRows.map((r) => r.row)).toEqual([6, 7]);
    expect(table.read).toBe(3);
  });

  it('reports an unterminated quote instead of throwing', () => {
    const table = parseCsv('A,B\n1,"never closed\n2,3\n');
    expect(table.rows).toEqual([]);
    expect(table.badRows[0]?.reason).toMatch(/quote/i);
  });
});

describe('header matching', () => {
  it('ignores case, spacing and the /s plural', () => {
    expect(normaliseHeader(' Fix Version/s ')).toBe(normaliseHeader('fix  versions'));
    expect(normaliseHeader('Component/s')).toBe('components');
  });

  it('finds repeated columns and reports used and unused ones', () => {
    const columns = new Columns(['Sprint', 'Key', 'sprint', 'Notes', '']);
    expect(columns.all('sprint', ['Sprints', 'Sprint'])).toEqual([0, 2]);
    expect(columns.one('id', ['Key'])).toBe(1);
    expect(columns.one('missing', ['Nope'])).toBe(-1);
    expect(columns.report()).toEqual({
      used: [
        { column: 'Sprint', field: 'sprint', columns: 1 },
        { column: 'Key', field: 'id', columns: 1 },
        { column: 'sprint', field: 'sprint', columns: 1 },
      ],
      unused: ['Notes', '(column 5, no header)'],
    });
  });
});
