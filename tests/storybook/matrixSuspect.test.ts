import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storybookSession } from '../support/session.js';
import { formatViolations, runAxe } from './axe.js';

// TraceabilityMatrix against last quarter's baseline in real Chromium, on one page: a suspect cell
// reached by keyboard, its hatch kept in forced colours, its details clean for axe-core in light,
// dark right to left and forced colours, and "Mark reviewed" by keyboard emitting the review, after
// which the story's host draws the plan that records it and the cell clears with focus on it; then
// the legend's "Next suspect cell" takes focus from outside the grid to another marked cell.

const session = storybookSession();
const RETENTION = 'Keep teams coming back every week';

const focusedPos = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.pos ?? null);
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? null);
const said = (page: Page) => page.locator('#storybook-root [data-part="announcer"]').textContent();
/** The hatch under a cell, as Chromium computes it. */
const hatch = (page: Page, pos: string) =>
  page.locator(`#storybook-root [data-pos="${pos}"]`).evaluate((cell) => {
    const style = getComputedStyle(cell, '::before');
    return { image: style.backgroundImage, border: style.borderTopStyle };
  });

describe('TraceabilityMatrix suspect links in Chromium', () => {
  it('reviews a suspect cell by keyboard: the change emitted, the cell cleared, focus kept; axe clean in every mode', async () => {
    const sb = await session.open('views-traceabilitymatrix--suspect-links-since-last-quarter');
    const { page } = sb;
    const target = page.getByRole('gridcell', {
      name: new RegExp(`^Direct link, suspect: .*: EPIC-5 [^,]*, ${RETENTION}$`),
    });
    const pos = await target.getAttribute('data-pos');
    const [row, column] = (pos ?? '').split(':').map(Number);
    if (row === undefined || column === undefined) throw new Error('no suspect cell for EPIC-5');

    // On the grid's one tab stop, then arrow keys to the suspect cell.
    await page.locator('#storybook-root [role="gridcell"][tabindex="0"]').focus();
    expect(await focusedPos(page)).toBe('0:0');
    for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < column; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedPos(page)).toBe(pos);
    expect(await target.getAttribute('data-suspect')).toBe('true');
    expect(await target.getAttribute('aria-label')).toContain('suspect: goal title changed, goal target changed');
    expect(await hatch(page, pos as string)).toEqual({ image: expect.stringMatching(/gradient/), border: 'dashed' });

    // Enter shows why below the grid, focus staying on the cell.
    await page.keyboard.press('Enter');
    const details = page.getByRole('group', { name: /^Why the link of EPIC-5 / });
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.textContent()).toContain(`Goal title: ‘Keep teams coming back’ → ‘${RETENTION}’`);
    expect(await focusedPos(page)).toBe(pos);

    const found: string[] = [];
    const check = async (mode: string) => {
      await sb.settle();
      const violations = await runAxe(page);
      if (violations.length > 0) found.push(`${mode}:\n${formatViolations(violations)}`);
    };
    await check('light');
    await sb.applyTheme('dark');
    await sb.applyDirection('rtl');
    await check('dark, right to left');
    await sb.applyTheme('light');
    await sb.applyDirection(null);
    await sb.emulateForcedColors('active');
    await check('forced colours');
    // The hatch and its frame stay in the system's colours, and the mark is text.
    expect(await hatch(page, pos as string)).toEqual({ image: expect.stringMatching(/gradient/), border: 'dashed' });
    expect(await target.locator('.tl-matrix-suspect-mark').textContent()).toBe('!');
    await sb.emulateForcedColors(null);
    expect(found, found.join('\n\n')).toEqual([]);

    // Tab leaves the grid for the details' first button; Enter marks the link reviewed.
    await page.locator(`#storybook-root [data-pos="${pos}"]`).focus();
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Mark reviewed');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => session.lastChange())
      .toEqual({
        type: 'review-link',
        link: { from: { kind: 'initiative', id: 'init-reporting' }, to: { kind: 'goal', id: 'goal-retention' } },
      });
    const cell = page.locator(`#storybook-root [data-pos="${pos}"]`);
    await expect.poll(() => cell.getAttribute('data-suspect')).toBeNull();
    expect(await cell.getAttribute('aria-label')).toBe(`Direct link: EPIC-5 Team health dashboard, ${RETENTION}`);
    expect(await focusedPos(page)).toBe(pos);
    expect(await said(page)).toBe('Link reviewed.');
    expect(await details.count()).toBe(0);
    expect(await page.locator('#storybook-root').textContent()).toContain('9 suspect links:');

    // The legend's button takes focus from outside the grid to the next cell still suspect.
    await page.getByRole('button', { name: 'Next suspect cell' }).focus();
    await page.keyboard.press('Enter');
    const next = await page.evaluate(() => {
      const cell = document.activeElement as HTMLElement;
      return { role: cell.getAttribute('role'), suspect: cell.dataset.suspect, pos: cell.dataset.pos };
    });
    expect(next).toMatchObject({ role: 'gridcell', suspect: 'true' });
    expect(next.pos).not.toBe(pos);
    expect(sb.errors).toEqual([]);
  });
});
