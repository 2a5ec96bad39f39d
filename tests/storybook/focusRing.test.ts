import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { changedPixels } from '../support/pixels.js';
import { storybookSession } from '../support/session.js';

// The focus ring, seen as pixels: for a part focused by keyboard, how much of each of its four
// edges looks different from the same part unfocused. A ring clipped by an ancestor, painted
// over by a neighbour or hidden under a sticky header leaves an edge unchanged.

let page: Page;
const session = storybookSession();

async function open(id: string) {
  page = (await session.open(id)).page;
}

interface Edges {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * Screenshots the part's box unfocused and focused, and returns for each edge the share of its
 * length (corners left out) where some pixel of a band `band` px deep inside the box changed.
 */
async function ringCoverage(part: Locator, band = 4): Promise<Edges> {
  await part.scrollIntoViewIfNeeded();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const box = await part.boundingBox();
  if (!box) throw new Error('the part is not drawn');
  // The box rounded outwards: a ring on a fractional edge still lands inside the picture.
  const [x, y] = [Math.floor(box.x), Math.floor(box.y)];
  const clip = { x, y, width: Math.ceil(box.x + box.width) - x, height: Math.ceil(box.y + box.height) - y };

  const before = await page.screenshot({ clip });
  // A key first, so focus from script shows as keyboard focus (:focus-visible).
  await page.keyboard.press('Shift');
  await part.evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
  expect(await part.evaluate((el) => el === document.activeElement && el.matches(':focus-visible'))).toBe(true);
  const { width, height, changed } = await changedPixels(page, before, await page.screenshot({ clip }));
  const differs = (px: number, py: number) => changed[py * width + px] ?? false;
  const corner = 6;
  const along = (length: number, hit: (t: number) => boolean) => {
    let count = 0;
    let total = 0;
    for (let t = corner; t < length - corner; t++, total++) if (hit(t)) count++;
    return total === 0 ? 0 : count / total;
  };
  const inBand = (from: number, to: number, fn: (k: number) => boolean) => {
    for (let k = from; k < to; k++) if (fn(k)) return true;
    return false;
  };
  return {
    top: along(width, (t) => inBand(0, band, (k) => differs(t, k))),
    bottom: along(width, (t) => inBand(height - band, height, (k) => differs(t, k))),
    left: along(height, (t) => inBand(0, band, (k) => differs(k, t))),
    right: along(height, (t) => inBand(width - band, width, (k) => differs(k, t))),
  };
}

const whole = { top: 0.9, right: 0.9, bottom: 0.9, left: 0.9 };
const expectRing = (edges: Edges) => {
  for (const side of ['top', 'right', 'bottom', 'left'] as const)
    expect(edges[side], `${side} edge of the ring`).toBeGreaterThanOrEqual(whole[side]);
};

describe('the focus ring in Chromium', () => {
  for (const story of ['sample-plan', 'dark-theme', 'right-to-left'] as const) {
    it(`shows whole on every timeline toolbar button (${story})`, async () => {
      await open(`views-roadmaptimeline--${story}`);
      const buttons = page.locator('.tl-timeline-segment button');
      const count = await buttons.count();
      expect(count).toBeGreaterThanOrEqual(9);
      for (let i = 0; i < count; i++) expectRing(await ringCoverage(buttons.nth(i)));
    });
  }

  for (const story of ['by-goal', 'dark-theme', 'compact'] as const)
    it(`shows whole on the matrix cell Tab lands on, on a cell amid others, and on headers (${story})`, async () => {
      await open(`views-traceabilitymatrix--${story}`);
      const grid = page.getByRole('grid', { name: 'Traceability' });
      expectRing(await ringCoverage(grid.locator('[tabindex="0"]')));
      expectRing(await ringCoverage(grid.locator('[role="gridcell"]').nth(14)));
      expectRing(await ringCoverage(grid.locator('[role="columnheader"]').nth(2)));
      expectRing(await ringCoverage(grid.locator('[role="rowheader"]').nth(1)));
    });

  it('shows whole on a timeline bar, a selected bar and a backlog handle', async () => {
    await open('views-roadmaptimeline--sample-plan');
    const bar = page.getByRole('button', { name: /^Improve onboarding activation,/ });
    expectRing(await ringCoverage(bar));
    await bar.click();
    expectRing(await ringCoverage(bar));
    await open('views-backloglist--product-backlog');
    expectRing(await ringCoverage(page.getByRole('button', { name: /^Reorder / }).first()));
  });
});
