// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themeTokens } from './tokens.js';

// The stylesheet as shipped: the entry with its `@import`s inlined, as the build does.
const entry = new URL('../styles.css', import.meta.url);
const css = readFileSync(entry, 'utf8').replace(/^@import ['"](\.[^'"]+)['"];$/gm, (_, path: string) =>
  readFileSync(new URL(path, entry), 'utf8'),
);

/** The `--tl-` properties, with their values, declared in the first rule whose selector list contains `selector`. */
function declarationsIn(selector: string): Map<string, string> {
  const rule = new RegExp(`(^|\\n)([^{}]*${selector.replace(/[[\]"]/g, '\\$&')}[^{}]*)\\{([^}]*)\\}`);
  const match = rule.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''));
  if (!match) throw new Error(`No rule for ${selector} in styles.css`);
  return new Map(
    [...(match[3] ?? '').matchAll(/(--tl-[a-z0-9-]+)\s*:\s*([^;]*);/g)].map((m) => [m[1] as string, m[2] as string]),
  );
}

/** The `--tl-` properties declared in the first rule whose selector list contains `selector`. */
function declaredIn(selector: string): Set<string> {
  return new Set(declarationsIn(selector).keys());
}

const names = themeTokens.map((t) => t.name);

describe('theme tokens', () => {
  it('lists each token once', () => {
    expect(new Set(names).size).toBe(names.length);
  });

  it('matches exactly what the default theme defines', () => {
    expect([...declaredIn(':root')].sort()).toEqual([...names].sort());
  });

  it('gives the dark theme a value for every colour and effect token', () => {
    const dark = declaredIn('[data-tl-theme="dark"]');
    const expected = themeTokens.filter((t) => t.group === 'colour' || t.group === 'effect').map((t) => t.name);
    expect([...dark].sort()).toEqual(expected.sort());
  });

  it('makes every colour token a system colour in forced colours', () => {
    const forced = declarationsIn('[data-tl-theme]');
    const colours = themeTokens.filter((t) => t.group === 'colour').map((t) => t.name);
    expect([...forced.keys()].sort()).toEqual(colours.sort());
    for (const value of forced.values()) expect(value).toMatch(/^(Canvas|CanvasText|LinkText|Highlight)$/);
  });

  it('makes compact density a subset of the token names, covering every space token', () => {
    const compact = declaredIn('[data-tl-density="compact"]');
    for (const name of compact) expect(names).toContain(name);
    for (const t of themeTokens.filter((t) => t.group === 'space')) expect(compact).toContain(t.name);
  });

  it('uses no property outside the contract anywhere in the sheet', () => {
    const used = new Set([...css.matchAll(/var\((--tl-[a-z0-9-]+)\)/g)].map((m) => m[1]));
    for (const name of used) expect(names).toContain(name);
  });
});
