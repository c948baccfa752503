import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { foldDiacritics } from '@org/domain';
import { type StaticSearchIndex, strings } from '@org/site';
import { testEnv } from '@org/testkit';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSite } from './export-site.js';
import { securityHeaders } from './security-headers.js';
import { demoWorldWithCancelled } from './testing/demo-world.js';
import { PAGE_TYPES } from './testing/page-types.js';
import { type SeededSite, seededSite } from './testing/start-site.js';
import { serveFolder } from './testing/static-server.js';

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

/** What axe-core finds against WCAG 2.1 AA on the page as it is now: each rule and the elements it names. */
const wcagViolations = async (page: import('playwright-core').Page) => {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

describe('in Chromium', () => {
  it.each(PAGE_TYPES)(
    '%s (%s): standards mode, no WCAG 2.1 AA violation, no overflow at 320 px',
    async (_name, path) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(site.base + encodeURI(path));
        expect(await page.evaluate(() => document.compatMode)).toBe('CSS1Compat');
        expect(await wcagViolations(page)).toEqual([]);
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

  it('breaks no word that fits its box: table cells (a wide table scrolls in its region) and a record’s facts; a row’s cells level', async () => {
    let boxes = 0;
    for (const width of [320, 375, 700]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        const page = await context.newPage();
        for (const [name, path] of PAGE_TYPES) {
          await page.goto(site.base + encodeURI(path));
          const seen = await page.evaluate(() => {
            // The words (hyphens and dashes are places a line may break) of `boxes` that lie on two lines or more,
            // each with its own width, and the width of its box.
            const broken = (boxes: Iterable<Element>) => {
              const found: { word: string; width: number; box: number }[] = [];
              for (const box of boxes) {
                const style = getComputedStyle(box);
                const inner =
                  box.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
                const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  for (const m of (node.textContent ?? '').matchAll(/[^\s\-–—]+/g)) {
                    const range = document.createRange();
                    range.setStart(node, m.index);
                    range.setEnd(node, m.index + m[0].length);
                    const rects = [...range.getClientRects()];
                    if (new Set(rects.map((r) => Math.round(r.top))).size > 1)
                      found.push({ word: m[0], width: rects.reduce((sum, r) => sum + r.width, 0), box: inner });
                  }
                }
              }
              return found;
            };
            const cells = document.querySelectorAll('td, th');
            const facts = document.querySelectorAll('dl.facts dt, dl.facts dd');
            // The cells of a row start on one line (a paragraph's margin must not push one cell's text down).
            const misaligned: string[] = [];
            for (const row of document.querySelectorAll('tbody tr')) {
              const tops = [...row.children].map((cell) => {
                const text = document
                  .createTreeWalker(cell, NodeFilter.SHOW_TEXT, (n) =>
                    n.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
                  )
                  .nextNode();
                if (!text) return undefined;
                const range = document.createRange();
                range.selectNodeContents(text);
                return Math.round(range.getClientRects()[0]?.top ?? 0);
              });
              const known = tops.filter((t) => t !== undefined);
              if (Math.max(...known) - Math.min(...known) > 2) misaligned.push(row.textContent?.slice(0, 40) ?? '');
            }
            return {
              boxes: cells.length + facts.length,
              // A table grows to its longest word and scrolls: no word of a cell is broken.
              cells: broken(cells).map((b) => b.word),
              // A fact's box does not grow: a word wider than it (a long address) may break, no other.
              facts: broken(facts)
                .filter((b) => b.width <= b.box)
                .map((b) => `${b.word} (${Math.round(b.width)} of ${Math.round(b.box)} px)`),
              misaligned,
            };
          });
          boxes += seen.boxes;
          expect(seen.cells, `${name} at ${width} px`).toEqual([]);
          expect(seen.facts, `${name} at ${width} px`).toEqual([]);
          expect(seen.misaligned, `${name} at ${width} px`).toEqual([]);
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
          ).toBeLessThanOrEqual(0);
        }
      } finally {
        await context.close();
      }
    }
    expect(boxes).toBeGreaterThan(100);
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

describe('the static copy’s search box, in Chromium', () => {
  let out: string;
  let folder: Awaited<ReturnType<typeof serveFolder>>;
  let index: StaticSearchIndex;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'mosty-static-search-'));
    await exportSite(site.store, {
      outDir: out,
      siteUrl: 'http://localhost:3000',
      now: Date.parse('2026-11-20T12:00:00Z'),
    });
    // Served with the headers the README asks a static copy's web server to send.
    folder = await serveFolder(out, securityHeaders('http://localhost:3000', { staticCopy: true }));
    index = JSON.parse(readFileSync(join(out, 'szukaj/organizations.json'), 'utf8'));
  });
  afterAll(async () => {
    await folder?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  // What the box must find for a query: the store's rule, every word the start of a word of the record.
  const expected = (query: string, file = index) => {
    const asked = foldDiacritics(query)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    return file.items.filter(([, , words]) => asked.every((w) => ` ${words}`.includes(` ${w}`)));
  };
  const search = async (page: import('playwright-core').Page, query: string) => {
    // A status left from the search before is not this search's.
    await page.$eval('search [role="status"]', (e) => {
      e.textContent = '';
    });
    await page.fill('search input', query);
    await page.press('search input', 'Enter');
    await page.waitForFunction(() => document.querySelector('search [role="status"]')?.textContent !== '');
    return {
      status: await page.textContent('search [role="status"]'),
      links: await page.$$eval('search ul a', (as) =>
        as.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('lang')]),
      ),
      lines: await page.$$eval('search ul li', (lis) => lis.map((li) => li.textContent)),
      listHidden: await page.$eval('#lista', (e) => (e as HTMLElement).hidden),
    };
  };

  it('without JavaScript shows no box, only the list', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${folder.base}/organizacje/`);
      expect(await page.isVisible('search')).toBe(false);
      expect(await page.isVisible('#lista ul a')).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('under the server’s policy, which runs no script, shows no box either: the list stays', async () => {
    const strict = await serveFolder(out, securityHeaders('http://localhost:3000'));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const blocked: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') blocked.push(m.text());
      });
      await page.goto(`${strict.base}/organizacje/`);
      await page.waitForLoadState('load');
      expect(await page.isVisible('search')).toBe(false);
      expect(await page.isVisible('#lista ul a')).toBe(true);
      expect(blocked.join(' ')).toMatch(/Content Security Policy/);
    } finally {
      await context.close();
      await strict.close();
    }
  });

  it('finds organisations as the server does, by any words’ beginnings, with or without Polish letters', async () => {
    expect(index.items.length).toBeGreaterThan(5);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const failures: string[] = [];
      page.on('pageerror', (e) => failures.push(e.message));
      await page.goto(`${folder.base}/organizacje/`);
      expect(await page.isVisible('search input')).toBe(true);
      const t = strings('pl').search.organizations;
      for (const [name, slug] of index.items) {
        // The name as written, and its first letters of two words without Polish letters, in capitals.
        const words = name.split(/\s+/);
        const short = foldDiacritics(
          words
            .slice(0, 2)
            .map((w) => w.slice(0, 4))
            .join(' '),
        ).toUpperCase();
        for (const query of [name, short]) {
          const found = expected(query);
          expect(found.map(([, s]) => s)).toContain(slug);
          const result = await search(page, query);
          expect(result.status, query).toBe(t.found(found.length, false, query));
          expect(result.links.map(([, href]) => href)).toEqual(found.slice(0, 50).map(([, s]) => `/organizacje/${s}/`));
          expect(result.listHidden).toBe(true);
        }
      }
      // Nothing found: said so, and no list under it, as on the server.
      const none = await search(page, 'qqqzzz');
      expect(none.status).toBe(t.none('qqqzzz'));
      expect(none.links).toEqual([]);
      expect(await page.isVisible('search ul')).toBe(false);
      // No letters or digits: told, and the list not searched.
      expect((await search(page, '!!!')).status).toBe(strings('pl').search.noWords('!!!'));
      // A query is shown as typed, even one that looks like a replacement pattern.
      expect((await search(page, "$& $' qqq")).status).toBe(t.none("$& $' qqq"));
      // Enter searched without leaving the page; clearing the box brings the list back.
      expect(new URL(page.url()).pathname).toBe('/organizacje/');
      await page.fill('search input', '');
      await page.waitForFunction(() => !(document.getElementById('lista') as HTMLElement).hidden);
      expect(failures).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows its results accessibly, in English on English pages, names marked Polish', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${folder.base}/en/organisations/`);
      const query = 'fundacja';
      const found = expected(query);
      expect(found.length).toBeGreaterThan(1);
      const result = await search(page, query);
      expect(result.status).toBe(strings('en').search.organizations.found(found.length, false, query));
      expect(result.links[0]).toEqual([found[0]?.[0], `/en/organisations/${found[0]?.[1]}/`, 'pl']);
      expect(await wcagViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
    } finally {
      await context.close();
    }
  });

  it('shows the first 50 of more, and says so; a file that cannot be read is said too, and the list comes back', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const many: StaticSearchIndex = {
        version: 1,
        items: Array.from({ length: 120 }, (_, i) => [`Koło nr ${i + 1}`, `kolo-${i + 1}`, `kolo nr ${i + 1}`]),
      };
      await page.route('**/szukaj/organizations.json', (route) => route.fulfill({ json: many }));
      await page.goto(`${folder.base}/organizacje/`);
      const t = strings('pl').search;
      const result = await search(page, 'koło');
      expect(result.status).toBe(`${t.organizations.found(120, false, 'koło')} ${t.staticMore(50)}`);
      expect(result.links).toHaveLength(50);
      // On a Polish page the Polish names need no lang of their own.
      expect(result.links[49]).toEqual(['Koło nr 50', '/organizacje/kolo-50/', null]);

      const broken = await context.newPage();
      await broken.route('**/szukaj/organizations.json', (route) => route.fulfill({ status: 503, body: '' }));
      await broken.goto(`${folder.base}/organizacje/`);
      const failed = await search(broken, 'koło');
      expect(failed.status).toBe(t.staticError);
      expect(failed.listHidden).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('searches the events by their titles’, summaries’ and hashtags’ words, each with its time and status', async () => {
    const file = (locale: string) =>
      JSON.parse(readFileSync(join(out, `szukaj/events${locale}.json`), 'utf8')) as StaticSearchIndex;
    const events = file('');
    expect(events.items.some(([, , , detail]) => detail?.startsWith('Wydarzenie odwołane · '))).toBe(true);
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    try {
      const page = await context.newPage();
      const failures: string[] = [];
      page.on('pageerror', (e) => failures.push(e.message));
      await page.goto(`${folder.base}/wydarzenia/`);
      const t = strings('pl').search.events;
      for (const [title, slug, words, detail] of events.items) {
        // The title as written, and the beginning of its summary's or hashtags' last word, in capitals.
        const last = words.split(' ').at(-1) ?? '';
        for (const query of [title, last.slice(0, 5).toUpperCase()]) {
          const found = expected(query, events);
          expect(found.map(([, s]) => s)).toContain(slug);
          const result = await search(page, query);
          expect(result.status, query).toBe(t.found(found.length, false, query));
          expect(result.links.map(([, href]) => href)).toEqual(found.map(([, s]) => `/wydarzenia/${s}/`));
          expect(result.lines).toEqual(found.map(([name, , , when]) => `${name} · ${when}`));
          expect(result.listHidden).toBe(true);
        }
        expect(detail).toBeTruthy();
      }
      expect(await wcagViolations(page)).toEqual([]);
      expect(failures).toEqual([]);
      // In English: the English file, its words for the time and status, Polish titles marked so.
      await page.goto(`${folder.base}/en/events/`);
      const [title, slug, , when] = file('-en').items[0] ?? [];
      const result = await search(page, title ?? '');
      expect(result.links[0]).toEqual([title, `/en/events/${slug}/`, 'pl']);
      expect(result.lines[0]).toBe(`${title} · ${when}`);
      expect(when).toMatch(/^\d+ [A-Z][a-z]+ \d{4}, /);
      expect(await wcagViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('searches authorities and grants too, each its own file', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      for (const [path, file, record] of [
        ['/samorzady/', 'authorities', '/samorzady/'],
        ['/granty/', 'grants', '/granty/'],
      ] as const) {
        const items = (JSON.parse(readFileSync(join(out, `szukaj/${file}.json`), 'utf8')) as StaticSearchIndex).items;
        const [name, slug] = items[0] ?? ['', ''];
        await page.goto(`${folder.base}${path}`);
        const result = await search(page, name);
        expect(result.links.map(([, href]) => href)).toContain(`${record}${slug}/`);
      }
    } finally {
      await context.close();
    }
  });
});
