import type { IsoDate } from './types.js';

/**
 * ISO calendar dates (`YYYY-MM-DD`): the one module that reads, writes and counts them. Every date
 * in a plan is a calendar day with no time and no zone, so all arithmetic runs in UTC, where no
 * daylight-saving shift can move a day. ISO dates sort as strings: compare them with `<` and `>`.
 */

const DAY = 86_400_000;
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** Midnight UTC of a year, month (1–12) and day; `Date.UTC` alone reads years 0–99 as 1900–1999. */
function utcTime(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getTime();
}

/**
 * True for a real calendar date written `YYYY-MM-DD`: the form every date in a plan takes.
 * `2026-02-30`, `2026-2-3` and `2026-02-03T10:00Z` are not.
 *
 * @example
 * isCalendarDate('2028-02-29'); // true (a leap day)
 * isCalendarDate('2026-02-29'); // false
 */
export function isCalendarDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = SHAPE.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/**
 * The ISO date of a year, a month (1–12) and a day, or `undefined` when they name no calendar day
 * (31 April) or the year is outside 1–9999. For readers of other date formats.
 *
 * @example
 * isoDateOf(2025, 7, 14); // '2025-07-14'
 * isoDateOf(2025, 4, 31); // undefined
 */
export function isoDateOf(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(text) ? text : undefined;
}

/**
 * Reads text that should be an ISO date: midnight UTC of that day as a `Date`, or `undefined` when
 * the text is not a real calendar date. For a date from a plan, which is checked already, `utcDate`
 * does the same without the check.
 *
 * @example
 * parseIsoDate('2026-11-25')?.toISOString(); // '2026-11-25T00:00:00.000Z'
 * parseIsoDate('25/11/2026'); // undefined
 */
export function parseIsoDate(text: string): Date | undefined {
  return isCalendarDate(text) ? utcDate(text) : undefined;
}

/**
 * Midnight UTC of an ISO date, from its digits (no string parsing by the `Date` constructor, which is
 * slow and, for some forms, local). The date is trusted: use it for dates from a plan, `parseIsoDate`
 * for text from anywhere else.
 *
 * @example
 * utcDate('2026-11-25').getTime() === Date.UTC(2026, 10, 25); // true
 */
export function utcDate(date: IsoDate): Date {
  const [year, month, day] = parts(date);
  return new Date(utcTime(year, month, day));
}

/**
 * The ISO date of a moment, read in UTC: a `Date` or milliseconds since the epoch.
 *
 * @example
 * formatIsoDate(new Date(Date.UTC(2026, 10, 25, 23, 59))); // '2026-11-25'
 * formatIsoDate(0); // '1970-01-01'
 */
export function formatIsoDate(moment: Date | number): IsoDate {
  const date = typeof moment === 'number' ? new Date(moment) : moment;
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Today's date in UTC. Views and the scorer take `today` as an option so that output is the same
 * on the server and in the browser; this is the default when a caller gives none.
 *
 * @example
 * scoreAlignment(plan, { today: isoToday() });
 */
export function isoToday(): IsoDate {
  return formatIsoDate(Date.now());
}

/**
 * The ISO date `days` days after `date` (before it when negative).
 *
 * @example
 * addDays('2026-12-28', 7); // '2027-01-04'
 * addDays('2026-03-01', -1); // '2026-02-28'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = parts(date);
  return formatIsoDate(utcTime(year, month, day) + days * DAY);
}

/**
 * The ISO date `months` calendar months after `date` (before it when negative). A day the target
 * month lacks is clamped (31 Jan + 1 → 28 Feb) and a month's last day stays its last day
 * (30 Apr + 1 → 31 May), so a span that ends with its month keeps doing so when moved.
 *
 * @example
 * addMonths('2026-01-31', 1); // '2026-02-28'
 * addMonths('2026-04-30', 1); // '2026-05-31'
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = parts(date);
  const total = year * 12 + (month - 1) + months;
  const toYear = Math.floor(total / 12);
  const toMonth = total - toYear * 12 + 1;
  const last = daysInMonth(toYear, toMonth);
  const endOfMonth = day === daysInMonth(year, month);
  return formatIsoDate(utcTime(toYear, toMonth, endOfMonth ? last : Math.min(day, last)));
}

/**
 * Whole days from ISO date `from` to ISO date `to`: negative when `to` is earlier. A span's length
 * in days, counting both ends, is `daysBetween(start, end) + 1`.
 *
 * @example
 * daysBetween('2026-11-25', '2026-12-25'); // 30
 * daysBetween('2026-03-01', '2026-02-28'); // -1
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((utcTime(y2, m2, d2) - utcTime(y1, m1, d1)) / DAY);
}
