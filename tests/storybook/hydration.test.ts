import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { danglingIdReferences } from '../support/idReferences.js';
import { Pool } from '../support/pool.js';
import { type StaticServer, serveStatic } from '../support/static-server.js';
import { readStoryIndex, settle } from '../support/storybook.js';
import { buildHydrationPage } from './hydration/build.js';
import { loadStories, renderStory, type StoryToHydrate } from './hydration/server.js';

// Each story of Storybook's index rendered on the server (Node) and hydrated in Chromium, as a
// host's server page is: neither the server render nor hydration may log or raise an error
// (React's development build reports each attribute and text the server wrote differently), and
// no id reference (aria-describedby and the like, a label's `for`, an input's `list`) may point
// at nothing, right after hydration and again once the page has settled.
const entries = readStoryIndex().filter((entry) => entry.type === 'story');
const pageCount = 2;

// A reader in another language and time zone than the server's: a view given no `locale` writes
// en-US on the server and while hydrating (useLocale), and the reader's formats only after that.
const reader = { locale: 'de-DE', timezoneId: 'Pacific/Auckland' };

/** A page that hydrates one story after another, and what it logged since the story began. */
interface HydrationPage {
  readonly page: Page;
  readonly log: string[];
}

let stories: ReadonlyMap<string, StoryToHydrate>;
let outDir: string | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
const pages = new Pool<HydrationPage>();

/** Opens the built page; it loads each story file's module once, when a story of it comes. */
async function openPage(): Promise<HydrationPage> {
  if (!browser || !server) throw new Error('the browser or the page server did not start');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...reader });
  const page = await context.newPage();
  const log: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      log.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.push(`uncaught: ${error.message}`));
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => typeof window.hydrateStory === 'function');
  return { page, log };
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'tl-hydration-'));
  const built = outDir;
  [stories] = await Promise.all([loadStories(), buildHydrationPage(built)]);
  server = await serveStatic(built, { file: 'index.html', how: 'the hydration page did not build' });
  browser = await launchChromium();
  for (let i = 0; i < pageCount; i++) pages.add(await openPage());
  // Building the page and loading every story file take a while on a shared two-core machine.
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

it('composes every story Storybook lists', ({ expect }) => {
  expect(entries.length).toBeGreaterThan(0);
  expect(entries.filter((entry) => !stories.has(entry.id)).map((entry) => entry.id)).toEqual([]);
});

for (const entry of entries) {
  // Concurrent tests assert through their own `expect`, or an assertion may count for another test.
  it.concurrent(`${entry.title} › ${entry.name}`, ({ expect }) =>
    pages.use(async ({ page, log }) => {
      const story = stories.get(entry.id);
      if (!story) throw new Error(`no story ${entry.id} in the story files: see the test above`);
      log.length = 0;
      const rendered = renderStory(story.Story);
      await page.evaluate(([file, id, html]) => window.hydrateStory(file, id, html), [
        story.file,
        entry.id,
        rendered.html,
      ] as const);
      await page
        .waitForFunction(() => window.hydration.settled || window.hydration.errors.length > 0, null, {
          timeout: 30_000,
        })
        .catch(() => undefined);
      const afterHydration = await danglingIdReferences(page);
      await settle(page);
      const afterSettling = await danglingIdReferences(page);
      const report = await page.evaluate(() => window.hydration);
      await page.evaluate(() => window.unmountStory());
      expect({
        server: rendered.errors,
        hydration: [...report.errors, ...log],
        settled: report.settled,
        afterHydration,
        afterSettling,
      }).toEqual({ server: [], hydration: [], settled: true, afterHydration: [], afterSettling: [] });
    }));
}
