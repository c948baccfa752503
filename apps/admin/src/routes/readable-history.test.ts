import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Harness, signedInHarness } from '../testing/harness.js';

let h: Harness;
let admin: Client;
beforeAll(async () => {
  ({ h, client: admin } = await signedInHarness('administrator'));
});
afterAll(() => h?.close());

/** The page as staff see it at first: the raw data folded into <details> is left out, tags removed, entities decoded. */
const visibleText = (html: string) =>
  html
    .replace(/<details class="raw">[\s\S]*?<\/details>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('the audit log in words', () => {
  it('names the record, the fields and what they point at, with amounts, days and times as people write them', async () => {
    const actor = { userId: h.users.editor.id };
    const grant = (await h.store.grants.get(SEED_IDS.grant))!;
    const newBeneficiary = (await h.store.organizations.get(SEED_IDS.otwarteDrzwi))!;
    await h.store.grants.update(
      grant.id,
      grant.version,
      {
        ...grant,
        amount: { amount: 1_250_075, currency: 'PLN' },
        period: { from: '2026-03-01', to: '2026-12-31' },
        beneficiaryId: newBeneficiary.id,
        hashtags: ['Mazowszepomaga', 'Mosty'],
      },
      actor,
    );
    const event = (await h.store.events.get(SEED_IDS.event))!;
    await h.store.events.update(
      event.id,
      event.version,
      { ...event, startsAt: '2026-11-26T08:30:00Z', venueId: undefined },
      actor,
    );
    const page = await admin.request('/audit');
    expect(page.status).toBe(200);
    const text = visibleText(page.text);
    const before = visibleText(page.text.slice(0, page.text.indexOf('</tbody>')));

    // Who, and which record, by name; the record linked while it exists.
    expect(text).toContain('Test editor <editor@mosty.test>');
    expect(page.text).toContain(`<a href="/grants/${grant.id}">${grant.taskTitle}</a>`);
    expect(page.text).toContain(`<a href="/events/${event.id}">`);
    // Field labels, not keys; values formatted.
    expect(text).toContain('Zleceniobiorca');
    expect(text).toContain(newBeneficiary.name);
    expect(text).toContain('12 500,75 zł');
    expect(text).toContain('1 marca 2026 – 31 grudnia 2026');
    expect(text).toMatch(/Hasztagi.*Mazowszepomaga.*Mosty/);
    expect(text).toContain('Początek');
    expect(text).toContain('26 listopada 2026, 09:30');
    expect(text).toContain('Miejsce');
    // No key and no id of ours is shown outside the folded raw data.
    for (const key of ['beneficiaryId', 'startsAt', 'venueId', '"amount"'])
      expect(before, `key ${key} shown`).not.toContain(key);
    for (const id of [newBeneficiary.id, grant.beneficiaryId, event.venueId, h.users.editor.id])
      expect(before, `id ${id} shown`).not.toContain(id);
    // The stored entry is still there for whoever needs it, escaped.
    expect(page.text).toMatch(
      /<details class="raw"><summary>Dane źródłowe \(JSON\)<\/summary><pre>[^<]*&quot;beneficiaryId&quot;/,
    );
  });

  it('names a deleted record as it was called, without a link, and shows a comment and a schedule in words', async () => {
    const actor = { userId: h.users.administrator.id };
    const venue = await h.store.venues.create(
      { name: 'Sala <b>Próbna</b>', address: { street: 'ul. Polna 1', city: 'Wołomin', postalCode: '05-200' } },
      actor,
    );
    await h.store.venues.delete(venue.id, venue.version, actor);
    await h.store.scheduled.schedule('post', SEED_IDS.post, '2030-01-15T11:30:00Z', actor);
    const text = visibleText((await admin.request('/audit')).text);
    expect(text).toContain('„Sala <b>Próbna</b>” (usunięty)');
    expect(text).toContain('ul. Polna 1, 05-200 Wołomin');
    expect(text).toContain('Zaplanowana publikacja');
    expect(text).toContain('15 stycznia 2030, 12:30');
    const html = (await admin.request('/audit')).text;
    expect(html).not.toContain('<b>Próbna</b>');
    expect(html).not.toContain(`href="/venues/${venue.id}"`);
  });

  it('speaks English to an admin who chose English, in a record’s history too', async () => {
    const en = await h.signIn('administrator');
    await en.request('/lang/en');
    const grant = (await h.store.grants.get(SEED_IDS.grant))!;
    await h.store.grants.update(
      grant.id,
      grant.version,
      { ...grant, amount: { amount: 99_900, currency: 'PLN' } },
      { userId: h.users.administrator.id },
    );
    const text = visibleText((await en.request(`/grants/${grant.id}/history`)).text);
    expect(text).toContain('Amount');
    // en-GB writes a foreign currency by its code: "PLN 999.00".
    expect(text).toMatch(/PLN\s999\.00/);
    expect(text).not.toContain('Kwota');
  });

  it('shows an account change with the role and block in words, and a password change without the password', async () => {
    const actor = { userId: h.users.administrator.id };
    const reviewer = (await h.store.users.get(h.users.reviewer.id))!;
    await h.store.users.update(reviewer.id, reviewer.version, { role: 'editor', disabled: true }, actor);
    await h.store.users.setPassword(reviewer.id, 'another long password 1', actor);
    const text = visibleText((await admin.request('/audit')).text);
    expect(text).toMatch(/Rola recenzent redaktor/);
    expect(text).toMatch(/Zablokowany nie tak/);
    expect(text).toMatch(/Hasło — zmienione/);
    expect(text).not.toContain('another long password');
  });
});

describe('the edit conflict in words', () => {
  it('lists the fields that differ by label, with names and times, and keeps both versions as data', async () => {
    const event = (await h.store.events.get(SEED_IDS.event))!;
    const other = (await h.store.organizations.get(SEED_IDS.ktoRanoWstaje))!;
    await admin.request(`/events/${event.id}`);
    const csrf = admin.csrf;
    // Someone else saves first: a new summary and organiser.
    await h.store.events.update(
      event.id,
      event.version,
      { ...event, summary: 'Zapisane przez kogoś innego', organizerId: other.id },
      { userId: h.users.editor.id },
    );
    const form = new URLSearchParams();
    form.set('_csrf', csrf);
    form.set('version', String(event.version));
    form.set('title', event.title);
    form.set('slug', event.slug);
    form.set('summary', 'Moja wersja streszczenia');
    form.set('timeZone', event.timeZone);
    form.set('startsAt', '2026-11-26T10:00');
    form.set('endsAt', '2026-11-26T15:00');
    form.set('organizerId', event.organizerId);
    const res = await admin.request(`/events/${event.id}`, { form });
    expect(res.status).toBe(409);
    const section = res.text.slice(res.text.indexOf('<section class="conflict"'), res.text.indexOf('</section>'));
    const text = visibleText(section);
    // A form without the version it was opened with: every field that differs is asked about, nothing guessed.
    expect(text).toContain('Wybierz w każdym wierszu, którą wersję zachować');
    expect(text).toMatch(
      /Streszczenie Moja wersja streszczenia Zachowaj moją Zapisane przez kogoś innego Przyjmij zapisaną/,
    );
    const organiser = (await h.store.organizations.get(event.organizerId))!;
    expect(text).toContain(`Organizator ${organiser.name} Zachowaj moją ${other.name} Przyjmij zapisaną`);
    expect(text).not.toContain(other.id);
    expect(text).not.toContain('organizerId');
    expect(section).toMatch(/<details class="raw">[\s\S]*&quot;organizerId&quot;/);
  });
});
