import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storybookSession } from '../support/session.js';
import type { StorybookPage } from '../support/storybook.js';

// Plans straight from tracker exports (the fixtures in packages/import, through the importers, in
// the browser), as raw data every view salvages and draws: what a user sees on the first screen.

let sb: StorybookPage;
let page: Page;

const session = storybookSession();

async function open(id: string) {
  sb = await session.open(id);
  page = sb.page;
}

const story = (name: string) => `imported-from-trackers--imported-from-${name}`;
const backlogRows = (name: string) => page.getByRole('list', { name }).locator(':scope > li');

describe('Plans imported from trackers, in Chromium', () => {
  it('Jira: the report, the roadmap saying why it has no dates, the backlog, and the matrix offering initiatives', async () => {
    await open(story('jira'));
    await expect.poll(() => page.getByText(/^Jira CSV: read 17 rows; imported 13 items, 1 initiative/).count()).toBe(1);
    // The initiative has no dates: the timeline says so and lists it, rather than an empty chart.
    expect(await page.getByText('Nothing here has dates or a dated horizon', { exact: false }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Improve onboarding activation' }).count()).toBeGreaterThan(0);
    // Every imported item is in the product backlog, in the export's order, ids with separators included.
    expect(await backlogRows('Product backlog').count()).toBe(13);
    expect(await page.getByRole('link', { name: 'Guided setup checklist' }).getAttribute('href')).toBe(
      'https://acme.atlassian.net/browse/ONB-2',
    );
    // No goals in a Jira export: the matrix says so, and its way out draws cells.
    await page.getByRole('button', { name: 'Show initiatives as rows' }).click();
    await expect.poll(() => page.locator('[role="gridcell"]').count()).toBeGreaterThan(0);
    expect(sb.errors).toEqual([]);
  });

  it('Jira, 2,000 rows with epics as initiatives: initiatives fold into a counted list, both backlogs draw', async () => {
    await open(story('jira-epics-as-initiatives'));
    await expect
      .poll(() => page.getByText(/^Jira CSV, 2,000 rows: read 2,000 rows; imported 1,919 items/).count())
      .toBe(1);
    expect(await page.getByRole('button', { name: 'Show all 81' }).count()).toBe(1);
    // Virtualised: far fewer rows drawn than the backlog holds.
    const drawn = await backlogRows('Product backlog').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(400);
    expect(sb.errors).toEqual([]);
  });

  it('Linear: projects as initiatives, cycles as sprints, and the matrix offering items where there are no epics', async () => {
    await open(story('linear'));
    await expect
      .poll(() => page.getByText(/^Linear CSV: read 10 rows; imported 9 items, 2 initiatives/).count())
      .toBe(1);
    expect(await page.getByText('This plan has no epics. Show items as columns instead?').count()).toBe(1);
    await page.getByRole('button', { name: 'Show items as columns' }).click();
    await expect.poll(() => page.locator('[role="gridcell"]').count()).toBeGreaterThan(0);
    expect(sb.errors).toEqual([]);
  });

  it('GitHub: milestones as release horizons; with no initiatives the roadmap says what to add', async () => {
    await open(story('git-hub'));
    await expect.poll(() => page.getByText(/^GitHub issues: read 12 rows; imported 9 items/).count()).toBe(1);
    expect(await page.getByText('This roadmap has no initiatives yet.').count()).toBe(1);
    expect(await backlogRows('Product backlog').count()).toBe(9);
    expect(sb.errors).toEqual([]);
  });
});
