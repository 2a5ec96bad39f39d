'use client';
import {
  type CollisionDetection,
  closestCenter,
  type KeyboardCoordinateGetter,
  type SensorContext,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { dragListOf, type HeldJump, heldCollisions, jumpForKey, jumpTarget, type ListJump } from './keyboardJump.js';

interface Coordinates {
  readonly x: number;
  readonly y: number;
}

/** The box an element scrolls: the viewport for the page's scrolling element. */
function scrollBox(element: Element): { readonly top: number; readonly height: number } {
  if (element === element.ownerDocument.scrollingElement) {
    return { top: 0, height: element.ownerDocument.defaultView?.innerHeight ?? element.clientHeight };
  }
  const { top, height } = element.getBoundingClientRect();
  return { top, height };
}

/**
 * Scrolls `scroller` at once so that a row whose top is at `y` (viewport) keeps to the half of the
 * box the move heads away from, as dnd-kit's keyboard sensor keeps it; returns how far it scrolled
 * (positive: down), 0 when the row is already there or the scroller is at its end.
 */
export function scrollToKeep(scroller: Element, y: number, down: boolean): number {
  const box = scrollBox(scroller);
  const want = y - (box.top + box.height / 2);
  if (down ? want <= 0 : want >= 0) return 0;
  const before = scroller.scrollTop;
  const page = scroller === scroller.ownerDocument.scrollingElement;
  const max = scroller.scrollHeight - (page ? box.height : scroller.clientHeight);
  const target = Math.min(Math.max(before + want, 0), Math.max(max, 0));
  if (target === before) return 0;
  scroller.scrollTo({ top: target, behavior: 'instant' });
  return scroller.scrollTop - before;
}

/** A board's keyboard drag: the sensor's coordinate getter, and the collision detection it goes with. */
export interface KeyboardDrag {
  readonly coordinates: KeyboardCoordinateGetter;
  readonly collisionDetection: CollisionDetection;
  /** Forgets the jump held from a drag before: call as a drag starts. */
  readonly reset: () => void;
}

/**
 * The keyboard drag of one board. Arrows take dnd-kit sortable's keyboard step (the next row up or
 * down, the nearest row across), with the list scrolled here, at once, when the step would leave
 * the half of the list it keeps to. The keyboard sensor would otherwise scroll instead of moving
 * and find the new row only from the scroll event a frame later, then render twice more: each
 * step past the first screenful cost two or three frames before a screen reader heard where the
 * row is. The coordinates returned are the row's once scrolled, so the sensor moves to it in the
 * same task.
 *
 * Home and End move the drop target to the first and last row of the list it is over, Page Up and
 * Page Down a page of rows (as many as fit in the list's view) up or down: in the list's own terms,
 * never by scrolling it natively, which carried the target off with the scroll (End, then Space,
 * dropped an item thousands of rows away). In a long list the row is usually not rendered: the list
 * scrolls at once to where it lies (`jumpTarget`), the coordinates returned are that place, and the
 * collision detection holds the row as the drop target (`heldCollisions`) until the next key, from
 * the moment the window renders it. Closest centre decides everything else.
 *
 * @example
 * const [keyboard] = useState(keyboardDrag);
 * useSensor(KeyboardSensor, { coordinateGetter: keyboard.coordinates });
 * <DndContext collisionDetection={keyboard.collisionDetection} onDragStart={keyboard.reset} />
 */
export function keyboardDrag(): KeyboardDrag {
  let held: HeldJump | null = null;
  return {
    coordinates: (event, args) => {
      const jump = jumpForKey(event);
      if (jump === undefined) {
        const next = stepCoordinates(event, args);
        if (next) held = null;
        return next;
      }
      // Whatever the chord, these keys never scroll the page under a drag.
      event.preventDefault();
      const moved = jump ? jumpCoordinates(jump, args.context) : undefined;
      if (moved) held = moved.held;
      return moved?.at;
    },
    collisionDetection: (args) => heldCollisions(held, args) ?? closestCenter(args),
    reset: () => {
      held = null;
    },
  };
}

/** An arrow's step: dnd-kit sortable's, with the list scrolled at once to keep the row in view. */
const stepCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const next = sortableKeyboardCoordinates(event, args);
  if (!next || (event.code !== 'ArrowDown' && event.code !== 'ArrowUp')) return next;
  const down = event.code === 'ArrowDown';
  for (const scroller of args.context.scrollableAncestors) {
    const moved = scrollToKeep(scroller, next.y, down);
    if (moved !== 0) return keep(scroller, { x: next.x, y: next.y - moved }, down);
  }
  return next;
};

/**
 * Where a jump puts the dragged row, and the row it holds as the drop target: on its target row
 * (centred on it, within the list's ends), once every scroller the list lies in has scrolled at
 * once to keep that row in the half of its view the jump heads from, as arrows keep it. End in
 * another backlog than the row's holds that backlog itself, its end: over its last row, the item
 * would land before it.
 */
function jumpCoordinates(
  jump: ListJump,
  context: SensorContext,
): { readonly at: Coordinates; readonly held: HeldJump } | undefined {
  const { collisionRect: dragged, active } = context;
  const found = dragListOf(context);
  const target = found && jumpTarget(found.list, jump);
  if (!dragged || !active || !found || !target) return undefined;
  const down = jump === 'last' || jump === 'pageDown';
  let scrolled = 0;
  for (const scroller of found.scrollers) scrolled += scrollToKeep(scroller, target.box.top - scrolled, down);
  const height = target.estimated ? dragged.height : target.box.height;
  const centred = target.box.top + (height - dragged.height) / 2;
  // Within the list, for a row taller than the last or placed by an estimate: never past its ends.
  const { top, bottom } = found.list;
  const at = {
    x: target.box.left + (target.box.width - dragged.width) / 2,
    y: Math.max(top, Math.min(centred, bottom - dragged.height)) - scrolled,
  };
  const from = context.over?.id ?? null;
  const another = !context.activeNode || !found.column.contains(context.activeNode);
  const id = jump === 'last' && another && found.end !== undefined ? found.end : target.id;
  return { at, held: { active, list: found.column, index: target.index, id, from } };
}

/**
 * The coordinates as the sensor checks them: a fraction of a pixel past the middle (scroll
 * positions are rounded to device pixels) would still make it scroll instead of moving. Further
 * past it, the scroller is at its end and the row moves on without scrolling.
 */
function keep(scroller: Element, at: Coordinates, down: boolean): Coordinates {
  const box = scrollBox(scroller);
  const past = at.y - (box.top + box.height / 2);
  const slight = down ? past > 0 && past < 1 : past < 0 && past > -1;
  return slight ? { x: at.x, y: at.y - past } : at;
}
