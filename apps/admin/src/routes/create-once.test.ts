import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Harness, signedInHarness } from '../testing/harness.js';

let h: Harness;
let editor: Client;
beforeAll(async () => {
  ({ h, client: editor } = await signedInHarness('editor'));
});
afterAll(() => h?.close());

const tokenOf = (html: string) => /<input type="hidden" name="formToken" value="([^"]+)"/.exec(html)?.[1] ?? '';
const flashOf = (html: string) => /<p class="flash flash-info" role="status">([^<]*)<\/p>/.exec(html)?.[1] ?? null;
const named = async (name: string) =>
  (await h.store.organizations.list({ limit: 100 })).items.filter((o) => o.name === name).length;

describe('a create form sent twice creates one record', () => {
  it('the second post of the same form leads to the record the first made', async () => {
    const token = tokenOf((await editor.request('/organizations/new')).text);
    expect(token).not.toBe('');
    const form = { formToken: token, name: 'Fundacja Podwójnego Kliknięcia', legalForm: 'fundacja' };
    const first = await editor.post('/organizations/new', form);
    expect(first.status).toBe(303);
    const second = await editor.post('/organizations/new', form);
    expect(second.status).toBe(303);
    const id = first.headers.get('location')?.split('?')[0] ?? '';
    expect(second.headers.get('location')).toBe(`${id}?done=sent`);
    expect(await named('Fundacja Podwójnego Kliknięcia')).toBe(1);
    expect(flashOf((await editor.request(`${id}?done=sent`)).text)).toBe(
      'Ten formularz został już wysłany: to rekord utworzony za pierwszym razem, drugi nie powstał.',
    );
  });

  it('two posts of one form at once create one record', async () => {
    const token = tokenOf((await editor.request('/organizations/new')).text);
    const form = { formToken: token, name: 'Fundacja Wyścigu', legalForm: 'fundacja' };
    const answers = await Promise.all([
      editor.post('/organizations/new', form),
      editor.post('/organizations/new', form),
    ]);
    expect(answers.map((a) => a.status).sort()).not.toContain(500);
    expect(await named('Fundacja Wyścigu')).toBe(1);
  });

  it('a form whose first post made no record says it was sent, links the list and creates nothing', async () => {
    const token = tokenOf((await editor.request('/organizations/new')).text);
    await h.store.rateLimits.hit(`form:${token}`, 86_400_000, 1);
    const res = await editor.post('/organizations/new', {
      formToken: token,
      name: 'Fundacja Wysłana Wcześniej',
      legalForm: 'fundacja',
    });
    expect(res.status).toBe(409);
    expect(res.text).toContain('Ten formularz został już wysłany (np. podwójne kliknięcie');
    expect(res.text).toContain('<a href="/organizations">Wróć do listy: Organizacje</a>');
    expect(await named('Fundacja Wysłana Wcześniej')).toBe(0);
  });

  it('a refused first post gives the form a fresh token, and fixing it creates the record', async () => {
    const token = tokenOf((await editor.request('/organizations/new')).text);
    const refused = await editor.post('/organizations/new', { formToken: token, name: '', legalForm: 'fundacja' });
    expect(refused.status).toBe(400);
    const again = tokenOf(refused.text);
    expect(again).not.toBe('');
    const saved = await editor.post('/organizations/new', {
      formToken: again,
      name: 'Fundacja Poprawiona',
      legalForm: 'fundacja',
    });
    expect(saved.status).toBe(303);
    expect(await named('Fundacja Poprawiona')).toBe(1);
  });
});

describe('a new event with its agenda, from the create form', () => {
  it('is saved with every agenda item under an id of its own, the form token being the event id only', async () => {
    const token = tokenOf((await editor.request('/events/new')).text);
    const item = (i: number, kind: string, from: string, to: string) => ({
      [`agenda[${i}].kind`]: kind,
      [`agenda[${i}].startsAt`]: `2026-12-03T${from}`,
      [`agenda[${i}].endsAt`]: `2026-12-03T${to}`,
    });
    const res = await editor.post('/events/new', {
      formToken: token,
      title: 'Spotkanie z trzema punktami',
      timeZone: 'Europe/Warsaw',
      startsAt: '2026-12-03T10:00',
      endsAt: '2026-12-03T13:00',
      organizerId: SEED_IDS.fise,
      ...item(0, 'introduction', '10:00', '10:15'),
      ...item(1, 'break', '10:15', '10:30'),
      ...item(2, 'other', '10:30', '11:00'),
      'agenda[2].title': 'Podsumowanie',
    });
    expect(res.text).not.toContain('powtórzone');
    expect(res.status).toBe(303);
    const event = await h.store.events.get(token);
    const ids = event?.agenda.map((i) => i.id) ?? [];
    expect(ids).toHaveLength(3);
    expect(new Set([...ids, token]).size).toBe(4);
  });
});

describe('clicking "Opublikuj" twice', () => {
  async function draft(n: number) {
    const seed = await h.store.events.get(SEED_IDS.event);
    if (!seed) throw new Error('seed event missing');
    const { version: _v, createdAt: _c, updatedAt: _u, publishedAt: _p, ...value } = seed;
    return h.store.events.create({ ...value, id: `twice-${n}`, slug: `dwa-razy-${n}`, status: 'draft' });
  }

  it("says it is already published when the newer version is the same user's publication", async () => {
    const event = await draft(1);
    await editor.request(`/events/${event.id}/publish`);
    const form = { version: String(event.version) };
    expect((await editor.post(`/events/${event.id}/publish`, form)).status).toBe(303);
    const second = await editor.post(`/events/${event.id}/publish`, form);
    expect(second.status).toBe(303);
    expect(second.headers.get('location')).toBe(`/events/${event.id}/publish?done=alreadyPublished`);
    expect(flashOf((await editor.request(second.headers.get('location') ?? '')).text)).toBe(
      'Ten rekord jest już opublikowany: zrobiło to Twoje wcześniejsze kliknięcie „Opublikuj”.',
    );
  });

  it('still says the record changed when someone else published it meanwhile', async () => {
    const event = await draft(2);
    await editor.request(`/events/${event.id}/publish`);
    const admin = await h.signIn('administrator');
    await admin.request(`/events/${event.id}/publish`);
    expect((await admin.post(`/events/${event.id}/publish`, { version: String(event.version) })).status).toBe(303);
    const late = await editor.post(`/events/${event.id}/publish`, { version: String(event.version) });
    expect(late.status).toBe(409);
    expect(late.text).toContain('rekord zmienił się od otwarcia tej strony');
  });
});
