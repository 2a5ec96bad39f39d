import type { Page } from 'playwright-core';

/**
 * Presses `keys` on the focused element within one task of the page, so the view cannot render
 * between them: the extreme of keys arriving faster than it renders (key repeat on a slow
 * machine). Each key goes to whatever holds focus at that moment, as a real press would.
 */
export async function pressAtOnce(page: Page, keys: readonly string[]): Promise<void> {
  await page.evaluate((list) => {
    for (const key of list) {
      const target = document.activeElement ?? document.body;
      const init = { key, bubbles: true, cancelable: true, composed: true };
      target.dispatchEvent(new KeyboardEvent('keydown', init));
      target.dispatchEvent(new KeyboardEvent('keyup', init));
    }
  }, keys);
}
