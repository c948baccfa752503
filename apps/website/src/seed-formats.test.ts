import { readFileSync } from 'node:fs';
import { SEED_FUNDING_STATEMENT, seedWorld } from '@org/demo';
import { schemaOrgValidator } from '@org/formats/validate';
import { sharedFile } from '@org/testkit';
import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededSite, seededSite } from './testing/start-site.js';

// The same validators the exporter's formats are checked with: schema.org's vocabulary from shared/,
// ical.js for iCalendar, @rowanmanning/feed-parser for the feeds.
const vocabPath = sharedFile('schemas/schema.org/schemaorg-current-http.jsonld');
const SLUG = 'sprawny-urzad-sprawna-organizacja';

let site: SeededSite;
beforeAll(async () => {
  site = await seededSite({ now: '2026-11-20T12:00:00Z' });
});
afterAll(() => site?.close());

describe('the seed event in the formats people and machines read', () => {
  it.skipIf(!vocabPath)(
    'page JSON-LD is valid schema.org and carries the funder (skipped: shared/ not found)',
    async () => {
      const html = await (await site.get(`/wydarzenia/${SLUG}`)).text();
      const match = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
      expect(match).not.toBeNull();
      const doc = JSON.parse(match?.[1] ?? 'null') as Record<string, unknown>;
      const check = schemaOrgValidator(JSON.parse(readFileSync(vocabPath as string, 'utf8')));
      expect(check(doc)).toEqual({ ok: true });
      expect(doc.startDate).toBe('2026-11-26T10:00:00+01:00');
      expect(JSON.stringify(doc)).toContain('Województwo Mazowieckie');
    },
  );

  it('the .ics parses with ical.js: summary, start in UTC and the funding statement', async () => {
    const ics = await (await site.get(`/wydarzenia/${SLUG}.ics`)).text();
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    expect(vevent).not.toBeNull();
    const event = new ICAL.Event(vevent as ICAL.Component);
    expect(event.summary).toBe(seedWorld().events[0]?.title);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-26T09:00:00.000Z');
    expect(event.description.replace(/\s+/g, ' ')).toContain(SEED_FUNDING_STATEMENT);
  });

  it('the subscribable calendar holds the event', async () => {
    const ics = await (await site.get('/kalendarz.ics?hasztag=Współpraca')).text();
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.map((v) => new ICAL.Event(v).summary)).toContain(seedWorld().events[0]?.title);
  });

  it.each([
    ['/kalendarz.ics', 'Mosty: wydarzenia', true],
    ['/kalendarz.ics?hasztag=Współpraca', 'Mosty: wydarzenia — #Współpraca', true],
    ['/kalendarz.ics?hasztag=NiktTegoNieUżywa', 'Mosty: wydarzenia — #NiktTegoNieUżywa', false],
    ['/en/calendar.ics?hashtag=Współpraca', 'Mosty: events — #Współpraca', true],
    // Either language's parameter names work in either language.
    ['/en/calendar.ics?hasztag=Współpraca', 'Mosty: events — #Współpraca', true],
    [
      '/en/calendar.ics?organisation=fundacja-inicjatyw-spoleczno-ekonomicznych',
      'Mosty: events — Fundacja Inicjatyw Społeczno-Ekonomicznych',
      true,
    ],
    ['/en/calendar.ics?organisation=transfer-hub-2', null, false],
  ] as const)('%s is named %s and filters (ical.js)', async (path, name, holdsSeed) => {
    const res = await site.get(path);
    if (name === null) {
      expect(res.status).toBe(404);
      return;
    }
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(name);
    const titles = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary);
    expect(titles.includes(seedWorld().events[0]?.title as string)).toBe(holdsSeed);
  });

  it.each(['/rss.xml', '/atom.xml', '/feed.json'])(
    '%s parses and its entries carry the funding statement',
    async (path) => {
      const body = await (await site.get(path)).text();
      const feed = path.endsWith('.json')
        ? (JSON.parse(body) as { items: { url: string; content_html?: string; summary?: string }[] })
        : null;
      if (feed) {
        const item = feed.items.find((i) => i.url.endsWith(`/wydarzenia/${SLUG}`));
        expect(item).toBeDefined();
        expect(`${item?.summary} ${item?.content_html}`).toContain(SEED_FUNDING_STATEMENT);
        return;
      }
      const parsed = parseFeed(body);
      const item = parsed.items.find((i) => i.url?.endsWith(`/wydarzenia/${SLUG}`));
      expect(item).toBeDefined();
      expect(`${item?.description} ${item?.content}`).toContain(SEED_FUNDING_STATEMENT);
      const post = parsed.items.find((i) => i.url?.includes('/aktualnosci/'));
      expect(post).toBeDefined();
    },
  );
});
