import { describe, expect, it } from 'vitest';
import { storybookSession } from '../support/session.js';

// Target size (WCAG 2.5.8) of the timeline's milestones in Chromium: crowded markers stacked in
// rows stay 24 × 24 px at least, and never overlap.

const session = storybookSession();

describe('milestone targets in Chromium', () => {
  for (const story of ['crowded-milestones', 'compact'])
    it(`are 24 px square at least and never overlap (${story})`, async () => {
      const { page } = await session.open(`views-roadmaptimeline--${story}`);
      const boxes = await page
        .locator('.tl-timeline-milestone')
        .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes.length).toBeGreaterThan(3);
      for (const box of boxes) {
        expect(box.height).toBeGreaterThanOrEqual(24);
        expect(box.width).toBeGreaterThanOrEqual(24);
      }
      const overlapping = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter(
            (b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5,
          ),
      );
      expect(overlapping).toEqual([]);
    });
});
