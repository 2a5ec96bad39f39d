import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { slowDown } from '../support/chromium.js';
import { pressAtOnce } from '../support/keys.js';
import { readSalvageNotice, TRACKER_EXPORT_NOTICE } from '../support/salvage.js';
import { storybookSession } from '../support/session.js';
import type { StorybookPage } from '../support/storybook.js';

// TraceabilityMatrix in real Chromium: the keyboard grid over virtualised rows and columns (focus
// survives scrolling), sticky headers, and toggling cells asserted on the change emitted.

let sb: StorybookPage;
let page: Page;

const session = storybookSession();

async function open(id: string) {
  sb = await session.open(id);
  page = sb.page;
}

const lastChange = () => session.lastChange();
const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.pos ?? null);
const cellsInDom = () => page.locator('[role="gridcell"]').count();
const BIG = 'views-traceabilitymatrix--two-hundred-by-two-thousand';

/** Whether the focused cell shows whole in the part of the grid its sticky headers leave free. */
const inView = () =>
  page.evaluate(() => {
    const cell = document.activeElement as HTMLElement;
    const grid = cell.closest('[role="grid"]') as HTMLElement;
    const rtl = getComputedStyle(grid).direction === 'rtl';
    const g = grid.getBoundingClientRect();
    const c = cell.getBoundingClientRect();
    const header = (grid.querySelector('[role="row"]') as HTMLElement).getBoundingClientRect().height;
    const rowHeader = (grid.querySelector('[role="rowheader"]') as HTMLElement).getBoundingClientRect().width;
    const left = g.left + grid.clientLeft + (rtl ? 0 : rowHeader);
    const right = g.left + grid.clientLeft + grid.clientWidth - (rtl ? rowHeader : 0);
    const top = g.top + grid.clientTop + header;
    const bottom = g.top + grid.clientTop + grid.clientHeight;
    return c.left >= left - 1 && c.right <= right + 1 && c.top >= top - 1 && c.bottom <= bottom + 1;
  });

