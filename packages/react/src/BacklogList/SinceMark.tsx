'use client';
import type { RowSince } from './backlogSince.js';
import { useBaselineBoard } from './baselineContext.js';
import { useBoard } from './boardContext.js';

/**
 * A row's mark against the baseline: how far it moved ("▲ 12", "▼ 3") or that it is new to the
 * backlog ("New"), drawn short and read whole ("Moved up 12 places since Q3 review"). Its `id`
 * describes the row's controls, so a reader hears it on reaching the row by keyboard.
 */
export function SinceMark({ mark, id }: { readonly mark: RowSince; readonly id: string }) {
  const { messages, n, slot } = useBoard();
  const since = useBaselineBoard()?.since ?? messages.unlabelledBaseline;
  let drawn: string;
  let label: string;
  if (mark.direction === 'new') {
    drawn = messages.newSince;
    label = messages.newSinceLabel(since);
  } else {
    const places = n(mark.places);
    const up = mark.direction === 'up';
    drawn = up ? messages.movedUp(places, mark.places) : messages.movedDown(places, mark.places);
    label = up
      ? messages.movedUpLabel(places, since, mark.places)
      : messages.movedDownLabel(places, since, mark.places);
  }
  return (
    <span id={id} className={slot('since')} data-since={mark.direction}>
      <span aria-hidden="true">{drawn}</span>
      <span className="tl-visually-hidden">{label}</span>
    </span>
  );
}

/**
 * A row's standing against the list's baseline, and what its controls are described by: the
 * mark's id when there is a mark, else nothing (a list without a baseline adds no attribute).
 *
 * @example
 * const { mark, describedBy } = useRowSince(backlogId, item.id, `${useId()}-since`);
 */
export function useRowSince(backlogId: string, itemId: string, markId: string) {
  const mark = useBaselineBoard()?.row(backlogId, itemId);
  return { mark, describedBy: mark ? markId : undefined };
}
