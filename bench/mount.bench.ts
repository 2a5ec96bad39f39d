import type { CDPSession, Page } from 'playwright-core';
import type { StorybookPage } from '../tests/support/storybook.js';
import { readStoryIndex } from '../tests/support/storybook.js';
import { type BrowserBenchCase, defineBench } from './define.js';
import { MOUNT_CASES, type MountCase, type MountSample, type MountWindow } from './plain/caseNames.js';

// Mount in a plain page: each view rendered by the page itself with `createRoot(box).render(…)`
// into a fresh 1200×700 box, timed in the page from the render call to the settled DOM (first
// animation frame after the last DOM change, every change laid out; bench/plain/harness.tsx says
// exactly how), then unmounted. Storybook only serves the page (story bench/stories/
// PlainMount.stories.tsx, shown once, outside every timing), so no story switch is in the figures.
//
// Before each sample, untimed: the case's data is built (a new plan object for "new plan" cases:
// validated again, so no per-plan cache answers for it; "same plan" remounts the plan mounted
// before) and the page's garbage is collected, so no sample pays for an earlier one's.
//
// Suites: BacklogList 10,000 items against @hello-pangea/dnd on the same rows; RoadmapTimeline
// 1,000 initiatives against SVAR React Gantt (the faster Gantt peer) and gantt-task-react;
// TraceabilityMatrix 200 × 2,000 against a plain React table of about the cells its box shows
// (no peer draws a traceability grid; the table is the floor any grid of a screenful sits on, and
// it does not change when the matrix does), with the matrix on 20 × 200 (what the plan's size adds).
// Run: pnpm bench 'plain mount'

const STORY = 'benchmarks-plain-mount--page';

const sessions = new WeakMap<Page, CDPSession>();
async function collectGarbage(page: Page): Promise<void> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  await session.send('HeapProfiler.collectGarbage');
}

/** Shows the benchmark's page unless it is already the story on screen (untimed). */
async function ensurePage(sb: StorybookPage): Promise<void> {
  const shown = await sb.page.evaluate(
    (id) =>
      (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string } } }).__STORYBOOK_PREVIEW__
        ?.currentRender?.id === id && typeof (window as MountWindow).__throughlineMount === 'function',
    STORY,
  );
  if (shown) return;
  const entry = readStoryIndex().find((e) => e.id === STORY);
  if (!entry) throw new Error(`No story ${STORY}: run pnpm bench without --no-build`);
  await sb.show(entry);
}

/** One case: the named view mounted in the plain page, timed to its settled DOM. */
export const mount = (name: string, which: MountCase): BrowserBenchCase => ({
  name,
  sample: async (sb) => {
    await ensurePage(sb);
    await sb.page.evaluate((c) => (window as MountWindow).__throughlinePrepare?.(c), which);
    await collectGarbage(sb.page);
    const ms = await sb.page.evaluate((c) => {
      const run = (window as MountWindow).__throughlineMount;
      if (!run) throw new Error('the mount page is not loaded');
      return run(c);
    }, which);
    if (!Number.isFinite(ms)) throw new Error(`${name}: no settled mount`);
    return ms;
  },
});

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Per case, from this page's samples (the warm-up round left out): how the time splits. */
export function notesFor(names: readonly MountCase[]) {
  return async (sb: StorybookPage): Promise<string[]> => {
    const log = await sb.page.evaluate(() => (window as MountWindow).__throughlineMountLog ?? []);
    return names.map((name) => {
      const samples: MountSample[] = log.filter((s) => s.case === name).slice(1);
      const fmt = (pick: (s: MountSample) => number) => `${median(samples.map(pick)).toFixed(0)} ms`;
      return `${name}: first commit ${fmt((s) => s.firstCommit)}, last DOM change ${fmt((s) => s.lastChange)}, settled ${fmt((s) => s.settled)}; DOM updates ${median(samples.map((s) => s.updates))}, elements ${median(samples.map((s) => s.elements))} (medians of ${samples.length})`;
    });
  };
}

const C = MOUNT_CASES;

export default [
  defineBench({
    kind: 'browser',
    name: 'plain mount: 10,000-item backlog',
    // The peer puts every row in the DOM and takes seconds a mount: fewer rounds.
    samples: 8,
    baseline: mount('@hello-pangea/dnd (peer)', C.backlogPeer),
    cases: [mount('BacklogList, new plan', C.backlogFresh), mount('BacklogList, same plan', C.backlogSame)],
    notes: notesFor([C.backlogPeer, C.backlogFresh, C.backlogSame]),
  }),
  defineBench({
    kind: 'browser',
    name: 'plain mount: timeline 1,000 initiatives / 50 lanes',
    samples: 10,
    baseline: mount('SVAR React Gantt (peer)', C.timelineSvar),
    cases: [
      mount('gantt-task-react (peer)', C.timelineGanttTaskReact),
      mount('RoadmapTimeline, new plan', C.timelineFresh),
      mount('RoadmapTimeline, same plan', C.timelineSame),
    ],
    notes: notesFor([C.timelineSvar, C.timelineGanttTaskReact, C.timelineFresh, C.timelineSame]),
  }),
  defineBench({
    kind: 'browser',
    name: 'plain mount: matrix 200 × 2,000',
    samples: 10,
    baseline: mount('plain React grid, 20 × 12 cells', C.matrixFloor),
    cases: [
      mount('TraceabilityMatrix 20 × 200, new plan', C.matrixSmall),
      mount('TraceabilityMatrix 200 × 2,000, new plan', C.matrixFresh),
      mount('TraceabilityMatrix 200 × 2,000, same plan', C.matrixSame),
    ],
    notes: notesFor([C.matrixFloor, C.matrixSmall, C.matrixFresh, C.matrixSame]),
  }),
];
