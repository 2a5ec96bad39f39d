/**
 * Scrolls the page (and only as far as needed) when an element that took focus with
 * `preventScroll`, already scrolled into view inside its own scroll area, still lies outside the
 * viewport: a view taller or wider than the screen, where the page must follow the keys too.
 * Reads one rectangle, after focus has laid the page out; does nothing when the element shows.
 *
 * @example
 * cell.focus({ preventScroll: true });
 * revealInViewport(cell);
 */
export function revealInViewport(element: HTMLElement): void {
  const r = element.getBoundingClientRect();
  const view = element.ownerDocument.documentElement;
  if (r.top >= 0 && r.left >= 0 && r.bottom <= view.clientHeight && r.right <= view.clientWidth) return;
  element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}
