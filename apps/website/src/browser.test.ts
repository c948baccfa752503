import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { testEnv } from '@org/testkit';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorldWithCancelled } from './testing/demo-world.js';
import { PAGE_TYPES } from './testing/page-types.js';
import { type SeededSite, seededSite } from './testing/start-site.js';

const RESULTS = fileURLToPath(new URL('../test-results/', import.meta.url));
// Debian's Chromium in a container: flags from shared/TOOLCHAIN.md §6.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let site: SeededSite;
let browser: Browser;
beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  site = await seededSite({ world: demoWorldWithCancelled(), now: '2026-11-20T12:00:00Z' });
  browser = await chromium.launch({ executablePath: testEnv.CHROMIUM_PATH, args: ARGS });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('in Chromium', () => {
  it.each(PAGE_TYPES)(
    '%s (%s): standards mode, no WCAG 2.1 AA violation, no overflow at 320 px',
    async (_name, path) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(site.base + encodeURI(path));
        expect(await page.evaluate(() => document.compatMode)).toBe('CSS1Compat');
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      } finally {
        await context.close();
      }
    },
  );

  it.each(PAGE_TYPES)('%s (%s): the keyboard reaches every link, skip link first', async (_name, path) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(site.base + encodeURI(path));
      // Each link by its place in the document, so two links to one address count as two.
      const count = await page.$$eval('a[href]', (as) => {
        as.forEach((a, i) => {
          a.setAttribute('data-k', String(i));
        });
        return as.length;
      });
      expect(count).toBeGreaterThan(5);
      const reached: number[] = [];
      for (let i = 0; i < count + 30 && reached.length < count; i++) {
        await page.keyboard.press('Tab');
        const k = await page.evaluate(() => document.activeElement?.getAttribute('data-k') ?? null);
        if (k !== null) reached.push(Number(k));
      }
      // Every link, once, in document order, starting with the skip link.
      expect(reached).toEqual(Array.from({ length: count }, (_, i) => i));
      expect(await page.$eval('a[data-k="0"]', (a) => a.getAttribute('href'))).toBe('#tresc');
    } finally {
      await context.close();
    }
  });

  it('screenshots the seed event page at 1280 and 375 px', async () => {
    for (const width of [1280, 375]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${site.base}/wydarzenia/sprawny-urzad-sprawna-organizacja`);
        const file = `${RESULTS}event-${width}.png`;
        const shot = await page.screenshot({ path: file, fullPage: true });
        expect(shot.byteLength).toBeGreaterThan(10_000);
        const statement = page.getByText(
          'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego',
        );
        expect(await statement.isVisible()).toBe(true);
      } finally {
        await context.close();
      }
    }
  });

  it('prints the seed event page as a programme: what it says and the funding statement, no navigation or forms', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.base}/wydarzenia/sprawny-urzad-sprawna-organizacja`);
      await page.emulateMedia({ media: 'print' });
      const shown = (selector: string) =>
        page.$$eval(selector, (nodes) => nodes.map((n) => getComputedStyle(n).display !== 'none'));
      for (const hidden of ['.skip', 'nav.main', '.lang', 'footer.site ul', 'section[aria-labelledby=kalendarz]'])
        expect(await shown(hidden), hidden).toEqual([false]);
      for (const kept of ['h1', 'dl.facts', '.funding', 'ol.agenda', 'footer.site .license'])
        expect(await shown(kept), kept).toEqual([true]);
      const statement = page.getByText('Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego');
      expect(await statement.isVisible()).toBe(true);
      // No agenda item, and not the funding box, is cut in two by a page break.
      const breaks = await page.$$eval('ol.agenda>li, .funding', (nodes) =>
        nodes.map((n) => getComputedStyle(n).breakInside),
      );
      expect(new Set(breaks)).toEqual(new Set(['avoid']));
      // On screen, the same page still shows its navigation.
      await page.emulateMedia({ media: 'screen' });
      expect(await shown('nav.main')).toEqual([true]);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ path: `${RESULTS}event-print.pdf`, format: 'A4' });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      await context.close();
    }
  });

  it('decodes /favicon.ico as a 16×16 image (the icon every visit asks for)', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(site.base);
      const size = await page.evaluate(async () => {
        const img = new Image();
        img.src = '/favicon.ico';
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      });
      expect(size).toEqual([16, 16]);
    } finally {
      await context.close();
    }
  });

  it('decodes /apple-touch-icon.png as a 512×512 image whose corner is the link blue and whose deck is white', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(site.base);
      const seen = await page.evaluate(async () => {
        const img = new Image();
        img.src = '/apple-touch-icon.png';
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const g = canvas.getContext('2d') as CanvasRenderingContext2D;
        g.drawImage(img, 0, 0);
        const at = (x: number, y: number) => [...g.getImageData(x, y, 1, 1).data];
        // The deck is the band of rows 11–12 of the 16-unit design: 12/16 of the height, in the middle.
        return { size: [img.naturalWidth, img.naturalHeight], corner: at(0, 0), deck: at(256, 384) };
      });
      expect(seen).toEqual({ size: [512, 512], corner: [0x0b, 0x5c, 0xad, 255], deck: [255, 255, 255, 255] });
    } finally {
      await context.close();
    }
  });
});
