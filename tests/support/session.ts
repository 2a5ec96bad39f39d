import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { launchChromium } from './chromium.js';
import { StorybookPage } from './storybook.js';

/**
 * One Chromium for a test file, and a fresh preview page for each test that opens a story (the
 * page before it is closed). Call at the top level of a test file.
 */
export function storybookSession(options: BrowserContextOptions = {}) {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let current: StorybookPage | undefined;
  let extra: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...options });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await current?.page.close();
    await extra?.close();
    current = undefined;
    extra = undefined;
  });
  const page = (): Page => {
    if (!current) throw new Error('open a story first');
    return current.page;
  };
  return {
    /** Opens a story in a new preview page; with options, in a context of its own (touch, say). */
    async open(id: string, contextOptions?: BrowserContextOptions): Promise<StorybookPage> {
      if (!browser || !context) throw new Error('the browser did not start');
      if (contextOptions)
        extra = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...contextOptions });
      current = await StorybookPage.open(extra ?? context, inject('storybookUrl'), id);
      return current;
    },
    /** The change the story's host printed last (the `Last change` output), or null. */
    async lastChange(): Promise<unknown> {
      const text = (await page().getByRole('status', { name: 'Last change' }).textContent()) ?? '';
      return text.startsWith('{') ? JSON.parse(text) : null;
    },
  };
}
