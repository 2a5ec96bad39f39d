// Bundlers replace `process.env.NODE_ENV`; where none did, `process` may not exist at all.
declare const process: { readonly env: { readonly NODE_ENV?: string } } | undefined;
const production = typeof process !== 'undefined' && process.env.NODE_ENV === 'production';

const warned = new Set<string>();

/**
 * In development, says once per page that a prop was renamed and what to use instead; the old name
 * keeps working for one release. Silent in production builds.
 */
export function warnRenamed(component: string, was: string, now: string): void {
  if (production) return;
  const key = `${component}.${was}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`${component}: \`${was}\` is renamed \`${now}\`; \`${was}\` stops working in the next release.`);
}

/** The new prop's value when given, else the old one's (warning once in development that it was used). */
export function renamed<T>(component: string, was: string, now: string, newValue: T, oldValue: T): T {
  if (newValue !== undefined) return newValue;
  if (oldValue !== undefined) warnRenamed(component, was, now);
  return oldValue;
}
