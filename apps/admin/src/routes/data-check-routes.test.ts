import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES } from '../forms/entities.js';
import { countedSentence } from '../i18n.js';
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
