// Where a popover (a menu, a details card) goes next to the control that opened it, as plain
// arithmetic over rectangles: below it if there is room, else above, else on the side with more
// room; aligned to the control's end edge (its start edge right to left), then shifted to stay
// inside the viewport. No DOM: a view measures, calls this, and writes the result.

/** A rectangle in viewport pixels, as `getBoundingClientRect` gives it. */
export interface PlacementRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** What `placePopover` needs besides the two rectangles. */
export interface PlacementOptions {
  /** The viewport's size. */
  readonly viewport: { readonly width: number; readonly height: number };
  /** Reading direction: the popover lines up with the control's end edge; default 'ltr'. */
  readonly dir?: 'ltr' | 'rtl';
  /** Space between the control and the popover; default 4. */
  readonly gap?: number;
  /** Space kept free at the viewport's edges; default 8. */
  readonly margin?: number;
}

/** Where the popover's top-left corner goes, which side of the control it opened on, and the height it may take. */
export interface Placement {
  readonly left: number;
  readonly top: number;
  readonly side: 'below' | 'above';
  /** The most height that fits on that side; a taller popover scrolls. */
  readonly maxHeight: number;
}

/**
 * Places a popover of `size` next to the control at `anchor` so that it stays on screen: below the
 * control when it fits, above when only that fits, else on the side with more room (height capped
 * to it, so the popover scrolls); its end edge on the control's end edge, shifted back inside the
 * viewport's margins when that would cross one (a popover wider than the viewport starts at the
 * left margin).
 *
 * @example
 * // A 210 px menu under a "…" button near the left edge opens at the margin, not off screen.
 * placePopover({ left: 20, top: 300, width: 28, height: 24 }, { width: 210, height: 120 }, {
 *   viewport: { width: 1280, height: 800 },
 * }); // { left: 8, top: 328, side: 'below', maxHeight: 464 }
 */
export function placePopover(
  anchor: PlacementRect,
  size: { readonly width: number; readonly height: number },
  options: PlacementOptions,
): Placement {
  const { viewport, dir = 'ltr', gap = 4, margin = 8 } = options;
  const below = viewport.height - margin - (anchor.top + anchor.height + gap);
  const above = anchor.top - gap - margin;
  const side = size.height <= below || (size.height > above && below >= above) ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(size.height, room);
  const top = side === 'below' ? anchor.top + anchor.height + gap : anchor.top - gap - height;
  const wanted = dir === 'rtl' ? anchor.left : anchor.left + anchor.width - size.width;
  const left = Math.max(margin, Math.min(wanted, viewport.width - margin - size.width));
  return { left, top, side, maxHeight: room };
}
