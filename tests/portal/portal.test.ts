import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { type PortalServer, startPortal } from '../support/portal.js';

// The example portal, built with `next build` and run with `next start` on a fresh PGlite data
// directory, edited from real Chromium pages: what a user does is saved, survives a reload and a
// restart, and two people editing at once lose nothing.

const PRODUCT = 'Relay product backlog';

let browser: Browser;
let portal: PortalServer;
const dataDir = mkdtempSync(join(tmpdir(), 'portal-data-'));
const opened: Page[] = [];

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(dataDir), launchChromium()]);
});
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close();
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

interface LogEntry {
  readonly version: number;
  readonly baseVersion: number;
  readonly change: { readonly type: string; readonly itemId?: string };
}

const getJson = async <T>(path: string): Promise<T> => (await fetch(`${portal.url}${path}`)).json() as Promise<T>;
const savedVersion = async () => (await getJson<{ version: number }>('/api/plan')).version;
const logAfter = async (version: number) =>
  (await getJson<{ changes: LogEntry[] }>('/api/plan/changes')).changes.filter((entry) => entry.version > version);

/** Waits until the page is hydrated: the backlog's live region is only drawn in the browser. */
async function ready(page: Page): Promise<void> {
  await page.locator('[data-part="announcer"]').first().waitFor({ state: 'attached' });
  await page.locator('[id^="DndLiveRegion"]').first().waitFor({ state: 'attached' });
}

