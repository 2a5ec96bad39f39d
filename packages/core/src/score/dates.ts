const DAY = 86_400_000;

/** Whole days from ISO date `a` to ISO date `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}

/** The ISO date `days` days before `date`. */
export function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}
