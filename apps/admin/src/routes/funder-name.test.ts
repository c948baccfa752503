import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrorOf } from '../testing/field-error.js';
import { type Client, type Harness, signedInHarness } from '../testing/harness.js';

let h: Harness;
let editor: Client;
beforeAll(async () => {
  ({ h, client: editor } = await signedInHarness('editor'));
});
afterAll(() => h?.close());

const grant = (extra: Record<string, string>) => ({
  taskTitle: 'Zadanie z dotującym z samorządu',
  funderAuthorityId: SEED_IDS.wojewodztwoMazowieckie,
  form: 'support',
  'amount.amount': '10 000',
  'amount.currency': 'PLN',
  'period.from': '2027-01-01',
  'period.to': '2027-06-30',
  beneficiaryId: SEED_IDS.fise,
  ...extra,
});
const idOf = (location: string | null) => decodeURIComponent((location ?? '').split('/')[2]?.split('?')[0] ?? '');

describe("a grant's funder", () => {
  it('left empty is the chosen authority, by its name and its genitive, as its record holds them', async () => {
    const form = (await editor.request('/grants/new')).text;
    expect(form).toMatch(/<label for="f-funderName">Dotujący<\/label>/);
    expect(form).toContain('Zostaw puste, a przy zapisie zostanie tu przepisana nazwa wybranego samorządu');
    const res = await editor.post('/grants/new', grant({ taskTitle: 'Zadanie bez wpisanego dotującego' }));
    expect(res.status).toBe(303);
    expect(await h.store.grants.get(idOf(res.headers.get('location')))).toMatchObject({
      funderName: 'Województwo Mazowieckie',
      funderNameGenitive: 'Województwa Mazowieckiego',
    });
  });

  it('typed is kept as typed, and its genitive is not taken from the authority', async () => {
    await editor.request('/grants/new');
    const res = await editor.post(
      '/grants/new',
      grant({ taskTitle: 'Zadanie z dotującym wpisanym', funderName: 'Samorząd Województwa Mazowieckiego' }),
    );
    expect(res.status).toBe(303);
    const saved = await h.store.grants.get(idOf(res.headers.get('location')));
    expect(saved?.funderName).toBe('Samorząd Województwa Mazowieckiego');
    expect(saved?.funderNameGenitive).toBeUndefined();
  });

  it('without an authority chosen is still asked for, beside the field', async () => {
    await editor.request('/grants/new');
    const res = await editor.post('/grants/new', grant({ funderAuthorityId: '' }));
    expect(res.status).toBe(400);
    expect(fieldErrorOf(res.text, 'f-funderName')).toBe('Dotujący: to pole jest wymagane.');
  });
});
