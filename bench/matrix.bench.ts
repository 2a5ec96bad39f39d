import type { StorybookPage } from '../tests/support/storybook.js';
import { readStoryIndex } from '../tests/support/storybook.js';
import { type BrowserBenchCase, defineBench } from './define.js';
import { settled, watch } from './domTiming.js';

// TraceabilityMatrix on 200 initiatives × 2,000 backlog items (400,000 cells) in Chromium, in a
// 1200×700 box (stories in bench/stories/MatrixBench.stories.tsx). No peer draws a traceability
// grid, so each suite's baseline is the floor of its own measurement, and the ratio shows what the
// grid adds to it.
//
// Goals from the issue: mount under 150 ms, at most ~3,000 cells in the DOM, a focus move within
// one frame (16.7 ms at 60 Hz).
//
// Mount: from asking Storybook for the story (after leaving it for the empty box) to the second
// animation frame after the last DOM change, once the DOM has been quiet for QUIET_FRAMES frames:
// the first frame after a change lays it out and paints it, the second starts once that is done.
// The baseline is the empty box's own story switch, the fixed cost every mount includes.
//
// Focus move: on a freshly mounted grid with focus on its tabIndex=0 cell, a real key press, timed
// from a capturing keydown listener on window (before the grid's handler) to the first animation
// frame at which focus sits on another cell. The baseline is a key the grid ignores (Shift) to the
// next animation frame: the wait for a frame that every key press pays. Every press must land
// where the key says (PageDown: a later row) or the run fails. The notes split the presses by
// whether they scrolled the grid and count those that left the focused cell out of view.

const TITLE = 'Benchmarks/Matrix 200 × 2,000';
const story = (name: string) => {
  const entry = readStoryIndex().find((e) => e.type === 'story' && e.title === TITLE && e.name === name);
  if (!entry) throw new Error(`No story ${TITLE} › ${name}: run pnpm bench without --no-build`);
  return entry;
};
const OURS = 'Throughline';
/** An empty box: where each mount starts from. */
const BLANK = 'Empty Box';

/** Between key presses: longer than the virtualiser's 150 ms wait for the end of a scroll. */
const QUIET_BETWEEN_PRESSES = 20;
/** Key presses per focus sample; a sample is their mean. */
const PRESSES = 8;
const CELL = '#storybook-root [role="gridcell"]';

/** The grid's first mount on the page: it also builds the scorer's report, kept per plan afterwards. */
let firstMount: number | null = null;

const mount = (name: string, storyName: string): BrowserBenchCase => ({
  name,
  sample: async (sb) => {
    await sb.show(story(BLANK));
    await watch(sb, '#storybook-root');
    await sb.show(story(storyName));
    const ms = await settled(sb, 'required');
    if (Number.isNaN(ms)) throw new Error(`${name}: the story never settled`);
    if (storyName === OURS) firstMount ??= ms;
    return ms;
  },
});

interface Press {
  readonly ms: number;
  readonly from: string | null;
  readonly to: string | null;
  readonly role: string | null;
  readonly tabIndex: number | null;
  /** Whether the grid scrolled to bring the cell into view. */
  readonly scrolled: boolean;
}

