import { SEED_IDS } from '@org/demo';
import { ValidationError } from '@org/domain';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES } from '../forms/entities.js';
import { countedSentence } from '../i18n.js';
import { formOf } from '../testing/form-of.js';
import { type Client, type Harness, signedInHarness } from '../testing/harness.js';

let h: Harness;
let admin: Client;
beforeAll(async () => {
  ({ h, client: admin } = await signedInHarness('administrator'));
});
afterAll(() => h?.close());

const main = (html: string) => (/<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '').replace(/\s+/g, ' ');

describe('the data check', () => {
  it('says every record of the seed is fine, with the count in words that agree, in both languages', async () => {
    let total = 0;
    for (const def of ENTITIES) total += (await h.store[def.route].list({ limit: 1 })).total;
    expect(total).toBeGreaterThan(4);
    const res = await admin.request('/data-check');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>Kontrola danych</h1>');
    expect(res.text).toContain(
      countedSentence('pl', total, ['dataCheckFineOne', 'dataCheckFineFew', 'dataCheckFineMany']),
    );
    expect(res.text).toMatch(new RegExp(`Wszystki(e ${total} rekordy są|ch ${total} rekordów jest) w porządku\\.`));
    // Administrators find it in the main navigation.
    expect(res.text).toContain('<a href="/data-check" aria-current="page">Kontrola danych</a>');
    const english = await h.signIn('administrator');
    await english.request('/lang/en');
    const en = await english.request('/data-check');
    expect(en.text).toContain('<h1>Data check</h1>');
    expect(en.text).toContain(`All ${total} records are fine.`);
  });

  it('agrees in number: Polish after 1, 2–4, 5+ and the teens', () => {
    const fine = ['dataCheckFineOne', 'dataCheckFineFew', 'dataCheckFineMany'] as const;
    expect(countedSentence('pl', 1, fine)).toBe('Jedyny zapisany rekord jest w porządku.');
    expect(countedSentence('pl', 3, fine)).toBe('Wszystkie 3 rekordy są w porządku.');
    expect(countedSentence('pl', 12, fine)).toBe('Wszystkich 12 rekordów jest w porządku.');
    expect(countedSentence('pl', 22, fine)).toBe('Wszystkie 22 rekordy są w porządku.');
    expect(countedSentence('pl', 10_000, fine)).toBe('Wszystkich 10\u00a0000 rekordów jest w porządku.');
    const found = ['dataCheckFoundOne', 'dataCheckFoundFew', 'dataCheckFoundMany'] as const;
    expect(countedSentence('pl', 1, found, { total: '30' })).toBe('1 rekord z 30 nie spełnia reguł:');
    expect(countedSentence('pl', 2, found, { total: '30' })).toBe('2 rekordy z 30 nie spełniają reguł:');
    expect(countedSentence('pl', 5, found, { total: '30' })).toBe('5 rekordów z 30 nie spełnia reguł:');
    expect(countedSentence('en', 1, found, { total: '30' })).toBe('1 record of 30 breaks a rule:');
    expect(countedSentence('en', 5, found, { total: '30' })).toBe('5 records of 30 break a rule:');
  });

  it("lists a record left pointing at a record deleted by force, linked to its edit page, escaped; editors see it, reviewers don't", async () => {
    const event = await h.store.events.get(SEED_IDS.event);
    const venue = await h.store.venues.get(SEED_IDS.venue);
    if (!event || !venue) throw new Error('the seed has its event and venue');
    // Record text is staff's data: a title with markup must come out as text.
    const title = 'Spotkanie <script>alert("x")</script> & „Mosty”';
    await h.store.events.update(event.id, event.version, { ...event, title });
    // Underneath the admin's own checks: the store deletes a record others point at only when forced.
    await h.store.venues.delete(venue.id, venue.version, { userId: null }, { force: true });

    const res = await admin.request('/data-check');
    expect(res.status).toBe(200);
    const page = main(res.text);
    expect(page).toContain('1 rekord z ');
    expect(page).toContain(' nie spełnia reguł:');
    expect(page).toContain(
      `Wydarzenie: <a href="/events/${event.id}">Spotkanie &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; „Mosty”</a> (<code>${event.slug}</code>)`,
    );
    expect(res.text).not.toContain('<script>alert');
    expect(page).toMatch(
      new RegExp(`<li><strong>Miejsce</strong>: <span>brak miejsca o identyfikatorze „${venue.id}”[^<]*</span></li>`),
    );
    expect(page).not.toContain('w porządku');

    // In English the reasons are English too.
    const english = await h.signIn('editor');
    await english.request('/lang/en');
    const en = main((await english.request('/data-check')).text);
    expect(en).toContain('1 record of ');
    expect(en).toContain(`Event: <a href="/events/${event.id}">`);
    expect(en).toMatch(/<li><strong>Venue<\/strong>: <span>no venue with the id &quot;/);
    expect(en).not.toContain('brak miejsca');

    const reviewer = await h.signIn('reviewer');
    const refused = await reviewer.request('/data-check');
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain(event.id);
    expect((await reviewer.request('/')).text).not.toContain('href="/data-check"');
  });
});

