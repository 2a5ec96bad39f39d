'use client';
import { placePopover } from '@throughline/core';
import type { RefObject } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

/**
 * Keeps an open popover on screen next to the control that opened it: shown in the top layer
 * (`popover="manual"`, set by the hook, so no ancestor's overflow, transform or stacking can clip
 * it) where the browser has it, placed by core's `placePopover` before the first paint, and placed again when the
 * page scrolls or resizes. Writes `left`, `top`, `max-height` and `data-side` on the element itself:
 * nothing re-renders.
 *
 * @example
 * usePopoverPlacement(open, buttonRef, menuRef);
 * // {open ? <div ref={menuRef} role="menu">…</div> : null}
 */
export function usePopoverPlacement(
  open: boolean,
  anchor: RefObject<HTMLElement | null>,
  popover: RefObject<HTMLElement | null>,
): void {
  useIsomorphicLayoutEffect(() => {
    const element = popover.current;
    const control = anchor.current;
    if (!open || !element || !control) return;
    // Into the top layer where the browser has one (set here, not rendered: where it has none, or
    // the popover API only in part, the element stays an ordinary fixed box).
    const topLayer = typeof element.showPopover === 'function' && typeof element.hidePopover === 'function';
    if (topLayer) {
      element.setAttribute('popover', 'manual');
      if (!element.matches(':popover-open')) element.showPopover();
    }
    const place = () => {
      element.style.maxHeight = '';
      const root = document.documentElement;
      const at = placePopover(
        control.getBoundingClientRect(),
        { width: element.offsetWidth, height: element.offsetHeight },
        {
          viewport: { width: root.clientWidth, height: root.clientHeight },
          dir: getComputedStyle(control).direction === 'rtl' ? 'rtl' : 'ltr',
        },
      );
      element.style.left = `${at.left}px`;
      element.style.top = `${at.top}px`;
      element.style.maxHeight = `${at.maxHeight}px`;
      element.dataset.side = at.side;
    };
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
      if (topLayer && element.isConnected && element.matches(':popover-open')) element.hidePopover();
    };
  }, [open, anchor, popover]);
}
