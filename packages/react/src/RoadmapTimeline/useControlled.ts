import { useCallback, useState } from 'react';

/**
 * One piece of view state a host may own: `value` when given (controlled), else kept here from
 * `defaultValue`; `set` keeps it (uncontrolled) and tells `onChange` either way.
 */
export function useControlled<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState<T>(defaultValue);
  const controlled = value !== undefined;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [controlled ? value : own, set];
}

/** A set of open keys (expanded lanes, say), with a stable toggle. */
export function useOpenSet<K>(): [ReadonlySet<K>, (key: K) => void] {
  const [open, setOpen] = useState<ReadonlySet<K>>(() => new Set());
  const toggle = useCallback((key: K) => {
    setOpen((was) => {
      const next = new Set(was);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);
  return [open, toggle];
}
