import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storybookSession } from '../support/session.js';
import type { StorybookPage } from '../support/storybook.js';
import { formatViolations, runAxe } from './axe.js';

// RoadmapTimeline against last quarter's review in real Chromium, on one page load: the ghosts of
// the baseline's dates measured against the time axis, the "what changed" list reached and
// filtered by keyboard, Enter on a change focusing its bar, and axe-core over that state in the
// light theme, then in the dark theme right to left (where a slip runs to the left).

const session = storybookSession();
let sb: StorybookPage;
let page: Page;

const root = () => page.locator('#storybook-root');
const bar = (title: string) => root().getByRole('button', { name: new RegExp(`^${title},`) });
/** The lane holding a bar, where its ghost, arrow and mark are drawn. */
const laneOf = (title: string) =>
  root()
    .locator('.tl-timeline-lane')
    .filter({ has: page.getByRole('button', { name: new RegExp(`^${title},`) }) });
const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
};
/** The month columns of the axis, left to right, with their labels. */
const months = () =>
  root()
    .locator('.tl-tick:not([data-major])')
    .evaluateAll((ticks) =>
      ticks.map((t) => {
        const r = t.getBoundingClientRect();
        return { label: t.textContent, left: r.left, right: r.right, width: r.width };
      }),
    );
/** The words an element's `aria-describedby` points at. */
const description = (locator: Locator) =>
  locator.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.getAttribute('type') ?? el?.tagName.toLowerCase()}: ${el?.closest('label')?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent}`;
  });

async function expectNoViolations(label: string) {
  const violations = await runAxe(page);
  expect(violations, `${label}:\n${formatViolations(violations)}`).toEqual([]);
}

describe('RoadmapTimeline against a baseline in Chromium', () => {
  it('draws ghosts at the baseline’s dates, and its change list goes to a bar by keyboard', async () => {
    sb = await session.open('views-roadmaptimeline--against-last-quarter');
    page = sb.page;

    // Strengthen team reporting ran 5 Oct – 4 Dec at the review: its ghost starts 4 days into
    // October's column and ends 4 days into December's (after 4 Dec), whatever today's bar does.
    const axis = await months();
    const oct = axis.findIndex((m) => m.label === 'Oct');
    const octCol = axis[oct];
    const decCol = axis.slice(oct).find((m) => m.label === 'Dec');
    if (!octCol || !decCol) throw new Error('the axis has no October and December');
    const ghost = await box(laneOf('Strengthen team reporting').locator('.tl-timeline-ghost'));
    expect(ghost.x).toBeCloseTo(octCol.left + (4 / 31) * octCol.width, 0);
    expect(ghost.x + ghost.width).toBeCloseTo(decCol.left + (4 / 31) * decCol.width, 0);
    // Today's bar (2 Nov – 31 Dec) ends 27 days later: the arrow runs from the ghost's end to it.
    const today = await box(bar('Strengthen team reporting'));
    const arrow = await box(laneOf('Strengthen team reporting').locator('.tl-timeline-slip'));
    expect(arrow.x).toBeCloseTo(ghost.x + ghost.width, 0);
    expect(arrow.x + arrow.width).toBeCloseTo(today.x + today.width, 0);
    expect(await laneOf('Strengthen team reporting').locator('.tl-timeline-baseline-mark').textContent()).toBe('+27 d');

    // Tab from the roadmap reaches the filter; the arrows move within it, as in any radio group.
    await bar('Harden real-time sync').focus();
    for (let i = 0; i < 12 && !(await focused()).startsWith('radio'); i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('radio: All (11)');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('radio: Slipped (3)');
    const changes = root().getByRole('region', { name: 'Changes since Q3 review' });
    await expect
      .poll(() => changes.getByRole('listitem').allTextContents())
      .toEqual([
        'Improve onboarding activation: 21 days later',
        'Strengthen team reporting: 27 days later',
        'Analytics-ready event platform: moved from Next to Later',
      ]);
    // Tab leaves the group for the list; Enter on a change focuses its bar, which says its slip.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('button: Strengthen team reporting: 27 days later');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => bar('Strengthen team reporting').evaluate((el) => el === document.activeElement))
      .toBe(true);
    expect(await bar('Strengthen team reporting').getAttribute('aria-current')).toBe('true');
    expect(await description(bar('Strengthen team reporting'))).toMatch(/27 days later than Q3 review$/);
    await expectNoViolations('light, filtered to slipped, a bar selected from the list');

    // Right to left in the dark theme: later runs to the left, so the ghost ends right of today's end.
    await sb.applyTheme('dark');
    await sb.applyDirection('rtl');
    await sb.settle();
    const rtlGhost = await box(laneOf('Strengthen team reporting').locator('.tl-timeline-ghost'));
    const rtlToday = await box(bar('Strengthen team reporting'));
    const rtlArrow = await box(laneOf('Strengthen team reporting').locator('.tl-timeline-slip'));
    expect(rtlGhost.x).toBeGreaterThan(rtlToday.x + 20);
    expect(rtlArrow.x).toBeCloseTo(rtlToday.x, 0);
    expect(rtlArrow.x + rtlArrow.width).toBeCloseTo(rtlGhost.x, 0);
    await expectNoViolations('dark, right to left');
    expect(sb.errors).toEqual([]);
  });
});
