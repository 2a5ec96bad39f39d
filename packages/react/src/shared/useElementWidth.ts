'use client';
import { type RefObject, useCallback, useState } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

/**
 * The width inside an element (its client width: no border, no scrollbar), kept current by a
 * ResizeObserver, so a view lays itself out for its container rather than the window. `fallback`
 * is used on the server and before the first measure; `key` re-attaches when the element is
 * replaced.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number, key?: unknown): number {
  return useObservedLength(ref, fallback, clientWidth, key);
}

/**
 * The height of an element in pixels, kept current by a ResizeObserver. Given a hidden probe whose
 * height is a length custom property (`height: var(--tl-bar-height)`), it is that property as the
 * page resolves it, in any unit, so a layout computed in numbers follows the theme's density; a host
 * switching density above the component resizes the probe, and nothing is read during renders.
 */
export function useElementHeight(ref: RefObject<HTMLElement | null>, fallback: number): number {
  return useObservedLength(ref, fallback, borderBoxHeight);
}

/**
 * A length derived from an element's client width (say, a header that narrows on a phone), kept
 * current like `useElementWidth`; `derive` must be a stable function. The view re-renders only when
 * the derived length changes, not on every resize.
 */
export function useWidthDerived(
  ref: RefObject<HTMLElement | null>,
  fallback: number,
  derive: (width: number) => number,
): number {
  const read = useCallback(
    (element: HTMLElement) => (element.clientWidth > 0 ? derive(element.clientWidth) : 0),
    [derive],
  );
  return useObservedLength(ref, fallback, read);
}

const clientWidth = (element: HTMLElement) => element.clientWidth;
const borderBoxHeight = (element: HTMLElement) => element.getBoundingClientRect().height;

/** One length of an element, read before the first paint and again whenever it resizes. */
function useObservedLength(
  ref: RefObject<HTMLElement | null>,
  fallback: number,
  read: (element: HTMLElement) => number,
  key?: unknown,
): number {
  const [length, setLength] = useState(fallback);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const next = read(element);
      // jsdom and hidden elements measure 0: keep the fallback rather than collapse the view.
      if (next > 0) setLength((current) => (Math.abs(current - next) < 0.5 ? current : next));
    };
    // Before the first paint, so a view never flashes at the fallback size.
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, read, key]);
  return length;
}
