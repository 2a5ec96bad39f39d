'use client';
import { useCallback, useRef, useState } from 'react';

/**
 * One piece of view state a host may own, on the one contract every view uses: `x` (controlled
 * when given), `defaultX` (the start when not), `onXChange(next)` (told of every change, either
 * way). Returns the value to draw and a stable setter. A setter call with the value already drawn
 * does nothing and tells no one.
 *
 * @example
 * const [zoom, setZoom] = useControllableState(props.zoom, props.defaultZoom ?? 'quarter', props.onZoomChange);
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState<T>(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  // Read through refs so the setter keeps one identity for the view's lifetime (memoised parts
  // that receive it never re-render for a new callback).
  const latest = useRef({ current, controlled, onChange });
  latest.current = { current, controlled, onChange };
  const set = useCallback((next: T) => {
    const { current: was, controlled: isControlled, onChange: tell } = latest.current;
    if (Object.is(was, next)) return;
    if (!isControlled) setOwn(next);
    tell?.(next);
  }, []);
  return [current, set];
}
