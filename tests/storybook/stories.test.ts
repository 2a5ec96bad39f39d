import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { readStoryIndex, StorybookPage } from '../support/storybook.js';
import { formatViolations, runAxe } from './axe.js';

// Every entry in Storybook's index: each must render without a console error or an uncaught
// exception, and axe-core must find no violation in it, as authored and again in the dark theme.
const entries = readStoryIndex();
const pageCount = 2;

let browser: Browser;
let context: BrowserContext;
const idle: StorybookPage[] = [];
const waiting: ((page: StorybookPage) => void)[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const first = entries.find((e) => e.type === 'story');
  if (!first) return;
  for (let i = 0; i < pageCount; i++) idle.push(await StorybookPage.open(context, inject('storybookUrl'), first.id));
});

afterAll(async () => {
  await browser?.close();
});

/** Lends a preview page to one test at a time; tests run concurrently over the small pool. */
async function withPage(run: (page: StorybookPage) => Promise<void>): Promise<void> {
  const page = idle.pop() ?? (await new Promise<StorybookPage>((resolve) => waiting.push(resolve)));
  try {
    await run(page);
  } finally {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  }
}

it('finds stories in the index', () => {
  expect(entries.filter((e) => e.type === 'story').length).toBeGreaterThan(0);
});

for (const entry of entries) {
  it.concurrent(`${entry.title} › ${entry.name}`, () =>
    withPage(async (sb) => {
      await sb.show(entry);
      const asAuthored = await runAxe(sb.page);
      await sb.applyTheme('dark');
      const dark = await runAxe(sb.page);
      expect(sb.errors, sb.errors.join('\n')).toEqual([]);
      expect(asAuthored, `as authored:\n${formatViolations(asAuthored)}`).toEqual([]);
      expect(dark, `dark theme:\n${formatViolations(dark)}`).toEqual([]);
    }));
}
