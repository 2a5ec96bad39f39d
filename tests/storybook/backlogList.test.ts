import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSalvageNotice, TRACKER_EXPORT_NOTICE } from '../support/salvage.js';
import { storybookSession } from '../support/session.js';
import type { StorybookPage } from '../support/storybook.js';

// BacklogList in real Chromium: pointer drag, keyboard reorder, cross-backlog moves and focus,
// asserted on the change the component emits (the story's host prints it) and the order shown.

let sb: StorybookPage;
let page: Page;

const session = storybookSession();

async function open(id: string) {
  sb = await session.open(id);
  page = sb.page;
}

/** What the screen reader was last told: dnd-kit's live region. */
const announced = () => page.locator('[role="status"][aria-live]').allTextContents();
const heard = (text: string) => expect.poll(announced).toContainEqual(text);

const titles = (list: string) =>
  page.getByRole('list', { name: list }).locator(':scope > li .tl-backlog-title').allTextContents();
const lastChange = () => session.lastChange();

describe('BacklogList in Chromium', () => {
  it('reorders by keyboard: Space picks up, arrows move, Space drops; focus stays on the moved row', async () => {
    await open('views-backloglist--product-backlog');
    const before = await titles('Relay product backlog');
    const handle = page.getByRole('button', { name: `Reorder ${before[0]}` });
    await handle.focus();
    // Each key waits for what a screen reader hears after the one before, as a user would.
    await page.keyboard.press('Space');
    await heard(`Picked up ${before[0]}, position 1 of 87 in Relay product backlog.`);
    await page.keyboard.press('ArrowDown');
    await heard(`${before[0]} is over position 2 of 87 in Relay product backlog.`);
    await page.keyboard.press('ArrowDown');
    await heard(`${before[0]} is over position 3 of 87 in Relay product backlog.`);
    await page.keyboard.press('Space');
    await expect.poll(lastChange).toMatchObject({ type: 'reorder', backlogId: 'backlog-product', toIndex: 2 });
    const after = await titles('Relay product backlog');
    expect(after.slice(0, 3)).toEqual([before[1], before[2], before[0]]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Reorder ${before[0]}`);
    await heard(`Moved ${before[0]} to position 3 of 87 in Relay product backlog.`);
    expect(sb.errors).toEqual([]);
  });

  it('cancels a keyboard move with Escape, emitting nothing', async () => {
    await open('views-backloglist--product-backlog');
    const before = await titles('Relay product backlog');
    await page.getByRole('button', { name: `Reorder ${before[1]}` }).focus();
    await page.keyboard.press('Space');
    await heard(`Picked up ${before[1]}, position 2 of 87 in Relay product backlog.`);
    await page.keyboard.press('ArrowDown');
    await heard(`${before[1]} is over position 3 of 87 in Relay product backlog.`);
    await page.keyboard.press('Escape');
    await heard(`Cancelled. ${before[1]} stays at position 2 in Relay product backlog.`);
    expect(await lastChange()).toBeNull();
    expect(await titles('Relay product backlog')).toEqual(before);
  });

  it('reorders by pointer drag', async () => {
    await open('views-backloglist--product-backlog');
    const before = await titles('Relay product backlog');
    const handle = page.getByRole('button', { name: `Reorder ${before[3]}` });
    const target = page.getByRole('list', { name: 'Relay product backlog' }).locator(':scope > li').first();
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('rows are not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    // Move in steps, as a hand does: the sensor starts after a few pixels.
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
    await page.mouse.move(from.x + from.width / 2, to.y + 5, { steps: 10 });
    await page.mouse.up();
    await expect.poll(lastChange).toMatchObject({ type: 'reorder', backlogId: 'backlog-product', toIndex: 0 });
    expect((await titles('Relay product backlog'))[0]).toBe(before[3]);
  });

  it('reorders by touch (a finger drag on the handle)', async () => {
    {
      sb = await session.open('views-backloglist--product-backlog', { hasTouch: true });
      page = sb.page;
      const before = await titles('Relay product backlog');
      const from = await page.getByRole('button', { name: `Reorder ${before[2]}` }).boundingBox();
      const to = await page
        .getByRole('list', { name: 'Relay product backlog' })
        .locator(':scope > li')
        .first()
        .boundingBox();
      if (!from || !to) throw new Error('rows are not laid out');
      // Real touch input through the browser's input pipeline (touch → pointer events).
      const cdp = await page.context().newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
        cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
      const x = from.x + from.width / 2;
      await touch('touchStart', x, from.y + from.height / 2);
      for (let step = 1; step <= 12; step++) {
        const y = from.y + from.height / 2 + ((to.y + 5 - (from.y + from.height / 2)) * step) / 12;
        await touch('touchMove', x, y);
      }
      await touch('touchEnd', x, to.y + 5);
      await expect.poll(lastChange).toMatchObject({ type: 'reorder', backlogId: 'backlog-product', toIndex: 0 });
      expect((await titles('Relay product backlog'))[0]).toBe(before[2]);
    }
  });

  it('moves an item from the product backlog into a sprint by pointer', async () => {
    await open('views-backloglist--product-and-sprint');
    const product = await titles('Relay product backlog');
    const sprint = await titles('Sprint 24');
    const handle = page.getByRole('button', { name: `Reorder ${product[2]}` });
    const target = page.getByRole('list', { name: 'Sprint 24' }).locator(':scope > li').nth(1);
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('rows are not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 20, from.y + 10, { steps: 5 });
    await page.mouse.move(to.x + 40, to.y + 6, { steps: 15 });
    await page.mouse.up();
    await expect.poll(lastChange).toMatchObject({
      type: 'move',
      fromBacklogId: 'backlog-product',
      toBacklogId: 'sprint-24',
      toIndex: 1,
    });
    expect(await titles('Sprint 24')).toEqual([sprint[0], product[2], ...sprint.slice(1)]);
    expect(await titles('Relay product backlog')).not.toContain(product[2]);
  });

  it('moves into the sprint beside it by keyboard: Space, ArrowRight, Space; focus follows the item', async () => {
    await open('views-backloglist--product-and-sprint');
    const product = await titles('Relay product backlog');
    await page.getByRole('button', { name: `Reorder ${product[0]}` }).focus();
    await page.keyboard.press('Space');
    await heard(`Picked up ${product[0]}, position 1 of 87 in Relay product backlog.`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(announced).toContainEqual(expect.stringMatching(/ in Sprint 24\.$/));
    await page.keyboard.press('Space');
    await expect
      .poll(lastChange)
      .toMatchObject({ type: 'move', fromBacklogId: 'backlog-product', toBacklogId: 'sprint-24' });
    expect(await titles('Sprint 24')).toContain(product[0]);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Reorder ${product[0]}`);
  });

  it('moves by the row menu with the keyboard alone; focus follows the item, or stays in place', async () => {
    await open('views-backloglist--product-and-sprint');
    const product = await titles('Relay product backlog');
    const active = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    const choose = async (label: string) => {
      for (let i = 0; i < 6 && (await active()) !== label; i++) await page.keyboard.press('ArrowDown');
      expect(await active()).toBe(label);
      await page.keyboard.press('Enter');
    };
    await page.getByRole('button', { name: `Move ${product[0]}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(active).toBe('Move to top');
    await choose('Move to Sprint 24');
    await expect.poll(lastChange).toMatchObject({ type: 'move', toBacklogId: 'sprint-24', toIndex: 9 });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Move ${product[0]}`);
    expect(await titles('Sprint 24')).toContain(product[0]);

    // Moved to a backlog not on screen: focus lands on the row that took its place.
    await page.getByRole('button', { name: `Move ${product[1]}` }).focus();
    await page.keyboard.press('Enter');
    await choose('Move to Sprint 23');
    await expect.poll(lastChange).toMatchObject({ type: 'move', toBacklogId: 'sprint-23' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Move ${product[2]}`);
  });

  it('renders 10,000 items as a window of rows that still say their place, and reorders within it', async () => {
    await open('views-backloglist--ten-thousand-items');
    const list = page.getByRole('list', { name: 'Product backlog' });
    const rows = list.locator(':scope > li');
    expect(await rows.count()).toBeLessThanOrEqual(40);
    expect(await rows.first().getAttribute('aria-setsize')).toBe('10000');
    expect(await rows.first().getAttribute('aria-posinset')).toBe('1');
    // Scrolling to the end brings the last item into the DOM.
    await page
      .locator('.tl-backlog-scroll')
      .first()
      .evaluate((element) => {
        element.scrollTop = element.scrollHeight;
      });
    await expect.poll(() => list.locator('li[aria-posinset="10000"]').count()).toBe(1);
    expect(await rows.count()).toBeLessThanOrEqual(40);
    await page
      .locator('.tl-backlog-scroll')
      .first()
      .evaluate((element) => {
        element.scrollTop = 0;
      });
    await expect.poll(() => list.locator('li[aria-posinset="1"]').count()).toBe(1);
    const first = (await titles('Product backlog'))[0] as string;
    await page.getByRole('button', { name: `Reorder ${first}` }).focus();
    await page.keyboard.press('Space');
    await heard(`Picked up ${first}, position 1 of 10,000 in Product backlog.`);
    for (const position of [2, 3, 4]) {
      await page.keyboard.press('ArrowDown');
      await heard(`${first} is over position ${position} of 10,000 in Product backlog.`);
    }
    await page.keyboard.press('Space');
    await expect.poll(lastChange).toMatchObject({ type: 'reorder', backlogId: 'backlog-product', toIndex: 3 });
    expect((await titles('Product backlog'))[3]).toBe(first);
  });

  it('moves a row by keyboard past the first screenful: the list scrolls along, each step heard, the row in view', async () => {
    await open('views-backloglist--ten-thousand-items');
    const first = (await titles('Product backlog'))[0] as string;
    await page.getByRole('button', { name: `Reorder ${first}` }).focus();
    await page.keyboard.press('Space');
    await heard(`Picked up ${first}, position 1 of 10,000 in Product backlog.`);
    for (let position = 2; position <= 25; position++) {
      await page.keyboard.press('ArrowDown');
      await heard(`${first} is over position ${position} of 10,000 in Product backlog.`);
    }
    const scroller = page.locator('.tl-backlog-scroll').first();
    expect(await scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    // The dragged row is drawn inside the list's box, not scrolled away with the rows it left.
    const inView = await page.evaluate(() => {
      const box = document.querySelector('.tl-backlog-scroll')?.getBoundingClientRect();
      const row = document.querySelector('li[data-dragging]')?.getBoundingClientRect();
      return box && row ? row.top >= box.top - 1 && row.bottom <= box.bottom + 1 : false;
    });
    expect(inView).toBe(true);
    for (let position = 24; position >= 20; position--) {
      await page.keyboard.press('ArrowUp');
      await heard(`${first} is over position ${position} of 10,000 in Product backlog.`);
    }
    await page.keyboard.press('Space');
    await expect.poll(lastChange).toMatchObject({ type: 'reorder', backlogId: 'backlog-product', toIndex: 19 });
    await expect.poll(async () => (await titles('Product backlog')).includes(first)).toBe(true);
    expect(sb.errors).toEqual([]);
  });
});

/** The two lists the keys are tried on: one that scrolls with the page, one of 10,000 rows in a scroller. */
const LISTS = [
  { name: 'a short list', story: 'views-backloglist--product-backlog', list: 'Relay product backlog', total: 87 },
  {
    name: 'the 10,000-item list',
    story: 'views-backloglist--ten-thousand-items',
    list: 'Product backlog',
    total: 10_000,
  },
] as const;

const count = (value: number) => value.toLocaleString('en-US');

/** The row being dragged is drawn inside what shows its list: its scroller, if any, and the viewport. */
const draggedInView = () =>
  page.evaluate(() => {
    const row = document.querySelector('li[data-dragging]');
    const box = row?.getBoundingClientRect();
    if (!row || !box) return false;
    const scroller = row.closest('.tl-backlog-scroll')?.getBoundingClientRect();
    const top = Math.max(scroller?.top ?? 0, 0);
    const bottom = Math.min(scroller?.bottom ?? innerHeight, innerHeight);
    return box.top >= top - 1 && box.bottom <= bottom + 1;
  });

/**
 * How many rows a page holds in a list, give or take the rows' differing heights: the height of
 * what shows it (its scroller, or the viewport when it scrolls with the page) over the spacing of
 * its rows, tallest and shortest.
 */
const pageRange = (list: string) =>
  page.getByRole('list', { name: list }).evaluate((element) => {
    const tops = [...element.querySelectorAll(':scope > li')].map((row) => row.getBoundingClientRect().top);
    tops.sort((a, b) => a - b);
    const pitches = tops.slice(1).map((top, i) => top - (tops[i] as number));
    const scroller = element.closest('.tl-backlog-scroll');
    const height = scroller ? scroller.clientHeight : innerHeight;
    return {
      fewest: Math.max(1, Math.floor(height / Math.max(...pitches))),
      most: Math.max(1, Math.floor(height / Math.min(...pitches))),
    };
  });

/** Every sentence the drag's live region says from now on, in order. */
const listen = () =>
  page.evaluate(() => {
    const said: string[] = [];
    const region = document.querySelector('[id^="DndLiveRegion"]');
    if (!region) throw new Error('no live region');
    new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    (window as unknown as { said: string[] }).said = said;
  });
const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean));

describe.each(LISTS)(
  'BacklogList keyboard drag in $name: Home, End, Page Up and Page Down move in the list',
  ({ story, list, total }) => {
    /** Picks up the row at `index` by keyboard; returns its title and item id. */
    const pickUp = async (index: number) => {
      const row = page.getByRole('list', { name: list }).locator(':scope > li').nth(index);
      const title = (await row.locator('.tl-backlog-title').textContent()) as string;
      const itemId = (await row.getAttribute('data-item-id')) as string;
      await page.getByRole('button', { name: `Reorder ${title}` }).focus();
      await page.keyboard.press('Space');
      await heard(`Picked up ${title}, position ${index + 1} of ${count(total)} in ${list}.`);
      return { title, itemId };
    };
    const over = (title: string, position: number) =>
      `${title} is over position ${count(position)} of ${count(total)} in ${list}.`;

    it('End, then Space, puts the row last, said as it goes; the dragged row stays in view', async () => {
      await open(story);
      const { title, itemId } = await pickUp(1);
      await listen();
      await page.keyboard.press('End');
      await heard(over(title, total));
      await expect.poll(draggedInView).toBe(true);
      // Straight to the last row: never over another place (the list's end, the list beside) on the way.
      expect(new Set(await said())).toEqual(new Set([over(title, total)]));
      await page.keyboard.press('Space');
      await expect
        .poll(lastChange)
        .toEqual({ type: 'reorder', backlogId: 'backlog-product', itemId, toIndex: total - 1 });
      await heard(`Moved ${title} to position ${count(total)} of ${count(total)} in ${list}.`);
      const row = page.getByRole('list', { name: list }).locator(`li[data-item-id="${itemId}"]`);
      await expect.poll(() => row.getAttribute('aria-posinset')).toBe(total > 150 ? String(total) : null);
      await expect.poll(async () => (await titles(list)).at(-1)).toBe(title);
      expect(sb.errors).toEqual([]);
    });

    it('Home, then Space, puts the row first, from wherever End took it', async () => {
      await open(story);
      const { title, itemId } = await pickUp(3);
      await page.keyboard.press('End');
      await heard(over(title, total));
      await listen();
      await page.keyboard.press('Home');
      await heard(over(title, 1));
      await expect.poll(draggedInView).toBe(true);
      expect(new Set(await said())).toEqual(new Set([over(title, 1)]));
      await page.keyboard.press('Space');
      await expect.poll(lastChange).toEqual({ type: 'reorder', backlogId: 'backlog-product', itemId, toIndex: 0 });
      await heard(`Moved ${title} to position 1 of ${count(total)} in ${list}.`);
      await expect.poll(async () => (await titles(list))[0]).toBe(title);
    });

    it('Page Down and Page Up move a page of rows (what fits in view), never scrolling the row out of sight', async () => {
      await open(story);
      const { fewest, most } = await pageRange(list);
      const { title, itemId } = await pickUp(0);
      /** The position the drop target was last said to be at; 0 before any. */
      const position = async () => {
        const [start, end] = [`${title} is over position `, ` of ${count(total)} in ${list}.`];
        const line = (await announced()).find((text) => text.startsWith(start) && text.endsWith(end));
        return line ? Number(line.slice(start.length, -end.length).replaceAll(',', '')) : 0;
      };
      const aPage = (rows: number) => {
        expect(rows).toBeGreaterThanOrEqual(fewest);
        expect(rows).toBeLessThanOrEqual(most);
      };
      await page.keyboard.press('PageDown');
      await expect.poll(position).toBeGreaterThan(1);
      const first = await position();
      aPage(first - 1);
      await expect.poll(draggedInView).toBe(true);
      await page.keyboard.press('PageDown');
      await expect.poll(position).toBeGreaterThan(first);
      const second = await position();
      aPage(second - first);
      await expect.poll(draggedInView).toBe(true);
      await page.keyboard.press('PageUp');
      await expect.poll(position).toBeLessThan(second);
      const back = await position();
      aPage(second - back);
      await expect.poll(draggedInView).toBe(true);
      await page.keyboard.press('Space');
      await expect
        .poll(lastChange)
        .toEqual({ type: 'reorder', backlogId: 'backlog-product', itemId, toIndex: back - 1 });
      await heard(`Moved ${title} to position ${count(back)} of ${count(total)} in ${list}.`);
    });
  },
);

describe('BacklogList keyboard drag into the backlog beside it', () => {
  it('End goes to the end of the list the row is over, Home to its top', async () => {
    await open('views-backloglist--product-and-sprint');
    const product = await titles('Relay product backlog');
    const sprint = await titles('Sprint 24');
    await page.getByRole('button', { name: `Reorder ${product[0]}` }).focus();
    await page.keyboard.press('Space');
    await heard(`Picked up ${product[0]}, position 1 of 87 in Relay product backlog.`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(announced).toContainEqual(expect.stringMatching(/ in Sprint 24\.$/));
    const size = sprint.length + 1;
    await page.keyboard.press('End');
    await heard(`${product[0]} is over position ${size} of ${size} in Sprint 24.`);
    await page.keyboard.press('Home');
    await heard(`${product[0]} is over position 1 of ${size} in Sprint 24.`);
    await page.keyboard.press('End');
    await heard(`${product[0]} is over position ${size} of ${size} in Sprint 24.`);
    await page.keyboard.press('Space');
    await expect.poll(lastChange).toMatchObject({
      type: 'move',
      fromBacklogId: 'backlog-product',
      toBacklogId: 'sprint-24',
      toIndex: sprint.length,
    });
    expect(await titles('Sprint 24')).toEqual([...sprint, product[0]]);
  });
});

describe('BacklogList with ids holding separators, colons, spaces, quotes and emoji', () => {
  const story = 'views-backloglist--ids-with-separators';
  const product = 'Product backlog (PROJ)';
  const sprint = 'Sprint 24 "blue"';
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  /** Space on a row's handle, once a screen reader has said the item was picked up. */
  const pickUp = async (title: string, position: number) => {
    await page.getByRole('button', { name: `Reorder ${title}` }).focus();
    await page.keyboard.press('Space');
    await heard(`Picked up ${title}, position ${position} of 5 in ${product}.`);
  };

  it('reorders by keyboard, emitting the exact backlog and item ids', async () => {
    await open(story);
    await pickUp('Checklist on the empty dashboard', 1);
    await page.keyboard.press('ArrowDown');
    await heard(`Checklist on the empty dashboard is over position 2 of 5 in ${product}.`);
    await page.keyboard.press('Space');
    await expect
      .poll(lastChange)
      .toEqual({ type: 'reorder', backlogId: 'PROJ::backlog', itemId: 'PROJ::1', toIndex: 1 });
    expect((await titles(product)).slice(0, 2)).toEqual([
      'Sample project on sign-up',
      'Checklist on the empty dashboard',
    ]);
    await expect.poll(focused).toBe('Reorder Checklist on the empty dashboard');
    expect(sb.errors).toEqual([]);
  });

  it('moves into the sprint beside it by keyboard, naming both backlogs exactly; focus follows', async () => {
    await open(story);
    await pickUp('Invite teammates from the checklist', 3);
    await page.keyboard.press('ArrowRight');
    await expect.poll(announced).toContainEqual(expect.stringMatching(/ in Sprint 24 "blue"\.$/));
    await page.keyboard.press('Space');
    await expect.poll(lastChange).toMatchObject({
      type: 'move',
      itemId: 'story "three"',
      fromBacklogId: 'PROJ::backlog',
      toBacklogId: 'PROJ::backlog::sprint 24 "blue"',
    });
    expect(await titles(sprint)).toContain('Invite teammates from the checklist');
    expect(await titles(product)).not.toContain('Invite teammates from the checklist');
    await expect.poll(focused).toBe('Reorder Invite teammates from the checklist');
  });

  it('moves by the row menu: exact ids in every change, and focus keeps its place', async () => {
    await open(story);
    const active = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    const choose = async (label: string) => {
      for (let i = 0; i < 6 && (await active()) !== label; i++) await page.keyboard.press('ArrowDown');
      expect(await active()).toBe(label);
      await page.keyboard.press('Enter');
    };
    // To the top of the sprint.
    await page.getByRole('button', { name: 'Move Empty state copy review' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(active).toBe('Move to top');
    await page.keyboard.press('Enter');
    await expect.poll(lastChange).toEqual({
      type: 'reorder',
      backlogId: 'PROJ::backlog::sprint 24 "blue"',
      itemId: ':leading colon',
      toIndex: 0,
    });
    expect(await titles(sprint)).toEqual(['Empty state copy review', 'Track checklist completion']);

    // To a typed position.
    await page.getByRole('button', { name: 'Move Launch email for new workspaces' }).focus();
    await page.keyboard.press('Enter');
    await choose('Move to position…');
    await page.getByRole('spinbutton', { name: 'Position (1–5)' }).fill('1');
    await page.keyboard.press('Enter');
    await expect
      .poll(lastChange)
      .toEqual({ type: 'reorder', backlogId: 'PROJ::backlog', itemId: '🚀 launch', toIndex: 0 });
    await expect.poll(focused).toBe('Move Launch email for new workspaces');

    // The last product item to a backlog not on screen: focus lands on the row now last in the
    // product backlog, not on a row of the sprint whose id starts with the product backlog's.
    await page.getByRole('button', { name: 'Move Slow first load on the dashboard' }).focus();
    await page.keyboard.press('Enter');
    await choose('Move to Sprint 25 (launch)');
    await expect.poll(lastChange).toEqual({
      type: 'move',
      itemId: 'PROJ::backlog::5',
      fromBacklogId: 'PROJ::backlog',
      toBacklogId: '🚀 launch: sprint 25',
      toIndex: 0,
    });
    expect(await titles(product)).not.toContain('Slow first load on the dashboard');
    await expect.poll(focused).toBe('Move Invite teammates from the checklist');
    expect(sb.errors).toEqual([]);
  });
});

describe('BacklogList given a tracker export with problems', () => {
  it('draws every backlog salvaged, under a notice of what was set aside', async () => {
    await open('views-backloglist--data-with-problems-salvaged');
    const notice = await readSalvageNotice(page);
    expect(notice).toMatchObject({ count: 1, headline: TRACKER_EXPORT_NOTICE, alerts: 0, focusUntouched: true });
    expect(notice.problems).toHaveLength(5);
    expect(notice.problems[3]).toMatch(
      /^items\[\d+\]\.parentId .*Set aside: Unlinked `parentId` \("EPIC-404"\)\. \[dangling-reference\]$/,
    );
    // Everything valid is drawn: both lists whole; the story whose epic was deleted is kept, now unlinked.
    expect(await titles('Relay product backlog')).toHaveLength(87);
    expect(await titles('Sprint 24')).toHaveLength(9);
    const unlinked = page.locator('li[data-item-id="STORY-6"]');
    expect(await unlinked.getAttribute('data-trace')).toBe('orphan');
    expect(sb.errors).toEqual([]);
  });
});

describe('BacklogList "sort by framework" preview', () => {
  it('previews RICE order by keyboard without emitting, applies it as one batch, and Undo restores today’s order', async () => {
    await open('views-backloglist--priority-column');
    const list = 'Relay product backlog';
    const today = await titles(list);
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    const polite = () => page.locator('[data-part="announcer"]').textContent();
    // The toggle is the board's first stop: one Tab from the top of the page.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Preview RICE order');
    await page.keyboard.press('Enter');
    await expect.poll(polite).toMatch(/^Relay product backlog in RICE order: \d+ items would move\./);
    const preview = await titles(list);
    expect(preview).not.toEqual(today);
    expect([...preview].sort()).toEqual([...today].sort());
    expect(await lastChange()).toBeNull();
    // Moves are off while previewing: no handle, no menu in that list.
    expect(
      await page
        .getByRole('list', { name: list })
        .getByRole('button', { name: /^(Reorder|Move) / })
        .count(),
    ).toBe(0);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Apply this order');
    await page.keyboard.press('Enter');
    await expect.poll(lastChange).toMatchObject({ type: 'batch' });
    await expect.poll(() => titles(list)).toEqual(preview);
    await expect.poll(polite).toMatch(/^Applied RICE order to Relay product backlog: \d+ items moved\.$/);
    await expect.poll(focused).toBe('Already in RICE order');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => titles(list)).toEqual(today);
    expect(await page.getByRole('button', { name: 'Preview RICE order' }).getAttribute('aria-pressed')).toBe('false');
    expect(sb.errors).toEqual([]);
  });
});
