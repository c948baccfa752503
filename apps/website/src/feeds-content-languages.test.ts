import { seedWorld } from '@org/demo';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededSite, seededSite } from './testing/start-site.js';

// The seed world, its post carrying what must never reach a reader as markup: a script and javascript: links, in
// the lead (plain text) and the body (Markdown).
const world = seedWorld();
const post = world.posts[0]!;
world.posts[0] = {
  ...post,
  lead: 'Zapowiedź <script>alert(1)</script> [x](javascript:alert(1))',
  body: `${post.body}\n\n<script>alert(2)</script>\n\n[link](javascript:alert(3)) <a href="javascript:alert(4)">a</a>`,
};

let site: SeededSite;
beforeAll(async () => {
  site = await seededSite({ world, now: '2026-11-27T12:00:00Z' });
});
afterAll(() => site?.close());

/** The entries' HTML as a reader gets it from RSS <content:encoded> or Atom <content> (CDATA: no decoding). */
const cdata = (xml: string, element: string) =>
  [...xml.matchAll(new RegExp(`<${element}[^>]*><!\\[CDATA\\[([^]*?)\\]\\]></${element}>`, 'g'))].map((m) => m[1]!);

const UNSAFE = /<(script|iframe|svg|style)|\s(on\w+)=|href="\s*(javascript|vbscript|data):/i;

describe('feed content as the website serves it', () => {
  // Readers showed the plain-text RSS <description>, blank lines and all, as one blob.
  it.each(['', '/en'])(
    '%s/rss.xml: every item has HTML content:encoded, the JSON Feed’s content_html',
    async (prefix) => {
      const rss = await (await site.get(`${prefix}/rss.xml`)).text();
      expect(rss).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"');
      const json = (await (await site.get(`${prefix}/feed.json`)).json()) as { items: { content_html: string }[] };
      const encoded = cdata(rss, 'content:encoded');
      expect(encoded.length).toBeGreaterThan(1);
      expect(encoded).toEqual(json.items.map((i) => i.content_html));
      for (const html of encoded) {
        expect(html).toMatch(/^<(p|div)[ >]/);
        expect(html).not.toMatch(UNSAFE);
      }
      const parsed = parseFeed(rss);
      expect(parsed.items).toHaveLength(encoded.length);
      for (const item of parsed.items) {
        expect(item.content).toContain('</p>');
        // The description stays the plain-text summary, markup escaped.
        expect(item.description ?? '').not.toMatch(/<\/p>/);
      }
      const hostile = cdata(rss, 'description').find((d) => d.includes('Zapowiedź'))!;
      expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(hostile).not.toMatch(/<script|<a /i);
      expect(encoded.find((h) => h.includes('Zapowiedź'))).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    },
  );

  // The English feeds marked whole Polish entries xml:lang="pl", their English labels included.
  it('/en/atom.xml: entries in English, the Polish records’ titles, summaries and text marked Polish', async () => {
    const atom = await (await site.get('/en/atom.xml')).text();
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(atom).not.toMatch(/<entry [^>]*xml:lang/);
    const entries = atom.split('<entry>').slice(1);
    expect(entries.length).toBeGreaterThan(1);
    for (const entry of entries) {
      expect(entry).toContain('<title type="html" xml:lang="pl">');
      expect(entry).toMatch(/<content type="html"><!\[CDATA\[<div lang="en">/);
      expect(entry).toContain('<div lang="pl">');
    }
    const polish = await (await site.get('/atom.xml')).text();
    expect(polish).not.toMatch(/<(entry|title|summary|content) [^>]*xml:lang/);
    expect(cdata(polish, 'content').join('')).not.toContain('lang=');
  });

  it('/en/feed.json: each item in its record’s language, its English labels marked English', async () => {
    const json = (await (await site.get('/en/feed.json')).json()) as {
      language: string;
      items: { language: string; content_html: string }[];
    };
    expect(json.language).toBe('en');
    for (const item of json.items) {
      expect(item.language).toBe('pl');
      expect(item.content_html.startsWith('<div lang="en">')).toBe(true);
    }
  });
});
