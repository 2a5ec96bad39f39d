import { describe, expect, it, vi } from 'vitest';
import { memo } from './memo.js';

describe('memo', () => {
  it('computes once while the dependencies are the same, again when one changes', () => {
    const compute = vi.fn((a: number, b: string) => ({ a, b }));
    const get = memo((a: number, b: string) => [a, b] as const, compute);
    const first = get(1, 'x');
    expect(get(1, 'x')).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(get(2, 'x')).toEqual({ a: 2, b: 'x' });
    expect(get(2, 'y')).toEqual({ a: 2, b: 'y' });
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('compares with Object.is: NaN is itself, a new object with the same content is not', () => {
    const compute = vi.fn((value: unknown) => [value]);
    const get = memo((value: unknown) => [value] as const, compute);
    get(Number.NaN);
    get(Number.NaN);
    expect(compute).toHaveBeenCalledTimes(1);
    get({ a: 1 });
    get({ a: 1 });
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('recomputes when the number of dependencies changes', () => {
    const compute = vi.fn((...deps: number[]) => deps.length);
    const get = memo((...deps: number[]) => deps, compute);
    expect(get(1)).toBe(1);
    expect(get(1, 2)).toBe(2);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('caches a computed undefined like any other value', () => {
    const compute = vi.fn((_: number) => undefined);
    const get = memo((n: number) => [n] as const, compute);
    get(1);
    get(1);
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
