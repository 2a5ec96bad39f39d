import type { Page } from 'playwright-core';

/** The notice a story's view drew over the problems salvage set aside. */
export const TRACKER_EXPORT_NOTICE =
  '5 problems in the data; 1 initiative left out, 2 fields dropped, 1 link removed, 1 dependency removed.';

/**
 * Reads the salvage notice as a user meets it: its sentence (a status, not an alert), whether
 * focus was left alone, then the problems it lists once its disclosure is opened.
 */
export async function readSalvageNotice(page: Page) {
  const notice = page.locator('[data-tl-part="salvage-notice"]');
  const headline = await notice.getByRole('status').textContent();
  const alerts = await notice.getByRole('alert').count();
  const focusUntouched = await page.evaluate(() => document.activeElement === document.body);
  await notice.getByText('Show the problems').click();
  const problems = await notice.getByRole('listitem').allTextContents();
  return { count: await notice.count(), headline, alerts, focusUntouched, problems };
}
