import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSalvageNotice, TRACKER_EXPORT_NOTICE } from '../support/salvage.js';
import { storybookSession } from '../support/session.js';
import type { StorybookPage } from '../support/storybook.js';

// RoadmapTimeline in real Chromium on plans of awkward shapes: far from today, crowded lanes,
// hundreds of unscheduled initiatives, no goals, no horizons, no backlog, and a tracker export
// with problems.

let sb: StorybookPage;
let page: Page;

const session = storybookSession();

async function open(id: string) {
  sb = await session.open(id);
  page = sb.page;
}

const bar = (title: string) => page.getByRole('button', { name: new RegExp(`^${title},`) });

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
};
/** Bars at least partly inside the visible part of the time axis. */
const barsInView = () =>
  page.evaluate(() => {
    const scroller = document.querySelector('.tl-timeline-scroll')?.getBoundingClientRect();
    const header = document.querySelector('.tl-timeline-lane-header')?.getBoundingClientRect().width ?? 0;
    if (!scroller) return 0;
    return [...document.querySelectorAll('.tl-timeline-bar')].filter((b) => {
      const r = b.getBoundingClientRect();
      return (
        r.right > scroller.left + header &&
        r.left < scroller.right &&
        r.bottom > scroller.top &&
        r.top < scroller.bottom
      );
    }).length;
  });
const countIn = async (locator: Locator) => Number((await locator.textContent())?.match(/\((\d+)\)/)?.[1] ?? 0);

