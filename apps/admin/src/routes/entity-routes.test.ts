import { SEED_IDS } from '@org/demo';
import { formatInstant } from '@org/domain';
import { openStore } from '@org/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrorOf, fieldErrors } from '../testing/field-error.js';
import { type Client, type Harness, signedInHarness } from '../testing/harness.js';
import { createdId, grantForm } from '../testing/records.js';

let h: Harness;
let admin: Client;
beforeAll(async () => {
  ({ h, client: admin } = await signedInHarness('administrator'));
});
afterAll(() => h?.close());

/** The notice paragraph of a page, or null when it shows none. */
const flashOf = (html: string) => /<p class="flash flash-info" role="status">([^<]*)<\/p>/.exec(html)?.[1] ?? null;

describe('the notice after a change (?done=)', () => {
  const pages = ['/events', `/events/${SEED_IDS.event}`, `/events/${SEED_IDS.event}/publish`, '/users'];

  it('shows the Polish notice for a known key', async () => {
    for (const page of pages) {
      expect(flashOf((await admin.request(`${page}?done=saved`)).text)).toBe('Zapisano.');
      expect(flashOf((await admin.request(`${page}?done=deleted`)).text)).toBe('Usunięto.');
    }
  });

  // Keys of Object.prototype once reached the lookup and rendered an empty status paragraph.
  for (const done of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'nieznany', ''])
    it(`shows no notice at all for done=${JSON.stringify(done)}`, async () => {
      for (const page of pages) {
        const res = await admin.request(`${page}?done=${encodeURIComponent(done)}`);
        expect(res.status).toBe(200);
        expect(res.text).not.toContain('class="flash');
      }
    });
});

