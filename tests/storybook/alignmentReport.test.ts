import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storybookSession } from '../support/session.js';
import { formatViolations, runAxe } from './axe.js';

// AlignmentReport in real Chromium: the findings' disclosures and links by keyboard, axe-core over
// the report with every findings group open (stories.test.ts checks each story as it opens, with
// the groups closed) in light, dark and right to left, and its layout in a 320 px column.

const session = storybookSession();

/** The accessible name a reader hears for the focused element (its text, for these buttons). */
const focusedText = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? null);

const lastSelection = (page: Page) => page.getByRole('status', { name: 'Last selection' }).textContent();

/** Opens every findings group that is closed. */
async function openEveryGroup(page: Page) {
  const closed = page.locator('.tl-finding-toggle[aria-expanded="false"]');
  // The locator is live: each click takes the group it opened off the list.
  for (let left = await closed.count(); left > 0; left = await closed.count()) await closed.first().click();
}

describe('AlignmentReport in Chromium', () => {
  it('opens a findings group and follows a link by keyboard; axe finds nothing with every group open, light, dark or right to left', async () => {
    const sb = await session.open('views-alignmentreport--sample-plan');
    const { page } = sb;
    // The first stop is the first group's button: errors come first.
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Error: 1 finding (unaligned-priority)');
    const first = page.getByRole('button', { name: 'Error: 1 finding (unaligned-priority)' });
    await expect.poll(() => first.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await expect.poll(() => first.getAttribute('aria-expanded')).toBe('true');
    // Inside the open group: the link to the item the finding names.
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Item Custom emoji reactions for Acme Corp IMP-8');
    await page.keyboard.press('Enter');
    await expect.poll(() => lastSelection(page)).toBe('{"kind":"item","id":"IMP-8"}');
    // Back to the group's button; Space closes it, and Tab moves on to the next group.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => first.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Error: 1 finding (initiative-without-goal)');
    // Space opens the next group too; its link names an initiative.
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => lastSelection(page)).toBe('{"kind":"initiative","id":"init-gantt"}');

    await openEveryGroup(page);
    expect(await page.locator('.tl-finding-toggle[aria-expanded="true"]').count()).toBe(13);
    const found: string[] = [];
    for (const mode of ['light', 'dark', 'right to left'] as const) {
      if (mode === 'dark') await sb.applyTheme('dark');
      if (mode === 'right to left') await sb.applyDirection('rtl');
      await sb.settle();
      const violations = await runAxe(page);
      if (violations.length > 0) found.push(`${mode}:\n${formatViolations(violations)}`);
    }
    expect(found, found.join('\n\n')).toEqual([]);
    expect(sb.errors).toEqual([]);
  });

  it('keeps every part, bar and table within a 320 px column, and draws each bar as long as its value', async () => {
    const sb = await session.open('views-alignmentreport--narrow');
    const { page } = sb;
    await openEveryGroup(page);
    await sb.settle();
    const layout = await page.evaluate(() => {
      const root = document.querySelector('#storybook-root .tl-report') as HTMLElement;
      const box = root.getBoundingClientRect();
      const outside = [...root.querySelectorAll<HTMLElement>('*')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      /** Each fill's length as a share of its track's inside. */
      const fills = [...root.querySelectorAll<HTMLElement>('.tl-report-bar-fill, .tl-report-share-fill')].map(
        (fill) => {
          const track = fill.parentElement as HTMLElement;
          return fill.getBoundingClientRect().width / track.clientWidth;
        },
      );
      const stacks = [...root.querySelectorAll<HTMLElement>('.tl-report-stack')].map((stack) => {
        const inside = stack.getBoundingClientRect();
        const parts = [...stack.children].map((part) => part.getBoundingClientRect());
        return {
          within: parts.every((p) => p.left >= inside.left - 0.5 && p.right <= inside.right + 0.5),
          filled: parts.reduce((sum, p) => sum + p.width, 0) / stack.clientWidth,
        };
      });
      return {
        width: box.width,
        scrolls: root.scrollWidth > root.clientWidth,
        outside,
        fills,
        stacks,
      };
    });
    expect(layout.width).toBe(320);
    expect(layout.scrolls).toBe(false);
    expect(layout.outside).toEqual([]);
    // The five sub-scores, then each goal's effort and expected share, then the share serving no goal.
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.tl-report-bar-fill, .tl-report-share-fill')].map((fill) =>
        Number(getComputedStyle(fill).getPropertyValue('--tl-report-share')),
      ),
    );
    expect(expected.slice(0, 5).map((v) => Math.round(v * 1000) / 10)).toEqual([87.5, 66.7, 77.3, 84.6, 89.7]);
    layout.fills.forEach((share, at) => {
      expect(share, `bar ${at}`).toBeCloseTo(Math.min(1, expected[at] ?? -1), 1);
    });
    // Both stacks fill their track (the expected 20/30/50 and the backlog's 87 items), and stay in it.
    expect(layout.stacks).toHaveLength(2);
    for (const stack of layout.stacks) {
      expect(stack.within).toBe(true);
      expect(stack.filled).toBeCloseTo(1, 1);
    }
    expect(sb.errors).toEqual([]);
  });
});
