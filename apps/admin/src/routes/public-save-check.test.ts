import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formOf } from '../testing/form-of.js';
import { type Client, type Harness, signedInHarness } from '../testing/harness.js';

let h: Harness;
let editor: Client;
beforeAll(async () => {
  ({ h, client: editor } = await signedInHarness('editor'));
});
afterAll(() => h?.close());

const problemsOf = (html: string) =>
  [...(/<section class="public-check"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '').matchAll(/<li data-code="[^"]*">/g)]
    .length;

/** A copy of the seed event under a new id and slug, with `status`. */
async function copyOfSeed(n: number, status: 'published' | 'draft') {
  const seed = await h.store.events.get(SEED_IDS.event);
  if (!seed) throw new Error('seed event missing');
  const { version: _v, createdAt: _c, updatedAt: _u, publishedAt: _p, ...value } = seed;
  return h.store.events.create({ ...value, id: `public-${n}`, slug: `publiczne-${n}`, status });
}

/** The event's edit form as a browser would post it, with a panel ending before it starts added to its agenda. */
async function withBackwardPanel(id: string) {
  const form = formOf((await editor.request(`/events/${id}`)).text);
  const day = (form.get('agenda[0].startsAt') ?? '').slice(0, 10);
  const n = new Set([...form.keys()].flatMap((k) => /^agenda\[(\d+)\]/.exec(k)?.[1] ?? [])).size;
  form.set('_csrf', editor.csrf);
  form.set(`agenda[${n}].kind`, 'panel');
  form.set(`agenda[${n}].title`, 'Panel odwrócony');
  form.set(`agenda[${n}].startsAt`, `${day}T11:00`);
  form.set(`agenda[${n}].endsAt`, `${day}T10:30`);
  return form;
}

describe('saving a public record runs the check before publishing', () => {
  it('a published event passes the check as it is, and saving it unchanged saves', async () => {
    const event = await copyOfSeed(1, 'published');
    const form = formOf((await editor.request(`/events/${event.id}`)).text);
    const res = await editor.request(`/events/${event.id}`, { form });
    expect(res.status).toBe(303);
  });

  it('refuses a panel ending before it starts on a published event: nothing saved, problems listed, typed values kept', async () => {
    const event = await copyOfSeed(2, 'published');
    const res = await editor.request(`/events/${event.id}`, { form: await withBackwardPanel(event.id) });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Nie zapisano: ten rekord jest publiczny (widoczny w serwisie)');
    expect(res.text).toContain('Problemy, które ta zmiana wprowadziłaby na stronę publiczną');
    expect(problemsOf(res.text)).toBeGreaterThan(0);
    expect(res.text).toContain('value="Panel odwrócony"');
    expect(res.text).toContain('name="publicOverride"');
    const stored = await h.store.events.get(event.id);
    expect(stored?.version).toBe(event.version);
    expect((stored?.agenda as unknown[] | undefined)?.length).toBe((event.agenda as unknown[]).length);
  });

  it('refuses unticking the grant of a published event: its funding statement would vanish from the public page', async () => {
    const event = await copyOfSeed(3, 'published');
    const form = formOf((await editor.request(`/events/${event.id}`)).text);
    expect(form.getAll('grantIds')).toEqual([SEED_IDS.grant]);
    form.delete('grantIds');
    const res = await editor.request(`/events/${event.id}`, { form });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Nie zapisano: ten rekord jest publiczny');
    expect(res.text).toContain('<li data-code="grantRemoved">Ta zmiana odłącza dotację „');
    expect((await h.store.events.get(event.id))?.grantIds).toEqual([SEED_IDS.grant]);
  });

  it('saves past the problems only ticked and with a reason, kept in the audit log as publishing keeps it', async () => {
    const event = await copyOfSeed(4, 'published');
    const form = await withBackwardPanel(event.id);
    form.set('publicOverride', 'true');
    form.set('publicOverrideNote', '   ');
    const noReason = await editor.request(`/events/${event.id}`, { form });
    expect(noReason.status).toBe(400);
    expect(noReason.text).toContain('Podaj uzasadnienie: zmiana rekordu publicznego mimo problemów');
    expect(noReason.text).toMatch(/<input[^>]*name="publicOverride"[^>]*checked/);
    expect((await h.store.events.get(event.id))?.version).toBe(event.version);
    form.set('_csrf', editor.csrf);
    form.set('publicOverrideNote', 'Program potwierdzony telefonicznie, godziny poprawimy jutro.');
    const saved = await editor.request(`/events/${event.id}`, { form });
    expect(saved.status).toBe(303);
    const stored = await h.store.events.get(event.id);
    expect((stored?.agenda as unknown[] | undefined)?.length).toBe((event.agenda as unknown[]).length + 1);
    const entries = (await h.store.audit.list({ entity: 'event', entityId: event.id, limit: 5 })).items;
    const entry = entries.find((e) => e.action === 'override');
    expect(entry?.actorId).toBe(h.users.editor.id);
    expect(entry?.note).toMatch(
      /^Zapisano zmianę rekordu publicznego mimo problemów kontroli przed publikacją\. Uzasadnienie: „Program potwierdzony telefonicznie, godziny poprawimy jutro\.”\. Problemy: /,
    );
  });

  it('a published post whose own grant is unticked is refused too, naming the grant', async () => {
    const seed = await h.store.posts.get(SEED_IDS.post);
    if (!seed) throw new Error('seed post missing');
    const { version: _v, createdAt: _c, updatedAt: _u, eventId: _e, ...value } = seed;
    const post = await h.store.posts.create({
      ...value,
      id: 'public-post',
      slug: 'publiczny-wpis',
      status: 'published',
    });
    const form = formOf((await editor.request(`/posts/${post.id}`)).text);
    expect(form.getAll('grantIds')).toEqual([SEED_IDS.grant]);
    form.delete('grantIds');
    const res = await editor.request(`/posts/${post.id}`, { form });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Nie zapisano: ten rekord jest publiczny');
    expect(res.text).toContain('<li data-code="grantRemoved">Ta zmiana odłącza dotację „');
    expect((await h.store.posts.get(post.id))?.version).toBe(post.version);
  });

  it('a draft saves as before, problems and all', async () => {
    const event = await copyOfSeed(5, 'draft');
    const res = await editor.request(`/events/${event.id}`, { form: await withBackwardPanel(event.id) });
    expect(res.status).toBe(303);
  });
});

describe('saving a draft whose agenda has problems', () => {
  it('saves, and the page after says what to fix before publishing, naming the item by number, title and times', async () => {
    const event = await copyOfSeed(6, 'draft');
    const form = await withBackwardPanel(event.id);
    const n = (event.agenda as unknown[]).length + 1;
    const res = await editor.request(`/events/${event.id}`, { form });
    expect(res.status).toBe(303);
    const page = (await editor.request(res.headers.get('location') ?? '')).text;
    const flash = /<p class="flash flash-info" role="status">([^<]*)<\/p>/.exec(page)?.[1] ?? '';
    expect(flash).toMatch(/^Zapisano\. Przed publikacją trzeba poprawić: /);
    expect(flash).toContain(`Punkt „${n}. Panel odwrócony (11:00–10:30)” kończy się przed rozpoczęciem.`);
    // An item without a title (a new one, after the panel) is named by its kind in Polish, as the editor heads it,
    // never by the kind's code.
    const untitled = formOf(page);
    untitled.set('_csrf', editor.csrf);
    untitled.set(`agenda[${n}].kind`, 'introduction');
    untitled.delete(`agenda[${n}].title`);
    untitled.set(`agenda[${n}].startsAt`, `${untitled.get('agenda[0].startsAt')?.slice(0, 10)}T16:00`);
    untitled.set(`agenda[${n}].endsAt`, `${untitled.get('agenda[0].startsAt')?.slice(0, 10)}T16:15`);
    const again = await editor.request(`/events/${event.id}`, { form: untitled });
    expect(again.status).toBe(303);
    const after = (await editor.request(again.headers.get('location') ?? '')).text;
    expect(after).toContain(`Punkt „${n + 1}. Wprowadzenie (16:00–16:15)” wykracza poza czas wydarzenia.`);
    // The form's own list of agenda problems names it the same way, without the times.
    expect(after).toContain(`<li>Punkt „${n + 1}. Wprowadzenie” wykracza poza czas wydarzenia.</li>`);
    expect(/<p class="flash flash-info" role="status">([^<]*)<\/p>/.exec(after)?.[1]).not.toContain('introduction');
    // A draft without problems gets the plain notice.
    const clean = await copyOfSeed(7, 'draft');
    const saved = await editor.request(`/events/${clean.id}`, {
      form: formOf((await editor.request(`/events/${clean.id}`)).text),
    });
    expect(saved.status).toBe(303);
    expect((await editor.request(saved.headers.get('location') ?? '')).text).toContain(
      '<p class="flash flash-info" role="status">Zapisano.</p>',
    );
  });
});