describe('RoadmapTimeline on plans of every shape in Chromium', () => {
  it('opens a plan that ended long before today on its work, with "Earlier work" to go back', async () => {
    await open('views-roadmaptimeline--work-in-the-past');
    expect(await barsInView()).toBeGreaterThan(0);
    // Today lies far to the right, out of view.
    const scroller = await box(page.locator('.tl-timeline-scroll'));
    expect((await box(page.locator('.tl-timeline-today'))).x).toBeGreaterThan(scroller.x + scroller.width);
    const earlier = page.getByRole('button', { name: /^Earlier work \(\d+\)$/ });
    const before = await countIn(earlier);
    expect(before).toBeGreaterThan(0);
    await earlier.click();
    // The nearest earlier bar is scrolled into view and focused; fewer lie before the view now.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('tl-timeline-bar') ?? false))
      .toBe(true);
    const focused = await box(page.locator(':focus'));
    expect(focused.x + focused.width).toBeGreaterThan(scroller.x);
    expect(focused.x).toBeLessThan(scroller.x + scroller.width);
    await expect.poll(async () => ((await earlier.count()) === 0 ? 0 : await countIn(earlier))).toBeLessThan(before);
    // What was in view is now later: "Later work" takes the reader back, by keyboard too.
    const later = page.getByRole('button', { name: /^Later work \(\d+\)$/ });
    await later.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('tl-timeline-bar') ?? false))
      .toBe(true);
    expect(sb.errors).toEqual([]);
  });

  it('opens a plan that starts long after today on its first work', async () => {
    await open('views-roadmaptimeline--work-in-the-future');
    expect(await page.locator('.tl-timeline-scroll').evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await barsInView()).toBeGreaterThan(0);
    const scroller = await box(page.locator('.tl-timeline-scroll'));
    expect((await box(page.locator('.tl-timeline-today'))).x).toBeLessThan(scroller.x);
    // No work lies before the view: nothing to go back to.
    expect(await page.getByRole('button', { name: /^Earlier work/ }).count()).toBe(0);
  });

  it('shows the first rows of a lane of 120 overlapping initiatives and "+N more" that shows the rest', async () => {
    await open('views-roadmaptimeline--crowded-lane');
    const lane = page.getByRole('group', { name: 'Platform migrations' });
    const more = lane.getByRole('button', { name: '+114 more in Platform migrations' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await lane.locator('.tl-timeline-bar').count()).toBe(6);
    // The next lane is on the first screen, not 120 rows down.
    const quiet = await box(page.getByRole('group', { name: 'Quiet lane' }));
    const scroller = await box(page.locator('.tl-timeline-scroll'));
    expect(quiet.y + quiet.height).toBeLessThan(scroller.y + scroller.height);
    await more.click();
    const fewer = lane.getByRole('button', { name: 'Show fewer in Platform migrations' });
    await expect.poll(() => fewer.getAttribute('aria-expanded')).toBe('true');
    // Every row now, drawn only near the visible ones.
    expect((await box(lane)).height).toBeGreaterThan(120 * 30);
    const drawn = await lane.locator('.tl-timeline-bar').count();
    expect(drawn).toBeGreaterThan(6);
    expect(drawn).toBeLessThan(120);
    await fewer.click();
    await expect.poll(() => lane.locator('.tl-timeline-bar').count()).toBe(6);
    expect(sb.errors).toEqual([]);
  });

  it('keeps lane headers in place and only the lanes in view in the page with 30 lanes', async () => {
    await open('views-roadmaptimeline--many-lanes');
    const lanes = page.locator('.tl-timeline-lane');
    expect(await lanes.count()).toBeLessThan(30);
    const scroller = page.locator('.tl-timeline-scroll');
    const header = page.locator('.tl-timeline-lane-header').first();
    const x = (await box(header)).x;
    await scroller.evaluate((el) => el.scrollBy({ left: 500, behavior: 'instant' }));
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect((await box(header)).x).toBeCloseTo(x, 0);
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight, behavior: 'instant' }));
    await expect.poll(() => page.getByRole('group', { name: 'Theme 30', exact: true }).count()).toBe(1);
    expect(await lanes.count()).toBeLessThan(30);
  });

  it('folds hundreds of unscheduled initiatives into counted groups, and moves them to Now / Next / Later', async () => {
    await open('views-roadmaptimeline--hundreds-unscheduled');
    const list = page.getByRole('group', { name: 'Not scheduled' });
    const ideas = list.getByRole('button', { name: /^Idea \d+ from the feedback board$/ });
    expect(await ideas.count()).toBe(12);
    await list.getByRole('group', { name: 'Someday (150)' }).getByRole('button', { name: 'Show all 150' }).click();
    await expect.poll(() => ideas.count()).toBe(156);
    await list.getByRole('button', { name: 'Show them in Now / Next / Later' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Now / Next / Later', exact: true }).getAttribute('aria-pressed'))
      .toBe('true');
    expect(await list.count()).toBe(0);
    expect(await page.locator('.tl-tick', { hasText: 'Someday' }).count()).toBe(1);
    expect(sb.errors).toEqual([]);
  });

  it('says a plan without goals has nothing to group lanes by goal, and switches to lanes by theme', async () => {
    await open('views-roadmaptimeline--no-goals');
    const notices = page.getByRole('group', { name: 'About this view' });
    await expect.poll(() => notices.textContent()).toContain('This plan has no goals');
    expect(await page.getByRole('group', { name: 'No goal' }).count()).toBe(1);
    await notices.getByRole('button', { name: 'Lanes by theme' }).click();
    await expect.poll(() => page.getByRole('group', { name: 'Theme 1', exact: true }).count()).toBe(1);
    expect(await notices.count()).toBe(0);
  });

  it('says Now / Next / Later has no columns without horizons, and switches to the time axis', async () => {
    await open('views-roadmaptimeline--no-horizons');
    const notices = page.getByRole('group', { name: 'About this view' });
    await expect.poll(() => notices.textContent()).toContain('This plan has no horizons');
    await notices.getByRole('button', { name: 'Show by month' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Month', exact: true }).getAttribute('aria-pressed'))
      .toBe('true');
    expect(await page.getByRole('button', { name: 'Timeline', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await barsInView()).toBeGreaterThan(0);
    expect(await notices.count()).toBe(0);
  });

  it('says "no backlog work" on bars when the plan has no backlog items, not 0% done', async () => {
    await open('views-roadmaptimeline--no-backlog-items');
    const bars = page.locator('.tl-timeline-bar');
    expect(await bars.count()).toBeGreaterThan(0);
    const names = await bars.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    for (const name of names) {
      expect(name).toMatch(/^[^,]+, no backlog work,/);
      expect(name).not.toContain('% done');
    }
    expect(await page.getByRole('group', { name: 'About this view' }).textContent()).toContain(
      'No backlog items trace to these initiatives yet',
    );
  });
});

describe('RoadmapTimeline given a tracker export with problems', () => {
  it('draws the salvaged roadmap, under a notice of what was set aside', async () => {
    await open('views-roadmaptimeline--data-with-problems-salvaged');
    const notice = await readSalvageNotice(page);
    expect(notice).toMatchObject({ count: 1, headline: TRACKER_EXPORT_NOTICE, alerts: 0, focusUntouched: true });
    expect(notice.problems.map((p) => p.match(/\[([a-z-]+)\]$/)?.[1])).toEqual([
      'invalid-date',
      'invalid-date',
      'duplicate-id',
      'dangling-reference',
      'dependency-cycle',
    ]);
    // The initiatives are drawn: the one imported twice once, its copy left out, the cycle's two kept.
    expect(await bar('Improve onboarding activation').count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Gantt chart view for Northwind Logistics/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Gantt chart view \(imported twice\)/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Analytics-ready event platform/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Self-serve workspace insights/ }).count()).toBe(1);
    expect(sb.errors).toEqual([]);
  });
});
