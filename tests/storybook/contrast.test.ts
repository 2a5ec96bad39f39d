import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storybookSession } from '../support/session.js';

// Non-text contrast (WCAG 1.4.11) of the timeline's bars in Chromium: each bar's border against
// the lane it sits on, with the plan's own colours and with the palest and darkest a plan may give.

let page: Page;
const session = storybookSession();

/** For every bar: the contrast ratio of its border colour with the background it is drawn on. */
const borderContrasts = () =>
  page.locator('.tl-timeline-bar').evaluateAll((bars) => {
    const canvas = document
      .createElement('canvas')
      .getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
    const rgb = (css: string) => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = css;
      canvas.fillRect(0, 0, 1, 1);
      return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const luminance = (css: string) => {
      const [r, g, b] = rgb(css).map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const backdrop = (el: Element | null): string => {
      for (let at = el; at; at = at.parentElement) {
        const colour = getComputedStyle(at).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
      }
      return 'white';
    };
    return bars.map((bar) => {
      const a = luminance(getComputedStyle(bar).borderTopColor);
      const b = luminance(backdrop(bar.parentElement));
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
  });

describe('bar borders in Chromium', () => {
  for (const story of ['sample-plan', 'dark-theme'])
    it(`meet 3:1 against their lane, with the plan's colours and with white and black (${story})`, async () => {
      page = (await session.open(`views-roadmaptimeline--${story}`)).page;
      expect(await page.locator('.tl-timeline-bar').count()).toBeGreaterThan(5);
      expect(Math.min(...(await borderContrasts()))).toBeGreaterThanOrEqual(3);
      for (const colour of ['#ffffff', '#000000', '#ffd400', '#9fd3ff']) {
        await page.locator('.tl-timeline-bar').evaluateAll((bars, c) => {
          for (const bar of bars) (bar as HTMLElement).style.setProperty('--tl-bar-color', c);
        }, colour);
        expect(Math.min(...(await borderContrasts())), colour).toBeGreaterThanOrEqual(3);
      }
    });
});
