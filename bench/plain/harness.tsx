import { type ReactNode, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { MountCase, MountSample, MountWindow } from './caseNames.js';
import { type Case, cases } from './cases.js';
import './plain.css';

// The plain-page mount benchmark's timing, run by the page itself: a view rendered with
// `createRoot(box).render(element)` into a fresh box, timed from that call to its settled DOM,
// then unmounted. No Storybook render, story switch or decorator takes part: the story that loads
// this module draws one line of text, and the box is a child of <body>.
//
// Settled, precisely:
// 1. The clock starts just before `root.render(element)`; the element (and its data) is built
//    before, and the empty box has been laid out and painted.
// 2. The element is wrapped in a component whose layout effect runs after every layout effect of
//    the view's first commit (React runs a parent's after its children's); there the box's
//    getBoundingClientRect() forces style and layout of the new DOM: `firstCommit`.
// 3. A MutationObserver on the box sees every later DOM change (renders from effects, measuring,
//    a virtualiser's second pass, a ResizeObserver's redraw) and forces layout again each time:
//    `lastChange` is the last of those.
// 4. Settled is the first animation frame after the last change, once QUIET_FRAMES frames have
//    passed with no change: the frame at which the browser can paint the finished view. The
//    sample is that frame's time (performance.now() in its requestAnimationFrame callback) less
//    the start. Paint itself, which follows the frame's callbacks, is not included.

/** Frames without a DOM change that count as settled. */
export const QUIET_FRAMES = 10;
/** A mount that has not settled by then fails. */
const LIMIT_MS = 120_000;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

function Committed({ onCommit, children }: { onCommit: () => void; children: ReactNode }) {
  useLayoutEffect(() => onCommit(), [onCommit]);
  return children;
}

const prepared = new Map<MountCase, ReactNode>();

function caseOf(name: MountCase): Case {
  const found = cases[name];
  if (!found) throw new Error(`No mount case named ${name}`);
  return found;
}

function prepare(name: MountCase): void {
  prepared.set(name, caseOf(name).prepare());
}

async function mount(name: MountCase): Promise<MountSample> {
  const spec = caseOf(name);
  if (!prepared.has(name)) prepare(name);
  const element = prepared.get(name);
  prepared.delete(name);

  const box = document.createElement('div');
  box.className = 'tl-plain-box tl-root';
  box.dataset.tlTheme = 'light';
  box.dataset.tlDensity = 'comfortable';
  box.style.width = `${spec.width}px`;
  box.style.height = `${spec.height}px`;
  for (const [property, value] of Object.entries(spec.vars ?? {})) box.style.setProperty(property, value);
  document.body.append(box);
  // The empty box laid out and painted before the clock starts.
  await frame();
  await frame();

  let failure: unknown = null;
  let firstCommit = Number.NaN;
  let lastChange = Number.NaN;
  let updates = 0;
  const observer = new MutationObserver(() => {
    box.getBoundingClientRect();
    lastChange = performance.now();
    updates += 1;
  });
  observer.observe(box, { subtree: true, childList: true, attributes: true, characterData: true });
  const root = createRoot(box, {
    onUncaughtError: (error) => {
      failure = error;
    },
  });
  const onCommit = () => {
    box.getBoundingClientRect();
    firstCommit = performance.now();
  };

  const start = performance.now();
  root.render(<Committed onCommit={onCommit}>{element}</Committed>);

  let settled = Number.NaN;
  const frames: number[] = [];
  try {
    while (Number.isNaN(settled)) {
      const now = await frame();
      if (failure !== null) throw failure;
      if (now - start > LIMIT_MS) throw new Error(`${name} did not settle within ${LIMIT_MS} ms`);
      frames.push(now);
      if (Number.isNaN(lastChange)) continue;
      const after = frames.filter((t) => t > lastChange);
      if (after.length >= QUIET_FRAMES) settled = after[0] as number;
    }
  } finally {
    observer.disconnect();
  }
  const elements = box.querySelectorAll('*').length;
  root.unmount();
  box.remove();
  await frame();
  return {
    case: name,
    settled: settled - start,
    firstCommit: firstCommit - start,
    lastChange: lastChange - start,
    updates,
    elements,
  };
}

/** Puts the benchmark's entry points on `window` (once per page load). */
export function installMountHarness(): void {
  const w = window as unknown as MountWindow;
  if (w.__throughlineMount) return;
  const log: MountSample[] = [];
  w.__throughlineMountLog = log;
  w.__throughlinePrepare = prepare;
  w.__throughlineMount = async (name) => {
    const sample = await mount(name);
    log.push(sample);
    return sample.settled;
  };
}
