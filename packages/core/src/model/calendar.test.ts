import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from './calendar.js';

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
