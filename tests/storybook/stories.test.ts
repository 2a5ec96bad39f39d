import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { Pool } from '../support/pool.js';
import { readStoryIndex, StorybookPage } from '../support/storybook.js';
import { type AxeViolation, formatViolations, runAxe } from './axe.js';

// Every entry in Storybook's index: each must render without a console error or an uncaught
// exception, and axe-core must find no violation in it, as authored and again in the dark theme.
// Every story is checked in compact density, in forced colours and right to left as well.
const entries = readStoryIndex();
const pageCount = 2;

/** One way a host may show a view, applied over the story as authored. */
interface Mode {
  readonly name: string;
  apply(sb: StorybookPage): Promise<void>;
}

const dark: Mode = { name: 'dark theme', apply: (sb) => sb.applyTheme('dark') };
const compact: Mode = { name: 'compact density', apply: (sb) => sb.applyDensity('compact') };
const forcedColours: Mode = { name: 'forced colours', apply: (sb) => sb.emulateForcedColors('active') };
const rightToLeft: Mode = { name: 'right to left', apply: (sb) => sb.applyDirection('rtl') };

/**
 * The axe passes over a story, after the a11y addon's own over the story as authored (showing a
 * story fails when it finds a violation): two modes a pass, a colour mode with a layout mode, as
 * forced colours replace the theme's colours and so cannot share a pass with the dark theme. That
 * is as many passes as a story had before it was checked in more than two modes. The page's modes
 * come first, as `reset` takes them off; the theme and density on the story's wrapper stay until a
 * story is shown again. When a shared pass fails, each of its modes is checked alone, over the
 * story shown afresh, to name the one at fault.
 */
const storyPasses: readonly (readonly Mode[])[] = [
  [forcedColours, rightToLeft],
  [dark, compact],
];
/**
 * Docs pages, where the addon does not run, as authored and dark. They show the stories above
 * again (each checked in every mode on its own) around Storybook's own blocks, and the largest
 * take as long a pass as a dozen stories, so the other modes, which would only repeat those
 * checks, are left out there.
 */
const docsPasses: readonly (readonly Mode[])[] = [[], [dark]];

const label = (modes: readonly Mode[]) =>
  modes.length === 0 ? 'as authored' : modes.map((mode) => mode.name).join(' + ');

/** Takes off what showing another story does not: the page's emulation and direction. */
async function reset(sb: StorybookPage): Promise<void> {
  await sb.emulateForcedColors(null);
  await sb.applyDirection(null);
}

/** axe-core's violations in the story shown, with the modes applied over it. */
async function check(sb: StorybookPage, modes: readonly Mode[]): Promise<AxeViolation[]> {
  for (const mode of modes) await mode.apply(sb);
  if (modes.length > 0) await sb.settle();
  return runAxe(sb.page);
}

let browser: Browser;
let context: BrowserContext;
/** Preview pages lent to one test at a time; tests run concurrently over the small pool. */
const pages = new Pool<StorybookPage>();

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const first = entries.find((e) => e.type === 'story');
  if (!first) return;
  for (let i = 0; i < pageCount; i++) pages.add(await StorybookPage.open(context, inject('storybookUrl'), first.id));
});

afterAll(async () => {
  await browser?.close();
});

it('finds stories in the index', () => {
  expect(entries.filter((e) => e.type === 'story').length).toBeGreaterThan(0);
});

for (const entry of entries) {
  // Concurrent tests assert through their own `expect`, or an assertion may count for another test.
  it.concurrent(
    `${entry.title} › ${entry.name}`,
    ({ expect }) =>
      pages.use(async (sb) => {
        try {
          const story = entry.type === 'story';
          await sb.show(entry).catch((error: Error) => {
            throw new Error(`as authored: ${error.message}`);
          });
          if (story)
            expect(sb.reports, 'as authored: the a11y addon ran').toContainEqual({ type: 'a11y', status: 'passed' });
          const found: string[] = [];
          const failed: (readonly Mode[])[] = [];
          for (const modes of story ? storyPasses : docsPasses) {
            const violations = await check(sb, modes);
            await reset(sb);
            if (violations.length === 0) continue;
            found.push(`${label(modes)}:\n${formatViolations(violations)}`);
            if (modes.length > 1) failed.push(modes);
          }
          expect(sb.errors, sb.errors.join('\n')).toEqual([]);
          for (const mode of failed.flat()) {
            await sb.show(entry);
            const violations = await check(sb, [mode]);
            await reset(sb);
            found.push(
              `${mode.name} alone: ${violations.length === 0 ? 'clean' : `\n${formatViolations(violations)}`}`,
            );
          }
          expect(found.length, found.join('\n\n')).toBe(0);
        } finally {
          await reset(sb).catch(() => undefined);
        }
      }),
    // A docs page holds every story of a view (hundreds of rows for axe to walk), and a test's time
    // includes its wait for a free page.
    entry.type === 'docs' ? 180_000 : undefined,
  );
}
