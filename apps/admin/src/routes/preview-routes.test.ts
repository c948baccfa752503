import { SEED_FUNDING_STATEMENT, SEED_IDS } from '@org/demo';
import { STYLESHEET, STYLESHEET_PATH } from '@org/site';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, startHarness } from '../testing/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('preview', () => {
  it("shows an edited event exactly as the website's renderer will, with a notice, noindex and its stylesheet", async () => {
    const client = await h.signIn('editor');
    const stored = await h.store.events.get(SEED_IDS.event);
    if (!stored) throw new Error('no seed event');
    await h.store.events.update(stored.id, stored.version, { ...stored, title: 'Tytuł po zmianie', status: 'draft' });
    const res = await client.request(`/events/${SEED_IDS.event}/preview`);
    expect(res.status).toBe(200);
    const t = text(res.text);
    expect(t).toContain('Tytuł po zmianie');
    expect(t).toContain('Wojciech Jóźwiak — wiceprezes zarządu, Spółdzielnia Socjalna „Kto Rano Wstaje”');
    expect(t).toContain('samorządowcy oraz urzędnicy powiatu wołomińskiego — Powiat wołomiński');
    expect(t).toContain(SEED_FUNDING_STATEMENT);
    expect(t).toContain('Podgląd: tak będzie wyglądać strona po publikacji.');
    expect(res.text).toContain(`<a href="/events/${SEED_IDS.event}/publish">Wróć do publikacji</a>`);
    expect(res.text).toContain('<meta name="robots" content="noindex"/>');
    // Links lead to the public site; the stylesheet comes from the admin, which serves the page.
    expect(res.text).toContain(`href="${STYLESHEET_PATH}"`);
    expect(res.text).toContain('href="http://127.0.0.1:9/organizacje/fundacja-kobiety-wedrowne"');
    expect(res.text).not.toMatch(/href="\/organizacje\//);
    const css = await client.request(STYLESHEET_PATH);
    expect(css.status).toBe(200);
    expect(css.text).toBe(STYLESHEET);
  });

  it('needs a signed-in user', async () => {
    const res = await new Client(h.url).request(`/events/${SEED_IDS.event}/preview`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/login?next=${encodeURIComponent(`/events/${SEED_IDS.event}/preview`)}`);
    expect(res.text).not.toContain('Tytuł po zmianie');
  });
});
