import { timelineView } from '@throughline/core';
import type { StorybookPage } from '../tests/support/storybook.js';
import { readStoryIndex } from '../tests/support/storybook.js';
import { type BrowserBenchCase, defineBench } from './define.js';
import { settled, watch } from './domTiming.js';
import { timelinePlan, timelineTasks } from './stories/timelinePlan.js';

// RoadmapTimeline against gantt-task-react and SVAR React Gantt on the same 1,000-initiative roadmap
// in 50 themes, in Chromium (stories in bench/stories/PeerTimeline.stories.tsx), each in the same
// 1200×700 box. The baseline is the faster peer, SVAR React Gantt (it draws only the rows in view).
//
// Both suites end a sample at the same point: the second animation frame after the last DOM change.
// The first frame after a change is the one that lays it out and paints it; the second starts only
// once that work is done, so layout and paint are counted, not only React's commit. A change counts
// until the DOM has been quiet for QUIET_FRAMES frames, which catches charts that draw in a second
// pass (gantt-task-react places its bars in an effect, SVAR after measuring its container).
//
// Mount: from asking Storybook for the story (after leaving the previous chart for a tiny story,
// so no case pays for unmounting another) to that point, watching #storybook-root.
// Zoom: the story mounted afresh at 'quarter' and left to settle, untimed; then a real click on
// "Zoom: quarter" (to month) from the `click` event, caught by a capturing listener on window
// before the component's handler runs, to that point, watching only the chart, not the button.

const story = (id: string) => {
  const entry = readStoryIndex().find((e) => e.id === id);
  if (!entry) throw new Error(`No story ${id}: run pnpm bench without --no-build`);
  return entry;
};
const OURS = 'benchmarks-timeline-1-000--throughline';
const GANTT_TASK_REACT = 'benchmarks-timeline-1-000--gantt-task-react';
const SVAR = 'benchmarks-timeline-1-000--svar-react-gantt';
/** A story with a handful of elements: where each mount sample starts from. */
const BLANK = 'benchmarks-timeline-1-000--empty-box';

/** What each story draws one initiative as. */
const BAR: Record<string, string> = {
  [OURS]: '.tl-timeline-bar',
  // gantt-task-react 0.3.9 names its bar group only through a CSS-module class.
  [GANTT_TASK_REACT]: 'g._KxSXS',
  [SVAR]: '.wx-bar',
};

const mount = (name: string, id: string): BrowserBenchCase => ({
  name,
  sample: async (sb) => {
    await sb.show(story(BLANK));
    await watch(sb, '#storybook-root', 'now');
    await sb.show(story(id));
    const ms = await settled(sb);
    if (Number.isNaN(ms)) throw new Error(`${name}: the story never settled`);
    return ms;
  },
});

const zoom = (name: string, id: string): BrowserBenchCase => ({
  name,
  sample: async (sb) => {
    await sb.show(story(id));
    // Untimed: let the chart finish drawing before the click.
    await watch(sb, '#storybook-root', 'now');
    await settled(sb, 'optional');
    await watch(sb, '[data-bench-chart]', 'click');
    await sb.page.getByRole('button', { name: 'Zoom: quarter' }).click();
    const ms = await settled(sb);
    if (Number.isNaN(ms)) throw new Error(`${name}: the zoom changed nothing on screen`);
    return ms;
  },
});

/** Elements in the story and bars drawn, once the mounted chart has settled. */
async function size(sb: StorybookPage, id: string): Promise<{ elements: number; bars: number }> {
  await sb.show(story(BLANK));
  await watch(sb, '#storybook-root', 'now');
  await sb.show(story(id));
  await settled(sb);
  return sb.page.evaluate(
    (bar) => ({
      elements: document.querySelectorAll('#storybook-root *').length,
      bars: document.querySelectorAll(`#storybook-root ${bar}`).length,
    }),
    BAR[id] ?? '',
  );
}

const notes = async (sb: StorybookPage) => {
  // The same initiatives everywhere: the peers' tasks against the bars RoadmapTimeline lays out
  // (it draws only the lanes in view, so the DOM cannot tell).
  const taskIds = new Set(timelineTasks.map((t) => t.id));
  const laidOut = timelineView(timelinePlan, { layout: 'time', lanesBy: 'theme' })
    .lanes.flatMap((lane) => lane.bars)
    .filter((bar) => bar.kind === 'initiative');
  const same = laidOut.length === taskIds.size && laidOut.every((bar) => taskIds.has(bar.id));
  const lines = [
    `initiatives with a span: ${timelineTasks.length} (one task each in the peers); RoadmapTimeline lays out ${laidOut.length} bars, ${same ? 'the same initiatives' : 'NOT the same initiatives'}`,
  ];
  for (const [name, id] of [
    ['RoadmapTimeline', OURS],
    ['gantt-task-react', GANTT_TASK_REACT],
    ['SVAR React Gantt', SVAR],
  ] as const) {
    const { elements, bars } = await size(sb, id);
    lines.push(`${name}: ${elements} elements under #storybook-root, ${bars} bars in the DOM`);
  }
  return lines;
};

export default [
  defineBench({
    kind: 'browser',
    name: 'timeline: mount 1,000 initiatives / 50 lanes',
    samples: 10,
    baseline: mount('SVAR React Gantt (peer)', SVAR),
    cases: [
      mount('RoadmapTimeline', OURS),
      mount('gantt-task-react (peer)', GANTT_TASK_REACT),
      // What every mount above includes before any chart draws: Storybook switching stories.
      // Subtract it to compare the charts' own work.
      mount('story switch alone (fixed cost)', BLANK),
    ],
    notes,
  }),
  defineBench({
    kind: 'browser',
    name: 'timeline: zoom re-render',
    samples: 10,
    baseline: zoom('SVAR React Gantt (peer)', SVAR),
    cases: [zoom('RoadmapTimeline', OURS), zoom('gantt-task-react (peer)', GANTT_TASK_REACT)],
  }),
];