describe('TraceabilityMatrix in Chromium', () => {
  it('walks 400,000 cells by keyboard with only a few thousand in the DOM', async () => {
    await open(BIG);
    const grid = page.getByRole('grid', { name: 'Traceability' });
    expect(await grid.getAttribute('aria-rowcount')).toBe('201');
    expect(await grid.getAttribute('aria-colcount')).toBe('2001');
    expect(await cellsInDom()).toBeLessThan(3000);
    await page.locator('[role="gridcell"][tabindex="0"]').focus();
    expect(await focused()).toBe('0:0');
    await page.keyboard.press('End');
    await expect.poll(focused).toBe('0:1999');
    await page.keyboard.press('Control+End');
    await expect.poll(focused).toBe('199:1999');
    await page.keyboard.press('PageUp');
    await expect.poll(async () => Number((await focused())?.split(':')[0])).toBeLessThan(199);
    await page.keyboard.press('Control+Home');
    await expect.poll(focused).toBe('-1:-1');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toBe('0:0');
    expect(await cellsInDom()).toBeLessThan(3000);
    expect(sb.errors).toEqual([]);
  });

  it('keeps focus on a cell scrolled out of view, and moves on from it', async () => {
    await open(BIG);
    await page.locator('[role="gridcell"][tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('1:1');
    await page.getByRole('grid').evaluate((el) => {
      el.scrollTop = 6000;
      el.scrollLeft = 40_000;
    });
    await page.waitForTimeout(200);
    expect(await focused()).toBe('1:1');
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toBe('1:2');
    const cell = page.locator('[data-pos="1:2"]');
    const grid = await page.getByRole('grid').boundingBox();
    const box = await cell.boundingBox();
    expect(box && grid && box.y >= grid.y && box.y + box.height <= grid.y + grid.height).toBe(true);
  });

  it('scrolls the focused cell into the part of the grid the sticky headers leave free, however fast the keys come', async () => {
    await open(BIG);
    // Keys then arrive faster than the grid renders: none may be lost, and the scroll must follow the last.
    await slowDown(page, 6);
    await page.locator('[role="gridcell"][tabindex="0"]').focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toBe('0:12');
    await expect.poll(inView).toBe(true);
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
    await expect.poll(async () => Number((await focused())?.split(':')[0])).toBeGreaterThan(20);
    await expect.poll(inView).toBe(true);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toBe('0:0');
    await expect.poll(inView).toBe(true);
    // Twelve presses with no render between them: every one counts.
    await pressAtOnce(page, Array(12).fill('ArrowRight'));
    await expect.poll(focused).toBe('0:12');
    await expect.poll(inView).toBe(true);
  });

  it('mirrors right to left: row headers on the right, ArrowLeft moves on, the focused cell kept in view', async () => {
    await open('views-traceabilitymatrix--right-to-left');
    const grid = page.getByRole('grid');
    const gridBox = await grid.boundingBox();
    const rowHeader = await page.locator('[role="rowheader"]').first().boundingBox();
    if (!gridBox || !rowHeader) throw new Error('the grid is not laid out');
    // The row headers stand at the right edge (inside the grid's border).
    expect(Math.abs(rowHeader.x + rowHeader.width - (gridBox.x + gridBox.width))).toBeLessThanOrEqual(2);
    await page.locator('[role="gridcell"][tabindex="0"]').focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(focused).toBe('0:12');
    await expect.poll(inView).toBe(true);
    // Cells further on lie further left.
    const twelve = await page.locator('[data-pos="0:12"]').boundingBox();
    const eleven = await page.locator('[data-pos="0:11"]').boundingBox();
    expect((twelve?.x ?? 0) < (eleven?.x ?? 0)).toBe(true);
    await pressAtOnce(page, Array(12).fill('ArrowLeft'));
    await expect.poll(focused).toBe('0:24');
    await expect.poll(inView).toBe(true);
    // Back toward the start, cells come out from under the sticky row headers on the right.
    await pressAtOnce(page, Array(20).fill('ArrowRight'));
    await expect.poll(focused).toBe('0:4');
    await expect.poll(inView).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(focused).toBe('0:-1');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toBe('0:-1');
    expect(sb.errors).toEqual([]);
  });

  it('keeps the column headers at the top and the row headers at the start while scrolling', async () => {
    await open(BIG);
    const grid = page.getByRole('grid');
    await grid.evaluate((el) => {
      el.scrollTop = 3000;
      el.scrollLeft = 20_000;
    });
    await page.waitForTimeout(200);
    const gridBox = await grid.boundingBox();
    const header = await page.locator('[role="columnheader"]').nth(3).boundingBox();
    const rowHeader = await page.locator('[role="rowheader"]').nth(3).boundingBox();
    expect(Math.abs((header?.y ?? 0) - (gridBox?.y ?? 0))).toBeLessThanOrEqual(2);
    expect(Math.abs((rowHeader?.x ?? 0) - (gridBox?.x ?? 0))).toBeLessThanOrEqual(2);
  });

  it('links by click and unlinks by keyboard, one change each', async () => {
    await open('views-traceabilitymatrix--by-initiative');
    const empty = page.locator('[role="gridcell"]:not([data-link])').first();
    const pos = (await empty.getAttribute('data-pos')) ?? '';
    await empty.click();
    await expect.poll(lastChange).toMatchObject({ type: 'link' });
    const linked = page.locator(`[data-pos="${pos}"]`);
    await expect.poll(() => linked.getAttribute('data-link')).toBe('direct');
    await linked.focus();
    await page.keyboard.press('Enter');
    await expect.poll(lastChange).toMatchObject({ type: 'unlink' });
    await expect.poll(() => linked.getAttribute('data-link')).toBeNull();
  });
});

describe('TraceabilityMatrix on real plans in Chromium', () => {
  /** The focus position of the cell where the row titled `row` meets the work whose id is `itemId`. */
  const cellPos = (row: string, itemId: string) =>
    page.evaluate(
      ([title, id]) => {
        const rowHeader = [...document.querySelectorAll<HTMLElement>('[role="rowheader"]')].find(
          (h) => h.querySelector('.tl-matrix-title')?.textContent === title,
        );
        const columnHeader = [...document.querySelectorAll<HTMLElement>('[role="columnheader"]')].find((h) =>
          h.querySelector('.tl-matrix-id')?.textContent?.startsWith(`${id} · `),
        );
        const r = rowHeader?.dataset.pos?.split(':')[0];
        const c = columnHeader?.dataset.pos?.split(':')[1];
        return r === undefined || c === undefined ? null : { r: Number(r), c: Number(c) };
      },
      [row, itemId] as const,
    );

  it('a plan with no epics says so, and the way out shows its items as columns', async () => {
    await open('views-traceabilitymatrix--no-epics');
    await expect.poll(() => page.getByText('This plan has no epics. Show items as columns instead?').count()).toBe(1);
    expect(await page.getByRole('grid').count()).toBe(0);
    await page.getByRole('button', { name: 'Show items as columns' }).click();
    await expect.poll(() => page.getByRole('grid', { name: 'Traceability' }).count()).toBe(1);
    expect(await page.locator('[role="gridcell"][data-link="direct"]').count()).toBeGreaterThan(0);
    expect(await page.getByText('This plan has no epics').count()).toBe(0);
    expect(sb.errors).toEqual([]);
  });

  it('a plan with no goals offers initiatives as rows, and its findings come grouped with “…and N more”', async () => {
    await open('views-traceabilitymatrix--no-goals');
    await expect
      .poll(() => page.getByText('This plan has no goals, so no work can trace to one.', { exact: false }).count())
      .toBe(1);
    const findings = page.getByRole('group', { name: 'What the scorer found in this plan' });
    const group = findings.locator('li[data-rule="initiative-without-goal"][data-severity="warn"]');
    const count = Number(await group.getAttribute('data-count'));
    expect(count).toBeGreaterThan(3);
    const entries = group.locator('.tl-finding-group > li');
    expect(await entries.count()).toBe(3);
    const more = group.getByRole('button', { name: `…and ${count - 3} more` });
    await more.click();
    await expect.poll(() => entries.count()).toBe(count);
    expect(await group.getByRole('button', { name: 'Show fewer' }).getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('button', { name: 'Show initiatives as rows' }).click();
    await expect.poll(() => page.getByRole('grid', { name: 'Traceability' }).count()).toBe(1);
    // A row for every initiative (only those in view are in the DOM): more than the group named.
    const rowCount = await page.getByRole('grid').getAttribute('aria-rowcount');
    expect(Number(rowCount) - 1).toBeGreaterThan(count);
    expect(await page.locator('[role="gridcell"][data-link]').count()).toBeGreaterThan(0);
    // The grid's corner (Ctrl+Home, Enter) shows the plan's findings, grouped as before.
    await page.locator('[role="gridcell"][tabindex="0"]').focus();
    await page.keyboard.press('Control+Home');
    await expect.poll(focused).toBe('-1:-1');
    await page.keyboard.press('Enter');
    const details = page.getByRole('group', { name: 'What the scorer found in this plan' });
    await expect
      .poll(() =>
        details.locator('li[data-rule="initiative-without-goal"][data-severity="warn"] .tl-finding-more').textContent(),
      )
      .toBe(`…and ${count - 3} more`);
    expect(sb.errors).toEqual([]);
  });

  it('a plan with no items says so and offers no switch', async () => {
    await open('views-traceabilitymatrix--no-items');
    await expect.poll(() => page.getByText('This plan has no backlog items yet.').count()).toBe(1);
    expect(await page.getByRole('grid').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Show .* as (rows|columns)$/ }).count()).toBe(0);
  });

  it('ids with separators: goals expand into their own initiatives, and a click and a key toggle the exact ids', async () => {
    await open('views-traceabilitymatrix--ids-with-separators');
    const titles = () => page.locator('[role="rowheader"] .tl-matrix-title').allTextContents();
    await expect
      .poll(titles)
      .toEqual([
        'Teams activate in a day',
        'Guided setup',
        'Teams come back every week',
        'Import from a spreadsheet',
        'Weekly digest "lite" 📬',
      ]);
    // By click: the orphan spike onto the initiative `star/PROJ::1`.
    const spike = await cellPos('Import from a spreadsheet', "it's: 🧪 spike");
    if (!spike) throw new Error('no spike cell');
    await page.locator(`[data-pos="${spike.r}:${spike.c}"]`).click();
    await expect.poll(lastChange).toEqual({ type: 'link', itemId: "it's: 🧪 spike", initiativeId: 'star/PROJ::1' });
    // By keyboard from the clicked cell: the quoted, emoji story onto `milestone:2`.
    const story = await cellPos('Weekly digest "lite" 📬', 'ITEM 12 "quoted" 🚀');
    if (!story) throw new Error('no story cell');
    await page.locator('[role="gridcell"][tabindex="0"]').focus();
    const [r0 = 0, c0 = 0] = (await focused())?.split(':').map(Number) ?? [];
    const steps = (delta: number, forward: string, back: string) =>
      Array<string>(Math.abs(delta)).fill(delta > 0 ? forward : back);
    for (const key of [
      ...steps(story.r - r0, 'ArrowDown', 'ArrowUp'),
      ...steps(story.c - c0, 'ArrowRight', 'ArrowLeft'),
    ])
      await page.keyboard.press(key);
    await expect.poll(focused).toBe(`${story.r}:${story.c}`);
    await page.keyboard.press('Enter');
    await expect.poll(lastChange).toEqual({ type: 'link', itemId: 'ITEM 12 "quoted" 🚀', initiativeId: 'milestone:2' });
    // Space on a direct link unlinks it: the epic of `PROJ::1`.
    const epic = await cellPos('Guided setup', 'PROJ::1::epic');
    if (!epic) throw new Error('no epic cell');
    await page.locator(`[data-pos="${epic.r}:${epic.c}"]`).focus();
    await page.keyboard.press('Space');
    await expect.poll(lastChange).toEqual({ type: 'unlink', itemId: 'PROJ::1::epic' });
    // The rows stay where they were, each once.
    expect((await titles()).length).toBe(5);
    expect(sb.errors).toEqual([]);
  });
});

describe('TraceabilityMatrix given a tracker export with problems', () => {
  it('draws the salvaged grid, under a notice of what was set aside', async () => {
    await open('views-traceabilitymatrix--data-with-problems-salvaged');
    const notice = await readSalvageNotice(page);
    expect(notice).toMatchObject({ count: 1, headline: TRACKER_EXPORT_NOTICE, alerts: 0, focusUntouched: true });
    expect(notice.problems).toHaveLength(5);
    // Every initiative kept is a row: the one imported twice once, its copy left out.
    const titles = await page.locator('[role="rowheader"] .tl-matrix-title').allTextContents();
    expect(titles.filter((t) => t === 'Gantt chart view for Northwind Logistics')).toHaveLength(1);
    expect(titles).not.toContain('Gantt chart view (imported twice)');
    expect(titles).toEqual(expect.arrayContaining(['Upgrade Postgres to 17', 'Analytics-ready event platform']));
    expect(sb.errors).toEqual([]);
  });
});
