import { SEED_IDS } from '@org/demo';
import { FIELD_LABELS } from '@org/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrorOf as errorOf } from '../testing/field-error.js';
import { type Client, type Harness, loadSeed, signedInHarness } from '../testing/harness.js';

/** Each refusal of an address or a name beside its own field, over HTTP as a browser without JavaScript posts. */
let h: Harness;
let editor: Client;
beforeAll(async () => {
  ({ h, client: editor } = await signedInHarness('editor', { seed: false }));
});
afterAll(() => h?.close());

const labelOf = (html: string, id: string) =>
  new RegExp(`<label for="${id}">(.*?)</label>`).exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? null;
const summaryOf = (html: string) =>
  [...(/<section class="error-summary"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '').matchAll(/<li>(.*?)<\/li>/g)].map(
    (m) => m[1]?.replace(/<[^>]+>/g, ''),
  );

async function post(route: string, form: Record<string, string>) {
  await editor.request(`/${route}/new`);
  return editor.post(`/${route}/new`, form);
}

describe('a venue without an address', () => {
  it('says so on the street and the city, each marked required, never as "Adres: …"', async () => {
    const blank = await editor.request('/venues/new');
    expect(labelOf(blank.text, 'f-address-street')).toBe('Ulica i numer *');
    expect(labelOf(blank.text, 'f-address-city')).toBe('Miejscowość *');
    const res = await post('venues', { name: 'Sala bez adresu' });
    expect(res.status).toBe(400);
    expect(errorOf(res.text, 'f-address-street')).toBe('Ulica i numer: to pole jest wymagane.');
    expect(errorOf(res.text, 'f-address-city')).toBe('Miejscowość: to pole jest wymagane.');
    expect(res.text).toMatch(
      /<input[^>]*id="f-address-street"[^>]*aria-describedby="f-address-street-error"[^>]*aria-invalid="true"/,
    );
    expect(summaryOf(res.text)).toEqual([
      'Ulica i numer: to pole jest wymagane.',
      'Miejscowość: to pole jest wymagane.',
    ]);
    expect(res.text).not.toContain('Adres: to pole jest wymagane.');
    expect(res.text).toContain('value="Sala bez adresu"');
  });

  it('with an empty name names the name first, not the optional slug made from it', async () => {
    const res = await post('venues', { 'address.street': 'ul. Mokotowska 1', 'address.city': 'Warszawa' });
    expect(res.status).toBe(400);
    expect(summaryOf(res.text)).toEqual(['Nazwa: to pole jest wymagane.']);
    expect(errorOf(res.text, 'f-slug')).toBe('');
    expect(res.text).not.toContain(`${FIELD_LABELS.slug?.pl}: to pole jest wymagane.`);
  });
});

describe('an organisation with a city but no street', () => {
  it('says the street is required because an address was given, and marks it so', async () => {
    const blank = await editor.request('/organizations/new');
    expect(labelOf(blank.text, 'f-address-street')).toBe('Ulica i numer (wymagane, gdy podano adres)');
    const res = await post('organizations', {
      name: 'Fundacja z miastem',
      legalForm: 'fundacja',
      'address.city': 'Warszawa',
    });
    expect(res.status).toBe(400);
    expect(errorOf(res.text, 'f-address-street')).toBe('Ulica i numer: wymagane, gdy podano adres.');
    expect(res.text).toContain('value="Warszawa"');
    // Without any address, nothing of it is required.
    const none = await post('organizations', { name: 'Fundacja bez adresu', legalForm: 'fundacja' });
    expect(none.status).toBe(303);
  });
});

