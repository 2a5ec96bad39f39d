/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so no time zone shifts a day. */

const DAY = 86_400_000;

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** The ISO date `days` days after `date` (before when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/**
 * The ISO date `months` calendar months after `date`. A day the target month lacks is clamped
 * (31 Jan + 1 → 28 Feb) and a month's last day stays its last day (30 Apr + 1 → 31 May), so a
 * span that ends with its month keeps doing so when moved.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const total = year * 12 + (month - 1) + months;
  const toYear = Math.floor(total / 12);
  const toMonth = total - toYear * 12 + 1;
  const last = daysInMonth(toYear, toMonth);
  const endOfMonth = day === daysInMonth(year, month);
  return iso(toYear, toMonth, endOfMonth ? last : Math.min(day, last));
}