describe('slugs: two records may share a name', () => {
  const errorOf = (html: string, field: string) => fieldErrorOf(html, `f-${field}`);

  it('creates two organisations of the same name when the slug is left empty: the second gets -2', async () => {
    await admin.request('/organizations/new');
    const first = await admin.post('/organizations/new', {
      name: 'Stowarzyszenie Bliźniacze',
      legalForm: 'stowarzyszenie',
    });
    const asked = await admin.post('/organizations/new', {
      name: 'stowarzyszenie  bliźniacze',
      legalForm: 'stowarzyszenie',
    });
    // Not saved yet: staff are shown the record of that name, and what they typed stays in the form.
    expect(asked.status).toBe(200);
    const firstId = createdId(first.headers.get('location'));
    expect(asked.text).toContain(
      `Istnieje już organizacja o tej nazwie: <a href="/organizations/${firstId}">Stowarzyszenie Bliźniacze</a>. Zapisać mimo to?`,
    );
    expect(asked.text).toContain('value="stowarzyszenie  bliźniacze"');
    expect(asked.text).toContain('name="confirmDuplicate"');
    const second = await admin.post('/organizations/new', {
      name: 'Stowarzyszenie Bliźniacze',
      legalForm: 'stowarzyszenie',
      confirmDuplicate: '1',
    });
    expect([first.status, second.status]).toEqual([303, 303]);
    const slugs = [
      (await h.store.organizations.get(createdId(first.headers.get('location'))))?.slug,
      (await h.store.organizations.get(createdId(second.headers.get('location'))))?.slug,
    ];
    expect(slugs).toEqual(['stowarzyszenie-blizniacze', 'stowarzyszenie-blizniacze-2']);
  });

  it('asks before a second venue or person of the same name (case and diacritics aside), and not on an edit', async () => {
    await admin.request('/venues/new');
    const venue = { name: 'Sala Pod Lipą', 'address.street': 'Lipowa 1', 'address.city': 'Radom' };
    const made = await admin.post('/venues/new', venue);
    expect(made.status).toBe(303);
    const again = await admin.post('/venues/new', { ...venue, name: 'SALA POD LIPA', 'address.city': 'Kielce' });
    expect(again.status).toBe(200);
    expect(again.text).toContain('Istnieje już miejsce o tej nazwie: <a href="/venues/');
    expect(again.text).toContain('value="Kielce"');
    const editId = createdId(made.headers.get('location'));
    const stored = await h.store.venues.get(editId);
    const edited = await admin.post(`/venues/${editId}`, { ...venue, version: String(stored?.version) });
    expect(edited.status).toBe(303);

    await admin.request('/people/new');
    const person = { givenName: 'Zofia', familyName: 'Źdźbło-Powtórna' };
    expect((await admin.post('/people/new', person)).status).toBe(303);
    const twice = await admin.post('/people/new', { givenName: 'zofia', familyName: 'zdzblo-powtorna' });
    expect(twice.text).toContain('Istnieje już osoba o tym imieniu i nazwisku: <a href="/people/');
  });

  it('tells options of the same name apart in pickers: a venue by its city', async () => {
    await admin.request('/venues/new');
    const second = await admin.post('/venues/new', {
      name: 'SALA POD LIPA',
      'address.street': 'Lipowa 1',
      'address.city': 'Kielce',
      confirmDuplicate: '1',
    });
    expect(second.status).toBe(303);
    const res = await admin.request('/events/new');
    expect(res.text).toMatch(/<option value="[^"]+">Sala Pod Lipą \(Radom\)<\/option>/);
    expect(res.text).toMatch(/<option value="[^"]+">SALA POD LIPA \(Kielce\)<\/option>/);
  });

  it('says in Polish, on the slug field, who holds a slug that was typed and is taken, and keeps what was typed', async () => {
    await admin.request('/organizations/new');
    const res = await admin.post('/organizations/new', {
      name: 'Fundacja Trzecia',
      legalForm: 'fundacja',
      slug: 'stowarzyszenie-blizniacze',
    });
    expect(res.status).toBe(409);
    expect(errorOf(res.text, 'slug')).toBe(
      'Adres strony w serwisie „stowarzyszenie-blizniacze” jest już zajęty przez „Stowarzyszenie Bliźniacze”. Wpisz inny albo zostaw pole puste, a adres zostanie nadany automatycznie.',
    );
    expect(res.text).not.toContain('already exists');
    expect(res.text).toContain('value="Fundacja Trzecia"');
    expect(res.text).toContain('value="stowarzyszenie-blizniacze"');
  });

  it('creates two people of the same name inline (/quick/people), the second when confirmed', async () => {
    await admin.request('/events/new');
    const make = () =>
      admin.post('/quick/people', { givenName: 'Anna', familyName: 'Kowalska-Bliźniak', confirmDuplicate: '1' });
    const [a, b] = [await make(), await make()];
    expect([a.status, b.status]).toEqual([201, 201]);
    const ids = [JSON.parse(a.text).id, JSON.parse(b.text).id] as string[];
    expect(JSON.parse(b.text).label).toBe('Anna Kowalska-Bliźniak');
    const slugs = await Promise.all(ids.map(async (id) => (await h.store.people.get(id))?.slug));
    expect(slugs).toEqual(['anna-kowalska-blizniak', 'anna-kowalska-blizniak-2']);
    // Audited with a note in the language of whoever created it.
    const english = await h.signIn('administrator');
    await english.request('/lang/en');
    await english.request('/events/new');
    const c = await english.post('/quick/people', {
      givenName: 'Anna',
      familyName: 'Kowalska-Bliźniak',
      confirmDuplicate: '1',
    });
    ids.push(JSON.parse(c.text).id);
    const notes = await Promise.all(
      ids.map(async (id) => (await h.store.audit.list({ entity: 'person', entityId: id, limit: 1 })).items[0]?.note),
    );
    expect(notes).toEqual(['utworzono z formularza', 'utworzono z formularza', 'created from a form']);
  });

  it('asks before creating inline (/quick) an organisation or a person with the name of a live one, as the create page does', async () => {
    await admin.request('/events/new');
    const before = (await h.store.organizations.list({ limit: 1 })).total;
    const made = await admin.post('/quick/organizations', { name: 'Fundacja Szybka Łąka' });
    expect(made.status).toBe(201);
    const madeId = JSON.parse(made.text).id as string;
    // The same name, case and Polish letters aside: nothing is created; the answer names the record and asks.
    const asked = await admin.post('/quick/organizations', { name: 'FUNDACJA SZYBKA LAKA' });
    expect(asked.status).toBe(409);
    const body = JSON.parse(asked.text);
    expect(body.duplicate).toEqual({
      id: madeId,
      label: 'Fundacja Szybka Łąka',
      href: `/organizations/${madeId}`,
      words: 'Istnieje już organizacja o tej nazwie:',
      question: 'Zapisać mimo to?',
      confirm: 'Tak, to ktoś lub coś innego: zapisz mimo to',
    });
    expect(body.issues).toEqual([
      {
        path: 'name',
        field: 'name',
        code: 'duplicate',
        message: 'Istnieje już organizacja o tej nazwie: Fundacja Szybka Łąka. Zapisać mimo to?',
      },
    ]);
    expect((await h.store.organizations.list({ limit: 1 })).total).toBe(before + 1);
    // Confirmed, it is created.
    const confirmed = await admin.post('/quick/organizations', { name: 'FUNDACJA SZYBKA LAKA', confirmDuplicate: '1' });
    expect(confirmed.status).toBe(201);
    expect((await h.store.organizations.list({ limit: 1 })).total).toBe(before + 2);
    // A person too, in English for whoever reads English; the seed's Khedi Alieva is live.
    const english = await h.signIn('editor');
    await english.request('/lang/en');
    await english.request('/events/new');
    const person = await english.post('/quick/people', { givenName: 'khedi', familyName: 'ALIEVA' });
    expect(person.status).toBe(409);
    expect(JSON.parse(person.text).issues[0].message).toBe(
      'A person with this name already exists: Khedi Alieva. Save anyway?',
    );
    // Deleted records of that name are no reason to ask.
    for (const id of [madeId, JSON.parse(confirmed.text).id as string])
      await h.store.organizations.delete(id, (await h.store.organizations.get(id))?.version ?? 0, { userId: null });
    expect((await admin.post('/quick/organizations', { name: 'Fundacja Szybka Łąka' })).status).toBe(201);
  });

  it('creates two cooperation records that name only their organisation, with slugs of their parties’ names', async () => {
    await admin.request('/cooperations/new');
    const make = () =>
      admin.post('/cooperations/new', {
        authorityId: SEED_IDS.powiatWolominski,
        organizationId: SEED_IDS.fise,
        form: 'wzajemne_informowanie',
      });
    const [a, b] = [await make(), await make()];
    expect([a.status, b.status]).toEqual([303, 303]);
    const slugs = await Promise.all(
      [a, b].map(async (r) => (await h.store.cooperations.get(createdId(r.headers.get('location'))))?.slug),
    );
    // The store makes them of the authority's and the organisation's names, and numbers the second.
    const [first, second] = slugs;
    expect(first).toMatch(/^powiat-wolominski-fundacja-/);
    expect(second).toBe(`${first?.slice(0, 75)}-2`);
  });

  it('keeps the stored slug when staff empty the field of a saved record', async () => {
    const org = await h.store.organizations.get(SEED_IDS.otwarteDrzwi);
    if (!org) throw new Error('seed organisation missing');
    await admin.request(`/organizations/${org.id}`);
    const res = await admin.post(`/organizations/${org.id}`, {
      version: String(org.version),
      name: `${org.name}`,
      legalForm: String(org.legalForm),
      slug: '',
    });
    expect(res.status).toBe(303);
    expect((await h.store.organizations.get(org.id))?.slug).toBe(org.slug);
  });
});

