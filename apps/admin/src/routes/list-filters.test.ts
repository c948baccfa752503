import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Harness, signedInHarness } from '../testing/harness.js';
import { createdId, grantForm } from '../testing/records.js';

let h: Harness;
let editor: Client;
let newGrantId = '';
beforeAll(async () => {
  ({ h, client: editor } = await signedInHarness('editor'));
});
afterAll(() => h?.close());

/** The display names shown in a list page's table (cooperation records are named by their parties). */
const rows = (html: string) => html.slice(html.indexOf('<tbody'), html.indexOf('</tbody>'));

describe('grant form: own contribution and results', () => {
  // A powiat's grant to the association, in the autumn of 2026.
  const smallGrant = (fields: Record<string, string>) =>
    grantForm({
      funderAuthorityId: SEED_IDS.powiatWolominski,
      funderName: 'Powiat Wołomiński',
      'period.from': '2026-09-01',
      'period.to': '2026-12-31',
      beneficiaryId: SEED_IDS.otwarteDrzwi,
      ...fields,
    });
  it('stores the own contribution and planned and achieved results, and shows them again', async () => {
    await editor.request('/grants/new');
    const res = await editor.post(
      '/grants/new',
      smallGrant({
        taskTitle: 'Mały grant na spotkania sąsiedzkie',
        'amount.amount': '12 000,00',
        'ownContribution.amount': '2 500,50',
        'ownContribution.currency': 'PLN',
        'plannedResults[0].name': 'Liczba spotkań',
        'plannedResults[0].target': '6',
        'plannedResults[0].unit': 'spotkania',
        'plannedResults[0].monitoring': 'listy obecności',
        'achievedResults[0].name': 'Liczba spotkań',
        'achievedResults[0].value': '4',
        'achievedResults[0].note': 'dwa przeniesione na styczeń',
      }),
    );
    expect(res.status).toBe(303);
    newGrantId = createdId(res.headers.get('location'));
    const stored = await h.store.grants.get(newGrantId);
    expect(stored?.ownContribution).toEqual({ amount: 250_050, currency: 'PLN' });
    expect(stored?.plannedResults).toEqual([
      { name: 'Liczba spotkań', target: 6, unit: 'spotkania', monitoring: 'listy obecności' },
    ]);
    expect(stored?.achievedResults).toEqual([
      { name: 'Liczba spotkań', value: 4, note: 'dwa przeniesione na styczeń' },
    ]);
    const html = (await editor.request(`/grants/${newGrantId}`)).text;
    expect(html).toMatch(/<label for="f-ownContribution-amount">Wkład własny<\/label>/);
    expect(html).toContain('Zakładane rezultaty');
    expect(html).toContain('Osiągnięte rezultaty');
    expect(html).toContain('value="listy obecności"');
    expect(html).toContain('dwa przeniesione na styczeń');
  });

  it('refuses a negative result value with the field named, and stores nothing', async () => {
    const before = (await h.store.grants.list()).total;
    const grant = await h.store.grants.get(newGrantId);
    await editor.request(`/grants/${newGrantId}`);
    const res = await editor.post(
      `/grants/${newGrantId}`,
      smallGrant({
        version: String(grant?.version),
        taskTitle: 'x',
        'amount.amount': '1',
        'achievedResults[0].name': 'Liczba spotkań',
        'achievedResults[0].value': '-1',
      }),
    );
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/id="f-achievedResults-0-value"[^>]*aria-invalid="true"/);
    expect((await h.store.grants.get(newGrantId))?.version).toBe(grant?.version);
    expect((await h.store.grants.list()).total).toBe(before);
  });
});

