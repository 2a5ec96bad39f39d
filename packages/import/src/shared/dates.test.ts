import { describe, expect, it } from 'vitest';
import { toIsoDate } from './dates.js';

describe('toIsoDate', () => {
  it.each([
    ['14/Jul/25 3:42 PM', '2025-07-14'],
    ['02/Jun/25 9:00 AM', '2025-06-02'],
    ['14/Jul/2025', '2025-07-14'],
    ['14-Sept-2025', '2025-09-14'],
    ['2025-07-14', '2025-07-14'],
    ['2025-07-14 15:42', '2025-07-14'],
    ['2025-07-14T23:59:59.999-11:00', '2025-07-14'],
    ['7/14/2025', '2025-07-14'],
    ['7/14/25', '2025-07-14'],
    ['14.07.2025', '2025-07-14'],
    ['Jul 14, 2025', '2025-07-14'],
    ['14 July 2025', '2025-07-14'],
    ['Mon Jul 14 2025 15:42:00 GMT+0000', '2025-07-14'],
    ['  2024-02-29  ', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });

  it('reads numeric dates month first unless told day first, or the first number cannot be a month', () => {
    expect(toIsoDate('03/04/2025')).toBe('2025-03-04');
    expect(toIsoDate('03/04/2025', true)).toBe('2025-04-03');
    expect(toIsoDate('13/04/2025')).toBe('2025-04-13');
  });

  it.each(['', 'soon', '2025-02-30', '31/Feb/25', '2025-13-01', '14/Julius/25', '7/14', 'Q3 2025'])(
    'does not read %j',
    (text) => {
      expect(toIsoDate(text)).toBeUndefined();
    },
  );
});
