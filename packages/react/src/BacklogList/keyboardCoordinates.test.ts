import { describe, expect, it } from 'vitest';
import { scrollToKeep } from './keyboardCoordinates.js';

/** A scrolling box 400 px tall whose top is at 100 px in the viewport, over 8,000 px of rows. */
function box(scrollTop = 0) {
  const element = {
    ownerDocument: { scrollingElement: null, defaultView: null },
    scrollTop,
    scrollHeight: 8_000,
    clientHeight: 400,
    getBoundingClientRect: () => ({ top: 100, height: 400 }),
    scrollTo({ top }: { top: number }) {
      // Scroll positions land on device pixels.
      element.scrollTop = Math.round(top);
    },
  };
  return element;
}

describe('scrollToKeep', () => {
  it('leaves the list alone while the row is in the half the move heads from', () => {
    const list = box();
    expect(scrollToKeep(list as unknown as Element, 250, true)).toBe(0);
    expect(list.scrollTop).toBe(0);
  });

  it('scrolls down at once so a row moving down stops at the middle, and says how far', () => {
    const list = box();
    expect(scrollToKeep(list as unknown as Element, 380.4, true)).toBe(80);
    expect(list.scrollTop).toBe(80);
  });

  it('scrolls up so a row moving up stops at the middle, never past the top', () => {
    const list = box(500);
    expect(scrollToKeep(list as unknown as Element, 200, false)).toBe(-100);
    expect(list.scrollTop).toBe(400);
    const near = box(30);
    expect(scrollToKeep(near as unknown as Element, 0, false)).toBe(-30);
    expect(near.scrollTop).toBe(0);
  });

  it('stops at the end of the list', () => {
    const list = box(7_550);
    expect(scrollToKeep(list as unknown as Element, 450, true)).toBe(50);
    expect(scrollToKeep(list as unknown as Element, 450, true)).toBe(0);
  });
});
