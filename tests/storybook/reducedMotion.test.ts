import { describe, expect, it } from 'vitest';
import { storybookSession } from '../support/session.js';

// prefers-reduced-motion: reduce, as a reader who asked for it gets it in Chromium.

const session = storybookSession({ reducedMotion: 'reduce' });

describe('reduced motion in Chromium', () => {
  it('lets backlog rows make room for a dragged item without sliding', async () => {
    const { page } = await session.open('views-backloglist--product-backlog');
    await page
      .getByRole('button', { name: /^Reorder / })
      .first()
      .focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    const second = page.locator('.tl-backlog-row').nth(1);
    // The row below moved up to make room: the drag library gave it a transform.
    await expect.poll(() => second.evaluate((row) => getComputedStyle(row).transform)).not.toBe('none');
    const durations = await page
      .locator('.tl-backlog-row')
      .evaluateAll((rows) => rows.map((row) => getComputedStyle(row).transitionDuration));
    expect(new Set(durations)).toEqual(new Set(['0s']));
    await page.keyboard.press('Escape');
  });
});