describe('deleting', () => {
  it('refuses a record others point at, listing them with links, on the page and on the server', async () => {
    const id = SEED_IDS.ktoRanoWstaje;
    const page = await admin.request(`/organizations/${id}/delete`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Tego rekordu nie można usunąć');
    // A panelist of the seed event speaks for this cooperative.
    expect(page.text).toContain(`<a href="/events/${SEED_IDS.event}">`);
    expect(page.text).toMatch(/Program: organizacja/);
    expect(page.text).not.toContain(`action="/organizations/${id}/delete"`);
    const org = await h.store.organizations.get(id);
    const res = await admin.post(`/organizations/${id}/delete`, { version: String(org?.version) });
    expect(res.status).toBe(409);
    expect(res.text).toContain('Nie usunięto: na ten rekord wskazują inne rekordy.');
    expect(await h.store.organizations.get(id)).not.toBeNull();
  });

  it('says how many more records point at it than it lists, the noun and pronoun agreeing with the count', async () => {
    const org = await h.store.organizations.create({
      id: 'wiele-odwolan',
      slug: 'wiele-odwolan',
      name: 'Wiele odwołań',
      legalForm: 'fundacja',
    });
    let people = 0;
    const affiliateUpTo = async (count: number) => {
      for (; people < count; people++)
        await h.store.people.create({
          id: `osoba-${people}`,
          slug: `osoba-numer-${people}`,
          givenName: 'Osoba',
          familyName: `Numer ${people}`,
          affiliations: [{ organizationId: org.id, role: 'członkini' }],
        });
    };
    const english = await h.signIn('administrator');
    await english.request('/lang/en');
    const more = async (client: Client) =>
      /<p>((?:I jeszcze|And) [^<]*)<\/p>/.exec((await client.request(`/organizations/${org.id}/delete`)).text)?.[1];
    await affiliateUpTo(100);
    expect(await more(admin)).toBeUndefined();
    await affiliateUpTo(101);
    expect(await more(admin)).toBe('I jeszcze 1 rekord, którego tu nie wymieniono.');
    expect(await more(english)).toBe('And 1 more record not listed here.');
    await affiliateUpTo(102);
    expect(await more(admin)).toBe('I jeszcze 2 rekordy, których tu nie wymieniono.');
    expect(await more(english)).toBe('And 2 more records not listed here.');
    await affiliateUpTo(105);
    expect(await more(admin)).toBe('I jeszcze 5 rekordów, których tu nie wymieniono.');
  });

  it('refuses a record another process is saving a record to point at, though the delete page showed none', async () => {
    const venue = await h.store.venues.create({
      name: 'Sala, do której ktoś właśnie dopisuje wydarzenie',
      address: { street: 'ul. Próbna 2', postalCode: '00-001', city: 'Warszawa', country: 'PL' },
    });
    const page = await admin.request(`/venues/${venue.id}/delete`);
    expect(page.text).toContain(`action="/venues/${venue.id}/delete"`);
    // Another admin process (its own connection to the same database) saves an event at this venue; its
    // transaction is open when the delete is posted and commits while the delete waits for it.
    const other = await openStore(h.databaseUrl);
    const {
      id: _i,
      slug: _s,
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      ...event
    } = await h.store.events.require(SEED_IDS.event);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let saved!: () => void;
    const pointing = new Promise<void>((resolve) => {
      saved = resolve;
    });
    const saving = other.transaction(async (tx) => {
      await tx.events.create({ ...event, agenda: [], title: 'Spotkanie w nowej sali', venueId: venue.id });
      saved();
      await gate;
    });
    try {
      await pointing;
      const posted = admin.post(`/venues/${venue.id}/delete`, { version: String(venue.version) });
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      await saving;
      const res = await posted;
      expect(res.status).toBe(409);
      expect(res.text).toContain('Nie usunięto: na ten rekord wskazują inne rekordy.');
      expect(res.text).toContain('Spotkanie w nowej sali');
      expect(await h.store.venues.get(venue.id)).not.toBeNull();
    } finally {
      release();
      await saving.catch(() => {});
      await other.close();
    }
  });

  it('a stale version is not deleted and says so; a current one is deleted', async () => {
    const venue = await h.store.venues.create({
      name: 'Sala do usunięcia',
      address: { street: 'ul. Próbna 1', postalCode: '00-001', city: 'Warszawa', country: 'PL' },
    });
    await admin.request(`/venues/${venue.id}/delete`);
    await h.store.venues.update(venue.id, venue.version, { ...venue, name: 'Sala do usunięcia (zmieniona)' });
    const stale = await admin.post(`/venues/${venue.id}/delete`, { version: String(venue.version) });
    expect(stale.status).toBe(303);
    expect(stale.headers.get('location')).toBe(`/venues/${venue.id}?done=conflict`);
    const shown = await admin.request(stale.headers.get('location') ?? '');
    expect(/<p class="flash flash-error" role="alert">([^<]*)<\/p>/.exec(shown.text)?.[1]).toBe(
      'Nie usunięto: rekord zmienił się, odkąd otwarto stronę usuwania. Sprawdź zmiany poniżej i usuń go ponownie, jeśli nadal trzeba.',
    );
    const english = await h.signIn('administrator');
    await english.request('/lang/en');
    const inEnglish = await english.request(stale.headers.get('location') ?? '');
    expect(/<p class="flash flash-error" role="alert">([^<]*)<\/p>/.exec(inEnglish.text)?.[1]).toBe(
      'Not deleted: the record has changed since the delete page was opened. Check the changes below and delete it again if still needed.',
    );
    // A stale save of the form says the same in the present perfect.
    await english.request(`/venues/${venue.id}`);
    const staleSave = await english.post(`/venues/${venue.id}`, {
      version: String(venue.version),
      name: 'Sala (moja wersja)',
      'address.street': 'ul. Próbna 1',
      'address.postalCode': '00-001',
      'address.city': 'Warszawa',
    });
    expect(staleSave.status).toBe(409);
    expect(staleSave.text).toContain(
      'The record has changed since the form was opened. Nothing has been saved: the form below combines both versions.',
    );
    expect(await h.store.venues.get(venue.id)).not.toBeNull();
    await admin.request(`/venues/${venue.id}/delete`);
    const current = await admin.post(`/venues/${venue.id}/delete`, { version: String(venue.version + 1) });
    expect(current.headers.get('location')).toBe('/venues?done=deleted');
    expect(await h.store.venues.get(venue.id)).toBeNull();
  });
});

describe('a form without the version it was based on', () => {
  const flashOf = (html: string) => /<p class="flash flash-error" role="alert">([^<]*)<\/p>/.exec(html)?.[1];

  it('is not saved, says why on the form, and gives back what was typed with the stored version', async () => {
    const venue = await h.store.venues.create({
      name: 'Sala bez wersji',
      address: { street: 'ul. Próbna 2', postalCode: '00-001', city: 'Warszawa', country: 'PL' },
    });
    await admin.request(`/venues/${venue.id}`);
    for (const version of [undefined, 'abc']) {
      const res = await admin.post(`/venues/${venue.id}`, {
        ...(version === undefined ? {} : { version }),
        name: 'Sala (moja zmiana)',
        'address.street': 'ul. Próbna 2',
        'address.city': 'Warszawa',
      });
      expect(res.status).toBe(400);
      expect(res.text).toContain(
        '<p class="error" role="alert">Niczego nie zapisano: formularz nie podał, którą wersję rekordu zmienia (brakuje pola version albo nie jest ono liczbą), więc nie da się sprawdzić, czy ktoś nie zmienił go w międzyczasie. To, co wpisano, jest w formularzu: sprawdź to i wyślij ponownie.</p>',
      );
      expect(res.text).toContain('value="Sala (moja zmiana)"');
      expect(res.text).toContain(`<input type="hidden" name="version" value="${venue.version}"/>`);
    }
    expect((await h.store.venues.get(venue.id))?.name).toBe('Sala bez wersji');
  });

  it('of a user is not saved and says why', async () => {
    await admin.request(`/users/${h.users.reviewer.id}`);
    const res = await admin.post(`/users/${h.users.reviewer.id}`, { name: 'Recenzent bez wersji', role: 'reviewer' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Niczego nie zapisano: formularz nie podał, którą wersję rekordu zmienia');
    expect((await h.store.users.get(h.users.reviewer.id))?.name).not.toBe('Recenzent bez wersji');
  });

  it('to delete does not delete, and shows the delete page again saying why', async () => {
    const venue = await h.store.venues.create({
      name: 'Sala do usunięcia bez wersji',
      address: { street: 'ul. Próbna 3', postalCode: '00-001', city: 'Warszawa', country: 'PL' },
    });
    await admin.request(`/venues/${venue.id}/delete`);
    const res = await admin.post(`/venues/${venue.id}/delete`, {});
    expect(res.status).toBe(400);
    expect(flashOf(res.text)).toBe(
      'Nie usunięto: formularz nie podał, którą wersję rekordu usunąć (brakuje pola version albo nie jest ono liczbą), więc nie da się sprawdzić, czy ktoś nie zmienił go w międzyczasie. Sprawdź rekord i usuń go ponownie.',
    );
    expect(res.text).toContain(`<input type="hidden" name="version" value="${venue.version}"/>`);
    expect(await h.store.venues.get(venue.id)).not.toBeNull();
  });
});

describe('times in lists', () => {
  it('shows when records changed, and when events start, in Warsaw time, Polish style, like the audit log', async () => {
    const event = await h.store.events.get(SEED_IDS.event);
    if (!event) throw new Error('seed event missing');
    const html = (await admin.request('/events')).text;
    expect(html).toContain(
      `<time datetime="${event.updatedAt}">${formatInstant(event.updatedAt, 'Europe/Warsaw', 'pl')}</time>`,
    );
    expect(html).toContain(`<time datetime="${event.startsAt}">26 listopada 2026, 10:00</time>`);
    expect(html).not.toMatch(/<td>\d{4}-\d{2}-\d{2} \d{2}:\d{2}<\/td>/);
    const audit = (await admin.request('/audit')).text;
    expect(audit).toMatch(/<time datetime="[^"]+">\d{1,2} [a-ząćęłńóśźż]+ \d{4}, \d{2}:\d{2}<\/time>/);
  });
});

describe('wording', () => {
  it("the publish page names the status in Polish, from the domain's labels", async () => {
    const html = (await admin.request(`/posts/${SEED_IDS.post}/publish`)).text;
    expect(html).toContain('Status: <strong data-status="published">opublikowane</strong>');
    expect(html).not.toMatch(/Status: <strong[^>]*>published</);
  });

  it('lists sorts by their names, never by property names', async () => {
    const grants = (await admin.request('/grants')).text;
    expect(grants).toMatch(/<option value="periodFrom"[^>]*>Początek okresu<\/option>/);
    expect(grants).not.toMatch(/>periodFrom</);
    expect((await admin.request('/people')).text).toMatch(/<option value="name"[^>]*>Nazwisko<\/option>/);
  });

  it('names cooperation records by their parties, in the list and on the record', async () => {
    const list = (await admin.request('/cooperations')).text;
    expect(list).toContain(
      `<a href="/cooperations/${SEED_IDS.cooperationWolomin}">Powiat wołomiński — spółdzielnia socjalna (nazwy nie podano)</a>`,
    );
    expect(list).toContain(
      `<a href="/cooperations/${SEED_IDS.cooperationGrant}">Województwo Mazowieckie — Fundacja Inicjatyw Społeczno-Ekonomicznych</a>`,
    );
    expect(list).not.toContain('>powiat-wolominski-spoldzielnia-socjalna<');
    const page = (await admin.request(`/cooperations/${SEED_IDS.cooperationGrant}`)).text;
    expect(page).toContain(
      '<h1>Rekord współpracy: Województwo Mazowieckie — Fundacja Inicjatyw Społeczno-Ekonomicznych</h1>',
    );
  });

  it('heads a new record\'s form in Polish that agrees with the kind ("Nowa organizacja"), not "Dodaj: organizacja"', async () => {
    const headings: Record<string, string> = {
      events: 'Nowe wydarzenie',
      organizations: 'Nowa organizacja',
      authorities: 'Nowy samorząd',
      venues: 'Nowe miejsce',
      people: 'Nowa osoba',
      grants: 'Nowa dotacja',
      posts: 'Nowy wpis',
      cooperations: 'Nowy rekord współpracy',
    };
    for (const [route, heading] of Object.entries(headings)) {
      const html = (await admin.request(`/${route}/new`)).text;
      expect(html).toContain(`<h1>${heading}</h1>`);
      expect(html).toContain(`<title>${heading} — Mosty — panel</title>`);
    }
    await admin.request('/organizations/new');
    const refused = await admin.post('/organizations/new', { name: '' });
    expect(refused.text).toContain('<title>Błąd: Nowa organizacja — Mosty — panel</title>');
    const english = await h.signIn('editor');
    await english.request('/lang/en');
    expect((await english.request('/venues/new')).text).toContain('<h1>New venue</h1>');
  });

  it('gives TERC import refusals in the language of the admin', async () => {
    const upload = async (client: Client) => {
      await client.request('/import/terc');
      const form = new FormData();
      form.set('_csrf', client.csrf);
      form.set(
        'file',
        new File(['WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA\n14;;;\n'], 'terc.csv', { type: 'text/csv' }),
      );
      return client.request('/import/terc', { form });
    };
    const pl = await upload(admin);
    expect(pl.status).toBe(200);
    expect(pl.text).toContain('oczekiwano 7 pól rozdzielonych „;”, jest ich 4');
    const english = await h.signIn('editor');
    await english.request('/lang/en');
    const en = await upload(english);
    expect(en.text).toContain('expected 7 fields separated by &quot;;&quot;, got 4');
  });
});

describe('the page frame', () => {
  it('names the main navigation as such, in Polish and English', async () => {
    expect((await admin.request('/events')).text).toContain('<nav aria-label="Nawigacja główna">');
    const english = await h.signIn('editor');
    await english.request('/lang/en');
    expect((await english.request('/events')).text).toContain('<nav aria-label="Main navigation">');
  });
});

describe('the agenda editor', () => {
  it('heads each item as the website does: the kind only where the title does not already say it', async () => {
    const legends = async (client: Client) =>
      [
        ...(await client.request(`/events/${SEED_IDS.event}`)).text.matchAll(
          /<li class="agenda-item"[^>]*><fieldset><legend>([^<]*)<\/legend>/g,
        ),
      ].map((m) => m[1]);
    const pl = await legends(admin);
    expect(pl[0]).toBe('1. Wprowadzenie');
    expect(pl[1]).toMatch(/^2\. Panel: Sprawny urząd\./);
    expect(pl[4]).toBe('5. Dyskusja w grupach');
    const english = await h.signIn('editor');
    await english.request('/lang/en');
    const en = await legends(english);
    expect(en[0]).toBe('1. Introduction: Wprowadzenie');
    expect(en[4]).toBe('5. Discussion: Dyskusja w grupach');
  });
});

describe('relation choices', () => {
  it('offer people by family name, then given name, in Polish collation, as their list does', async () => {
    for (const [givenName, familyName] of [
      ['Adam', 'Łęcki'],
      ['Zofia', 'Lis'],
      ['Bogdan', 'Zieliński'],
      ['Żaneta', 'Abacka'],
      ['Zenon', 'Lis'],
    ])
      await h.store.people.create({ givenName, familyName });
    const html = (await admin.request('/events/new')).text;
    const select = /<select[^>]*name="agenda\[0\]\.people\[0\]\.personId"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1];
    const labels = [...(select ?? '').matchAll(/<option value="[^"]+"[^>]*>([^<]*)<\/option>/g)].map((m) => m[1]);
    const ours = labels.filter((l) =>
      ['Adam Łęcki', 'Zofia Lis', 'Bogdan Zieliński', 'Żaneta Abacka', 'Zenon Lis'].includes(l ?? ''),
    );
    expect(ours).toEqual(['Żaneta Abacka', 'Zenon Lis', 'Zofia Lis', 'Adam Łęcki', 'Bogdan Zieliński']);
    // And the seed's people among them, by family name: Alieva before Komuda before Skrobacka.
    const seed = ['Khedi Alieva', 'Łukasz Komuda', 'Marta Skrobacka'].map((n) => labels.indexOf(n));
    expect(seed.every((i) => i >= 0)).toBe(true);
    expect([...seed].sort((a, b) => a - b)).toEqual(seed);
  });
});

describe('help under fields', () => {
  /** The hint paragraph the control with `id` is described by, or null when it names none. */
  const hintOf = (html: string, id: string) => {
    const control = new RegExp(`<(?:input|textarea|select)[^>]*\\sid="${id}"[^>]*>`).exec(html)?.[0] ?? '';
    const described = /aria-describedby="([^"]*)"/.exec(control)?.[1]?.split(' ') ?? [];
    if (!described.includes(`${id}-hint`) || !described.includes(`${id}-error`)) return null;
    return new RegExp(`<p class="hint" id="${id}-hint">([^<]*)</p>`).exec(html)?.[1]?.replace(/&quot;/g, '"') ?? null;
  };

  it('explains each unclear field in Polish and English, read with the field (aria-describedby)', async () => {
    const english = await h.signIn('administrator');
    await english.request('/lang/en');
    const cases: [string, string, RegExp, RegExp][] = [
      ['/authorities/new', 'terc', /rejestru TERYT prowadzonego przez GUS/, /TERYT register kept by Statistics Poland/],
      ['/authorities/new', 'nameGenitive', /„ze środków budżetu Województwa Mazowieckiego”/, /genitive/],
      ['/grants/new', 'funderNameGenitive', /„ze środków budżetu Województwa Mazowieckiego”/, /genitive/],
      ['/grants/new', 'attributionText', /dokładne brzmienie z umowy/, /exact wording from the grant agreement/],
      ['/grants/new', 'hashtags', /Z # albo bez, oddzielone spacjami lub przecinkami/, /With or without #/],
      ['/posts/new', 'body', /Pusta linia zaczyna nowy akapit\. Linia zaczynająca się od „- ” to punkt listy/, /"- "/],
      ['/posts/new', 'grantIds', /Ctrl \(na Macu Cmd\)/, /Ctrl \(Cmd on a Mac\)/],
      ['/events/new', 'grantIds', /Ctrl/, /Ctrl/],
      ['/events/new', 'hashtags', /spacjami lub przecinkami/, /spaces or commas/],
    ];
    for (const [page, id, pl, en] of cases) {
      expect(hintOf((await admin.request(page)).text, `f-${id}`), `${page} ${id}`).toMatch(pl);
      expect(hintOf((await english.request(page)).text, `f-${id}`), `${page} ${id} (en)`).toMatch(en);
    }
    // A field without a hint is described by its error slot alone.
    expect((await admin.request('/authorities/new')).text).toMatch(/id="f-name"[^>]*aria-describedby="f-name-error"/);
  });
});

describe('new records and lists in plain words', () => {
  it('a new grant starts in PLN and a new address in PL; an optional address with only its country is no address', async () => {
    const grant = (await admin.request('/grants/new')).text;
    expect(grant).toMatch(/id="f-amount-currency"[^>]*value="PLN"/);
    expect(grant).toMatch(/id="f-ownContribution-currency"[^>]*value="PLN"/);
    expect((await admin.request('/venues/new')).text).toMatch(/id="f-address-country"[^>]*value="PL"/);
    const page = (await admin.request('/organizations/new')).text;
    expect(page).toMatch(/id="f-address-country"[^>]*value="PL"/);
    // Saved as the browser sends it: the country still filled in, nothing else of the address.
    const res = await admin.post('/organizations/new', {
      name: 'Stowarzyszenie bez adresu',
      legalForm: 'stowarzyszenie',
      'address.country': 'PL',
    });
    expect(res.status).toBe(303);
    const id = createdId(res.headers.get('location'));
    expect((await h.store.organizations.get(id))?.address).toBeUndefined();
    await admin.request('/grants/new');
    // The own contribution's currency comes filled in, as the new form has it; its amount is left empty.
    const saved = await admin.post(
      '/grants/new',
      grantForm({ taskTitle: 'Zadanie bez wkładu własnego', form: 'entrustment', 'ownContribution.currency': 'PLN' }),
    );
    expect(saved.status).toBe(303);
    const grantId = createdId(saved.headers.get('location'));
    expect((await h.store.grants.get(grantId))?.ownContribution).toBeUndefined();
  });

  it('a refused new grant gives back its currencies and a refused new organisation its country, as sent', async () => {
    await admin.request('/grants/new');
    const grant = await admin.post('/grants/new', {
      taskTitle: '',
      form: 'entrustment',
      'amount.amount': '1000',
      'amount.currency': 'PLN',
      'ownContribution.currency': 'PLN',
    });
    expect(grant.status).toBe(400);
    expect(grant.text).toMatch(/id="f-amount-currency"[^>]*value="PLN"/);
    expect(grant.text).toMatch(/id="f-ownContribution-currency"[^>]*value="PLN"/);
    // Another currency typed alone is given back too (and, with no amount, refused on the amount).
    const euro = await admin.post('/grants/new', { taskTitle: '', 'ownContribution.currency': 'EUR' });
    expect(euro.status).toBe(400);
    expect(euro.text).toMatch(/id="f-ownContribution-currency"[^>]*value="EUR"/);
    await admin.request('/organizations/new');
    const organisation = await admin.post('/organizations/new', { name: '', 'address.country': 'PL' });
    expect(organisation.status).toBe(400);
    expect(organisation.text).toMatch(/id="f-address-country"[^>]*value="PL"/);
  });

  it('labels the sort field and its direction differently', async () => {
    const html = (await admin.request('/events')).text;
    expect(html).toContain('<label for="sort">Sortuj według</label>');
    expect(html).toContain('<label for="dir">Kolejność</label>');
  });
});

describe('a form with several problems', () => {
  it('says an event ends before it starts beside its empty title, not only once the title is filled', async () => {
    await admin.request('/events/new');
    const res = await admin.post('/events/new', {
      title: '',
      startsAt: '2026-12-03T12:00',
      endsAt: '2026-12-03T10:00',
      timeZone: 'Europe/Warsaw',
    });
    expect(res.status).toBe(400);
    expect(fieldErrors(res.text)).toMatchObject({
      title: 'Tytuł: to pole jest wymagane.',
      endsAt: 'Koniec: musi być później niż początek.',
    });
  });

  it('says a grant period ends before it starts beside the fields still missing', async () => {
    await admin.request('/grants/new');
    const res = await admin.post('/grants/new', {
      'amount.currency': 'PLN',
      'period.from': '2026-09-01',
      'period.to': '2026-08-31',
    });
    expect(res.status).toBe(400);
    const found = fieldErrors(res.text);
    expect(found).toMatchObject({ taskTitle: expect.stringMatching(/wymagane/) });
    expect(Object.entries(found).find(([id]) => id.includes('to'))?.[1]).toBe(
      'Koniec okresu: nie może być wcześniej niż data początkowa.',
    );
  });
});
