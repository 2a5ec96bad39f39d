import { isoDateOf } from '@throughline/core';

/**
 * Dates as trackers export them, read into ISO calendar dates (`YYYY-MM-DD`). The date is taken as
 * written: a time or a time zone after it is ignored, never converted, so an issue created late on
 * 14 July stays on 14 July whatever the reader's zone.
 *
 * Read: ISO (`2025-07-14`, `2025-07-14T15:42:00.000Z`, `2025-07-14 15:42`), Jira's
 * `14/Jul/25 3:42 PM` and `14/Jul/2025`, numeric `7/14/2025` (month first unless `dayFirst`, or when
 * the first number cannot be a month), and month names (`Jul 14, 2025`, `14 July 2025`,
 * `Mon Jul 14 2025 15:42:00 GMT+0000`).
 */

const MONTH_NAMES = 'january february march april may june july august september october november december'.split(' ');
/** Full names and three- or four-letter abbreviations (`jul`, `sept`) → 1–12, looked up once each. */
const MONTHS = new Map<string, number>(
  MONTH_NAMES.flatMap((name, i) => [
    [name, i + 1],
    [name.slice(0, 3), i + 1],
    [name.slice(0, 4), i + 1],
  ]),
);

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;
const NAMED = /^(\d{1,2})[/\-\s]([A-Za-z]{3,9})\.?[/\-\s](\d{2}|\d{4})(?:$|[\s,T])/;
const NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})(?:$|[\s,T])/;
const MONTH_FIRST = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:$|[\s,T])/;

/** 1–12 for a month's full name or its three- or four-letter abbreviation (`Jul`, `Sept`), any case. */
const month = (name: string): number | undefined => MONTHS.get(name.toLowerCase());

function year(text: string): number {
  const n = Number(text);
  // Two-digit years: 00–69 → 2000s, 70–99 → 1900s (as spreadsheets read them).
  return text.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

/**
 * Reads a date as trackers export it into an ISO calendar date, or undefined when the text is not a
 * date it knows (the importers report those and leave the field out). The date is taken as written:
 * times and zones after it are ignored, not converted.
 *
 * @example
 * toIsoDate('14/Jul/25 3:42 PM'); // '2025-07-14'
 * toIsoDate('7/14/2025'); // '2025-07-14'
 * toIsoDate('03/04/2025', true); // '2025-04-03' (day first)
 * toIsoDate('soon'); // undefined
 */
export function toIsoDate(text: string, dayFirst = false): string | undefined {
  const value = text.trim();
  let match = ISO.exec(value);
  if (match) return isoDateOf(Number(match[1]), Number(match[2]), Number(match[3]));
  match = NAMED.exec(value);
  if (match) {
    const m = month(match[2] ?? '');
    return m === undefined ? undefined : isoDateOf(year(match[3] ?? ''), m, Number(match[1]));
  }
  match = NUMERIC.exec(value);
  if (match) {
    const a = Number(match[1]);
    const b = Number(match[2]);
    const y = year(match[3] ?? '');
    return dayFirst || a > 12 ? isoDateOf(y, b, a) : isoDateOf(y, a, b);
  }
  match = MONTH_FIRST.exec(value);
  if (match) {
    const m = month(match[1] ?? '');
    return m === undefined ? undefined : isoDateOf(Number(match[3]), m, Number(match[2]));
  }
  return undefined;
}
