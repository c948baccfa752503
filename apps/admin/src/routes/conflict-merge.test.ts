import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formOf } from '../testing/form-of.js';
import { type Client, type Harness, startHarness } from '../testing/harness.js';

// Two staff members, each with their own session on one real server, edit the same record.
let h: Harness;
let editor: Client;
let admin: Client;
beforeAll(async () => {
  h = await startHarness();
  editor = await h.signIn('editor');
  admin = await h.signIn('administrator');
});
afterAll(() => h?.close());

const text = (html: string) =>
  html
    .replace(/<details class="raw">[\s\S]*?<\/details>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** Both open the record's form; returns what each browser would post. */
async function openBoth(path: string) {
  const a = formOf((await editor.request(path)).text);
  const b = formOf((await admin.request(path)).text);
  return { a, b };
}

const send = (client: Client, path: string, form: URLSearchParams) => client.request(path, { form });

describe.each([
  { route: 'events', id: SEED_IDS.event, repo: 'events' as const, field: 'summary', label: 'Streszczenie' },
  { route: 'posts', id: SEED_IDS.post, repo: 'posts' as const, field: 'lead', label: 'Wstęp' },
])('a stale save of $route merged three ways', ({ route, id, repo, field, label }) => {
  const path = `/${route}/${id}`;
  const read = async () => (await h.store[repo].get(id)) as Record<string, unknown> | null;

  it('takes the colleague’s field, keeps mine, saves nothing until I confirm, then saves both', async () => {
    const { a, b } = await openBoth(path);
    expect(b.get('original')).toBeTruthy();
    const before = (await read())?.[field];
    a.set(field, `${label} redaktorki ${route}`);
    expect((await send(editor, path, a)).status).toBe(303);
    b.set('title', `Tytuł administratora ${route}`);
    const conflict = await send(admin, path, b);
    expect(conflict.status).toBe(409);
    const page = text(conflict.text);
    expect(page).toContain(`Przyjęto zmiany, które zapisał(a) Test editor, w polach: ${label}.`);
    expect(page).toContain('Zachowano Twoje zmiany w polach: Tytuł.');
    expect(page).not.toContain('Wybierz w każdym wierszu');
    expect(before).not.toBe(`${label} redaktorki ${route}`);
    // Nothing saved by the conflict itself: the colleague's version stands.
    expect((await read())?.title).not.toBe(`Tytuł administratora ${route}`);
    const merged = formOf(conflict.text);
    expect(merged.get(field)).toBe(`${label} redaktorki ${route}`);
    expect(merged.get('title')).toBe(`Tytuł administratora ${route}`);
    expect((await send(admin, path, merged)).status).toBe(303);
    const saved = await read();
    expect(saved).toMatchObject({ [field]: `${label} redaktorki ${route}`, title: `Tytuł administratora ${route}` });
  });

  it('shows a field both changed side by side, refuses to save unchosen, and saves the chosen version', async () => {
    const { a, b } = await openBoth(path);
    a.set(field, 'Wersja A');
    a.set('body', `${a.get('body')}\n\nAkapit redaktorki.`);
    expect((await send(editor, path, a)).status).toBe(303);
    b.set(field, 'Wersja B');
    const conflict = await send(admin, path, b);
    expect(conflict.status).toBe(409);
    const page = text(conflict.text);
    expect(page).toContain('Twoja wersja');
    expect(page).toContain('Wersja zapisana przez Test editor');
    expect(page).toMatch(new RegExp(`${label}\\s+Wersja B\\s+Zachowaj moją\\s+Wersja A\\s+Przyjmij zapisaną`));
    expect(page).toContain('Przyjęto zmiany, które zapisał(a) Test editor, w polach: Treść.');
    // Posted as it is, no choice made: refused, nothing saved.
    const unchosen = await send(admin, path, formOf(conflict.text));
    expect(unchosen.status).toBe(400);
    expect(text(unchosen.text)).toContain(`Nie zapisano: wybierz wersję w polach: ${label}.`);
    expect((await read())?.[field]).toBe('Wersja A');
    const theirs = formOf(unchosen.text);
    theirs.set(`keep:${field}`, 'theirs');
    expect((await send(admin, path, theirs)).status).toBe(303);
    const saved = await read();
    expect(saved?.[field]).toBe('Wersja A');
    expect(String(saved?.body)).toContain('Akapit redaktorki.');
  });

  it('keeps my side of a clash when I choose it', async () => {
    const { a, b } = await openBoth(path);
    a.set(field, 'Znowu A');
    expect((await send(editor, path, a)).status).toBe(303);
    b.set(field, 'Znowu B');
    const conflict = await send(admin, path, b);
    const mine = formOf(conflict.text);
    mine.set(`keep:${field}`, 'mine');
    expect((await send(admin, path, mine)).status).toBe(303);
    expect((await read())?.[field]).toBe('Znowu B');
  });

  it('a form sent unchanged after a colleague’s save changes nothing of theirs', async () => {
    const { a, b } = await openBoth(path);
    a.set(field, 'Tylko redaktorka');
    expect((await send(editor, path, a)).status).toBe(303);
    const conflict = await send(admin, path, b);
    expect(conflict.status).toBe(409);
    const page = text(conflict.text);
    expect(page).not.toContain('Zachowano Twoje zmiany');
    expect(page).toContain(`w polach: ${label}.`);
    expect((await send(admin, path, formOf(conflict.text))).status).toBe(303);
    expect((await read())?.[field]).toBe('Tylko redaktorka');
  });
});

describe('a stale save from a form without the opened version', () => {
  it('asks about every field that differs instead of guessing', async () => {
    const path = `/venues/${SEED_IDS.venue}`;
    const { a, b } = await openBoth(path);
    a.set('name', `${a.get('name')} (A)`);
    expect((await send(editor, path, a)).status).toBe(303);
    b.delete('original');
    const conflict = await send(admin, path, b);
    expect(conflict.status).toBe(409);
    expect(conflict.text).toContain('name="keep:name"');
    expect((await send(admin, path, formOf(conflict.text))).status).toBe(400);
  });
});

describe('choices after a conflict', () => {
  const path = `/events/${SEED_IDS.event}`;

  it('keeps the choices made when one is missing, and shows my version until all are made', async () => {
    const { a, b } = await openBoth(path);
    a.set('summary', 'Wybór A');
    a.set('title', 'Tytuł A');
    expect((await send(editor, path, a)).status).toBe(303);
    b.set('summary', 'Wybór B');
    b.set('title', 'Tytuł B');
    const conflict = await send(admin, path, b);
    const partial = formOf(conflict.text);
    partial.set('keep:summary', 'theirs');
    const refused = await send(admin, path, partial);
    expect(refused.status).toBe(400);
    expect(text(refused.text)).toContain('Nie zapisano: wybierz wersję w polach: Tytuł.');
    expect(refused.text).toMatch(/id="keep-theirs-summary" name="keep:summary" value="theirs" checked/);
    expect(formOf(refused.text).get('summary')).toBe('Wybór B');
    const all = formOf(refused.text);
    all.set('keep:title', 'mine');
    expect((await send(admin, path, all)).status).toBe(303);
    expect(await h.store.events.get(SEED_IDS.event)).toMatchObject({ summary: 'Wybór A', title: 'Tytuł B' });
  });

  it('a refused save after choosing the colleague’s version shows theirs in the form, so it is not lost', async () => {
    const { a, b } = await openBoth(path);
    a.set('summary', 'Zostaje A');
    expect((await send(editor, path, a)).status).toBe(303);
    b.set('summary', 'Odrzucone B');
    const conflict = await send(admin, path, b);
    const chosen = formOf(conflict.text);
    chosen.set('keep:summary', 'theirs');
    chosen.set('title', '');
    const refused = await send(admin, path, chosen);
    expect(refused.status).toBe(400);
    const again = formOf(refused.text);
    expect(again.get('summary')).toBe('Zostaje A');
    again.set('title', 'Tytuł poprawiony');
    expect((await send(admin, path, again)).status).toBe(303);
    expect(await h.store.events.get(SEED_IDS.event)).toMatchObject({ summary: 'Zostaje A', title: 'Tytuł poprawiony' });
  });
});
