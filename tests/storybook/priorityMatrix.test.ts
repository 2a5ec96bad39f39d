import {
  applyChange,
  createPlan,
  movePriorityPoint,
  type PriorityMatrixView,
  priorityMatrixView,
  scorePriorities,
} from '@throughline/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { samplePriorities } from '../../packages/react/src/PriorityMatrix/PriorityHost.story.js';
import { storybookSession } from '../support/session.js';
import type { StorybookPage } from '../support/storybook.js';
import { formatViolations, runAxe } from './axe.js';

// PriorityMatrix in real Chromium, on the stories' sample plan: a point picked up, moved and
// dropped by keyboard and dragged by a pointer, each asserted on the change the story's host
// printed; "Apply this order" and Undo as a round trip; axe-core over a point being moved (the
// state no story shows as authored; stories.test.ts checks every story as authored) in the light
// theme, and in the dark theme right to left. Two page loads in all.

const session = storybookSession();
let sb: StorybookPage;
let page: Page;

const plan = createPlan(samplePriorities());
const rice = { framework: 'rice' } as const;
const view: PriorityMatrixView = priorityMatrixView(plan, scorePriorities(plan, rice));

const point = (rank: number) => page.locator(`#storybook-root [data-rank="${rank}"]`);
/** Where a point is drawn: its centre in the page, from its box. */
const centre = async (rank: number) => {
  const box = await point(rank).boundingBox();
  if (!box) throw new Error(`point ${rank} is not drawn`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};
const said = () => page.locator('[data-part="announcer"]').textContent();
const gaps = () => page.locator('#storybook-root .tl-pmatrix-gap').allTextContents();
const applyButton = () => page.getByRole('button', { name: 'Apply this order' });

async function expectNoViolations(label: string) {
  const violations = await runAxe(page);
  expect(violations, `${label}:\n${formatViolations(violations)}`).toEqual([]);
}

describe('PriorityMatrix in Chromium', () => {
  it('moves a point by keyboard and by pointer, and applies the order and undoes it', async () => {
    sb = await session.open('views-prioritymatrix--rice');
    page = sb.page;
    const top = view.points[0];
    if (!top) throw new Error('the sample has no point');

    // Keyboard: Enter picks the top point up, ↑ and → step impact and effort, Enter drops it.
    await point(0).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => point(0).getAttribute('aria-pressed')).toBe('true');
    const before = await centre(0);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await centre(0)).x).toBeGreaterThan(before.x);
    await expect.poll(said).toMatch(new RegExp(`^${top.title}: impact \\d+(\\.\\d+)?, effort`));
    // A point being moved, as axe sees it.
    await expectNoViolations('light, a point picked up');
    await page.keyboard.press('Enter');
    const keyed = movePriorityPoint(plan, top.ref, { value: 1, effort: 1 }, rice);
    await expect.poll(() => session.lastChange()).toEqual(keyed);
    expect(await point(0).getAttribute('aria-pressed')).toBeNull();

    // Pointer: a point dragged up and to the right lands with more value and more effort.
    const moved = keyed ? applyChange(plan, keyed) : null;
    if (!moved?.ok) throw new Error('the keyboard move was refused');
    const next = priorityMatrixView(moved.plan, scorePriorities(moved.plan, rice));
    const rank = next.points.findIndex((p, i) => i > 4 && p.quadrant === 'filler');
    const target = next.points[rank];
    if (!target) throw new Error('the sample has no filler');
    const from = await centre(rank);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(from.x + i * 10, from.y - i * 12);
    await expect.poll(() => point(rank).getAttribute('data-moving')).toBe('true');
    await page.mouse.up();
    await expect
      .poll(() => session.lastChange())
      .toMatchObject({ type: 'set-priority', target: { kind: 'item', id: target.ref.id } });
    const dragged = (await session.lastChange()) as { priority: { rice: { impact: number; effort: number } } };
    const own = plan.items.find((item) => item.id === target.ref.id)?.priority?.rice;
    expect(dragged.priority.rice.impact).toBeGreaterThan(own?.impact ?? Number.POSITIVE_INFINITY);
    expect(dragged.priority.rice.effort).toBeGreaterThan(own?.effort ?? Number.POSITIVE_INFINITY);

    // Apply this order, then Undo: the backlog goes back to where it was.
    const gapsBefore = await gaps();
    expect(gapsBefore.some((gap) => gap !== 'in place')).toBe(true);
    await applyButton().click();
    await expect.poll(() => session.lastChange()).toMatchObject({ type: 'batch' });
    await expect.poll(gaps).toEqual(gapsBefore.map(() => 'in place'));
    expect(await applyButton().isDisabled()).toBe(true);
    await expect.poll(said).toMatch(/^Put Relay product backlog in RICE order: \d+ items moved\.$/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(gaps).toEqual(gapsBefore);
    expect(await applyButton().isDisabled()).toBe(false);
    expect(sb.errors).toEqual([]);
  });

  it('right to left in the dark theme: effort grows to the left, ← is a step more', async () => {
    sb = await session.open('views-prioritymatrix--right-to-left');
    page = sb.page;
    await sb.applyTheme('dark');
    await sb.settle();
    const top = view.points[0];
    if (!top) throw new Error('the sample has no point');
    await point(0).focus();
    await page.keyboard.press('Enter');
    const before = await centre(0);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await centre(0)).x).toBeLessThan(before.x);
    await expectNoViolations('dark, right to left, a point picked up');
    await page.keyboard.press('Enter');
    await expect.poll(() => session.lastChange()).toEqual(movePriorityPoint(plan, top.ref, { effort: 1 }, rice));
    // The value axis stands at the right: its tick labels lie right of every point.
    const ticks = await page.locator('#storybook-root .tl-pmatrix-axes text[text-anchor="end"]').first().boundingBox();
    const rightmost = Math.max(
      ...(await page
        .locator('#storybook-root [data-rank]')
        .evaluateAll((points) => points.map((p) => p.getBoundingClientRect().right))),
    );
    expect(ticks?.x ?? 0).toBeGreaterThan(rightmost);
    expect(sb.errors).toEqual([]);
  });
});
