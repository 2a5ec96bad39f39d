import type { Meta, StoryObj } from '@storybook/react-vite';
import { Gantt as SvarGantt, Willow } from '@svar-ui/react-gantt';
import { RoadmapTimeline } from '@throughline/react';
import { Gantt, ViewMode } from 'gantt-task-react';
import { type ReactNode, useMemo, useState } from 'react';
import { ganttTaskReactTasks } from '../timelineTasks.js';
import { timelinePlan, timelineTasks } from './timelinePlan.js';
import '@svar-ui/react-gantt/all.css';
import 'gantt-task-react/dist/index.css';
import './peerTimeline.css';
import { withoutAxe } from './withoutAxe.js';

// Benchmark pages, built into Storybook only for `pnpm bench` (THROUGHLINE_BENCH=1): the same
// 1,000-initiative roadmap in 50 themes drawn by RoadmapTimeline and by the Gantt charts a team
// would otherwise pick. Each page sits in the same 1200×700 box with a real zoom button above the
// chart; the benchmark watches only the chart ([data-bench-chart]) for the zoom's redraw.
// RoadmapTimeline's styles.css comes from the Storybook preview, as for every story.

type Zoom = 'quarter' | 'month';
const BOX = { width: 1200, height: 700 };
const BUTTON_ROW = 40;
const CHART_HEIGHT = BOX.height - BUTTON_ROW;

function Frame({ zoom, onZoom, children }: { zoom: Zoom; onZoom: (zoom: Zoom) => void; children: ReactNode }) {
  return (
    <div className="tl-bench-box" style={{ width: BOX.width, height: BOX.height }}>
      <div className="tl-bench-buttons" style={{ height: BUTTON_ROW }}>
        <button type="button" onClick={() => onZoom(zoom === 'quarter' ? 'month' : 'quarter')}>
          Zoom: {zoom}
        </button>
      </div>
      <div className="tl-bench-chart" data-bench-chart="" style={{ height: CHART_HEIGHT }}>
        {children}
      </div>
    </div>
  );
}

function ThroughlineTimeline() {
  const [zoom, setZoom] = useState<Zoom>('quarter');
  return (
    <Frame zoom={zoom} onZoom={setZoom}>
      <RoadmapTimeline plan={timelinePlan} layout="time" lanesBy="theme" zoom={zoom} readOnly toolbar={false} />
    </Frame>
  );
}

// Our zooms: 'quarter' has a column per month, 'month' a column per week. gantt-task-react's Month
// and Week views draw the same columns. It needs its body height to scroll inside the box.
const GANTT_TASK_REACT_HEADER = 50;
const ganttTaskReactView: Record<Zoom, ViewMode> = { quarter: ViewMode.Month, month: ViewMode.Week };

function GanttTaskReactTimeline() {
  const [zoom, setZoom] = useState<Zoom>('quarter');
  const tasks = useMemo(() => ganttTaskReactTasks(timelineTasks), []);
  return (
    <Frame zoom={zoom} onZoom={setZoom}>
      <Gantt
        tasks={tasks}
        viewMode={ganttTaskReactView[zoom]}
        headerHeight={GANTT_TASK_REACT_HEADER}
        // The same font stack as the other pages, so text costs the same.
        fontFamily="system-ui, sans-serif"
        // Less the header and the horizontal scrollbar it draws under the chart.
        ganttHeight={CHART_HEIGHT - GANTT_TASK_REACT_HEADER - 20}
      />
    </Frame>
  );
}

// SVAR takes any scale units, so its two zooms match ours exactly: months under quarters, then
// weeks (labelled by their first day) under months.
const quarterOf = (date: Date) => `Q${Math.floor(date.getMonth() / 3) + 1} ${date.getFullYear()}`;
const svarScales: Record<Zoom, { unit: string; step: number; format: string | ((date: Date) => string) }[]> = {
  quarter: [
    { unit: 'quarter', step: 1, format: quarterOf },
    { unit: 'month', step: 1, format: '%M' },
  ],
  month: [
    { unit: 'month', step: 1, format: '%F %Y' },
    { unit: 'week', step: 1, format: (date) => String(date.getDate()) },
  ],
};

function SvarTimeline() {
  const [zoom, setZoom] = useState<Zoom>('quarter');
  const { tasks, links } = useMemo(
    () => ({
      tasks: timelineTasks.map((t) => ({
        id: t.id,
        text: t.name,
        start: t.start,
        end: t.end,
        progress: t.progress,
        type: 'task',
      })),
      links: timelineTasks.flatMap((t) =>
        t.dependsOn.map((from) => ({ id: `${from}>${t.id}`, source: from, target: t.id, type: 'e2s' as const })),
      ),
    }),
    [],
  );
  return (
    <Frame zoom={zoom} onZoom={setZoom}>
      {/* fonts={false}: no stylesheet from SVAR's CDN, so the page never waits on the network. */}
      <Willow fonts={false}>
        <SvarGantt tasks={tasks} links={links} scales={svarScales[zoom]} readonly />
      </Willow>
    </Frame>
  );
}

const meta = { title: 'Benchmarks/Timeline 1,000', ...withoutAxe } satisfies Meta;
export default meta;

export const Throughline: StoryObj = { render: () => <ThroughlineTimeline /> };
export const GanttTaskReact: StoryObj = { name: 'gantt-task-react', render: () => <GanttTaskReactTimeline /> };
export const SvarReactGantt: StoryObj = { name: 'SVAR React Gantt', render: () => <SvarTimeline /> };

/** An empty box of the same size: where each mount starts from, and the cost of a story switch alone. */
export const EmptyBox: StoryObj = { render: () => <div style={{ width: BOX.width, height: BOX.height }} /> };
