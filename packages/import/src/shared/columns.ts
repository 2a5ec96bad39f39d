import type { ColumnUse } from '../types.js';

/**
 * Header matching. Trackers spell their columns several ways across versions and locales
 * (`Fix Version/s`, `Fix versions`, `Issue key`, `Issue Key`), so headers are compared after
 * normalising: case, surrounding and repeated spaces, and the `/s` plural suffix.
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\/s\b/g, 's')
    .replace(/\s+/g, ' ');
}

/** The columns of one file, found by alias, with a record of which were used for what. */
export class Columns {
  readonly headers: readonly string[];
  private readonly byName = new Map<string, number[]>();
  private readonly used = new Map<number, string>();

  constructor(headers: readonly string[]) {
    this.headers = headers;
    headers.forEach((header, index) => {
      const name = normaliseHeader(header);
      const list = this.byName.get(name);
      if (list) list.push(index);
      else this.byName.set(name, [index]);
    });
  }

  /** Every column whose header matches one of `aliases` (first alias found wins), marked used for `field`. */
  all(field: string, aliases: readonly string[]): number[] {
    for (const alias of aliases) {
      const found = this.byName.get(normaliseHeader(alias));
      if (!found) continue;
      for (const index of found) if (!this.used.has(index)) this.used.set(index, field);
      return found;
    }
    return [];
  }

  /** The first column matching one of `aliases`, or -1. */
  one(field: string, aliases: readonly string[]): number {
    return this.all(field, aliases)[0] ?? -1;
  }

  /** Columns used (grouped by header and field) and the headers no rule read. */
  report(): { used: ColumnUse[]; unused: string[] } {
    const used = new Map<string, { column: string; field: string; columns: number }>();
    const unused = new Map<string, number>();
    this.headers.forEach((header, index) => {
      const field = this.used.get(index);
      const column = header.trim() === '' ? `(column ${index + 1}, no header)` : header.trim();
      if (field === undefined) {
        unused.set(column, (unused.get(column) ?? 0) + 1);
        return;
      }
      const key = JSON.stringify([column, field]);
      const entry = used.get(key);
      if (entry) entry.columns++;
      else used.set(key, { column, field, columns: 1 });
    });
    return { used: [...used.values()], unused: [...unused.keys()] };
  }
}

/** The trimmed cell at `index`, or '' when the column is absent. */
export function cell(cells: readonly string[], index: number): string {
  return index < 0 ? '' : (cells[index] ?? '').trim();
}

/** Shared by every row with no value in a list: most rows leave most repeated columns empty. */
const NONE: readonly string[] = Object.freeze([]);

/** The non-empty trimmed cells at `indexes`, in column order (Jira's repeated columns). */
export function cellsAt(cells: readonly string[], indexes: readonly number[]): readonly string[] {
  let out: string[] | undefined;
  for (const index of indexes) {
    const value = (cells[index] ?? '').trim();
    if (value === '') continue;
    if (out === undefined) out = [value];
    else out.push(value);
  }
  return out ?? NONE;
}

/** Splits a list cell (`a, b, c`) into its non-empty trimmed parts. */
export function splitList(value: string, separator = ','): string[] {
  if (value === '') return [];
  return value
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
