import { type DemoWorld, seedWorld } from '@org/demo';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheKey } from './app.js';
import { type SeededSite, seededSite } from './testing/start-site.js';

// The subscribable calendar takes the event list's filters (hashtag, organisation, authority, month, in
// either language's names): a subscriber who filtered gets what they asked for or a 404 that says why,
// never every event. Every calendar is read back by ical.js.
const SEED = seedWorld().events[0]?.title as string;

/** The seed world plus events around the turn of November 2026 in Warsaw time, and one from 2024. */
function world(): DemoWorld {
  const w = seedWorld();
  const seed = w.events[0];
  if (!seed) throw new Error('the seed world has no event');
  const add = (id: string, title: string, startsAt: string, endsAt: string) =>
    w.events.push({ ...seed, id, slug: id, title, startsAt, endsAt, agenda: [] });
  // Across midnight between November and December, Warsaw time: in both months.
  add('na-przelomie', 'Na przełomie', '2026-11-30T23:30:00+01:00', '2026-12-01T00:30:00+01:00');
  // December in Warsaw, though still 30 November in UTC: in December only.
  add('po-polnocy', 'Po północy', '2026-12-01T00:15:00+01:00', '2026-12-01T01:00:00+01:00');
  // Older than the unfiltered calendar's year, but in the month asked for.
  add('dawno', 'Dawno temu', '2024-03-10T10:00:00+01:00', '2024-03-10T12:00:00+01:00');
  return w;
}

let site: SeededSite;
beforeAll(async () => {
  site = await seededSite({ world: world(), now: '2026-11-20T12:00:00Z' });
});
afterAll(() => site?.close());

const read = async (path: string) => {
  const res = await site.get(encodeURI(path));
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await res.text()));
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    titles: calendar
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v).summary)
      .sort(),
  };
};

