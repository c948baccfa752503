import type { Page } from 'playwright-core';
import { type Harness, PASSWORD } from './harness.js';

/**
 * Signs `page` in as `user` (one of the harness's staff, whose password is `PASSWORD`) through the real sign-in
 * form, and waits for the dashboard. `submit: 'enter'` sends the form with the keyboard instead of a click.
 *
 * @example
 * await loginInBrowser(page, h, h.users.editor); // page is at `${h.url}/`
 */
export async function loginInBrowser(
  page: Page,
  harness: Pick<Harness, 'url'>,
  user: { email: string },
  options: { submit?: 'click' | 'enter' } = {},
): Promise<void> {
  await page.goto(`${harness.url}/login`);
  await page.fill('#email', user.email);
  await page.fill('#password', PASSWORD);
  if (options.submit === 'enter') {
    await page.focus('form[action="/login"] button');
    await page.keyboard.press('Enter');
  } else await page.click('form[action="/login"] button[type="submit"]');
  await page.waitForURL(`${harness.url}/`);
}
