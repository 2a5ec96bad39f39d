'use client';
import { getClientRect, type MeasuringConfiguration } from '@dnd-kit/core';

/** dnd-kit measuring for a board, and the call that starts each drag afresh. */
export interface DragMeasuring {
  readonly measuring: MeasuringConfiguration;
  /** Forgets the rows measured in the drag before: call as a drag starts. */
  readonly reset: () => void;
}

/**
 * Measures the dragged row once per drag (as dnd-kit does, ignoring its transform), then gives
 * that rect back. dnd-kit measures it again whenever its list's children change, which a long
 * list's window does as it scrolls; it then takes the scroll since into the row's rect and starts
 * counting the scroll afresh, but one render late and missing the next scroll, so the row was
 * drawn away from where it would drop by as much as the list had scrolled (a step's, after a few
 * arrows; the whole list's, after a move to its end). With one rect per drag, the scroll since the
 * drag began places the row, and the collision rect is the same either way.
 *
 * @example
 * const drag = measureDraggedOnce();
 * <DndContext measuring={drag.measuring} onDragStart={drag.reset} />
 */
export function measureDraggedOnce(): DragMeasuring {
  let measured = new WeakMap<Element, ReturnType<typeof getClientRect>>();
  const measure = (element: HTMLElement) => {
    let rect = measured.get(element);
    if (!rect) {
      rect = getClientRect(element, { ignoreTransform: true });
      measured.set(element, rect);
    }
    return rect;
  };
  return {
    measuring: { draggable: { measure } },
    reset: () => {
      measured = new WeakMap();
    },
  };
}
