import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrorOf } from '../testing/field-error.js';
import { type Client, type Harness, signedInHarness } from '../testing/harness.js';
import { createdId, grantForm } from '../testing/records.js';

let h: Harness;
let editor: Client;
beforeAll(async () => {
  ({ h, client: editor } = await signedInHarness('editor'));
});
afterAll(() => h?.close());

describe("a grant's funder", () => {
  it('left empty is the chosen authority, by its name and its genitive, as its record holds them', async () => {
    const form = (await editor.request('/grants/new')).text;
    expect(form).toMatch(/<label for="f-funderName">Dotujący<\/label>/);
    expect(form).toContain('Zostaw puste, a przy zapisie zostanie tu przepisana nazwa wybranego samorządu');
    const res = await editor.post('/grants/new', grantForm({ taskTitle: 'Zadanie bez wpisanego dotującego' }));
    expect(res.status).toBe(303);
    expect(await h.store.grants.get(createdId(res.headers.get('location')))).toMatchObject({
      funderName: 'Województwo Mazowieckie',
      funderNameGenitive: 'Województwa Mazowieckiego',
    });
  });

  it('typed is kept as typed, and its genitive is not taken from the authority', async () => {
    await editor.request('/grants/new');
    const res = await editor.post(
      '/grants/new',
      grantForm({ taskTitle: 'Zadanie z dotującym wpisanym', funderName: 'Samorząd Województwa Mazowieckiego' }),
    );
    expect(res.status).toBe(303);
    const saved = await h.store.grants.get(createdId(res.headers.get('location')));
    expect(saved?.funderName).toBe('Samorząd Województwa Mazowieckiego');
    expect(saved?.funderNameGenitive).toBeUndefined();
  });

  it('without an authority chosen is still asked for, beside the field', async () => {
    await editor.request('/grants/new');
    const res = await editor.post('/grants/new', grantForm({ funderAuthorityId: '' }));
    expect(res.status).toBe(400);
    expect(fieldErrorOf(res.text, 'f-funderName')).toBe('Dotujący: to pole jest wymagane.');
  });
});
