import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, startHarness } from '../testing/harness.js';
import { attachment } from './event-people-routes.js';

let h: Harness;
let reviewer: Client;
beforeAll(async () => {
  h = await startHarness();
  reviewer = await h.signIn('reviewer');
  // Someone in the database but on no item of the event: not on its list.
  await h.store.people.create({ givenName: 'Zofia', familyName: 'Nieobecna' });
});
afterAll(() => h?.close());

const base = `/events/${SEED_IDS.event}`;

/** Fetches a file as bytes with the client's cookies (Client.request reads bodies as text). */
const bytes = async (path: string) => {
  const res = await fetch(h.url + path, {
    headers: { cookie: [...reviewer.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    redirect: 'manual',
  });
  return { res, body: new Uint8Array(await res.arrayBuffer()) };
};

describe('an event’s participants and speakers', () => {
  it('is linked from the event’s page and lists each person with their part, role, organisation and item', async () => {
    expect((await reviewer.request(base)).text).toContain(`href="${base}/people"`);
    const page = await reviewer.request(`${base}/people`);
    expect(page.status).toBe(200);
    const row = /<tr><th scope="row">Khedi Alieva<\/th>(.*?)<\/tr>/.exec(page.text)?.[1] ?? '';
    expect(row).toContain('panelista(-ka)');
    expect(row).toContain('współzałożycielka');
    expect(row).toContain('Fundacja Kobiety Wędrowne');
    expect(row).toMatch(/4\. Sprawna organizacja.*\(11:45–12:45\)/);
    expect(page.text).toContain('Łukasz Komuda');
    expect(page.text).not.toContain('Nieobecna');
  });

  it('downloads the people as CSV by @org/formats, named in Polish per RFC 6266/5987', async () => {
    const { res, body } = await bytes(`${base}/people.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(
      /^attachment; filename="uczestnicy-sprawny-urzad-sprawna-organizacja-[a-z0-9-]+\.csv"; /,
    );
    expect(disposition).toMatch(
      /filename\*=UTF-8''uczestnicy-Sprawny%20urz%C4%85d%2C%20sprawna%20organizacja\.%20Wsp%C3%B3%C5%82praca.*pozarz%C4%85dowymi\.csv$/,
    );
    // A byte order mark first, so Excel reads the Polish letters.
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(body);
    expect(text).toContain('Khedi Alieva');
    expect(text).toContain('współzałożycielka');
    expect(text).not.toContain('Nieobecna');
  });

  it('downloads the people and the agenda as XLSX workbooks, and the agenda as CSV', async () => {
    for (const file of ['people-by-item.xlsx', 'people.xlsx', 'agenda.xlsx']) {
      const { res, body } = await bytes(`${base}/${file}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers.get('content-disposition')).toMatch(/\.xlsx"; filename\*=UTF-8''.*\.xlsx$/);
      expect([...body.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    }
    const agenda = new TextDecoder().decode((await bytes(`${base}/agenda.csv`)).body);
    expect(agenda).toContain('Khedi Alieva (współzałożycielka, Fundacja Kobiety Wędrowne)');
  });

  it('downloads the table of the page, a row per person and item, as @org/formats’ event-people table', async () => {
    const { res, body } = await bytes(`${base}/people-by-item.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="osoby-w-programie-sprawny-urzad-/);
    const lines = new TextDecoder().decode(body).split('\r\n');
    expect(lines[0]).toContain('Udział;Imię i nazwisko;Funkcja;Organizacja lub samorząd');
    const khedi = lines.find((l) => l.includes('Khedi Alieva')) ?? '';
    expect(khedi).toContain(';4;');
    expect(khedi).toContain(';panelista(-ka);Khedi Alieva;współzałożycielka;Fundacja Kobiety Wędrowne');
  });

  it('names a speaker’s role and organisation from the affiliation valid that day when the agenda names none, as the file does', async () => {
    const seed = await h.store.events.get(SEED_IDS.event);
    if (!seed) throw new Error('seed event missing');
    const { version: _v, createdAt: _c, updatedAt: _u, ...value } = seed;
    // Khedi Alieva on the agenda with no role and no organisation: her one affiliation says both.
    const agenda = (value.agenda as Record<string, unknown>[]).map((item) =>
      item.id === SEED_IDS.itemPanelOrganization
        ? { ...item, panelists: [{ kind: 'person', personId: SEED_IDS.khediAlieva }] }
        : item,
    );
    const event = await h.store.events.create({ ...value, id: 'z-afiliacji', slug: 'z-afiliacji', agenda });
    const page = await reviewer.request(`/events/${event.id}/people`);
    const row = /<tr><th scope="row">Khedi Alieva<\/th>(.*?)<\/tr>/.exec(page.text)?.[1] ?? '';
    expect(row).toContain('<td>współzałożycielka</td><td>Fundacja Kobiety Wędrowne</td>');
    const file = new TextDecoder().decode((await bytes(`/events/${event.id}/people-by-item.csv`)).body);
    expect(file).toContain('Khedi Alieva;współzałożycielka;Fundacja Kobiety Wędrowne');
  });

  it('is refused signed out, as the event’s page is', async () => {
    const anonymous = new Client(h.url);
    for (const path of [`${base}/people`, `${base}/people-by-item.csv`, `${base}/people.csv`, `${base}/agenda.xlsx`]) {
      const res = await anonymous.request(path);
      expect([302, 303]).toContain(res.status);
      expect(res.headers.get('location')).toMatch(/^\/login/);
    }
    expect((await reviewer.request('/events/nie-ma-takiego/people')).status).toBe(404);
  });
});

describe('attachment', () => {
  it('gives an ASCII name and the Polish one in UTF-8, without characters file systems refuse', () => {
    expect(attachment('uczestnicy-Spotkanie w Łodzi', 'csv')).toBe(
      `attachment; filename="uczestnicy-spotkanie-w-lodzi.csv"; filename*=UTF-8''uczestnicy-Spotkanie%20w%20%C5%81odzi.csv`,
    );
    expect(attachment('Zadanie nr 1.', 'csv')).toMatch(/filename\*=UTF-8''Zadanie%20nr%201\.csv$/);
    expect(attachment('a/b "c" (d)*', 'xlsx')).toBe(
      `attachment; filename="a-b-c-d.xlsx"; filename*=UTF-8''a%20b%20c%20%28d%29.xlsx`,
    );
  });
});

describe('a person speaking in their own name', () => {
  it('is listed „we własnym imieniu” where an organisation would be, not the one of their affiliation', async () => {
    const seed = await h.store.events.get(SEED_IDS.event);
    if (!seed) throw new Error('seed event missing');
    const { version: _v, createdAt: _c, updatedAt: _u, ...value } = seed;
    // Khedi Alieva has an affiliation on record (Fundacja Kobiety Wędrowne); here she speaks for herself.
    const agenda = (value.agenda as Record<string, unknown>[]).map((item) =>
      item.id === SEED_IDS.itemPanelOrganization
        ? {
            ...item,
            panelists: [{ kind: 'person', personId: SEED_IDS.khediAlieva, role: 'badaczka', independent: true }],
          }
        : item,
    );
    const event = await h.store.events.create({
      ...value,
      id: 'we-wlasnym-imieniu',
      slug: 'we-wlasnym-imieniu',
      agenda,
    });
    const page = await reviewer.request(`/events/${event.id}/people`);
    const row = /<tr><th scope="row">Khedi Alieva<\/th>(.*?)<\/tr>/.exec(page.text)?.[1] ?? '';
    expect(row).toContain('<td>badaczka</td><td>we własnym imieniu</td>');
    expect(row).not.toContain('Wędrowne');
    // The event's own page, as a reviewer reads it, shows the box ticked.
    const own = (await reviewer.request(`/events/${event.id}`)).text;
    expect(own).toMatch(/<input[^>]*name="agenda\[3\]\.people\[0\]\.independent"[^>]*checked/);
  });
});