/**
 * Writes validate, reads do not: edits a stored record's document in the test's SQLite file, around the
 * store, as a hand edit of the database (or a record stored before a rule existed) leaves it.
 */
function editStored(
  databaseUrl: string,
  table: string,
  id: string,
  edit: (doc: Record<string, unknown>) => Record<string, unknown>,
): void {
  const raw = new Database(databaseUrl);
  try {
    const row = raw.prepare(`select doc from ${table} where id = ?`).get(id) as { doc: string } | undefined;
    if (!row) throw new Error(`no row ${id} in ${table}`);
    raw.prepare(`update ${table} set doc = ? where id = ?`).run(JSON.stringify(edit(JSON.parse(row.doc))), id);
  } finally {
    raw.close();
  }
}

describe("a stored record that breaks today's rules", () => {
  let h: Harness;
  let editor: Client;
  beforeAll(async () => {
    ({ h, client: editor } = await signedInHarness('editor'));
  });
  afterAll(() => h?.close());

  it('is listed with each field and reason in Polish and English, its edit page opens showing them, and fixing it through the form clears it', async () => {
    const id = SEED_IDS.fise;
    editStored(h.databaseUrl, 'organizations', id, (doc) => ({
      ...doc,
      nip: '5252087228',
      address: { street: 'ul. Mostowa 1', postalCode: '03 719', city: 'Warszawa', country: 'PL' },
    }));
    // The store itself would refuse to write it: it breaks the domain's rules, not just a form's.
    const stored = await h.store.organizations.get(id);
    if (!stored) throw new Error('the seed has FISE');
    expect(stored.nip).toBe('5252087228');
    await expect(h.store.organizations.update(id, stored.version, stored)).rejects.toThrow(ValidationError);

    const res = await editor.request('/data-check');
    expect(res.status).toBe(200);
    const page = main(res.text);
    expect(page).toContain('1 rekord z ');
    expect(page).toContain(
      `Organizacja: <a href="/organizations/${id}">Fundacja Inicjatyw Społeczno-Ekonomicznych</a> (<code>fundacja-inicjatyw-spoleczno-ekonomicznych</code>)`,
    );
    expect(page).toContain(
      '<li><strong>NIP</strong>: <span>ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki (otrzymano: „5252087228”).</span></li>',
    );
    expect(page).toMatch(
      /<li><strong>Kod pocztowy<\/strong> \(<code>address\.postalCode<\/code>\): <span>[^<]*NN-NNN[^<]*„03 719”\)\.<\/span><\/li>/,
    );

    const english = await h.signIn('editor');
    await english.request('/lang/en');
    const en = main((await english.request('/data-check')).text);
    expect(en).toContain(`Organisation: <a href="/organizations/${id}">`);
    expect(en).toContain(
      '<li><strong>NIP (tax ID)</strong>: <span>has a wrong check digit — check it for a typo (got &quot;5252087228&quot;).</span></li>',
    );
    expect(en).toMatch(
      /<strong>Postal code<\/strong> \(<code>address\.postalCode<\/code>\): <span>[^<]*&quot;03 719&quot;/,
    );
    expect(en).not.toContain('cyfrę kontrolną');

    // The link leads to an edit page that opens with the problems, listed and beside their fields.
    const href = /<a href="(\/organizations\/[^"]+)">Fundacja/.exec(page)?.[1];
    expect(href).toBe(`/organizations/${id}`);
    const edit = await editor.request(href ?? '');
    expect(edit.status).toBe(200);
    expect(edit.text).toMatch(/<title>Organizacja: Fundacja[^<]*<\/title>/);
    const notice = /<section class="error-summary stored-issues"[\s\S]*?<\/section>/.exec(edit.text)?.[0] ?? '';
    expect(notice).toContain('Ten rekord nie spełnia dzisiejszych reguł');
    expect(notice).not.toContain('role="alert"');
    expect(notice).toContain('<a href="#f-nip">NIP: ma błędną cyfrę kontrolną');
    expect(notice).toContain('<a href="#f-address-postalCode">Kod pocztowy: ');
    expect(edit.text).toContain(
      '<p class="error" id="f-nip-error">NIP: ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki (otrzymano: „5252087228”).</p>',
    );
    expect(edit.text).toMatch(/<p class="error" id="f-address-postalCode-error">Kod pocztowy: [^<]+<\/p>/);
    const enEdit = await english.request(href ?? '');
    expect(enEdit.text).toContain('This record breaks today&#39;s rules');
    expect(enEdit.text).toContain('NIP (tax ID): has a wrong check digit');

    // The editor corrects both fields and saves the form as the page gave it.
    const form = formOf(edit.text);
    expect(form.get('nip')).toBe('5252087228');
    expect(form.get('name')).toBe('Fundacja Inicjatyw Społeczno-Ekonomicznych');
    form.set('nip', '525-208-72-27');
    form.set('address.postalCode', '03-719');
    const saved = await editor.request(href ?? '', { form });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/organizations/${id}?done=saved`);
    const fixed = await h.store.organizations.get(id);
    expect(fixed).toMatchObject({
      nip: '5252087227',
      address: { street: 'ul. Mostowa 1', postalCode: '03-719', city: 'Warszawa' },
      name: 'Fundacja Inicjatyw Społeczno-Ekonomicznych',
      legalForm: 'fundacja',
      description: stored.description,
    });
    expect((await editor.request(href ?? '')).text).not.toContain('stored-issues');
    const after = main((await editor.request('/data-check')).text);
    expect(after).toMatch(/Wszystki(e \d+ rekordy są|ch \d+ rekordów jest) w porządku\./);
    expect(after).not.toContain(id);
  });

  it('opens the edit page of a record holding null where a row is due (once a 500): the row blank, the problem listed', async () => {
    const person = SEED_IDS.lukaszKomuda;
    editStored(h.databaseUrl, 'people', person, (doc) => ({ ...doc, affiliations: [null] }));
    editStored(h.databaseUrl, 'events', SEED_IDS.event, (doc) => ({ ...doc, agenda: [null] }));
    const listed = main((await editor.request('/data-check')).text);
    expect(listed).toContain(`<a href="/people/${person}">`);
    expect(listed).toContain('(<code>affiliations[0]</code>): <span>to pole jest wymagane.</span>');
    expect(listed).toContain(`<a href="/events/${SEED_IDS.event}">`);
    expect(listed).toContain('(<code>agenda[0]</code>): <span>to pole jest wymagane.</span>');
    for (const [path, line] of [
      [`/people/${person}`, '<li>Afiliacje: to pole jest wymagane.</li>'],
      [`/events/${SEED_IDS.event}`, '<li>Program: to pole jest wymagane.</li>'],
    ] as const) {
      const res = await editor.request(path);
      expect(res.status, path).toBe(200);
      const notice = /<section class="error-summary stored-issues"[\s\S]*?<\/section>/.exec(res.text)?.[0] ?? '';
      expect(notice, path).toContain(line);
    }
    // The row holds nothing: saved as the page shows it, it is gone, and so is the problem.
    const page = await editor.request(`/people/${person}`);
    expect(page.text).toContain('name="affiliations[0].organizationId"');
    expect((await editor.request(`/people/${person}`, { form: formOf(page.text) })).status).toBe(303);
    expect((await h.store.people.get(person))?.affiliations).toEqual([]);
    expect(main((await editor.request('/data-check')).text)).not.toContain(`/people/${person}`);
  });
});
