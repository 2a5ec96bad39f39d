import { describe, expect, it } from 'vitest';
import { measureDraggedOnce } from './dragMeasuring.js';

/** A row whose box moves up by `by` each time it is read, as a row of a scrolling list does. */
function scrollingRow(by: number) {
  const row = document.createElement('li');
  let top = 300;
  row.getBoundingClientRect = () => {
    const rect = new DOMRect(20, top, 300, 40);
    top -= by;
    return rect;
  };
  document.body.append(row);
  return row;
}

describe('measureDraggedOnce', () => {
  it('gives the dragged row the rect it had when the drag began, however the list scrolls', () => {
    const drag = measureDraggedOnce();
    const measure = drag.measuring.draggable?.measure;
    const row = scrollingRow(80);
    expect(measure?.(row)).toMatchObject({ top: 300, left: 20, width: 300, height: 40 });
    expect(measure?.(row)).toMatchObject({ top: 300 });
    row.remove();
  });

  it('measures afresh for the next drag', () => {
    const drag = measureDraggedOnce();
    const measure = drag.measuring.draggable?.measure;
    const row = scrollingRow(80);
    measure?.(row);
    drag.reset();
    expect(measure?.(row)).toMatchObject({ top: 220 });
    row.remove();
  });
});