/** A new page on the portal; every console error and uncaught exception it raises lands in `errors`. */
async function openPortal(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  opened.push(page);
  const errors: string[] = [];
  page.on('console', (message) => {
    // The browser asks for /favicon.ico on its own; the portal has none.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.goto(portal.url);
  await ready(page);
  return { page, errors };
}

const titles = (page: Page, list: string) =>
  page.getByRole('list', { name: list }).locator(':scope > li .tl-backlog-title').allTextContents();
const saveStatus = (page: Page) => page.getByRole('status', { name: 'Save status' }).textContent();
const announced = (page: Page) => page.locator('[role="status"][aria-live]').allTextContents();

/** Moves row `from` of a backlog `steps` rows down by keyboard (Space, ArrowDown…, Space), as a user would. */
async function keyboardReorder(page: Page, list: string, from: number, steps: number): Promise<void> {
  const rows = await titles(page, list);
  const title = rows[from] ?? '';
  const heard = (text: string) => expect.poll(() => announced(page)).toContainEqual(text);
  await page
    .getByRole('list', { name: list })
    .getByRole('button', { name: `Reorder ${title}` })
    .focus();
  await page.keyboard.press('Space');
  await heard(`Picked up ${title}, position ${from + 1} of ${rows.length} in ${list}.`);
  for (let step = 1; step <= steps; step++) {
    await page.keyboard.press('ArrowDown');
    await heard(`${title} is over position ${from + 1 + step} of ${rows.length} in ${list}.`);
  }
  await page.keyboard.press('Space');
  await heard(`Moved ${title} to position ${from + 1 + steps} of ${rows.length} in ${list}.`);
}

/** `list` with the row at `from` moved `steps` places down. */
function moved(list: readonly string[], from: number, steps: number): string[] {
  const next = list.slice();
  const [row] = next.splice(from, 1);
  next.splice(from + steps, 0, row as string);
  return next;
}

describe('the portal in Chromium', () => {
  it('saves a keyboard reorder: it is there after a reload and after a server restart', async () => {
    const { page, errors } = await openPortal();
    const version = await savedVersion();
    const before = await titles(page, PRODUCT);
    await keyboardReorder(page, PRODUCT, 0, 2);
    await expect.poll(() => saveStatus(page)).toBe(`Saved as version ${version + 1}.`);
    const after = moved(before, 0, 2);
    expect(await titles(page, PRODUCT)).toEqual(after);

    await page.reload();
    await ready(page);
    expect(await titles(page, PRODUCT)).toEqual(after);

    await portal.restart();
    await page.goto(portal.url);
    await ready(page);
    expect(await titles(page, PRODUCT)).toEqual(after);
    expect(await logAfter(version)).toMatchObject([
      {
        version: version + 1,
        baseVersion: version,
        change: { type: 'reorder', backlogId: 'backlog-product', toIndex: 2 },
      },
    ]);
    expect(errors).toEqual([]);
  });

  it('saves undo and redo like any change: Ctrl+Z takes the reorder back, Redo makes it again', async () => {
    const { page, errors } = await openPortal();
    const version = await savedVersion();
    const before = await titles(page, PRODUCT);
    await keyboardReorder(page, PRODUCT, 3, 1);
    await expect.poll(() => saveStatus(page)).toBe(`Saved as version ${version + 1}.`);

    await page.keyboard.press('Control+z');
    await expect.poll(() => saveStatus(page)).toBe(`Saved as version ${version + 2}.`);
    expect(await titles(page, PRODUCT)).toEqual(before);

    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => saveStatus(page)).toBe(`Saved as version ${version + 3}.`);
    await page.reload();
    await ready(page);
    expect(await titles(page, PRODUCT)).toEqual(moved(before, 3, 1));
    const log = await logAfter(version);
    expect(log.map((entry) => entry.change)).toMatchObject([
      { type: 'reorder', toIndex: 4 },
      { type: 'reorder', toIndex: 3 },
      { type: 'reorder', toIndex: 4 },
    ]);
    expect(new Set(log.map((entry) => entry.change.itemId)).size).toBe(1);
    expect(errors).toEqual([]);
  });

  it("saves the priority views' changes: a point moved by keyboard, then RICE's order applied to the backlog", async () => {
    const { page, errors } = await openPortal();
    const version = await savedVersion();
    // PriorityMatrix: Enter picks the top point up, ↑ steps its impact, Enter drops it.
    const top = page.locator('.tl-pmatrix [data-rank="0"]');
    await top.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => saveStatus(page)).toBe(`Saved as version ${version + 1}.`);

    // BacklogList: RICE's order previewed, then applied as one batch.
    const backlogs = page.locator('.tl-backlogs');
    await backlogs.getByRole('button', { name: 'Preview RICE order' }).first().click();
    const previewed = await titles(page, PRODUCT);
    await backlogs.getByRole('button', { name: 'Apply this order' }).click();
    await expect.poll(() => saveStatus(page)).toBe(`Saved as version ${version + 2}.`);
    expect(await titles(page, PRODUCT)).toEqual(previewed);

    await page.reload();
    await ready(page);
    expect(await titles(page, PRODUCT)).toEqual(previewed);
    expect(await backlogs.getByRole('button', { name: 'Already in RICE order' }).count()).toBeGreaterThan(0);
    expect(await logAfter(version)).toMatchObject([
      { version: version + 1, change: { type: 'set-priority', priority: { rice: {} } } },
      { version: version + 2, change: { type: 'batch' } },
    ]);
    expect(errors).toEqual([]);
  });

  it('keeps both changes when two pages reorder different items at once, and says the second was rebased', async () => {
    const [a, b] = [await openPortal(), await openPortal()];
    const version = await savedVersion();
    const before = await titles(a.page, PRODUCT);
    await keyboardReorder(a.page, PRODUCT, 0, 1);
    await expect.poll(() => saveStatus(a.page)).toBe(`Saved as version ${version + 1}.`);

    await keyboardReorder(b.page, PRODUCT, 4, 1); // b still shows the plan before a's change
    await expect
      .poll(() => saveStatus(b.page))
      .toBe(
        `Saved as version ${version + 2}, rebased onto version ${version + 1}: someone else changed the plan first, and the page now shows their changes too.`,
      );
    const both = moved(moved(before, 0, 1), 4, 1);
    await expect.poll(() => titles(b.page, PRODUCT)).toEqual(both);
    await a.page.reload();
    await ready(a.page);
    expect(await titles(a.page, PRODUCT)).toEqual(both);
    expect((await logAfter(version)).map((entry) => entry.baseVersion)).toEqual([version, version]);
    expect([...a.errors, ...b.errors]).toEqual([]);
  });

  it('refuses the second of two moves of one item to different sprints, saying why on that page', async () => {
    const [a, b] = [await openPortal(), await openPortal()];
    const version = await savedVersion();
    const elsewhere = await titles(a.page, 'Sprint 24');
    const title = (await titles(a.page, PRODUCT)).find((row) => !elsewhere.includes(row)) ?? '';
    const moveTo = async (page: Page, backlog: string) => {
      await page
        .getByRole('list', { name: PRODUCT })
        .getByRole('button', { name: `Move ${title}` })
        .click();
      await page.getByRole('menuitem', { name: `Move to ${backlog}` }).click();
    };

    await moveTo(a.page, 'Sprint 24');
    await expect.poll(() => saveStatus(a.page)).toBe(`Saved as version ${version + 1}.`);
    await moveTo(b.page, 'Sprint 23'); // b still shows the item in the product backlog
    const [accepted] = await logAfter(version);
    await expect
      .poll(() => saveStatus(b.page))
      .toBe(
        `Not saved: Item ${accepted?.change.itemId} is not in backlog backlog-product. Someone else changed the plan first; the page now shows the latest plan.`,
      );
    await expect.poll(() => titles(b.page, 'Sprint 24')).toContain(title);
    expect(await titles(b.page, PRODUCT)).not.toContain(title);
    expect(await logAfter(version)).toMatchObject([
      {
        version: version + 1,
        change: { type: 'move', fromBacklogId: 'backlog-product', toBacklogId: 'sprint-24' },
      },
    ]);
    // Chromium itself logs the refusal's 409 answer as a failed resource; nothing else went wrong.
    expect(b.errors).toEqual(['Failed to load resource: the server responded with a status of 409 (Conflict)']);
    expect(a.errors).toEqual([]);
  });

  it("compares with last review's snapshot, and keeps the plan as the next review's baseline by keyboard", async () => {
    const { page, errors } = await openPortal();
    const changes = (label: string) => page.getByRole('region', { name: `Changes since ${label}` });
    // Seeded with last quarter's review: the slip it made is listed, and its bar says so.
    await expect
      .poll(() => changes('Q3 review').textContent())
      .toContain('Improve onboarding activation: 21 days later');
    await page.getByRole('textbox', { name: 'Snapshot label' }).fill('Q4 review');
    await page.keyboard.press('Enter');
    const kept = page.getByRole('status', { name: 'Baseline status' });
    await expect.poll(() => kept.textContent()).toMatch(/^Kept version \d+ as “Q4 review”/);
    await expect.poll(() => changes('Q4 review').textContent()).toContain('Nothing changed since Q4 review.');
    expect(await page.locator('[data-moved]').count()).toBe(0);
    // After a reload the page still compares with the new snapshot.
    await page.reload();
    await ready(page);
    await expect
      .poll(() => page.locator('.portal-compared').textContent())
      .toMatch(/^Compared with Q4 review \(\d{4}-/);
    const listed = await getJson<{ snapshots: { label: string }[] }>('/api/plan/snapshots');
    expect(listed.snapshots.map((snapshot) => snapshot.label)).toEqual(['Q4 review', 'Q3 review']);
    const empty = await fetch(`${portal.url}/api/plan/snapshots`, { method: 'POST', body: '{"label":"  "}' });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: string }).error).toMatch(/`label` is a label of 1–120 characters/);
    expect(errors).toEqual([]);
  });

  it('answers a malformed request with 400 and a reason naming the path, and changes nothing', async () => {
    const before = await getJson('/api/plan');
    const log = await getJson('/api/plan/changes');
    const reorder = { type: 'reorder', backlogId: 'backlog-product', itemId: 'STORY-1', toIndex: 0 };
    const cases: [string, string | RegExp][] = [
      ['{"baseVersion": 0, "change": ', /^Malformed change request: The body is not JSON \(.+\)/],
      [
        JSON.stringify({ baseVersion: 0, change: { ...reorder, toIndex: 'top' } }),
        'Malformed change request: change.toIndex: Invalid type: Expected number but received "top"',
      ],
      [JSON.stringify({ change: reorder }), /^Malformed change request: baseVersion: /],
      [JSON.stringify({ baseVersion: 0, change: { type: 'teleport' } }), /^Malformed change request: change\.type: /],
    ];
    for (const [body, reason] of cases) {
      const response = await fetch(`${portal.url}/api/plan/changes`, { method: 'POST', body });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(reason);
    }
    expect(await getJson('/api/plan')).toEqual(before);
    expect(await getJson('/api/plan/changes')).toEqual(log);
  });
});
