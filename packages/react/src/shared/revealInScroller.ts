/** How much of a scroll area's edges sticky headers cover, in pixels. */
export interface StickyInset {
  readonly top?: number;
  readonly left?: number;
  readonly right?: number;
}

/**
 * Scrolls `scroller` by the least amount that shows `element` whole in the part its sticky headers
 * leave free. Measured from the DOM at the moment of the call, so it stays right when key presses
 * come faster than scroll events (a virtualiser's own scroll-to-index works from the last scroll
 * event it saw). Does nothing when the element already shows, and never scrolls the page.
 */
export function revealInScroller(scroller: HTMLElement, element: HTMLElement, inset: StickyInset = {}): void {
  // Hidden, or without a layout engine (a server, jsdom): there is nothing to scroll into.
  if (scroller.clientWidth === 0 || scroller.clientHeight === 0) return;
  const view = scroller.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  // The client box: inside the border, without the scrollbars (on the left in right-to-left).
  const left = view.left + scroller.clientLeft + (inset.left ?? 0);
  const right = view.left + scroller.clientLeft + scroller.clientWidth - (inset.right ?? 0);
  const top = view.top + scroller.clientTop + (inset.top ?? 0);
  const bottom = view.top + scroller.clientTop + scroller.clientHeight;
  const dx = nudge(box.left, box.right, left, right);
  const dy = nudge(box.top, box.bottom, top, bottom);
  if (dx !== 0 || dy !== 0) scroller.scrollBy({ left: dx, top: dy, behavior: 'instant' });
}

/** The scroll along one axis that brings [from, to] inside [start, end]; its start wins when it cannot fit. */
function nudge(from: number, to: number, start: number, end: number): number {
  if (from < start) return from - start;
  if (to > end) return Math.min(to - end, from - start);
  return 0;
}
