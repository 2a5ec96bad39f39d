/**
 * Stacks spans into rows so that none overlap: each span goes to the first row whose last span
 * ends before it starts (greedy interval partitioning, optimal for intervals). Works on ISO dates
 * and on numbers (pixels) alike. Returns each span's row and the number of rows.
 *
 * @example
 * stackRows([{ start: '2026-01-01', end: '2026-03-31' }, { start: '2026-02-01', end: '2026-02-28' }]);
 * // → { rows: [0, 1], count: 2 }
 */
export function stackRows<T extends string | number>(
  spans: readonly { readonly start: T; readonly end: T }[],
): { rows: number[]; count: number } {
  const order = spans
    .map((span, i) => ({ span, i }))
    .sort((a, b) => compare(a.span.start, b.span.start) || compare(a.span.end, b.span.end));
  const rowEnds: T[] = [];
  const rows: number[] = new Array(spans.length).fill(0);
  for (const { span, i } of order) {
    let row = rowEnds.findIndex((end) => end < span.start);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(span.end);
    } else rowEnds[row] = span.end;
    rows[i] = row;
  }
  return { rows, count: rowEnds.length };
}

function compare<T extends string | number>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
