import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../support/chromium.js';

// The three views on React 18 in real Chromium: a page built with Vite against React 18 and the
// packages' builds mounts each view, and one keyboard gesture per view emits its change.

it('bundles React 18 and no other React into the page', () => {
  const reacts = new Set(
    inject('smokeModules').flatMap((file) => /\/\.pnpm\/(react(?:-dom)?@[^/_]+)/.exec(file)?.[1] ?? []),
  );
  expect([...reacts].sort()).toEqual(['react-dom@18.3.1', 'react@18.3.1']);
});

describe('the views on React 18 in Chromium', () => {
  let browser: Browser;
  let page: Page;
  /** Console errors and uncaught exceptions of the page: React's warnings among them. */
  let errors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await page?.close();
    errors = [];
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    await page.goto(inject('smokeUrl'), { waitUntil: 'networkidle' });
  });

  /** The change the page printed last, or null. */
  const lastChange = async (): Promise<unknown> => {
    const text = (await page.getByRole('status', { name: 'Last change' }).textContent()) ?? '';
    return text.startsWith('{') ? JSON.parse(text) : null;
  };
  /** What the screen reader was last told: the views' live regions. */
  const announced = () => page.locator('[aria-live]').allTextContents();

  it('mounts the three views on React 18 without an error', async () => {
    expect(await page.getByRole('status', { name: 'React version' }).textContent()).toMatch(/^18\./);
    await expect.poll(() => page.getByRole('group', { name: 'Roadmap', exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByRole('list', { name: 'Relay product backlog' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('grid', { name: 'Traceability' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('RoadmapTimeline: ArrowRight then Enter on a bar reschedules it a month later', async () => {
    const bar = page.getByRole('button', { name: /^Improve onboarding activation,/ });
    await bar.focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(announced)
      .toContainEqual(expect.stringMatching(/^Improve onboarding activation: .*Enter to save/));
    await page.keyboard.press('Enter');
    await expect.poll(lastChange).toEqual({
      type: 'reschedule',
      initiativeId: 'init-onboarding',
      start: '2026-11-01',
      end: '2027-01-18',
    });
    expect(errors).toEqual([]);
  });

  it('BacklogList: Space, ArrowDown, Space on a drag handle moves the row one place down', async () => {
    const list = page.getByRole('list', { name: 'Relay product backlog' });
    const titles = () => list.locator(':scope > li .tl-backlog-title').allTextContents();
    const [first, second] = await titles();
    await page.getByRole('button', { name: `Reorder ${first}` }).focus();
    await page.keyboard.press('Space');
    await expect.poll(announced).toContainEqual(`Picked up ${first}, position 1 of 87 in Relay product backlog.`);
    await page.keyboard.press('ArrowDown');
    await expect.poll(announced).toContainEqual(`${first} is over position 2 of 87 in Relay product backlog.`);
    await page.keyboard.press('Space');
    await expect.poll(lastChange).toMatchObject({ type: 'reorder', backlogId: 'backlog-product', toIndex: 1 });
    expect((await titles()).slice(0, 2)).toEqual([second, first]);
    expect(errors).toEqual([]);
  });

  it('TraceabilityMatrix: Enter on an empty cell links its item and initiative', async () => {
    const empty = page.locator('[role="gridcell"]:not([data-link])').first();
    const pos = (await empty.getAttribute('data-pos')) ?? '';
    await empty.focus();
    await page.keyboard.press('Enter');
    await expect.poll(lastChange).toMatchObject({ type: 'link' });
    await expect
      .poll(() => page.locator(`[role="gridcell"][data-pos="${pos}"]`).getAttribute('data-link'))
      .toBe('direct');
    expect(errors).toEqual([]);
  });
});
