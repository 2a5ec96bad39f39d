import type { StorybookPage } from '../tests/support/storybook.js';

// In-page timing of a render: from a start (now, or the next click) to the second animation frame
// after the last DOM change, once the DOM has been quiet. Shared by the browser suites so every
// chart and grid is timed the same way.

/** Frames without a DOM change that count as settled. */
export const QUIET_FRAMES = 10;

/** Starts counting DOM changes under `selector`, from now (mount) or from the next click (zoom). */
export async function watch(sb: StorybookPage, selector: string, from: 'now' | 'click' = 'now'): Promise<void> {
  await sb.page.evaluate(
    ({ selector, from }) => {
      const w = window as unknown as { __tlDomWatch?: DomWatch };
      w.__tlDomWatch?.observer.disconnect();
      const target = document.querySelector(selector);
      if (!target) throw new Error(`nothing matches ${selector}`);
      const state: DomWatch = {
        start: from === 'now' ? performance.now() : null,
        lastChange: null,
        observer: new MutationObserver(() => {
          if (state.start !== null) state.lastChange = performance.now();
        }),
      };
      state.observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
      if (from === 'click') {
        window.addEventListener(
          'click',
          () => {
            state.start = performance.now();
          },
          { capture: true, once: true },
        );
      }
      w.__tlDomWatch = state;
    },
    { selector, from },
  );
}

/**
 * Milliseconds from the watch's start to the second animation frame after the last DOM change,
 * once the DOM has been quiet for `quiet` frames (default QUIET_FRAMES). NaN when there was no change to time
 * within `limit` ms; with `change: 'optional'` (settling before a timed step) a DOM that stays
 * quiet from the start counts as settled.
 */
export function settled(
  sb: StorybookPage,
  change: 'required' | 'optional' = 'required',
  quiet = QUIET_FRAMES,
  limit = 20_000,
): Promise<number> {
  return sb.page.evaluate(
    async ({ quiet, change, limit }) => {
      const state = (window as unknown as { __tlDomWatch: DomWatch }).__tlDomWatch;
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      const frames: number[] = [];
      const deadline = performance.now() + limit;
      while (performance.now() < deadline) {
        frames.push(await frame());
        const last = state.lastChange ?? (change === 'optional' ? state.start : null);
        if (last === null || state.start === null) continue;
        const after = frames.filter((t) => t > last);
        if (after.length >= quiet) {
          state.observer.disconnect();
          return (after[1] as number) - state.start;
        }
      }
      state.observer.disconnect();
      return Number.NaN;
    },
    { quiet, change, limit },
  );
}

interface DomWatch {
  start: number | null;
  lastChange: number | null;
  observer: MutationObserver;
}
