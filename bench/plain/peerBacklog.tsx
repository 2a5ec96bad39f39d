import { DragDropContext, Draggable, Droppable, type DropResult } from '@hello-pangea/dnd';
import type { BacklogRow } from '@throughline/core';
import { useState } from 'react';

// The backlog peer: the same rows as BacklogList drawn by @hello-pangea/dnd, every row in the DOM.
// Shared by the Storybook benchmark page (bench/stories/PeerBacklog.stories.tsx) and the plain-page
// mount benchmark, so both time the same drawing.

function PeerRow({ row, index }: { row: BacklogRow; index: number }) {
  return (
    <Draggable draggableId={row.item.id} index={index}>
      {(provided) => (
        <li ref={provided.innerRef} {...provided.draggableProps} className="tl-backlog-row" data-peer-row="">
          {/* The library does not start drags from interactive elements, so its handle is a span. */}
          {/* biome-ignore lint/a11y/useSemanticElements: a <button> handle would refuse to drag */}
          <span
            className="tl-backlog-handle"
            role="button"
            tabIndex={0}
            {...provided.dragHandleProps}
            aria-label={`Reorder ${row.item.title}`}
          >
            ⠿
          </span>
          <span className="tl-kind">{row.item.kind}</span>
          <span className="tl-backlog-title">{row.item.title}</span>
          <span className="tl-badge">{row.item.status}</span>
          <span className="tl-badge">{row.readiness}</span>
          <span className="tl-trace">{row.trace.initiative?.title ?? 'No strategic link'}</span>
        </li>
      )}
    </Draggable>
  );
}

/** The 10,000 rows as a @hello-pangea/dnd sortable list, every row in the DOM. */
export function PeerBacklog({ initialRows }: { initialRows: readonly BacklogRow[] }) {
  const [rows, setRows] = useState(initialRows);
  const onDragEnd = (result: DropResult) => {
    if (!result.destination) return;
    const next = [...rows];
    const [moved] = next.splice(result.source.index, 1);
    if (moved) next.splice(result.destination.index, 0, moved);
    setRows(next);
  };
  return (
    <DragDropContext onDragEnd={onDragEnd}>
      <Droppable droppableId="backlog-product">
        {(provided) => (
          <ul
            ref={provided.innerRef}
            {...provided.droppableProps}
            className="tl-backlog-list"
            aria-label="Product backlog"
          >
            {rows.map((row, index) => (
              <PeerRow key={row.item.id} row={row} index={index} />
            ))}
            {provided.placeholder}
          </ul>
        )}
      </Droppable>
    </DragDropContext>
  );
}
