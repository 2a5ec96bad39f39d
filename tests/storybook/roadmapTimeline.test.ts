import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pressAtOnce } from '../support/keys.js';
import { readSalvageNotice, TRACKER_EXPORT_NOTICE } from '../support/salvage.js';
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
