import { parseIsoDate } from '@throughline/core';
import { dateText, numberText } from '../shared/intlText.js';

/** The locale-aware formatters an alignment report needs. */
export interface ReportFormat {
  /** A 0–100 score, to one decimal: `81.7`. */
  readonly score: (score: number) => string;
  /** A 0–1 share as a percentage, to one decimal: `87.5%`. */
  readonly percent: (share: number) => string;
  /** A count, an estimate or a weight, to two decimals at most: `16.59`. */
  readonly number: (value: number) => string;
  /** An ISO date: `Nov 25, 2026`; text that is not a date (from a report a host built) as it is. */
  readonly date: (iso: string) => string;
}

// Building Intl formatters costs milliseconds; one set per locale serves every report on the page.
// Each writes its spaces as plain ones, as the server and every browser then agree (see intlText).
const formats = new Map<string, ReportFormat>();

/**
 * The formatters for a locale, built once per locale.
 *
 * @example
 * reportFormat('en-US').percent(0.8753); // '87.5%'
 */
export function reportFormat(locale: string | undefined): ReportFormat {
  const key = locale ?? '';
  const known = formats.get(key);
  if (known) return known;
  const date = dateText(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const format: ReportFormat = {
    score: numberText(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    percent: numberText(locale, { style: 'percent', maximumFractionDigits: 1 }),
    number: numberText(locale, { maximumFractionDigits: 2 }),
    date: (iso) => {
      const day = parseIsoDate(iso);
      return day ? date.format(day) : iso;
    },
  };
  formats.set(key, format);
  return format;
}
