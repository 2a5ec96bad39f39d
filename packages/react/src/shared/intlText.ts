/**
 * The spaces Intl writes inside dates, ranges and numbers: no-break (U+00A0), thin (U+2009) and
 * narrow no-break (U+202F). Engines disagree on them: Node writes the range `Oct 1 – Dec 18` with
 * thin spaces where Chromium writes plain ones, and locale data has moved digit groups and
 * percentages between the two no-break spaces over the years.
 */
const intlSpaces = /[\u00a0\u2009\u202f]/g;

/**
 * Intl's text with each of its spaces written as a plain space, so a view rendered on the server
 * and hydrated in a browser writes the same text and attributes in both. The no-break spaces go
 * too: one engine's no-break space is another's plain or narrow one, so only one kind of space
 * reads the same everywhere.
 *
 * @example
 * plainSpaces('Oct 1\u2009–\u2009Dec 18, 2025'); // 'Oct 1 – Dec 18, 2025'
 */
export function plainSpaces(text: string): string {
  return text.replace(intlSpaces, ' ');
}

/** Formats numbers as `Intl.NumberFormat` does, with plain spaces (see `plainSpaces`). */
export function numberText(locale: string | undefined, options?: Intl.NumberFormatOptions): (value: number) => string {
  const format = new Intl.NumberFormat(locale, options);
  return (value) => plainSpaces(format.format(value));
}

/** Dates and date ranges formatted as `Intl.DateTimeFormat` does, with plain spaces. */
export interface DateText {
  readonly format: (date: Date) => string;
  readonly formatRange: (start: Date, end: Date) => string;
}

/** Formats dates and ranges as `Intl.DateTimeFormat` does, with plain spaces (see `plainSpaces`). */
export function dateText(locale: string | undefined, options: Intl.DateTimeFormatOptions): DateText {
  const format = new Intl.DateTimeFormat(locale, options);
  return {
    format: (date) => plainSpaces(format.format(date)),
    formatRange: (start, end) => plainSpaces(format.formatRange(start, end)),
  };
}
