/**
 * Numbers as the explanations write them: digits grouped by commas (`2,000`), at most two decimals
 * from 1 up and three significant digits below 1 (`0.8`, `0.125`), the same on every machine. Not
 * `Intl`, and no double-to-text conversion on the common path: a report of 100,000 items writes
 * half a million numbers, and whole numbers turn into text far faster than fractions do.
 */
export function formatNumber(n: number): string {
  if ((n | 0) === n) return n > -1000 && n < 1000 ? String(n) : group(String(n));
  const abs = Math.abs(n);
  if (!Number.isFinite(n) || abs >= 1e15 || abs < 1e-15) return String(n === 0 ? 0 : n);
  const sign = n < 0 ? '-' : '';
  if (abs >= 1) {
    const cents = Math.round(abs * 100);
    const whole = Math.floor(cents / 100);
    const part = cents - whole * 100;
    const wholeText = whole < 1000 ? String(whole) : group(String(whole));
    return `${sign}${wholeText}${part === 0 ? '' : part % 10 === 0 ? `.${part / 10}` : `.${part < 10 ? '0' : ''}${part}`}`;
  }
  // Below 1: scale to three significant digits, m in [100, 1000), with `decimals` places.
  let m = abs;
  let decimals = 0;
  while (m < 100) {
    m *= 10;
    decimals++;
  }
  let rounded = Math.round(m);
  // 0.9996 rounds up to 1.
  if (rounded >= 10 ** decimals) return `${sign}1`;
  while (rounded % 10 === 0) {
    rounded /= 10;
    decimals--;
  }
  const digits = String(rounded);
  return `${sign}0.${'0'.repeat(decimals - digits.length)}${digits}`;
}

function group(text: string): string {
  const sign = text[0] === '-' ? '-' : '';
  const whole = text.slice(sign.length);
  let grouped = '';
  for (let end = whole.length; end > 0; end -= 3) {
    grouped = end > 3 ? `,${whole.slice(end - 3, end)}${grouped}` : `${whole.slice(0, end)}${grouped}`;
  }
  return `${sign}${grouped}`;
}

/** A share as a percentage: 0.2 → `20%`. */
export function formatPercent(share: number): string {
  return `${formatNumber(share * 100)}%`;
}