describe('list filters by relation', () => {
  it('filters grants by funder and by beneficiary', async () => {
    const reviewer = await h.signIn('reviewer');
    const all = rows((await reviewer.request('/grants')).text);
    expect(all).toContain('Mały grant na spotkania sąsiedzkie');
    const byFunder = await reviewer.request(`/grants?funderAuthorityId=${SEED_IDS.wojewodztwoMazowieckie}`);
    expect(byFunder.status).toBe(200);
    expect(byFunder.text).toContain('Wyniki: 1<');
    expect(rows(byFunder.text)).not.toContain('Mały grant na spotkania sąsiedzkie');
    expect(rows(byFunder.text)).toContain('Województwo Mazowieckie');
    expect(byFunder.text).toMatch(new RegExp(`<option value="${SEED_IDS.wojewodztwoMazowieckie}" selected`));
    const beneficiaryPage = (await reviewer.request(`/grants?beneficiaryId=${SEED_IDS.otwarteDrzwi}`)).text;
    expect(beneficiaryPage).toContain('Wyniki: 1<');
    const byBeneficiary = rows(beneficiaryPage);
    expect(byBeneficiary).toContain('Mały grant na spotkania sąsiedzkie');
    expect(byBeneficiary).not.toContain('Województwo Mazowieckie');
    const both = await reviewer.request(
      `/grants?beneficiaryId=${SEED_IDS.otwarteDrzwi}&funderAuthorityId=${SEED_IDS.wojewodztwoMazowieckie}`,
    );
    expect(both.text).toContain('Wyniki: 0<');
  });

  it('filters cooperation records by authority and by organisation', async () => {
    const authorityPage = (await editor.request(`/cooperations?authorityId=${SEED_IDS.powiatWolominski}`)).text;
    expect(authorityPage).toContain('Wyniki: 1<');
    const byAuthority = rows(authorityPage);
    expect(byAuthority).toContain('Powiat wołomiński — spółdzielnia socjalna');
    expect(byAuthority).not.toContain('Województwo Mazowieckie — Fundacja Inicjatyw Społeczno-Ekonomicznych');
    const organizationPage = (await editor.request(`/cooperations?organizationId=${SEED_IDS.fise}`)).text;
    expect(organizationPage).toContain('Wyniki: 1<');
    const byOrganization = rows(organizationPage);
    expect(byOrganization).toContain('Województwo Mazowieckie — Fundacja Inicjatyw Społeczno-Ekonomicznych');
    expect(byOrganization).not.toContain('Powiat wołomiński — spółdzielnia socjalna');
  });

  it('ignores a malformed filter value instead of passing it to the store', async () => {
    const res = await editor.request(`/cooperations?authorityId=${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Wyniki: 2<');
    expect(rows(res.text)).toContain('Powiat wołomiński — spółdzielnia socjalna');
    expect(rows(res.text)).toContain('Województwo Mazowieckie — Fundacja Inicjatyw Społeczno-Ekonomicznych');
    expect(res.text).not.toContain('<script>alert(1)');
  });
});

describe('the order a list opens in', () => {
  it('a list sorted by a date opens newest first, by name A to Z; an order chosen in the form wins', async () => {
    const seed = await h.store.events.get(SEED_IDS.event);
    if (!seed) throw new Error('seed event missing');
    const { version: _v, createdAt: _c, updatedAt: _u, publishedAt: _p, ...value } = seed;
    await h.store.events.create({
      ...value,
      id: 'order-later',
      slug: 'spotkanie-w-przyszlym-roku',
      title: 'Spotkanie w przyszłym roku',
      startsAt: '2027-11-25T10:00:00+01:00',
      endsAt: '2027-11-25T14:00:00+01:00',
      agenda: [],
      status: 'draft',
    });
    const titles = (html: string) =>
      [...rows(html).matchAll(/<a href="\/events\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    const opened = (await editor.request('/events')).text;
    expect(titles(opened)[0]).toBe('Spotkanie w przyszłym roku');
    expect(opened).toMatch(/<option value="desc" selected="">malejąco<\/option>/);
    const oldestFirst = titles((await editor.request('/events?sort=startsAt&dir=asc')).text);
    expect(oldestFirst[oldestFirst.length - 1]).toBe('Spotkanie w przyszłym roku');
    const byName = (await editor.request('/organizations')).text;
    expect(byName).toMatch(/<option value="asc" selected="">rosnąco<\/option>/);
    // News opens on the post last changed, not A to Z by title.
    expect((await editor.request('/posts')).text).toMatch(/<option value="updatedAt" selected="">Zmieniono<\/option>/);
  });
});
