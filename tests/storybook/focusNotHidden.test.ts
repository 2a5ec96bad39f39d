import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storybookSession } from '../support/session.js';

// Focus not obscured (WCAG 2.4.11) and reflow (1.4.10) in Chromium: after every key, the element
// holding focus is what the page shows at its centre and at its four corners: inside the viewport,
// inside its scroll area, and under no sticky header, in small viewports where the views are
// taller or wider than the screen.

let page: Page;
const session = storybookSession();

/** The points of the focused element (centre and corners, 2 px in) where something else is drawn, or it is off screen. */
const hiddenPoints = () =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return ['nothing focused'];
    const r = element.getBoundingClientRect();
    const inset = Math.min(2, r.width / 4, r.height / 4);
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + inset, r.top + inset],
      [r.right - inset, r.top + inset],
      [r.left + inset, r.bottom - inset],
      [r.right - inset, r.bottom - inset],
    ] as const;
    return points
      .filter(([x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return !hit || !(hit === element || element.contains(hit));
      })
      .map(
        ([x, y]) => `${Math.round(x)},${Math.round(y)}: ${document.elementFromPoint(x, y)?.className ?? 'off screen'}`,
      );
  });

async function walk(keys: readonly string[]) {
  const hidden: string[] = [];
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(50);
    const points = await hiddenPoints();
    if (points.length > 0)
      hidden.push(
        `${key} → ${await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.slice(0, 40))}: ${points.join('; ')}`,
      );
  }
  return hidden;
}

describe('focus never hidden in Chromium', () => {
  it('timeline, Now / Next / Later at 640 px: every bar the arrows reach shows whole', async () => {
    page = (await session.open('views-roadmaptimeline--now-next-later', { viewport: { width: 640, height: 700 } }))
      .page;
    await page.locator('.tl-timeline-bar[tabindex="0"], .tl-timeline-milestone[tabindex="0"]').first().focus();
    expect(await walk(Array.from({ length: 16 }, () => 'ArrowDown'))).toEqual([]);
  });

  it('matrix at 320 px: the grid reflows and every cell the arrows reach shows whole', async () => {
    page = (await session.open('views-traceabilitymatrix--by-initiative', { viewport: { width: 320, height: 640 } }))
      .page;
    await page.locator('[role="grid"] [tabindex="0"]').focus();
    expect(
      await walk(['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowDown', 'End', 'Home']),
    ).toEqual([]);
  });

  it('matrix at 640 × 450: arrows down past the bottom of the page scroll the page too', async () => {
    page = (await session.open('views-traceabilitymatrix--by-initiative', { viewport: { width: 640, height: 450 } }))
      .page;
    await page.locator('[role="grid"] [tabindex="0"]').focus();
    expect(await walk(Array.from({ length: 12 }, () => 'ArrowDown'))).toEqual([]);
  });
});
