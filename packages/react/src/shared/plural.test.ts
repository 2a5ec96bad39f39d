import { describe, expect, it } from 'vitest';
import { plural } from './plural.js';

describe('plural', () => {
  const item = { one: 'item', other: 'items' };

  it('picks the English form for one and for every other count', () => {
    expect([0, 1, 2, 1.5, 10_000].map((n) => plural(n, item))).toEqual(['items', 'item', 'items', 'items', 'items']);
  });

  it("follows another language's rules when given one", () => {
    const forms = { one: 'plik', few: 'pliki', many: 'plików', other: 'pliku' };
    expect([1, 3, 5, 22].map((n) => plural(n, forms, 'pl'))).toEqual(['plik', 'pliki', 'plików', 'pliki']);
  });

  it('falls back to other when the category has no form', () => {
    expect(plural(3, { other: 'x' }, 'pl')).toBe('x');
  });
});
