import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placePopover } from './placement.js';

const viewport = { width: 1280, height: 800 };

describe('placePopover', () => {
  it('opens below the control, its end edge on the control end edge', () => {
    expect(
      placePopover({ left: 600, top: 100, width: 28, height: 24 }, { width: 210, height: 120 }, { viewport }),
    ).toEqual({ left: 418, top: 128, side: 'below', maxHeight: 664 });
  });

  it('lines up with the start edge right to left', () => {
    expect(
      placePopover(
        { left: 600, top: 100, width: 28, height: 24 },
        { width: 210, height: 120 },
        { viewport, dir: 'rtl' },
      ).left,
    ).toBe(600);
  });

  it('shifts back on screen near either edge, the case of a menu anchored to a button near the left', () => {
    const menu = { width: 210, height: 120 };
    expect(placePopover({ left: 20, top: 300, width: 28, height: 24 }, menu, { viewport }).left).toBe(8);
    expect(placePopover({ left: 1250, top: 300, width: 28, height: 24 }, menu, { viewport, dir: 'rtl' }).left).toBe(
      1280 - 8 - 210,
    );
  });

  it('opens above when there is no room below, and on the roomier side when neither fits', () => {
    const anchor = { left: 600, top: 740, width: 28, height: 24 };
    expect(placePopover(anchor, { width: 210, height: 120 }, { viewport })).toMatchObject({ side: 'above', top: 616 });
    const middle = { left: 600, top: 300, width: 28, height: 24 };
    expect(placePopover(middle, { width: 210, height: 900 }, { viewport })).toMatchObject({
      side: 'below',
      top: 328,
      maxHeight: 464,
    });
  });

  it('always keeps a popover that fits the viewport inside it, wherever the control is', () => {
    fc.assert(
      fc.property(
        fc.record({
          left: fc.integer({ min: -200, max: 1480 }),
          top: fc.integer({ min: 0, max: 780 }),
          width: fc.integer({ min: 0, max: 200 }),
          height: fc.integer({ min: 0, max: 60 }),
        }),
        fc.integer({ min: 1, max: 1264 }),
        fc.integer({ min: 1, max: 300 }),
        fc.constantFrom('ltr' as const, 'rtl' as const),
        (anchor, width, height, dir) => {
          const at = placePopover(anchor, { width, height }, { viewport, dir });
          expect(at.left).toBeGreaterThanOrEqual(8);
          expect(at.left + width).toBeLessThanOrEqual(1280 - 8);
          const shown = Math.min(height, at.maxHeight);
          expect(at.top).toBeGreaterThanOrEqual(Math.min(8, anchor.top));
          expect(at.top + shown).toBeLessThanOrEqual(Math.max(800 - 8, anchor.top + anchor.height + 4));
        },
      ),
    );
  });
});
