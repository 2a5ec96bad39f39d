import { DragDropContext, Draggable, Droppable, type DropResult } from '@hello-pangea/dnd';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type BacklogRow, backlogView, createPlan, generatePlan, type Plan } from '@throughline/core';
import { BacklogList } from '@throughline/react';
import { useState } from 'react';

// Benchmark pages, built into Storybook only for `pnpm bench` (THROUGHLINE_BENCH=1): the same
// 10,000-item product backlog drawn by BacklogList and by @hello-pangea/dnd, the list a team would
// otherwise pick. Both get their rows from the same core view-model, so only the drawing differs.

function tenThousand(): Plan {
  const input = generatePlan({ seed: 10, items: 16_000 });
  const product = input.backlogs?.find((b) => b.kind === 'product');
  if (product) product.itemIds = product.itemIds.slice(0, 10_000);
  return createPlan(input);
}
const plan = tenThousand();

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

function PeerBacklog() {
  const [rows, setRows] = useState(() => backlogView(plan, 'backlog-product')?.rows ?? []);
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

function ThroughlineBacklog() {
  const [current, setCurrent] = useState(plan);
  return <BacklogList plan={current} backlogIds={['backlog-product']} onChange={(_, next) => setCurrent(next)} />;
}

const meta = { title: 'Benchmarks/Backlog 10,000', parameters: { a11y: { test: 'off' } } } satisfies Meta;
export default meta;

export const Throughline: StoryObj = { render: () => <ThroughlineBacklog /> };
export const HelloPangeaDnd: StoryObj = { render: () => <PeerBacklog /> };
