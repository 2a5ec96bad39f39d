import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  formatIsoDate,
  isCalendarDate,
  isoDateOf,
  isoToday,
  parseIsoDate,
  utcDate,
} from './calendar.js';

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar arithmetic', () => {
  it('adds months with the day clamped and month ends kept', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-04-30', 1)).toBe('2026-05-31');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('undoes a month shift for any day up to the 27th (28 Feb is a month end), and always lands on a real date', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -60, max: 60 }), (date, months) => {
        const moved = addMonths(date, months);
        expect(moved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${moved}T00:00:00Z`).toISOString().slice(0, 10)).toBe(moved);
        if (Number(date.slice(8)) <= 27) expect(addMonths(moved, -months)).toBe(date);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('reading and writing ISO dates', () => {
  it('knows a real calendar date written YYYY-MM-DD from anything else', () => {
    for (const date of ['2026-11-25', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31']) {
      expect(isCalendarDate(date), date).toBe(true);
    }
    for (const value of ['2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-4-3']) {
      expect(isCalendarDate(value), value).toBe(false);
    }
    for (const value of ['2026-11-25T00:00:00Z', ' 2026-11-25', '', 20261125, null, undefined, new Date()]) {
      expect(isCalendarDate(value), String(value)).toBe(false);
    }
  });

  it('builds a date from its parts only when they name a day', () => {
    expect(isoDateOf(2025, 7, 14)).toBe('2025-07-14');
    expect(isoDateOf(2028, 2, 29)).toBe('2028-02-29');
    expect(isoDateOf(2025, 4, 31)).toBeUndefined();
    expect(isoDateOf(2025, 13, 1)).toBeUndefined();
    expect(isoDateOf(0, 1, 1)).toBeUndefined();
    expect(isoDateOf(10_000, 1, 1)).toBeUndefined();
    expect(isoDateOf(2025.5, 1, 1)).toBeUndefined();
  });

  it('reads midnight UTC of a date and writes it back, for any date', () => {
    expect(parseIsoDate('2026-11-25')?.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(parseIsoDate('0050-06-01')?.getUTCFullYear()).toBe(50);
    expect(parseIsoDate('25/11/2026')).toBeUndefined();
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    fc.assert(
      fc.property(isoDate, (date) => {
        expect(utcDate(date).getTime()).toBe(Date.parse(`${date}T00:00:00Z`));
        expect(formatIsoDate(utcDate(date))).toBe(date);
        expect(formatIsoDate(utcDate(date).getTime() + 86_399_999)).toBe(date);
        expect(isCalendarDate(date)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('counts days between dates as addDays moves them', () => {
    expect(daysBetween('2026-11-25', '2026-12-25')).toBe(30);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
      { numRuns: 1000 },
    );
  });

  it("gives today's date in UTC", () => {
    expect(isoToday()).toBe(new Date().toISOString().slice(0, 10));
  });
});