describe('a field of a part of a grant (its period, its amounts)', () => {
  it('is named as the form labels it, beside the field and in the summary, not by the last word of its path', async () => {
    const res = await post('grants', {
      taskTitle: 'Zadanie z odwróconym okresem',
      'period.from': '2026-12-31',
      'period.to': '2026-01-01',
      'amount.amount': '10000',
      'amount.currency': 'zł',
      'ownContribution.amount': 'dużo',
      'ownContribution.currency': 'PLN',
    });
    expect(res.status).toBe(400);
    expect(errorOf(res.text, 'f-ownContribution-amount')).toBe(
      'Wkład własny: podaj liczbę, np. 12 500,00 albo 12 500 zł (wpisano „dużo”).',
    );
    expect(errorOf(res.text, 'f-amount-currency')).toMatch(/^Waluta kwoty: musi być trzyliterowym kodem/);
    // Each part named as the form labels its control, and the summary's line leads to that control.
    for (const [id, label] of [
      ['f-amount-currency', 'Waluta kwoty *'],
      ['f-ownContribution-amount', 'Wkład własny'],
      ['f-ownContribution-currency', 'Waluta wkładu własnego'],
      ['f-period-from', 'Początek okresu *'],
      ['f-period-to', 'Koniec okresu *'],
    ] as const)
      expect(labelOf(res.text, id), id).toBe(label);
    expect(res.text).toMatch(/<li><a href="#f-amount-currency">Waluta kwoty: musi być trzyliterowym kodem/);
    // No label of two words joined by a colon, which a message after it would follow with a second one.
    expect(summaryOf(res.text).filter((m) => /^[^:(]*: [^:(]*: /.test(m ?? ''))).toEqual([]);
    const summary = summaryOf(res.text);
    expect(summary).toContain('Wkład własny: podaj liczbę, np. 12 500,00 albo 12 500 zł (wpisano „dużo”).');
    expect(summary.filter((m) => /^(Kwota: oczekiwano|Waluta:)/.test(m ?? ''))).toEqual([]);
    expect(res.text).toContain('value="dużo"');

    // The order of the period is said beside the other problems, and alone once the rest is valid.
    expect(errorOf(res.text, 'f-period-to')).toBe('Koniec okresu: nie może być wcześniej niż data początkowa.');
    await loadSeed(h.store);
    const reversed = await post('grants', {
      taskTitle: 'Zadanie z odwróconym okresem',
      funderAuthorityId: SEED_IDS.wojewodztwoMazowieckie,
      funderName: 'Województwo Mazowieckie',
      form: 'support',
      beneficiaryId: SEED_IDS.fise,
      'period.from': '2026-12-31',
      'period.to': '2026-01-01',
      'amount.amount': '10000',
      'amount.currency': 'PLN',
    });
    expect(reversed.status).toBe(400);
    expect(labelOf(reversed.text, 'f-period-to')).toBe('Koniec okresu *');
    expect(errorOf(reversed.text, 'f-period-to')).toBe('Koniec okresu: nie może być wcześniej niż data początkowa.');
    expect(summaryOf(reversed.text)).toEqual(['Koniec okresu: nie może być wcześniej niż data początkowa.']);
  });
});

describe('a required select left at „—”', () => {
  it('is required, as an empty field is, not a list of every option; a value of no option still lists them', async () => {
    const org = await post('organizations', { name: 'Fundacja bez formy' });
    expect(org.status).toBe(400);
    expect(errorOf(org.text, 'f-legalForm')).toBe('Forma prawna: to pole jest wymagane.');
    expect(summaryOf(org.text)).toEqual(['Forma prawna: to pole jest wymagane.']);
    const authority = await post('authorities', { name: 'Gmina bez rodzaju', terc: '1434011' });
    expect(errorOf(authority.text, 'f-kind')).toBe('Rodzaj: to pole jest wymagane.');
    const grant = await post('grants', { taskTitle: 'Zadanie bez formy' });
    expect(errorOf(grant.text, 'f-form')).toBe('Forma: to pole jest wymagane.');
    const odd = await post('organizations', { name: 'Fundacja o dziwnej formie', legalForm: 'spółka' });
    expect(errorOf(odd.text, 'f-legalForm')).toMatch(/^Forma prawna: wybierz jedną z wartości: fundacja, /);
  });
});
