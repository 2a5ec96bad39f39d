import { useCallback, useState } from 'react';

/** @deprecated use `useControllableState` from `../shared/useControllableState.js`. */
export { useControllableState as useControlled } from '../shared/useControllableState.js';

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
