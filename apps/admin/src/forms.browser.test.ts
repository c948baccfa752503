import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './testing/chromium.js';
import { type Harness, PASSWORD, startHarness } from './testing/harness.js';

/** The admin's forms in Chromium with the browser bundle: what staff see as they fill them. */
let h: Harness;
let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  h = await startHarness();
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(`${h.url}/login`);
  await page.fill('#email', h.users.editor.email);
  await page.fill('#password', PASSWORD);
  await page.click('form[action="/login"] button[type="submit"]');
  await page.waitForURL(`${h.url}/`);
});
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

/** Whether the form field of `id` (its `.field`, or its fieldset) is shown. */
const shown = (id: string) => page.locator(`#${id}`).isVisible();

describe('the agenda editor shows the fields of each kind', () => {
  it('shows questions for a panel and topics for a discussion, and keeps a misfit field shown while it holds data', async () => {
    await page.goto(`${h.url}/events/new`);
    await page.waitForSelector('html.js');
    // The blank item is a panel: questions and a moderator, no topics or format.
    expect(await shown('f-agenda-0-questions')).toBe(true);
    expect(await shown('f-agenda-0-moderator-personId')).toBe(true);
    expect(await shown('f-agenda-0-topics')).toBe(false);
    expect(await shown('f-agenda-0-format')).toBe(false);
    await page.selectOption('#f-agenda-0-kind', 'discussion');
    expect(await shown('f-agenda-0-questions')).toBe(false);
    expect(await shown('f-agenda-0-topics')).toBe(true);
    expect(await shown('f-agenda-0-format')).toBe(true);
    expect(await shown('f-agenda-0-moderator-personId')).toBe(false);
    await page.selectOption('#f-agenda-0-kind', 'break');
    expect(await shown('f-agenda-0-people-0-personId')).toBe(false);
    // Questions typed on a panel, then the kind changed: the questions stay in view, marked, with the reason.
    await page.selectOption('#f-agenda-0-kind', 'panel');
    await page.fill('#f-agenda-0-questions', 'Co dalej?');
    await page.selectOption('#f-agenda-0-kind', 'presentation');
    expect(await shown('f-agenda-0-questions')).toBe(true);
    expect(await page.locator('.field:has(#f-agenda-0-questions)').getAttribute('class')).toContain('misfit');
    await expect
      .poll(() => page.textContent('#f-agenda-0-kind-error'))
      .toMatch(/^Rodzaj: „prezentacja” nie ma pól: pytania/);
    // Cleared, it goes away.
    await page.fill('#f-agenda-0-questions', '');
    await page.selectOption('#f-agenda-0-kind', 'presentation');
    expect(await shown('f-agenda-0-questions')).toBe(false);
  });
});
