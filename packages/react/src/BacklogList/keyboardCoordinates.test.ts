import type { ClientRect, KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { keyboardDrag, scrollToKeep } from './keyboardCoordinates.js';

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

/**
 * Two backlogs side by side as the board renders them, each a drop target holding rows 40 px tall,
 * 50 px apart, and a keyboard drag of the product backlog's first row over `over`.
 */
function boards() {
  const nodes = new Map<UniqueIdentifier, HTMLElement>();
  const rects = new Map<UniqueIdentifier, ClientRect>();
  for (const [name, left] of [
    ['product', 0],
    ['sprint', 400],
  ] as const) {
    const column = document.createElement('div');
    column.setAttribute('data-backlog-kind', name);
    const list = document.createElement('ul');
    column.append(list);
    document.body.append(column);
    nodes.set(name, column);
    rects.set(name, { top: 0, left, width: 340, height: 900, right: left + 340, bottom: 900 });
    for (let index = 0; index < 6; index++) {
      const row = document.createElement('li');
      list.append(row);
      const top = 100 + index * 50;
      nodes.set(`${name}-${index}`, row);
      rects.set(`${name}-${index}`, {
        top,
        left: left + 20,
        width: 300,
        height: 40,
        right: left + 320,
        bottom: top + 40,
      });
    }
  }
  const containers = [...nodes].map(([id, node]) => ({ id, node: { current: node } }));
  const active = { id: 'product-0' };
  const args = (over: UniqueIdentifier, draggedHeight = 40) =>
    ({
      active: active.id,
      currentCoordinates: { x: 20, y: 100 },
      context: {
        active,
        activeNode: nodes.get('product-0'),
        over: { id: over },
        collisionRect: { top: 100, left: 20, width: 300, height: draggedHeight, right: 320, bottom: 140 },
        droppableRects: rects,
        droppableContainers: {
          getEnabled: () => containers,
          getNodeFor: (id: UniqueIdentifier) => nodes.get(id),
        },
        scrollableAncestors: [],
      },
    }) as unknown as Parameters<KeyboardCoordinateGetter>[1];
  const collision = () =>
    ({
      active,
      collisionRect: rects.get('product-0'),
      droppableRects: rects,
      droppableContainers: containers,
      pointerCoordinates: null,
    }) as unknown as Parameters<ReturnType<typeof keyboardDrag>['collisionDetection']>[0];
  return { args, collision };
}

const press = (key: string, init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { key, code: key, cancelable: true, ...init });

describe('keyboardDrag', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('moves to the last row of the list on End, never scrolling natively, and holds it as the target', () => {
    const { args, collision } = boards();
    const drag = keyboardDrag();
    const end = press('End');
    expect(drag.coordinates(end, args('product-2'))).toEqual({ x: 20, y: 350 });
    expect(end.defaultPrevented).toBe(true);
    expect(drag.collisionDetection(collision()).map((c) => c.id)).toEqual(['product-5']);
    expect(drag.coordinates(press('Home'), args('product-5'))).toEqual({ x: 20, y: 100 });
    expect(drag.collisionDetection(collision()).map((c) => c.id)).toEqual(['product-0']);
  });

  it('keeps a dragged row taller than the last within the list’s end', () => {
    const { args } = boards();
    // Centred on the last row (350–390), a row 60 px tall would hang 10 px past it.
    expect(keyboardDrag().coordinates(press('End'), args('product-0', 60))).toEqual({ x: 20, y: 330 });
  });

  it('pages by the rows that fit in the view', () => {
    const { args, collision } = boards();
    const drag = keyboardDrag();
    // The view is jsdom’s window, 768 px tall: 15 rows, so Page Down from the top goes to the end.
    expect(drag.coordinates(press('PageDown'), args('product-0'))).toEqual({ x: 20, y: 350 });
    expect(drag.collisionDetection(collision()).map((c) => c.id)).toEqual(['product-5']);
  });

  it('holds the end of a backlog beside the row’s own on End (over its last row, it would land before it)', () => {
    const { args, collision } = boards();
    const drag = keyboardDrag();
    expect(drag.coordinates(press('End'), args('sprint-1'))).toEqual({ x: 420, y: 350 });
    expect(drag.collisionDetection(collision()).map((c) => c.id)).toEqual(['sprint']);
    drag.coordinates(press('Home'), args('sprint'));
    expect(drag.collisionDetection(collision()).map((c) => c.id)).toEqual(['sprint-0']);
  });

  it('holds back chords of those keys without moving, and keeps what a jump holds', () => {
    const { args, collision } = boards();
    const drag = keyboardDrag();
    drag.coordinates(press('End'), args('product-0'));
    const chord = press('PageDown', { shiftKey: true });
    expect(drag.coordinates(chord, args('product-5'))).toBeUndefined();
    expect(chord.defaultPrevented).toBe(true);
    expect(drag.coordinates(press('a', { code: 'KeyA' }), args('product-5'))).toBeUndefined();
    expect(drag.collisionDetection(collision()).map((c) => c.id)).toEqual(['product-5']);
  });

  it('goes by closest centre when no jump is held, as after a new drag starts', () => {
    const { args, collision } = boards();
    const drag = keyboardDrag();
    expect(drag.collisionDetection(collision())[0]?.id).toBe('product-0');
    drag.coordinates(press('End'), args('product-0'));
    drag.reset();
    expect(drag.collisionDetection(collision())[0]?.id).toBe('product-0');
  });
});
