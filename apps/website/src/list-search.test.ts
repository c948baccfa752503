import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheKey } from './app.js';
import { seededSite } from './testing/start-site.js';

// The search box of the lists of organisations, authorities and grants, through the server: the query reaches the
// page, and the page cache keeps each search apart from the whole list and from other searches.
let site: Awaited<ReturnType<typeof seededSite>>;
beforeAll(async () => {
  site = await seededSite({ now: '2026-11-20T12:00:00Z' });
});
afterAll(async () => {
  await site?.close();
});

const status = (html: string) => /<p class="found" role="status">([^<]*)<\/p>/.exec(html)?.[1];
const listed = (html: string, prefix: string) =>
  [...html.slice(html.indexOf('<main')).matchAll(new RegExp(`<li><a href="(${prefix}[^"]+)"`, 'g'))].map((m) => m[1]);

describe('list search on the server', () => {
  it('answers a search, after the whole list was cached, with the search and not the cached list', async () => {
    const whole = await site.get('/organizacje');
    expect(whole.status).toBe(200);
    expect(listed(await whole.text(), '/organizacje/').length).toBeGreaterThan(1);
    const res = await site.get('/organizacje?szukaj=otwarte');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(status(html)).toBe('Znaleziono 1 organizację dla „otwarte”.');
    expect(listed(html, '/organizacje/')).toEqual(['/organizacje/stowarzyszenie-otwarte-drzwi']);
    // And a second search is not answered with the first one's cached page.
    const other = await (await site.get('/organizacje?szukaj=fundacja')).text();
    expect(status(other)).toBe('Znaleziono 2 organizacje dla „fundacja”.');
  });

  it.each([
    ['/en/organisations?search=kobiety', 'Found 1 organisation for “kobiety”.'],
    // The other language's parameter works too: a link shared across the language switch.
    ['/organizacje?search=kobiety', 'Znaleziono 1 organizację dla „kobiety”.'],
    ['/samorzady?szukaj=mazow', 'Znaleziono 1 samorząd dla „mazow”.'],
    ['/granty?szukaj=wspolpraca', 'Znaleziono 1 dotację dla „wspolpraca”.'],
    ['/organizacje?szukaj=xyzzy', 'Nie znaleziono żadnej organizacji dla „xyzzy”.'],
    ['/organizacje?szukaj=%E2%80%A6', '„…” nie zawiera liter ani cyfr: wpisz nazwę albo jej początek.'],
  ])('%s says %s', async (path, said) => {
    const res = await site.get(path);
    expect(res.status).toBe(200);
    expect(status(await res.text())).toBe(said);
  });

  it('escapes a search in the page, and answers 200, not 500, to one with a NUL or 1,000 letters', async () => {
    const xss = await site.get(`/organizacje?szukaj=${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(xss.status).toBe(200);
    expect(await xss.text()).not.toContain('<script>alert(1)');
    expect((await site.get('/organizacje?szukaj=a%00b')).status).toBe(200);
    const long = await site.get(`/organizacje?szukaj=${'ż'.repeat(1000)}`);
    expect(long.status).toBe(200);
    expect(await long.text()).toContain(`value="${'ż'.repeat(100)}"`);
  });
});

describe('the event list’s search on the server', () => {
  it('answers the search, not the cached whole list, and keeps the filters', async () => {
    expect((await site.get('/wydarzenia')).status).toBe(200);
    const html = await (await site.get('/wydarzenia?szukaj=sprawny&hasztag=Wsp%C3%B3%C5%82praca')).text();
    expect(status(html)).toBe('Znaleziono 1 wydarzenie dla „sprawny”.');
    const none = await (await site.get('/wydarzenia?szukaj=xyzzy')).text();
    expect(status(none)).toBe('Nie znaleziono żadnego wydarzenia dla „xyzzy”.');
    const en = await (await site.get('/en/events?search=sprawny')).text();
    expect(status(en)).toBe('Found 1 event for “sprawny”.');
  });

  it.each([
    ['/kalendarz.ics?szukaj=forum', 'Kalendarz nie wyszukuje po słowach („szukaj”)'],
    ['/en/calendar.ics?hashtag=Wsp%C3%B3%C5%82praca&search=forum', 'The calendar does not search by words (“search”)'],
  ])('the calendar refuses a search it cannot do: %s', async (path, reason) => {
    const res = await site.get(path);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain(reason);
  });

  it('the calendar takes an empty search, which asks for nothing', async () => {
    expect((await site.get('/kalendarz.ics?szukaj=')).status).toBe(200);
  });
});

describe('the API’s search', () => {
  const slugs = async (path: string) => {
    const res = await site.get(path);
    expect(res.status, path).toBe(200);
    return ((await res.json()) as { items: { slug: string }[] }).items.map((i) => i.slug);
  };

  it.each([
    ['/api/v1/organizations?search=otwarte%20DRZ', ['stowarzyszenie-otwarte-drzwi']],
    [
      '/api/v1/organizations?search=fundacja',
      ['fundacja-inicjatyw-spoleczno-ekonomicznych', 'fundacja-kobiety-wedrowne'],
    ],
    ['/api/v1/events?search=sprawny&hashtag=Wsp%C3%B3%C5%82praca', ['sprawny-urzad-sprawna-organizacja']],
    ['/api/v1/events?search=xyzzy', []],
    ['/api/v1/grants?search=mazowsz', ['wspolpraca-jst-i-ngo-2026']],
    ['/api/v1/authorities?search=wolomin', ['powiat-wolominski']],
    // An empty search asks for nothing.
    ['/api/v1/authorities?search=', ['powiat-wolominski', 'wojewodztwo-mazowieckie']],
  ])('%s lists %o', async (path, expected) => {
    expect((await slugs(path)).sort()).toEqual([...expected].sort());
  });

  it('is documented on the lists that take it, and only there', async () => {
    const doc = (await (await site.get('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { parameters: { name: string; schema: { maxLength?: number } }[] } }>;
    };
    const search = (name: string) => doc.paths[`/api/v1/${name}`]?.get.parameters.find((p) => p.name === 'search');
    for (const name of ['events', 'posts', 'organizations', 'authorities', 'grants', 'cooperations'])
      expect(search(name)?.schema.maxLength, name).toBe(200);
    for (const name of ['people', 'venues']) expect(search(name), name).toBeUndefined();
  });

  it.each([
    ['/api/v1/organizations?search=!!!', 'must hold a letter or a digit'],
    ['/api/v1/organizations?search=a&search=b', 'is given 2 times'],
    [`/api/v1/events?search=${'a'.repeat(201)}`, 'at most 200 characters, got 201'],
    // People and venues are public as events name them: a list the store's search does not cover.
    ['/api/v1/people?search=komuda', 'is not one this list takes'],
  ])('%s is a 400 saying why', async (path, message) => {
    const res = await site.get(path);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain(message);
  });
});

describe('cacheKey of a list search', () => {
  it.each([
    ['/organizacje?szukaj=otwarte', '/organizacje?szukaj=otwarte'],
    // What the page reads, so what it shows: white space made one, the other language's name, the first value.
    ['/organizacje/?szukaj=%20%20otwarte%20&utm_source=x', '/organizacje?szukaj=otwarte'],
    ['/organizacje?search=otwarte&szukaj=drzwi', '/organizacje?szukaj=drzwi'],
    ['/en/organisations?szukaj=otwarte', '/en/organisations?search=otwarte'],
    ['/organizacje?szukaj=', '/organizacje'],
    ['/samorzady/strona/2?szukaj=powiat', '/samorzady/strona/2?szukaj=powiat'],
    // The event list's search, before its filters; a record's page takes none.
    ['/wydarzenia?hasztag=Zima&szukaj=%20forum%20', '/wydarzenia?szukaj=forum&hasztag=Zima'],
    ['/en/events?szukaj=forum', '/en/events?search=forum'],
    ['/wydarzenia/tag/Zima?szukaj=forum', '/wydarzenia/tag/Zima'],
    ['/organizacje/transfer-hub?szukaj=otwarte', '/organizacje/transfer-hub'],
    // A calendar with a search is refused, so it has its own key, not the whole calendar's.
    ['/kalendarz.ics?szukaj=forum', '/kalendarz.ics?szukaj=forum'],
  ])('%s → %s', (url, key) => {
    expect(cacheKey(url)).toBe(key);
  });
});
