import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { changedPixels, inkShare } from '../support/pixels.js';
import { storybookSession } from '../support/session.js';

// Forced colours (Windows High Contrast and the like), as Chromium draws them: every colour is
// replaced, shadows and gradient backgrounds dropped. Each state the views draw must still look
// different from its neighbour state, and each strip that carries a quantity must still be drawn.

let page: Page;
const session = storybookSession({ forcedColors: 'active' });

async function open(id: string) {
  page = (await session.open(id)).page;
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
}

/** A picture of the part, with no focus anywhere (the focus ring is a state of its own). */
async function shot(part: Locator): Promise<Buffer> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return part.screenshot({ animations: 'disabled' });
}

/** The share of pixels that differ between two pictures of the same size. */
async function changed(a: Buffer, b: Buffer): Promise<number> {
  const { changed: pixels } = await changedPixels(page, a, b);
  return pixels.filter(Boolean).length / pixels.length;
}

const style = (part: Locator, property: string, pseudo?: string) =>
  part.evaluate((el, [p, s]) => getComputedStyle(el, s ?? null).getPropertyValue(p as string), [
    property,
    pseudo,
  ] as const);

describe('forced colours in Chromium', () => {
  it('tells a pressed toolbar toggle from an unpressed one, in the timeline and the matrix', async () => {
    await open('views-roadmaptimeline--sample-plan');
    const timeline = page.getByRole('button', { name: 'Timeline', exact: true });
    expect(await timeline.getAttribute('aria-pressed')).toBe('true');
    const pressed = await shot(timeline);
    await page.getByRole('button', { name: 'Now / Next / Later' }).click();
    await expect.poll(() => timeline.getAttribute('aria-pressed')).toBe('false');
    expect(await changed(pressed, await shot(timeline))).toBeGreaterThan(0.3);

    await open('views-traceabilitymatrix--by-initiative');
    const swap = page.getByRole('button', { name: 'Swap rows and columns' });
    const off = await shot(swap);
    await swap.click();
    await expect.poll(() => swap.getAttribute('aria-pressed')).toBe('true');
    expect(await changed(off, await shot(swap))).toBeGreaterThan(0.3);
  });

  it("draws a pressed toggle's label on the selection colour, with no backplate hiding it", async () => {
    /** A picture of the button's label alone: the box its text is laid out in. */
    const label = async (button: Locator) => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const clip = await button.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const { x, y, width, height } = range.getBoundingClientRect();
        return { x, y, width, height };
      });
      return page.screenshot({ clip, animations: 'disabled' });
    };
    await open('views-roadmaptimeline--sample-plan');
    const timeline = page.getByRole('button', { name: 'Timeline', exact: true });
    expect(await timeline.getAttribute('aria-pressed')).toBe('true');
    expect(await inkShare(page, await label(timeline))).toBeGreaterThan(0.1);

    await open('views-traceabilitymatrix--by-initiative');
    const swap = page.getByRole('button', { name: 'Swap rows and columns' });
    await swap.click();
    await expect.poll(() => swap.getAttribute('aria-pressed')).toBe('true');
    expect(await inkShare(page, await label(swap))).toBeGreaterThan(0.1);
  });

  it('tells a selected bar and a selected backlog row from unselected ones', async () => {
    await open('views-roadmaptimeline--sample-plan');
    const bar = page.getByRole('button', { name: /^Improve onboarding activation,/ });
    const before = await shot(bar);
    await bar.click();
    await expect.poll(() => bar.getAttribute('data-selected')).not.toBeNull();
    expect(await changed(before, await shot(bar))).toBeGreaterThan(0.05);

    await open('views-backloglist--product-backlog');
    const row = page.locator('.tl-backlog-row').first();
    const unselected = await shot(row);
    await row.getByRole('checkbox').check();
    await expect.poll(() => row.getAttribute('data-selected')).not.toBeNull();
    expect(await changed(unselected, await shot(row))).toBeGreaterThan(0.05);
  });

  it('still draws progress on bars, undated hatching, and its legend', async () => {
    await open('views-roadmaptimeline--initiative-without-dates');
    const bars = page.locator('.tl-timeline-bar');
    expect(await bars.count()).toBeGreaterThan(0);
    const undated = page.locator('.tl-timeline-bar[data-dated="false"]').first();
    expect(await style(undated, 'background-image')).toMatch(/gradient/);
    expect(await style(page.locator('.tl-legend-swatch[data-dated="false"]'), 'background-image')).toMatch(/gradient/);
    await open('views-roadmaptimeline--sample-plan');
    const partly = page.locator('.tl-timeline-bar[style*="--tl-bar-progress"]:not([style*="--tl-bar-progress: 0%"])');
    expect(await style(partly.first(), 'background-image', '::after')).toMatch(/gradient/);
  });

  it('still draws coverage bars and the heat of each cell', async () => {
    await open('views-traceabilitymatrix--by-initiative');
    const fill = page.locator('.tl-matrix-bar span').first();
    expect(await style(fill, 'background-color')).not.toBe(
      await style(page.locator('.tl-matrix-bar').first(), 'background-color'),
    );
    await page.getByLabel('Shade cells by').selectOption({ label: 'Count' });
    const hot = page.locator('[role="gridcell"][style*="--tl-matrix-heat"]');
    await expect.poll(() => hot.count()).toBeGreaterThan(0);
    const widths = await hot.evaluateAll((cells) =>
      cells.map((c) => Number.parseFloat(getComputedStyle(c, '::after').inlineSize)),
    );
    expect(Math.max(...widths)).toBeGreaterThan(0);
    expect(await style(page.locator('.tl-matrix-legend-ramp'), 'background-image')).toMatch(/gradient/);
  });
});
