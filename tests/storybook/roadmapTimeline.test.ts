import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pressAtOnce } from '../support/keys.js';
import { storybookSession } from '../support/session.js';
import type { StorybookPage } from '../support/storybook.js';

// RoadmapTimeline in real Chromium: pointer and keyboard reschedule asserted on the change the
// component emits (the story's host prints it), zoom and resize asserted on what is drawn.

let sb: StorybookPage;
let page: Page;

const session = storybookSession({ acceptDownloads: true });

async function open(id: string) {
  sb = await session.open(id);
  page = sb.page;
}

const lastChange = () => session.lastChange();
const bar = (title: string) => page.getByRole('button', { name: new RegExp(`^${title},`) });
const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
};
/** Width of one column of the time axis (a month at quarter zoom). */
const columnWidth = async () => (await box(page.locator('.tl-tick:not([data-major])').nth(1))).width;

async function drag(locator: Locator, dx: number) {
  const b = await box(locator);
  const x = b.x + Math.min(40, b.width / 2);
  const y = b.y + b.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x + (dx * i) / 8, y);
  await page.mouse.up();
}

describe('RoadmapTimeline in Chromium', () => {
  it('reschedules by pointer: a bar dragged one column later emits one reschedule of a month', async () => {
    await open('views-roadmaptimeline--sample-plan');
    const onboarding = bar('Improve onboarding activation');
    const before = await box(onboarding);
    const column = await columnWidth();
    await drag(onboarding, column * 1.2);
    await expect.poll(lastChange).toEqual({
      type: 'reschedule',
      initiativeId: 'init-onboarding',
      start: '2026-11-01',
      end: '2027-01-18',
    });
    const after = await box(onboarding);
    expect(after.x - before.x).toBeGreaterThan(column * 0.8);
    expect(after.x - before.x).toBeLessThan(column * 1.2);
    expect(sb.errors).toEqual([]);
  });

  it('treats a click without movement as selection, not a move', async () => {
    await open('views-roadmaptimeline--sample-plan');
    await bar('Gantt chart view for Northwind Logistics').click();
    const details = page.getByRole('group', { name: 'Details' });
    await expect
      .poll(() => details.locator('.tl-details-title').textContent())
      .toBe('Gantt chart view for Northwind Logistics');
    expect(await lastChange()).toBeNull();
  });

  it('reschedules by keyboard: arrows preview, Enter commits, focus stays on the bar', async () => {
    await open('views-roadmaptimeline--sample-plan');
    await bar('Improve onboarding activation').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('[aria-live="polite"]').first().textContent())
      .toMatch(/^Improve onboarding activation: .*Enter to save, Escape to cancel\.$/);
    await page.keyboard.press('Enter');
    await expect.poll(lastChange).toEqual({
      type: 'reschedule',
      initiativeId: 'init-onboarding',
      start: '2026-12-01',
      end: '2027-02-18',
    });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(
      /^Improve onboarding activation, \d+% done, Now, committed,/,
    );
  });

  it('counts every key pressed before it renders again: down three items, three steps later', async () => {
    await open('views-roadmaptimeline--sample-plan');
    const label = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    const onboarding = bar('Improve onboarding activation');
    // Three items down, one key at a time, waiting for focus to move each time.
    await onboarding.focus();
    let expected = await label();
    for (let i = 0; i < 3; i++) {
      const was = expected;
      await page.keyboard.press('ArrowDown');
      await expect.poll(label).not.toBe(was);
      expected = await label();
    }
    // The same keys, and a reschedule, with no render between them.
    await onboarding.focus();
    await pressAtOnce(page, ['ArrowDown', 'ArrowDown', 'ArrowDown']);
    await expect.poll(label).toBe(expected);
    await onboarding.focus();
    await pressAtOnce(page, ['ArrowRight', 'ArrowRight', 'ArrowRight', 'Enter']);
    await expect.poll(lastChange).toEqual({
      type: 'reschedule',
      initiativeId: 'init-onboarding',
      start: '2027-01-01',
      end: '2027-03-18',
    });
  });

  it('cancels a pointer drag with Escape-free release at the start, and a keyboard move on Escape', async () => {
    await open('views-roadmaptimeline--sample-plan');
    const sso = bar('Enterprise identity and access');
    await drag(sso, 2);
    await sso.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    expect(await lastChange()).toBeNull();
  });

  it('moves a bar to the next horizon by pointer in the Now / Next / Later layout', async () => {
    await open('views-roadmaptimeline--now-next-later');
    const onboarding = bar('Improve onboarding activation');
    const column = (await box(onboarding)).width + 12;
    await drag(onboarding, column);
    await expect.poll(lastChange).toEqual({ type: 'reschedule', initiativeId: 'init-onboarding', horizonId: 'h-next' });
  });

  it('moves nothing when read-only', async () => {
    await open('views-roadmaptimeline--read-only');
    await drag(bar('Improve onboarding activation'), 300);
    await bar('Improve onboarding activation').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await lastChange()).toBeNull();
  });

  it('zooms: a month column is wider than a quarter column is per month, a year column narrower', async () => {
    await open('views-roadmaptimeline--sample-plan');
    const onboarding = bar('Improve onboarding activation');
    const quarter = (await box(onboarding)).width;
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await expect.poll(async () => (await box(onboarding)).width).toBeGreaterThan(quarter * 1.5);
    await page.getByRole('button', { name: 'Year', exact: true }).click();
    await expect.poll(async () => (await box(onboarding)).width).toBeLessThan(quarter);
    expect(await page.locator('.tl-tick[data-major]').first().textContent()).toBe('2026');
  });

  it('keeps the date in view when zooming: what was at the start of the view stays there', async () => {
    // A narrow window, so the quarter zoom already scrolls.
    sb = await session.open('views-roadmaptimeline--sample-plan', { viewport: { width: 900, height: 800 } });
    page = sb.page;
    const scroller = page.locator('.tl-timeline-scroll');
    const governance = bar('Governance controls for admins');
    const headerWidth = await page
      .locator('.tl-timeline-lane-header')
      .first()
      .evaluate((el) => el.getBoundingClientRect().width);
    /** How far the bar starts after the start of the visible time (where the lane headers end). */
    const offset = async () => (await box(governance)).x - (await box(scroller)).x - headerWidth;
    const before = await offset();
    // Scrolled till the bar starts 20 px into the visible time.
    await scroller.evaluate((el, by) => el.scrollBy({ left: by, behavior: 'instant' }), before - 20);
    await expect.poll(offset).toBeCloseTo(20, 0);
    const scrolled = await offset();
    const quarterWidth = (await box(governance)).width;
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await expect.poll(async () => (await box(governance)).width).toBeGreaterThan(quarterWidth * 1.5);
    // Time is linear on both axes: the same dates at the start of the view put the bar's start as
    // many more pixels away as the bar grew wider (give or take a day's width).
    const expected = scrolled * ((await box(governance)).width / quarterWidth);
    expect(Math.abs((await offset()) - expected)).toBeLessThanOrEqual(8);
  });

  it('opens on today when today lies beyond the first screen', async () => {
    await open('views-roadmaptimeline--opens-on-today');
    const scroller = page.locator('.tl-timeline-scroll');
    const area = await box(scroller);
    const today = await box(page.locator('.tl-timeline-today'));
    expect(await scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(today.x).toBeGreaterThan(area.x);
    expect(today.x).toBeLessThan(area.x + area.width);
    // The sample plan's own opening screen starts at the scroll's start: today is in view there.
    await open('views-roadmaptimeline--month-zoom');
    expect(await page.locator('.tl-timeline-scroll').evaluate((el) => el.scrollLeft)).toBe(0);
  });

  it("lays bars out at the theme's bar height, and follows a density switched above it", async () => {
    await open('views-roadmaptimeline--compact');
    const onboarding = bar('Improve onboarding activation');
    const height = async () => (await box(onboarding)).height;
    await expect.poll(height).toBeCloseTo(34, 0);
    // The host switches density on its own wrapper, without re-rendering the timeline.
    await page
      .locator('[data-tl-density]')
      .first()
      .evaluate((el) => el.setAttribute('data-tl-density', 'comfortable'));
    await expect.poll(height).toBeCloseTo(44, 0);
    // Rows grow with the bars: two bars stacked in one lane still do not overlap.
    const boxes = await page.locator('.tl-timeline-bar').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return {
          lane: el.closest('[data-lane]')?.getAttribute('data-lane'),
          top: r.top,
          bottom: r.bottom,
          left: r.left,
          right: r.right,
        };
      }),
    );
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b || a.lane !== b.lane) continue;
        const apart = a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1;
        expect(apart).toBe(true);
      }
  });

  it('lays itself out for its container: columns follow a resize', async () => {
    await open('views-roadmaptimeline--now-next-later');
    const onboarding = bar('Improve onboarding activation');
    const wide = (await box(onboarding)).width;
    await page.setViewportSize({ width: 1000, height: 1000 });
    await expect.poll(async () => (await box(onboarding)).width).toBeLessThan(wide - 100);
    const scroller = page.getByRole('group', { name: 'Roadmap' });
    const overflow = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.setViewportSize({ width: 1400, height: 1000 });
  });

  it('runs time from right to left in a right-to-left page, and the arrows follow', async () => {
    await open('views-roadmaptimeline--right-to-left');
    const now = await box(bar('Enterprise identity and access'));
    const next = await box(bar('Governance controls for admins'));
    expect(now.x).toBeGreaterThan(next.x);
    await bar('Improve onboarding activation').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect.poll(lastChange).toMatchObject({ initiativeId: 'init-onboarding', start: '2026-11-01' });
  });

  it('keeps keyboard focus through virtualised lanes: End reaches the last lane of 1,000 initiatives', async () => {
    await open('views-roadmaptimeline--thousand-initiatives');
    const lanes = page.locator('.tl-timeline-lane');
    expect(await lanes.count()).toBeLessThan(20);
    await page.locator('.tl-timeline-bar').first().focus();
    await page.keyboard.press('End');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('.tl-timeline-lane')?.getAttribute('data-lane') ?? null),
      )
      .not.toBeNull();
    const lastLane = await page.evaluate(() =>
      document.activeElement?.closest('.tl-timeline-lane')?.getAttribute('data-lane'),
    );
    await page.keyboard.press('Home');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('tl-timeline-milestone')))
      .toBe(true);
    expect(lastLane).not.toBe('');
    expect(await lanes.count()).toBeLessThan(20);
  });

  it('downloads SVG and PNG images drawn from the view', async () => {
    await open('views-roadmaptimeline--sample-plan');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    expect(svg.suggestedFilename()).toBe('roadmap.svg');
    const svgText = await (await svg.createReadStream()).toArray();
    expect(Buffer.concat(svgText).toString('utf8')).toContain('Improve onboarding activation');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('roadmap.png');
    const bytes = Buffer.concat(await (await png.createReadStream()).toArray());
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(sb.errors).toEqual([]);
  });
  it('names the exact initiative in every gesture when ids hold separators, quotes and emoji', async () => {
    await open('views-roadmaptimeline--ids-with-separators');
    const label = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    // Milestones come first in the reading order; after the last (GA) comes the bar whose id is
    // `milestone:2`, although a milestone's id is `2`.
    await page.getByRole('button', { name: /^GA, release,/ }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(label).toMatch(/^Sync engine rewrite,/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(lastChange).toEqual({
      type: 'reschedule',
      initiativeId: 'milestone:2',
      start: '2026-11-05',
      end: '2026-12-20',
    });
    // A click selects it as the initiative it is: its details show.
    await bar('Sync engine rewrite').click();
    const details = page.getByRole('group', { name: 'Details' });
    await expect.poll(() => details.locator('.tl-details-title').textContent()).toBe('Sync engine rewrite');
    // A drag names the initiative whose id holds quotes; the keyboard one whose id is `PROJ::1`.
    await drag(bar('Friendlier empty states'), (await columnWidth()) * 1.2);
    await expect.poll(lastChange).toEqual({
      type: 'reschedule',
      initiativeId: `say "hi" it's`,
      start: '2026-11-12',
      end: '2026-12-06',
    });
    await bar('Bulk import from Jira').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect.poll(lastChange).toMatchObject({ initiativeId: 'PROJ::1', start: '2026-10-02' });
    // The dependency of `PROJ::1` on `milestone:2` is drawn.
    expect(await page.locator('.tl-link').count()).toBe(1);
    expect(sb.errors).toEqual([]);
  });
});
