import { type RefObject, useState } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

/**
 * The width inside an element (its client width: no border, no scrollbar), kept current by a
 * ResizeObserver, so a view lays itself out for its container rather than the window. `fallback`
 * is used on the server and before the first measure; `key` re-attaches when the element is
 * replaced.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number, key?: unknown): number {
  const [width, setWidth] = useState(fallback);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const next = element.clientWidth;
      // jsdom and hidden containers measure 0: keep the fallback rather than collapse the view.
      if (next > 0) setWidth((current) => (Math.abs(current - next) < 0.5 ? current : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, key]);
  return width;
}

/**
 * A length custom property (`--tl-bar-height`, say) as the element resolves it, in pixels, so a
 * layout computed in numbers follows the theme's density. Re-read after every render: a host can
 * switch density by changing an attribute above the component.
 */
export function useCssPixels(ref: RefObject<HTMLElement | null>, property: string, fallback: number): number {
  const [value, setValue] = useState(fallback);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof getComputedStyle === 'undefined') return;
    const parsed = Number.parseFloat(getComputedStyle(element).getPropertyValue(property));
    if (Number.isFinite(parsed) && parsed > 0 && parsed !== value) setValue(parsed);
  });
  return value;
}
