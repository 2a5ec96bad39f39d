import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storybookSession } from '../support/session.js';

// BacklogList's roving focus in real Chromium: one tab stop per backlog whatever its length, the
// arrows going from row to row (drawn or not yet drawn), and Tab coming back to the row last used.

const session = storybookSession();
let page: Page;

async function open(id: string) {
  page = (await session.open(id)).page;
}

/** Where focus is: the backlog's heading, the row's place and item, and which control. */
const focused = () =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const row = active?.closest<HTMLElement>('[data-item-id]');
    const backlog = active?.closest('[data-backlog-kind]');
    return {
      backlog: backlog?.querySelector('h2')?.textContent ?? null,
      item: row?.dataset.itemId ?? null,
      position: Number(row?.getAttribute('aria-posinset') ?? Number.NaN),
      part: active?.dataset.part ?? null,
    };
  });

/** Elements of a backlog that Tab stops on. */
const tabStops = (heading: string) =>
  page.evaluate((name) => {
    const backlog = [...document.querySelectorAll('[data-backlog-kind]')].find(
      (element) => element.querySelector('h2')?.textContent === name,
    );
    const focusable = 'a[href], button, input, select, textarea, [tabindex]';
    return [...(backlog?.querySelectorAll<HTMLElement>(focusable) ?? [])].filter((e) => e.tabIndex >= 0).length;
  }, heading);

/** Whether the focused element lies wholly inside its list's scroll area and the window. */
const focusInView = () =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement;
    const r = active.getBoundingClientRect();
    const scroller = active.closest('.tl-backlog-scroll')?.getBoundingClientRect();
    const inWindow = r.top >= 0 && r.bottom <= window.innerHeight;
    return inWindow && (!scroller || (r.top >= scroller.top - 1 && r.bottom <= scroller.bottom + 1));
  });

async function tabUntilIn(backlog: string) {
  for (let i = 0; i < 40 && (await focused()).backlog !== backlog; i++) await page.keyboard.press('Tab');
  expect((await focused()).backlog).toBe(backlog);
}

describe('BacklogList roving focus in Chromium', () => {
  it('passes a 10,000-item backlog with one Tab, and Shift+Tab comes back to the same control', async () => {
    await open('views-backloglist--ten-thousand-items');
    expect(await tabStops('Product backlog')).toBe(1);
    await tabUntilIn('Product backlog');
    const entered = await focused();
    expect(entered).toMatchObject({ position: 1, part: 'check' });
    await page.keyboard.press('Tab');
    expect((await focused()).backlog).not.toBe('Product backlog');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toEqual(entered);
  });

  it('goes row to row with the arrows, to the ends with Home and End, a page with Page Down, the row always in view', async () => {
    await open('views-backloglist--ten-thousand-items');
    await tabUntilIn('Product backlog');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toMatchObject({ position: 2, part: 'check' });
    await page.keyboard.press('End');
    await expect.poll(async () => (await focused()).position).toBe(10000);
    await expect.poll(focusInView).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(async () => (await focused()).position).toBe(1);
    await expect.poll(focusInView).toBe(true);

    // A page is as many rows of the focused row's height as fit in the list's scroll area.
    const rowsInView = () =>
      page.evaluate(() => {
        const scroller = document.querySelector('.tl-backlog-scroll') as HTMLElement;
        const row = document.activeElement?.closest('li') as HTMLElement;
        return Math.floor(scroller.clientHeight / row.offsetHeight);
      });
    const down = await rowsInView();
    expect(down).toBeGreaterThan(1);
    await page.keyboard.press('PageDown');
    await expect.poll(async () => (await focused()).position).toBe(1 + down);
    await expect.poll(focusInView).toBe(true);
    const up = await rowsInView();
    await page.keyboard.press('PageUp');
    await expect.poll(async () => (await focused()).position).toBe(Math.max(1, 1 + down - up));
  });

  it('moves between a row’s controls with ←/→ and keeps the control from row to row; Tab returns to it', async () => {
    await open('views-backloglist--ten-thousand-items');
    await tabUntilIn('Product backlog');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toMatchObject({ position: 1, part: 'handle' });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toMatchObject({ position: 1, part: 'menu' });
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toMatchObject({ position: 31, part: 'menu' });
    await expect.poll(focusInView).toBe(true);
    const left = await focused();
    expect(await tabStops('Product backlog')).toBe(1);
    await page.keyboard.press('Tab');
    expect((await focused()).backlog).not.toBe('Product backlog');
    // Scrolled away with the wheel, the row holding the stop is still there for Shift+Tab.
    await page
      .locator('.tl-backlog-scroll')
      .first()
      .evaluate((element) => {
        element.scrollTop = element.scrollHeight / 2;
      });
    await page.keyboard.press('Shift+Tab');
    await expect.poll(focused).toEqual(left);
  });

  it('goes from group to group with the arrows in a grouped backlog, one tab stop for all its groups', async () => {
    await open('views-backloglist--grouped-by-epic');
    const heading = await page.locator('[data-backlog-kind] h2').first().textContent();
    expect(await tabStops(heading as string)).toBe(1);
    await tabUntilIn(heading as string);
    const firstGroupSize = await page.locator('[data-backlog-kind] ul').first().locator(':scope > li').count();
    for (let i = 0; i < firstGroupSize; i++) await page.keyboard.press('ArrowDown');
    const inSecond = await page.evaluate(() => {
      const lists = [...document.querySelectorAll('[data-backlog-kind] ul')];
      return lists.indexOf(document.activeElement?.closest('ul') as Element);
    });
    expect(inSecond).toBe(1);
    await page.keyboard.press('Control+ArrowUp');
    const backInFirst = await page.evaluate(() => {
      const lists = [...document.querySelectorAll('[data-backlog-kind] ul')];
      const list = document.activeElement?.closest('ul') as Element;
      return [lists.indexOf(list), list.querySelector('li') === document.activeElement?.closest('li')];
    });
    expect(backInFirst).toEqual([0, true]);
  });

  it('gives each backlog on the board its own stop, and Space on a roved-to handle still picks the row up', async () => {
    await open('views-backloglist--product-and-sprint');
    const product = 'Relay product backlog';
    await tabUntilIn(product);
    await page.keyboard.press('Tab');
    const next = await focused();
    expect(next.backlog).not.toBe(product);
    expect(next.backlog).not.toBeNull();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toMatchObject({ part: 'handle' });
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.locator('[role="status"][aria-live]').allTextContents())
      .toContainEqual(expect.stringMatching(/^Picked up .*, position 2 of \d+ in Relay product backlog\.$/));
    // During the drag the arrows move the row, not focus.
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.locator('[role="status"][aria-live]').allTextContents())
      .toContainEqual(expect.stringMatching(/is over position 3 of \d+ in Relay product backlog\.$/));
    await page.keyboard.press('Escape');
  });

  for (const viewport of [
    { width: 320, height: 640 },
    { width: 640, height: 450 },
  ]) {
    it(`keeps the focused row control whole in view at ${viewport.width} × ${viewport.height}`, async () => {
      page = (await session.open('views-backloglist--ten-thousand-items', { viewport })).page;
      await tabUntilIn('Product backlog');
      for (const key of [
        'ArrowRight',
        'ArrowRight',
        'ArrowDown',
        'ArrowDown',
        'ArrowDown',
        'PageDown',
        'End',
        'Home',
      ]) {
        await page.keyboard.press(key);
        await expect.poll(focusInView, { message: `after ${key}` }).toBe(true);
      }
      expect(await focused()).toMatchObject({ position: 1, part: 'menu' });
    });
  }
});