describe('the calendar filters as the event list does', () => {
  it('tells subscribers where it lives and how often to look again (RFC 7986 SOURCE, REFRESH-INTERVAL)', async () => {
    for (const [path, source] of [
      ['/kalendarz.ics', 'http://localhost:3000/kalendarz.ics'],
      ['/en/calendar.ics?hasztag=Współpraca', 'http://localhost:3000/en/calendar.ics?hashtag=Wsp%C3%B3%C5%82praca'],
      ['/kalendarz.ics?miesiac=2026-11&x=1', 'http://localhost:3000/kalendarz.ics?miesiac=2026-11'],
    ] as const) {
      const res = await site.get(encodeURI(path));
      expect(res.status, path).toBe(200);
      const calendar = new ICAL.Component(ICAL.parse(await res.text()));
      expect(calendar.getFirstPropertyValue('source')?.toString(), path).toBe(source);
      const refresh = calendar.getFirstProperty('refresh-interval');
      // ical.js reads VALUE=DURATION as the property's type.
      expect(refresh?.type, path).toBe('duration');
      expect(String(refresh?.getFirstValue()), path).toMatch(/^PT?\d/);
    }
  });

  it('holds the coming events and the last year without a filter', async () => {
    // Asked first, so a filtered calendar below cannot be this one served from the cache.
    expect(await read('/kalendarz.ics')).toEqual({
      name: 'Mosty: wydarzenia',
      titles: ['Na przełomie', 'Po północy', SEED].sort(),
    });
  });

  it.each([
    ['/kalendarz.ics?miesiac=2026-11', 'Mosty: wydarzenia — listopad 2026', ['Na przełomie', SEED]],
    ['/kalendarz.ics?miesiac=2026-12', 'Mosty: wydarzenia — grudzień 2026', ['Na przełomie', 'Po północy']],
    ['/en/calendar.ics?month=2024-03', 'Mosty: events — March 2024', ['Dawno temu']],
    ['/en/calendar.ics?miesiac=2026-12', 'Mosty: events — December 2026', ['Na przełomie', 'Po północy']],
    ['/kalendarz.ics?miesiac=2027-01', 'Mosty: wydarzenia — styczeń 2027', []],
    ['/kalendarz.ics?samorzad=powiat-wolominski', 'Mosty: wydarzenia — Powiat wołomiński', [SEED]],
    ['/en/calendar.ics?authority=powiat-wolominski', 'Mosty: events — Powiat wołomiński', [SEED]],
    // The voivodeship funds every one of these events through its grant (the store's authorityId filter).
    [
      '/kalendarz.ics?samorzad=wojewodztwo-mazowieckie',
      'Mosty: wydarzenia — Województwo Mazowieckie',
      ['Na przełomie', 'Po północy', SEED],
    ],
    [
      '/kalendarz.ics?hasztag=Współpraca&miesiac=2026-12&samorzad=powiat-wolominski',
      'Mosty: wydarzenia — #Współpraca, Powiat wołomiński, grudzień 2026',
      [],
    ],
    // A parameter the list does not know is ignored there, and here.
    ['/kalendarz.ics?utm_source=x', 'Mosty: wydarzenia', ['Na przełomie', 'Po północy', SEED]],
  ] as const)('%s is named %s and holds what it says (ical.js)', async (path, name, titles) => {
    expect(await read(path)).toEqual({ name, titles: [...titles].sort() });
  });

  it.each([
    ['/kalendarz.ics?samorzad=zzz', 'Nie znamy samorządu o adresie „zzz”.'],
    ['/en/calendar.ics?authority=zzz', 'There is no local authority at “zzz”.'],
    ['/kalendarz.ics?miesiac=2026-13', '„2026-13” nie jest miesiącem'],
    ['/en/calendar.ics?month=listopad', '“listopad” is not a month'],
    // December 9999 would end in the year 10000, which no instant of the site's can write.
    ['/kalendarz.ics?miesiac=9999-12', 'Miesiąc 9999-12 jest poza zakresem serwisu'],
    ['/kalendarz.ics?miesiac=0099-01', 'Miesiąc 0099-01 jest poza zakresem serwisu'],
    ['/kalendarz.ics?organizacja=nope', 'Nie znamy organizacji o adresie „nope”.'],
    ['/kalendarz.ics?organizacja=Nie Slug', 'Nie znamy organizacji o adresie „Nie Slug”.'],
    // A filter's name misspelled would otherwise be ignored, and subscribe its reader to every event.
    ['/kalendarz.ics?hastag=Współpraca', 'Kalendarz nie zna parametru „hastag”. Czy chodziło o „hasztag”?'],
    ['/kalendarz.ics?Miesiąc=2026-11', 'Kalendarz nie zna parametru „Miesiąc”. Czy chodziło o „miesiac”?'],
    [
      '/en/calendar.ics?organization=fise',
      'The calendar has no parameter “organization”. Did you mean “organisation”?',
    ],
    ['/en/calendar.ics?hashtga=Zima', 'Did you mean “hashtag”?'],
    // A filter given several values would keep the first without a word: a subscriber asking for two
    // hashtags' events would get one's.
    [
      '/kalendarz.ics?hasztag=Współpraca&hasztag=Zima',
      'Filtr „hasztag” podano z kilkoma wartościami („Współpraca”, „Zima”), a kalendarz przyjmuje jedną',
    ],
    [
      '/en/calendar.ics?month=2026-11&miesiac=2026-12',
      'The filter “month/miesiac” is given several values (“2026-11”, “2026-12”), and the calendar takes one',
    ],
    ['/kalendarz.ics?samorzad=powiat-wolominski&samorzad=wojewodztwo-mazowieckie', 'Filtr „samorzad” podano'],
  ])('%s is a 404 that says why, in its language, which a widget on another site may read', async (path, reason) => {
    const res = await site.get(encodeURI(path), { headers: { origin: 'https://gmina.example.org' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toBe('ETag, Last-Modified');
    expect(await res.text()).toContain(reason);
  });

  it.each([
    ['/kalendarz.ics?samorzad=zzz', 'Nie ma takiego samorządu', '/kalendarz.ics'],
    ['/kalendarz.ics?miesiac=2026-13', 'Nie ma takiego miesiąca', '/kalendarz.ics'],
    ['/kalendarz.ics?hastag=Współpraca', 'Nie ma takiego filtra', '/kalendarz.ics'],
    ['/kalendarz.ics?hasztag=Współpraca&hasztag=Zima', 'Filtr podany kilka razy', '/kalendarz.ics'],
    ['/en/calendar.ics?organisation=zzz', 'No such organisation', '/en/calendar.ics'],
    ['/en/calendar.ics?hashtag=a b', 'No such hashtag', '/en/calendar.ics'],
    ['/en/calendar.ics?hashtga=Zima', 'No such filter', '/en/calendar.ics'],
  ])(
    '%s is headed by what is wrong (%s), not "page not found", and links the unfiltered calendar',
    async (path, title, all) => {
      const res = await site.get(encodeURI(path));
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(html).toContain(`<title>${title} — Mosty</title>`);
      expect(html).toContain(`<h1>${title}</h1>`);
      expect(html).not.toMatch(/Nie znaleziono strony|Page not found/);
      expect(html).toContain(`href="${all}"`);
      expect(html).toContain(`href="${all.startsWith('/en') ? '/en/events' : '/wydarzenia'}"`);
    },
  );

  it('writes out an invisible character in the value it quotes', async () => {
    const pl = await site.get('/kalendarz.ics?hasztag=%E2%80%8B');
    expect(pl.status).toBe(404);
    expect(await pl.text()).toContain('„\\u200B” nie jest hasztagiem');
    const en = await site.get('/en/calendar.ics?hashtag=Zima%E2%80%8B&hashtag=Lato');
    expect(en.status).toBe(404);
    expect(await en.text()).toContain('(“Zima\\u200B”, “Lato”)');
  });

  it('still ignores a parameter that is no filter’s near miss (a campaign tag, a cache buster), as pages do', async () => {
    const plain = await read('/kalendarz.ics');
    expect(await read('/kalendarz.ics?utm_source=newsletter&t=1764000000&fbclid=abc')).toEqual(plain);
    expect(await read('/kalendarz.ics?hasztag=Współpraca&utm_campaign=zima')).toEqual(
      await read('/kalendarz.ics?hasztag=Współpraca'),
    );
  });

  it('lets a widget revalidating a calendar whose filter names nothing read its 404 (preflight passes)', async () => {
    const init = {
      method: 'OPTIONS',
      headers: {
        origin: 'https://gmina.example.org',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    };
    const pre = await site.get('/kalendarz.ics?organizacja=nope', init);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-headers')).toContain('If-None-Match');
    const missing = await site.get('/wydarzenia/nie-ma-takiego.ics', {
      headers: { origin: 'https://gmina.example.org' },
    });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBe('*');
    // A page's 404 is no data: no CORS, and its preflight stays a 404.
    const page = await site.get('/wydarzenia/nie-ma-takiego', { headers: { origin: 'https://gmina.example.org' } });
    expect(page.status).toBe(404);
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
    expect((await site.get('/wydarzenia/nie-ma-takiego', init)).status).toBe(404);
  });

  it('the filtered list subscribes by webcal:// and Google Calendar to the calendar it lists', async () => {
    const html = await (await site.get('/wydarzenia?samorzad=powiat-wolominski')).text();
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => (m[1] as string).replace(/&amp;/g, '&'));
    const webcal = hrefs.find((h) => h.startsWith('webcal:'));
    expect(webcal).toBe('webcal://localhost:3000/kalendarz.ics?samorzad=powiat-wolominski');
    const google = new URL(hrefs.find((h) => h.startsWith('https://calendar.google.com/')) as string);
    expect(google.origin + google.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('cid')).toBe(webcal);
    expect(hrefs).toContain('/kalendarz.ics?samorzad=powiat-wolominski');
    // The webcal URL is the calendar's own: read over HTTP, it holds what the list lists.
    const path = (webcal as string).replace('webcal://localhost:3000', '');
    expect(await read(path)).toEqual({ name: 'Mosty: wydarzenia — Powiat wołomiński', titles: [SEED] });
  });

  it('takes the same value given twice, or an empty one beside a value, as that one value', async () => {
    const one = await read('/kalendarz.ics?samorzad=powiat-wolominski');
    expect(await read('/kalendarz.ics?samorzad=powiat-wolominski&samorzad=powiat-wolominski')).toEqual(one);
    expect(await read('/kalendarz.ics?samorzad=&samorzad=powiat-wolominski')).toEqual(one);
  });

  it('refuses a filter given several values even after its first value’s calendar is cached', async () => {
    await read('/kalendarz.ics?hasztag=Zima');
    const res = await site.get(encodeURI('/kalendarz.ics?hasztag=Zima&hasztag=Lato'));
    expect(res.status).toBe(404);
    expect(cacheKey('/kalendarz.ics?hasztag=Zima&hasztag=Lato')).toBe('/kalendarz.ics?hasztag=Zima&hasztag=Lato');
  });

  it('gives a calendar address with a misspelled filter a cache key of its own, never the whole calendar’s', () => {
    expect(cacheKey('/kalendarz.ics?hastag=Zima')).toBe('/kalendarz.ics?hastag=Zima');
    expect(cacheKey('/en/calendar.ics?monht=2026-11')).toBe('/en/calendar.ics?monht=2026-11');
    expect(cacheKey('/kalendarz.ics?utm_source=x')).toBe('/kalendarz.ics');
  });

  it('keeps each filter in its cache key', () => {
    expect(cacheKey('/kalendarz.ics?samorzad=a&miesiac=2026-12&x=1')).toBe('/kalendarz.ics?miesiac=2026-12&samorzad=a');
    expect(cacheKey('/en/calendar.ics?month=2026-12')).toBe('/en/calendar.ics?month=2026-12');
  });
});

describe('a calendar with more events than it holds', () => {
  /** The filter test's world plus two events of the past year, in March and in October 2026. */
  let own: SeededSite;
  beforeAll(async () => {
    const w = world();
    const seed = w.events[0];
    if (!seed) throw new Error('the seed world has no event');
    for (const [id, startsAt, endsAt] of [
      ['w-marcu', '2026-03-10T10:00:00+01:00', '2026-03-10T12:00:00+01:00'],
      ['w-pazdzierniku', '2026-10-10T10:00:00+02:00', '2026-10-10T12:00:00+02:00'],
    ] as const)
      w.events.push({
        ...seed,
        id,
        slug: id,
        title: id,
        startsAt,
        endsAt,
        agenda: [],
      });
    own = await seededSite({ world: w, now: '2026-11-20T12:00:00Z' });
  });
  afterAll(() => own?.close());

  it('keeps the coming events first, then the latest past ones, in order of their start', async () => {
    const { calendar } = await import('./data-routes.js');
    const now = Date.parse('2026-11-20T12:00:00Z');
    const read = async (max: number) => {
      const { body } = await calendar(own.store, { locale: 'pl', siteUrl: 'http://localhost:3000', now, max });
      return new ICAL.Component(ICAL.parse(body))
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v))
        .map((e) => ({ title: e.summary, start: e.startDate.toJSDate().getTime() }));
    };
    const all = await read(10_000);
    const coming = all.filter((e) => e.start >= now).sort((a, b) => a.start - b.start);
    const past = all.filter((e) => e.start < now).sort((a, b) => b.start - a.start);
    expect(coming.length).toBeGreaterThanOrEqual(2);
    expect(past.map((e) => e.title)).toEqual(['w-pazdzierniku', 'w-marcu']);
    // Room for the coming events and one more: the latest past event (October), not the oldest (March).
    const held = await read(coming.length + 1);
    expect(held.map((e) => e.title).sort()).toEqual([...coming.map((e) => e.title), 'w-pazdzierniku'].sort());
    expect(held.map((e) => e.start)).toEqual([...held.map((e) => e.start)].sort((a, b) => a - b));
    // Room for fewer than are coming: the soonest of them.
    expect((await read(2)).map((e) => e.title)).toEqual(coming.slice(0, 2).map((e) => e.title));
  });
});
