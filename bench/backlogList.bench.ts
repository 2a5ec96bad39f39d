import type { StorybookPage } from '../tests/support/storybook.js';
import { readStoryIndex } from '../tests/support/storybook.js';
import { type BrowserBenchCase, defineBench } from './define.js';

// BacklogList against @hello-pangea/dnd on the same 10,000-item product backlog, in Chromium
// (stories in bench/stories). Mount: from switching to the story until it has rendered.
// Keyboard move: a row picked up with Space, then one ArrowDown timed from the key to the
// screen-reader announcement both libraries make once the move is drawn. Sustained keyboard move:
// the same pick-up, then 20 ArrowDown presses about 250 ms apart, each timed the same way; a sample
// is the move's worst step (the goal is one frame for every step), and the notes give each step.

const story = (id: string) => {
  const entry = readStoryIndex().find((e) => e.id === id);
  if (!entry) throw new Error(`No story ${id}: run pnpm bench without --no-build`);
  return entry;
};
const OURS = 'benchmarks-backlog-10-000--throughline';
const PEER = 'benchmarks-backlog-10-000--hello-pangea-dnd';

/**
 * Shows a story, trying again when a loaded machine keeps it from rendering within Storybook's
 * 20 s (the peer's 10,000 rows are all in the DOM). Resolves to the time the shown attempt took.
 */
async function open(sb: StorybookPage, id: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sb.show(story(id));
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/**
 * Shows a story for a keyboard sample, where only the move is timed: after Storybook gives up
 * (it then reloads the page on the story), waits as long as the story takes to draw its rows.
 */
async function openForMove(sb: StorybookPage, id: string): Promise<void> {
  try {
    await sb.show(story(id));
  } catch {
    await sb.page
      .getByRole('button', { name: /^Reorder / })
      .first()
      .waitFor({ timeout: 180_000 });
    await sb.page.waitForTimeout(1000);
  }
}

const mount = (name: string, id: string): BrowserBenchCase => ({ name, sample: (sb) => open(sb, id) });

/**
 * Milliseconds from a real key press (as Chromium delivers it) to the next change of any live
 * region, both read in the page: the keydown by a capturing listener on window, the announcement
 * by a MutationObserver. NaN when nothing is announced within `limit` ms.
 */
async function timeKey(sb: StorybookPage, key: string, limit = 2000): Promise<number> {
  await sb.page.evaluate(() => {
    const w = window as unknown as { __tlKeyAt: number | null; __tlAnnounced: Promise<number> };
    w.__tlKeyAt = null;
    w.__tlAnnounced = new Promise<number>((resolve) => {
      const observer = new MutationObserver((mutations) => {
        const announced = mutations.some((m) => {
          const node = m.target instanceof Element ? m.target : m.target.parentElement;
          return node?.closest('[aria-live]') !== null && node?.closest('[aria-live]') !== undefined;
        });
        if (!announced || w.__tlKeyAt === null) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document.body, { childList: true, characterData: true, subtree: true });
    });
    window.addEventListener(
      'keydown',
      () => {
        w.__tlKeyAt = performance.now();
      },
      { capture: true, once: true },
    );
  });
  await sb.page.keyboard.press(key);
  return sb.page.evaluate(async (wait) => {
    const w = window as unknown as { __tlKeyAt: number | null; __tlAnnounced: Promise<number> };
    const end = await Promise.race([
      w.__tlAnnounced,
      new Promise<number>((r) => setTimeout(() => r(Number.NaN), wait)),
    ]);
    return end - (w.__tlKeyAt ?? Number.NaN);
  }, limit);
}

const move = (name: string, id: string): BrowserBenchCase => ({
  name,
  sample: async (sb) => {
    await openForMove(sb, id);
    const handle = sb.page.getByRole('button', { name: /^Reorder / }).first();
    await handle.focus();
    // The pick-up is not timed: wait until it is announced (a long list is measured on lift).
    const lifted = await timeKey(sb, 'Space', 20_000);
    if (Number.isNaN(lifted)) throw new Error(`${name}: the pick-up was never announced`);
    await sb.page.waitForTimeout(300);
    const ms = await timeKey(sb, 'ArrowDown');
    await sb.page.waitForTimeout(200);
    await sb.page.keyboard.press('Escape');
    await sb.page.waitForTimeout(200);
    return ms;
  },
});

const STEPS = 20;
/** Every step of every sample of the sustained move, per case, for the notes. */
const steps = new Map<string, number[][]>();

const sustained = (name: string, id: string): BrowserBenchCase => ({
  name,
  sample: async (sb) => {
    await openForMove(sb, id);
    const handle = sb.page.getByRole('button', { name: /^Reorder / }).first();
    await handle.focus();
    const lifted = await timeKey(sb, 'Space', 20_000);
    if (Number.isNaN(lifted)) throw new Error(`${name}: the pick-up was never announced`);
    await sb.page.waitForTimeout(300);
    const times: number[] = [];
    for (let step = 0; step < STEPS; step++) {
      times.push(await timeKey(sb, 'ArrowDown'));
      await sb.page.waitForTimeout(250);
    }
    await sb.page.keyboard.press('Escape');
    await sb.page.waitForTimeout(300);
    const all = steps.get(name) ?? [];
    all.push(times);
    steps.set(name, all);
    // A step never announced counts as the worst.
    return times.some(Number.isNaN) ? Number.POSITIVE_INFINITY : Math.max(...times);
  },
});

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Per case: median and worst step over every sample (the first, warm-up, sample left out), and each step's median. */
function stepNotes(): string[] {
  const lines: string[] = [];
  const medians = new Map<string, number>();
  for (const [name, samples] of steps) {
    const measured = samples.slice(1);
    const all = measured.flat();
    medians.set(name, median(all));
    const perStep = Array.from({ length: STEPS }, (_, i) => median(measured.map((s) => s[i] ?? Number.NaN)));
    lines.push(
      `${name}: median step ${ms(median(all))}, worst step ${ms(Math.max(...all))} over ${measured.length} × ${STEPS} steps; per step (median of samples): ${perStep.map((v) => v.toFixed(1)).join(' ')}`,
    );
  }
  const ours = medians.get('BacklogList');
  const peer = medians.get('@hello-pangea/dnd (peer)');
  if (ours !== undefined && peer !== undefined)
    lines.push(`median step ratio to the peer: ${(ours / peer).toFixed(2)}×`);
  return lines;
}

const rowsInDom = async (sb: StorybookPage, id: string) => {
  await sb.show(story(id));
  return sb.page.locator('#storybook-root li').count();
};

export default [
  defineBench({
    kind: 'browser',
    name: 'mount 10,000-item backlog',
    samples: 8,
    baseline: mount('@hello-pangea/dnd (peer)', PEER),
    cases: [mount('BacklogList', OURS)],
    notes: async (sb) => [
      `rows in the DOM: BacklogList ${await rowsInDom(sb, OURS)}, @hello-pangea/dnd ${await rowsInDom(sb, PEER)}`,
    ],
  }),
  defineBench({
    kind: 'browser',
    name: 'keyboard move, 10,000 items',
    samples: 8,
    baseline: move('@hello-pangea/dnd (peer)', PEER),
    cases: [move('BacklogList', OURS)],
  }),
  defineBench({
    kind: 'browser',
    name: 'keyboard move, 20 steps, 10,000 items (worst step)',
    samples: 4,
    baseline: sustained('@hello-pangea/dnd (peer)', PEER),
    cases: [sustained('BacklogList', OURS)],
    notes: async () => stepNotes(),
  }),
];