/** Arms the timing of the next press of `key`; 'move' waits for focus to reach another cell. */
async function arm(sb: StorybookPage, key: string, until: 'move' | 'frame'): Promise<void> {
  await sb.page.evaluate(
    ({ key, until }) => {
      const w = window as unknown as { __mxPress?: Promise<Press> };
      const focused = () => (document.activeElement instanceof HTMLElement ? document.activeElement : null);
      const from = focused()?.dataset.pos ?? null;
      const grid = document.querySelector('#storybook-root [role="grid"]');
      const scroll = () => `${grid?.scrollTop}:${grid?.scrollLeft}`;
      const before = scroll();
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      w.__mxPress = new Promise<Press>((resolve) => {
        let start: number | null = null;
        let moved = false;
        const onFocusIn = (event: FocusEvent) => {
          if (start !== null && event.target instanceof HTMLElement && event.target.dataset.pos !== from) moved = true;
        };
        const onKeyDown = async (event: KeyboardEvent) => {
          if (event.key !== key || start !== null) return;
          start = performance.now();
          window.removeEventListener('keydown', onKeyDown, true);
          // Polled once a frame: the first frame that finds focus on another cell ends the timing.
          while (performance.now() - start < 5_000) {
            const now = await frame();
            const element = focused();
            if (until === 'frame' || (moved && element?.dataset.pos !== from)) {
              document.removeEventListener('focusin', onFocusIn, true);
              return resolve({
                ms: now - start,
                from,
                to: element?.dataset.pos ?? null,
                role: element?.getAttribute('role') ?? null,
                tabIndex: element?.tabIndex ?? null,
                scrolled: scroll() !== before,
              });
            }
          }
          document.removeEventListener('focusin', onFocusIn, true);
          const to = focused()?.dataset.pos ?? null;
          resolve({ ms: Number.NaN, from, to, role: null, tabIndex: null, scrolled: scroll() !== before });
        };
        window.addEventListener('keydown', onKeyDown, true);
        document.addEventListener('focusin', onFocusIn, true);
      });
    },
    { key, until },
  );
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const rowOf = (pos: string | null) => Number(pos?.split(':')[0]);
const colOf = (pos: string | null) => Number(pos?.split(':')[1]);

/** What each kind of press must do to the focused cell; a press that does otherwise throws. */
const EXPECT: Record<string, { until: 'move' | 'frame'; check: (from: string | null, to: string | null) => boolean }> =
  {
    Shift: { until: 'frame', check: (from, to) => from === to },
    ArrowRight: { until: 'move', check: (from, to) => rowOf(to) === rowOf(from) && colOf(to) === colOf(from) + 1 },
    PageDown: { until: 'move', check: (from, to) => rowOf(to) > rowOf(from) && colOf(to) === colOf(from) },
  };

/** Where focus went in each case's last sample, and every timed press, for the notes. */
const paths = new Map<string, string[]>();
const presses = new Map<string, Press[]>();
/** Presses after which the focused cell sat outside the grid's visible area, once settled. */
const hidden = new Map<string, number>();

/** Whether the focused cell lies wholly inside the grid's scrollport, clear of the sticky headers. */
function focusedInView(sb: StorybookPage): Promise<boolean> {
  return sb.page.evaluate(() => {
    const cell = document.activeElement;
    const grid = cell?.closest<HTMLElement>('[role="grid"]');
    if (!cell || !grid) return false;
    const c = cell.getBoundingClientRect();
    const g = grid.getBoundingClientRect();
    const top = grid.querySelector('[role="row"]')?.getBoundingClientRect().bottom ?? g.top;
    const start = cell.parentElement?.querySelector('[role="rowheader"]')?.getBoundingClientRect().right ?? g.left;
    const right = g.left + grid.clientLeft + grid.clientWidth;
    const bottom = g.top + grid.clientTop + grid.clientHeight;
    return c.top >= top - 0.5 && c.left >= start - 0.5 && c.right <= right + 0.5 && c.bottom <= bottom + 0.5;
  });
}

const focusMove = (name: string, key: string): BrowserBenchCase => ({
  name,
  sample: async (sb) => {
    const expect = EXPECT[key];
    if (!expect) throw new Error(`no expectation for ${key}`);
    // Untimed: a fresh grid, settled, with focus on its one tabIndex=0 cell (0:0).
    await watch(sb, '#storybook-root');
    await sb.show(story(OURS));
    await settled(sb, 'optional');
    await sb.page.locator(`${CELL}[tabindex="0"]`).focus();
    const timed: Press[] = [];
    const path: string[] = [];
    let outOfView = 0;
    for (let i = 0; i < PRESSES; i++) {
      // Untimed: whatever the previous press set going (focus, scrolling) has finished.
      await watch(sb, '#storybook-root');
      await settled(sb, 'optional', QUIET_BETWEEN_PRESSES);
      if (i > 0 && !(await focusedInView(sb))) outOfView++;
      await arm(sb, key, expect.until);
      await sb.page.keyboard.press(key);
      const press = await sb.page.evaluate(() => (window as unknown as { __mxPress: Promise<Press> }).__mxPress);
      if (Number.isNaN(press.ms)) throw new Error(`${name}: focus stayed on ${press.from} after ${key}`);
      if (press.role !== 'gridcell' || press.tabIndex !== 0 || !expect.check(press.from, press.to)) {
        throw new Error(
          `${name}: ${key} took focus from ${press.from} to ${press.to} (role ${press.role}, tabIndex ${press.tabIndex})`,
        );
      }
      if (path.length === 0) path.push(press.from ?? '?');
      if (press.to !== path.at(-1)) path.push(press.to ?? '?');
      timed.push(press);
    }
    await watch(sb, '#storybook-root');
    await settled(sb, 'optional', QUIET_BETWEEN_PRESSES);
    if (!(await focusedInView(sb))) outOfView++;
    paths.set(name, path);
    // The runner's first round warms up and is left out of the table: the same here.
    if (presses.has(name)) {
      presses.get(name)?.push(...timed);
      hidden.set(name, (hidden.get(name) ?? 0) + outOfView);
    } else presses.set(name, []);
    return timed.reduce((sum, p) => sum + p.ms, 0) / timed.length;
  },
});

export default [
  defineBench({
    kind: 'browser',
    name: 'matrix: mount 200 × 2,000',
    samples: 10,
    baseline: mount('story switch alone (empty box)', BLANK),
    cases: [mount('TraceabilityMatrix', OURS)],
    notes: async (sb) => {
      await sb.show(story(BLANK));
      await watch(sb, '#storybook-root');
      await sb.show(story(OURS));
      await settled(sb, 'required');
      const dom = await sb.page.evaluate(() => {
        const grid = document.querySelector('#storybook-root [role="grid"]');
        const box = grid?.getBoundingClientRect();
        return {
          cells: document.querySelectorAll('#storybook-root [role="gridcell"]').length,
          elements: document.querySelectorAll('#storybook-root *').length,
          rowCount: Number(grid?.getAttribute('aria-rowcount')),
          colCount: Number(grid?.getAttribute('aria-colcount')),
          size: box ? `${Math.round(box.width)}×${Math.round(box.height)}` : 'none',
        };
      });
      // aria-rowcount and aria-colcount count the header row and the header column too.
      const cells = (dom.rowCount - 1) * (dom.colCount - 1);
      return [
        `grid: aria-rowcount ${dom.rowCount} × aria-colcount ${dom.colCount} (${dom.rowCount - 1} rows × ${dom.colCount - 1} columns = ${cells.toLocaleString('en')} cells), drawn ${dom.size} px`,
        `after mount: ${dom.cells} [role="gridcell"] in the DOM, ${dom.elements} elements under #storybook-root`,
        `first mount on the page (builds the scorer's report, kept per plan; warm-up, not in the median): ${firstMount?.toFixed(0)} ms`,
      ];
    },
  }),
  defineBench({
    kind: 'browser',
    name: 'matrix: focus move',
    samples: 10,
    baseline: focusMove('key the grid ignores (Shift) to next frame', 'Shift'),
    cases: [focusMove('one cell (ArrowRight)', 'ArrowRight'), focusMove('one page (PageDown)', 'PageDown')],
    notes: async (sb) => [
      `each sample: the mean of ${PRESSES} presses from cell 0:0 of a freshly mounted grid`,
      `after the last sample: ${await sb.page.locator(CELL).count()} [role="gridcell"] in the DOM`,
      ...[...paths].map(([name, path]) => `${name}, focus in the last sample: ${path.join(' → ')}`),
      ...[...presses].map(([name, list]) => {
        const part = (scrolled: boolean) => {
          const ms = list.filter((p) => p.scrolled === scrolled).map((p) => p.ms);
          return ms.length === 0
            ? 'none'
            : `${ms.length}, median ${median(ms).toFixed(2)} ms, max ${Math.max(...ms).toFixed(2)} ms`;
        };
        return `${name}, timed presses that scrolled the grid: ${part(true)}; that did not: ${part(false)}; focused cell outside the grid's visible area once settled after ${hidden.get(name) ?? 0} of ${list.length}`;
      }),
    ],
  }),
];
