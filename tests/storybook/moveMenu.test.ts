import { describe, expect, it } from 'vitest';
import { storybookSession } from '../support/session.js';

// BacklogList's "Move …" menu in Chromium: on screen for every row, whatever the viewport, and
// Tab leaves it the way it leaves any menu.

const session = storybookSession();

const inViewport = (rect: { x: number; y: number; width: number; height: number }, width: number, height: number) =>
  rect.x >= 0 && rect.y >= 0 && rect.x + rect.width <= width && rect.y + rect.height <= height;

describe('the Move menu in Chromium', () => {
  // Every row on a desktop; every third on a phone (the same rows, shifted by a narrower box).
  for (const [viewport, step] of [
    [{ width: 1280, height: 800 }, 1],
    [{ width: 320, height: 640 }, 3],
  ] as const)
    it(`opens inside the viewport for every row (${viewport.width}×${viewport.height}, every ${step})`, async () => {
      const { page } = await session.open('views-backloglist--product-and-sprint', { viewport });
      const buttons = page.getByRole('button', { name: /^Move / });
      const count = await buttons.count();
      expect(count).toBeGreaterThan(20);
      const outside: string[] = [];
      for (let i = 0; i < count; i += step) {
        const button = buttons.nth(i);
        await button.scrollIntoViewIfNeeded();
        await button.click();
        const menu = page.getByRole('menu');
        const box = await menu.boundingBox();
        if (!box || !inViewport(box, viewport.width, viewport.height))
          outside.push(`${await button.getAttribute('aria-label')}: ${JSON.stringify(box)}`);
        await page.keyboard.press('Escape');
        await expect.poll(() => menu.count()).toBe(0);
      }
      expect(outside).toEqual([]);
    });

  it('closes on Tab and moves on from its button (to the next backlog), never to the page', async () => {
    const { page } = await session.open('views-backloglist--product-and-sprint');
    const button = page.getByRole('button', { name: /^Move / }).first();
    await button.click();
    await expect.poll(() => page.getByRole('menu').count()).toBe(1);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    const after = await page.evaluate(() => ({
      tag: document.activeElement?.tagName,
      label: document.activeElement?.getAttribute('aria-label'),
    }));
    expect(after.tag).not.toBe('BODY');
    expect(after.label).not.toBe(await button.getAttribute('aria-label'));
    await page.keyboard.press('Shift+Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(await button.getAttribute('aria-label'));
  });
});
