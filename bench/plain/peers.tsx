import { DragDropContext, Draggable, Droppable, type DropResult } from '@hello-pangea/dnd';
import { Gantt as SvarGantt, Willow } from '@svar-ui/react-gantt';
import type { BacklogRow } from '@throughline/core';
import { Gantt, type Task, ViewMode } from 'gantt-task-react';
import { useMemo, useState } from 'react';
import type { TimelineTask } from './plans.js';
import '@svar-ui/react-gantt/all.css';
import 'gantt-task-react/dist/index.css';

// The peers the plain-page mount benchmark compares with, drawn as the Storybook benchmark pages
// draw them (bench/stories/PeerBacklog.stories.tsx, PeerTimeline.stories.tsx), minus those pages'
// zoom button: each fills the benchmark's box on its own. Their data comes in ready-made (built
// once, outside the timings), so a mount times only the library's drawing.

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

const GANTT_TASK_REACT_HEADER = 50;

/** gantt-task-react at its Month view (a column per month, as RoadmapTimeline's 'quarter' zoom). */
export function GanttTaskReactPeer({ tasks, height }: { tasks: readonly TimelineTask[]; height: number }) {
  // A fresh array per mount: the library sorts its tasks prop in place.
  const items = useMemo<Task[]>(
    () =>
      tasks.map((t) => ({
        id: t.id,
        type: 'task',
        name: t.name,
        start: t.start,
        end: t.end,
        progress: t.progress,
        dependencies: [...t.dependsOn],
        // No dragging or resizing: the read-only equivalent.
        isDisabled: true,
      })),
    [tasks],
  );
  return (
    <Gantt
      tasks={items}
      viewMode={ViewMode.Month}
      headerHeight={GANTT_TASK_REACT_HEADER}
      // The same font stack as the other pages, so text costs the same.
      fontFamily="system-ui, sans-serif"
      // Less the header and the horizontal scrollbar it draws under the chart.
      ganttHeight={height - GANTT_TASK_REACT_HEADER - 20}
    />
  );
}

// Months under quarters: RoadmapTimeline's 'quarter' zoom.
const quarterOf = (date: Date) => `Q${Math.floor(date.getMonth() / 3) + 1} ${date.getFullYear()}`;
const svarScales = [
  { unit: 'quarter', step: 1, format: quarterOf },
  { unit: 'month', step: 1, format: '%M' },
];

/** SVAR React Gantt, read-only, with the dependencies as links. */
export function SvarPeer({ tasks }: { tasks: readonly TimelineTask[] }) {
  const { items, links } = useMemo(
    () => ({
      items: tasks.map((t) => ({
        id: t.id,
        text: t.name,
        start: t.start,
        end: t.end,
        progress: t.progress,
        type: 'task',
      })),
      links: tasks.flatMap((t) =>
        t.dependsOn.map((from) => ({ id: `${from}>${t.id}`, source: from, target: t.id, type: 'e2s' as const })),
      ),
    }),
    [tasks],
  );
  return (
    // fonts={false}: no stylesheet from SVAR's CDN, so the page never waits on the network.
    <Willow fonts={false}>
      <SvarGantt tasks={items} links={links} scales={svarScales} readonly />
    </Willow>
  );
}
