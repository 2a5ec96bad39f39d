import { describe, expect, it } from 'vitest';
import { dateText, numberText, plainSpaces } from './intlText.js';

// What Node 20's ICU writes, character for character; Chromium writes the first two with plain spaces.
const NODE_RANGE = 'Oct 1\u2009–\u2009Dec 18, 2025';
const NODE_RANGE_FR = '1 oct.\u2009–\u200918 déc. 2025';
const NODE_GROUPS_FR = '12\u202f345';
const NODE_PERCENT_FR = '50\u00a0%';

describe('plainSpaces', () => {
  it("writes each of Intl's thin, narrow no-break and no-break spaces as a plain space", () => {
    expect([NODE_RANGE, NODE_RANGE_FR, NODE_GROUPS_FR, NODE_PERCENT_FR].map(plainSpaces)).toEqual([
      'Oct 1 – Dec 18, 2025',
      '1 oct. – 18 déc. 2025',
      '12 345',
      '50 %',
    ]);
  });

  it('leaves text with plain spaces, and every other character, as it was', () => {
    expect(plainSpaces('Oct 1 – Dec 18, 2025\n\t٪٥٠')).toBe('Oct 1 – Dec 18, 2025\n\t٪٥٠');
  });
});

describe('numberText and dateText', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const date = (locale: string) =>
    dateText(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

  it('format ranges and dates with plain spaces only', () => {
    expect(date('en').formatRange(day('2025-10-01'), day('2025-12-18'))).toBe('Oct 1 – Dec 18, 2025');
    expect(date('fr').formatRange(day('2025-10-01'), day('2025-12-18'))).toBe('1 oct. – 18 déc. 2025');
    expect(date('en-GB').format(day('2025-10-01'))).toBe('1 Oct 2025');
  });

  it('format numbers and percentages with plain spaces only', () => {
    expect(numberText('fr')(12_345)).toBe('12 345');
    expect(numberText('fr', { style: 'percent' })(0.5)).toBe('50 %');
    expect(numberText('en', { maximumFractionDigits: 1 })(1234.56)).toBe('1,234.6');
  });
});
