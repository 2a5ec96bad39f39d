import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storybookSession } from '../support/session.js';
import type { StorybookPage } from '../support/storybook.js';
import { formatViolations, runAxe } from './axe.js';

// The views against a baseline in real Chromium: BacklogList's marks heard from the keyboard in its
// windowed list (Chromium's own accessible name and description of the focused control), and
// axe-core over BacklogList's moves and AlignmentReport's then and now, light and dark right to left.

const session = storybookSession();

/** What Chromium's accessibility tree gives a reader for the focused control, and its row. */
async function focused(page: Page) {
  const client = await page.context().newCDPSession(page);
  const { result } = await client.send('Runtime.evaluate', { expression: 'document.activeElement' });
  const { nodes } = await client.send('Accessibility.getPartialAXTree', {
    objectId: result.objectId,
    fetchRelatives: false,
  });
  await client.detach();
  const row = await page.evaluate(() => {
    const li = document.activeElement?.closest<HTMLElement>('[data-item-id]');
    return {
      position: Number(li?.getAttribute('aria-posinset')),
      moved: li?.dataset.moved ?? null,
      isNew: li?.dataset.new !== undefined,
    };
  });
  const node = nodes[0];
  return { name: node?.name?.value ?? '', description: node?.description?.value ?? '', ...row };
}

/** axe-core's violations as authored, then in the dark theme right to left. */
async function axeLightAndDarkRtl(sb: StorybookPage): Promise<string> {
  const light = await runAxe(sb.page);
  await sb.applyTheme('dark');
  await sb.applyDirection('rtl');
  await sb.settle();
  const dark = await runAxe(sb.page);
  return formatViolations([...light, ...dark]);
}

describe('Views against a baseline in Chromium', () => {
  it('BacklogList: the arrows reach the moved and the new rows of the window, each read with its mark; axe clean', async () => {
    const sb = await session.open('views-backloglist--moves-since-last-quarter');
    const { page } = sb;
    expect(await page.locator('#storybook-root .tl-backlog-list').getAttribute('data-virtual')).toBe('');
    await expect
      .poll(() => page.locator('#storybook-root .tl-backlog-header p').textContent())
      .toBe('87 items · 1 item moved, 2 new since Q3 review');

    // The list's one tab stop: the first row's checkbox.
    for (let i = 0; i < 10 && (await focused(page)).position !== 1; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ position: 1, moved: null, description: '' });
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => focused(page))
      .toMatchObject({
        position: 4,
        moved: 'up',
        name: 'Select Remove access within five minutes when a member is deprovisioned',
        description: 'Moved up 79 places since Q3 review',
      });
    // Its handle says it after the drag instructions.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await focused(page)).description).toMatch(/Moved up 79 places since Q3 review$/);

    // Far down the window, one of the two stories new since the review.
    await page.keyboard.press('End');
    await expect.poll(async () => (await focused(page)).position).toBe(87);
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowUp');
    await expect
      .poll(() => focused(page))
      .toMatchObject({
        position: 80,
        isNew: true,
        name: 'Reorder Gamified badges for completing tasks',
      });
    expect((await focused(page)).description).toMatch(/New since Q3 review$/);

    expect(await axeLightAndDarkRtl(sb)).toBe('');
  });

  it('AlignmentReport: the score then and now, the sub-score changes and the suspect links; axe clean', async () => {
    const sb = await session.open('views-alignmentreport--then-and-now');
    const { page } = sb;
    const root = page.locator('#storybook-root');
    await expect
      .poll(() => root.locator('.tl-report-change').textContent())
      .toContain('Down 8.4 points since Q3 review');
    expect(await root.locator('.tl-report-change [aria-hidden="true"]').textContent()).toBe(
      '▼ 82.6 → 74.2, −8.4 since Q3 review',
    );
    expect(await root.locator('.tl-report-bar-change').count()).toBe(5);
    await expect(root.getByRole('button', { name: 'Warning: 10 findings (suspect-links)' }).count()).resolves.toBe(1);
    expect(await axeLightAndDarkRtl(sb)).toBe('');
  });
});
