import { Gantt as SvarGantt, Willow } from '@svar-ui/react-gantt';
import { Gantt, ViewMode } from 'gantt-task-react';
import { useMemo } from 'react';

export { PeerBacklog } from './peerBacklog.js';

import { ganttTaskReactTasks, type TimelineTask } from '../timelineTasks.js';
import '@svar-ui/react-gantt/all.css';
import 'gantt-task-react/dist/index.css';

// The peers the plain-page mount benchmark compares with, drawn as the Storybook benchmark pages
// draw them (bench/stories/PeerBacklog.stories.tsx, PeerTimeline.stories.tsx), minus those pages'
// zoom button: each fills the benchmark's box on its own. Their data comes in ready-made (built
// once, outside the timings), so a mount times only the library's drawing.

const GANTT_TASK_REACT_HEADER = 50;

/** gantt-task-react at its Month view (a column per month, as RoadmapTimeline's 'quarter' zoom). */
export function GanttTaskReactPeer({ tasks, height }: { tasks: readonly TimelineTask[]; height: number }) {
  const items = useMemo(() => ganttTaskReactTasks(tasks), [tasks]);
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
