import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishDue } from '../publish/publish-due.js';
import { fieldErrorOf } from '../testing/field-error.js';
import { type Client, type Harness, harnessDeps, signedInHarness } from '../testing/harness.js';

let h: Harness;
let editor: Client;
beforeAll(async () => {
  ({ h, client: editor } = await signedInHarness('editor'));
});
afterAll(() => h?.close());

/** A draft copy of the seed event under a new id and slug, with `changes`. */
async function draft(n: number, changes: Record<string, unknown> = {}) {
  const seed = await h.store.events.get(SEED_IDS.event);
  if (!seed) throw new Error('seed event missing');
  const { version: _v, createdAt: _c, updatedAt: _u, publishedAt: _p, ...value } = seed;
  return h.store.events.create({ ...value, id: `sched-${n}`, slug: `planowane-${n}`, status: 'draft', ...changes });
}
const errorOf = (html: string) => fieldErrorOf(html, 'at');
const pendingOf = async (id: string) => (await h.store.scheduled.list()).filter((j) => j.entityId === id);

describe('after publishing', () => {
  it('links the public page on the website (SITE_URL), and a draft has no such link', async () => {
    const event = await draft(90);
    const before = await editor.request(`/events/${event.id}/publish`);
    expect(before.text).not.toContain('Strona publiczna');
    const published = await h.store.events.update(
      event.id,
      event.version,
      { ...event, status: 'published' },
      {
        userId: null,
      },
    );
    expect(published.status).toBe('published');
    const res = await editor.request(`/events/${event.id}/publish?done=published`);
    expect(res.text).toContain('strona jest publiczna w serwisie.');
    expect(res.text).toContain(
      `<a href="http://127.0.0.1:9/wydarzenia/planowane-90">Strona publiczna (w serwisie)</a>`,
    );
  });
});

describe('the notice after publishing', () => {
  const flashOf = (html: string) => /<p class="flash flash-info" role="status">([^<]*)<\/p>/.exec(html)?.[1] ?? null;

  it('says once since when the page is public: no "Opublikowano." above "Opublikowano 29 listopada…"', async () => {
    const post = await h.store.posts.create({
      id: 'post-notice',
      slug: 'wpis-z-komunikatem',
      title: 'Wpis z komunikatem',
      body: 'Treść.',
      status: 'draft',
    });
    await editor.request(`/posts/${post.id}/publish`);
    const res = await editor.post(`/posts/${post.id}/publish`, { version: String(post.version) });
    expect(res.status).toBe(303);
    const html = (await editor.request(res.headers.get('location') ?? '')).text;
    expect(flashOf(html)).toMatch(
      /^Opublikowano \d{1,2} \p{L}+ \d{4}, \d{1,2}:\d{2}: strona jest publiczna w serwisie\.$/u,
    );
    expect(html.match(/Opublikowano/g)).toHaveLength(1);
    // Opened again later, the page says it as a line of the page, with no notice.
    const later = (await editor.request(`/posts/${post.id}/publish`)).text;
    expect(flashOf(later)).toBeNull();
    expect(sinceOf(later)).toBe(flashOf(html));
  });
});

describe('publishing a record that is public already', () => {
  it('keeps its publication date: a post clicked "Opublikuj" again does not become new in the news and feeds', async () => {
    const post = await h.store.posts.create({
      id: 'post-again',
      slug: 'wpis-opublikowany-dwa-razy',
      title: 'Wpis opublikowany dwa razy',
      body: 'Treść.',
      status: 'draft',
    });
    await editor.request(`/posts/${post.id}/publish`);
    expect((await editor.post(`/posts/${post.id}/publish`, { version: String(post.version) })).status).toBe(303);
    const first = await h.store.posts.get(post.id);
    expect(first?.status).toBe('published');
    const date = first?.publishedAt;
    expect(date).toMatch(/^\d{4}-/);
    // Another editor, later: not the same click sent twice, so it goes through and publishes again.
    await new Promise((r) => setTimeout(r, 20));
    const other = await h.signIn('administrator');
    await other.request(`/posts/${post.id}/publish`);
    expect((await other.post(`/posts/${post.id}/publish`, { version: String(first?.version) })).status).toBe(303);
    const again = await h.store.posts.get(post.id);
    expect(again?.version).toBe((first?.version ?? 0) + 1);
    expect(again?.publishedAt).toBe(date);
    // Withdrawn and published again, it is published anew.
    await other.request(`/posts/${post.id}/unpublish`);
    await other.post(`/posts/${post.id}/unpublish`, { version: String(again?.version) });
    const withdrawn = await h.store.posts.get(post.id);
    await new Promise((r) => setTimeout(r, 20));
    await other.request(`/posts/${post.id}/publish`);
    await other.post(`/posts/${post.id}/publish`, { version: String(withdrawn?.version) });
    const anew = await h.store.posts.get(post.id);
    expect(anew?.status).toBe('published');
    expect(Date.parse(anew?.publishedAt ?? '')).toBeGreaterThan(Date.parse(date ?? ''));
  });
});

/** Where the page's forms lead, in order (sign-out and language forms of the layout left out). */
const actionsOf = (html: string) =>
  [...html.matchAll(/<form method="(?:post|get)" action="([^"]+)"/g)]
    .map((m) => m[1] ?? '')
    .filter((a) => !['/logout', '/lang'].some((l) => a.startsWith(l)));
const sinceOf = (html: string) => /<p class="public-since">([^<]*)<\/p>/.exec(html)?.[1] ?? null;

describe('the publish page of a record that is public already', () => {
  it('says since when a published record is public, offers withdrawing and editing, not "Opublikuj" or scheduling', async () => {
    const post = await h.store.posts.create({
      id: 'post-public',
      slug: 'wpis-publiczny',
      title: 'Wpis publiczny',
      body: 'Treść.',
      status: 'published',
      publishedAt: '2026-11-26T09:00:00.000Z',
    });
    const html = (await editor.request(`/posts/${post.id}/publish`)).text;
    expect(sinceOf(html)).toBe('Opublikowano 26 listopada 2026, 10:00: strona jest publiczna w serwisie.');
    expect(html).toContain(
      `<p class="hint">Zmiany zapisane w formularzu od razu trafiają na stronę publiczną, po tej samej kontroli co publikacja: <a href="/posts/${post.id}">Edytuj</a></p>`,
    );
    expect(actionsOf(html)).toEqual([`/posts/${post.id}/unpublish`]);
    expect(html).toContain('Wycofaj publikację</button>');
    expect(html).not.toContain('Opublikuj</button>');
    expect(html).not.toContain('<input id="at"');
    // Nor does the server take a schedule for it (a page opened while it was a draft, a forged post).
    const scheduled = await editor.post(`/posts/${post.id}/schedule`, { at: '2030-06-01T10:00' });
    expect(scheduled.status).toBe(409);
    expect(/<p class="flash flash-error" role="alert">([^<]*)<\/p>/.exec(scheduled.text)?.[1]).toBe(
      'Nie zaplanowano publikacji: ten rekord jest już publiczny w serwisie, więc nie ma czego publikować. Zaplanować można publikację szkicu; zmiany rekordu publicznego zapisane w formularzu trafiają na stronę od razu.',
    );
    expect(await pendingOf(post.id)).toEqual([]);
    // Its form says beside "Zapisz" that a saved change goes live at once; a draft's form does not.
    const hint =
      '<p class="hint" id="public-save-hint">Ten rekord jest publiczny w serwisie: zapisane zmiany od razu się tam pojawią (po kontroli przed publikacją).</p>';
    const form = (await editor.request(`/posts/${post.id}`)).text;
    expect(form).toContain(hint);
    expect(form).toContain('<button type="submit" aria-describedby="public-save-hint">Zapisz</button>');
    expect((await editor.request(`/events/${(await draft(74)).id}`)).text).not.toContain('public-save-hint');
    // In English, and for a reviewer (who may neither publish nor edit): the state, without the actions.
    const english = await h.signIn('editor');
    await english.request('/lang/en');
    expect(sinceOf((await english.request(`/posts/${post.id}/publish`)).text)).toBe(
      'Published 26 November 2026, 10:00: the page is public on the website.',
    );
    const reviewer = await h.signIn('reviewer');
    const seen = (await reviewer.request(`/posts/${post.id}/publish`)).text;
    expect(sinceOf(seen)).toBe('Opublikowano 26 listopada 2026, 10:00: strona jest publiczna w serwisie.');
    expect(actionsOf(seen)).toEqual([]);
    expect(seen).not.toContain('Zmiany zapisane w formularzu');
    // Stored public without a date (made around the admin): public all the same, the date said to be unknown.
    const undated = await draft(70, { status: 'published' });
    expect(sinceOf((await editor.request(`/events/${undated.id}/publish`)).text)).toBe(
      'Opublikowano (daty publikacji nie zapisano): strona jest publiczna w serwisie.',
    );
  });

  it('a draft is offered "Opublikuj" and scheduling, and says nothing of being public', async () => {
    const event = await draft(71);
    const html = (await editor.request(`/events/${event.id}/publish`)).text;
    expect(sinceOf(html)).toBeNull();
    expect(actionsOf(html)).toEqual([`/events/${event.id}/publish`, `/events/${event.id}/schedule`]);
    expect(html).toContain('Opublikuj</button>');
  });

  it('a cancelled event says since when it is public and offers restoring it, which keeps its date', async () => {
    const event = await draft(72, {
      status: 'cancelled',
      statusNote: 'Odwołane z powodu choroby prelegentów.',
      publishedAt: '2026-11-26T09:00:00.000Z',
    });
    const html = (await editor.request(`/events/${event.id}/publish`)).text;
    expect(sinceOf(html)).toBe('Opublikowano 26 listopada 2026, 10:00: strona jest publiczna w serwisie.');
    expect(actionsOf(html)).toEqual([`/events/${event.id}/publish`, `/events/${event.id}/unpublish`]);
    expect(html).toContain('Przywróć status „opublikowane”</button>');
    expect(html).toContain('uwaga o odwołaniu lub przełożeniu zniknie z jego strony');
    expect(html).not.toContain('Opublikuj</button>');
    const res = await editor.post(`/events/${event.id}/publish`, { version: versionOf(html) });
    expect(res.status).toBe(303);
    const restored = await h.store.events.get(event.id);
    expect([restored?.status, restored?.statusNote, restored?.publishedAt]).toEqual([
      'published',
      undefined,
      '2026-11-26T09:00:00.000Z',
    ]);
    expect(actionsOf((await editor.request(`/events/${event.id}/publish`)).text)).toEqual([
      `/events/${event.id}/unpublish`,
    ]);
  });

  it('still runs the check before restoring: problems need the override and a reason', async () => {
    const event = await draft(73, {
      status: 'postponed',
      publishedAt: '2026-11-26T09:00:00.000Z',
      venueId: undefined,
      onlineUrl: undefined,
    });
    const html = (await editor.request(`/events/${event.id}/publish`)).text;
    expect(html).toContain('Wydarzenie nie ma ani miejsca, ani linku do transmisji.');
    expect(html).toContain('<label for="overrideNote">Uzasadnienie (wymagane przy publikacji mimo problemów)</label>');
    const refused = await editor.post(`/events/${event.id}/publish`, { version: versionOf(html) });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Są problemy: zaznacz świadome obejście, aby opublikować.');
    expect((await h.store.events.get(event.id))?.status).toBe('postponed');
  });
});

describe('scheduled publishing', () => {
  it('refuses a date that does not exist beside the field, keeping what was typed', async () => {
    const event = await draft(1);
    await editor.request(`/events/${event.id}/publish`);
    const res = await editor.post(`/events/${event.id}/schedule`, { at: '2027-02-30T10:00' });
    expect(res.status).toBe(400);
    expect(errorOf(res.text)).toBe(
      'Data i godzina publikacji: „2027-02-30T10:00” nie jest istniejącą datą i godziną. Podaj ją jako rrrr-mm-ddTgg:mm, np. 2027-02-28T10:00.',
    );
    expect(res.text).toMatch(/<input id="at"[^>]*value="2027-02-30T10:00"[^>]*aria-invalid="true"/);
    expect(res.text).toContain('<label for="at">Data i godzina publikacji (czas warszawski)</label>');
    expect(/<title>([^<]*)/.exec(res.text)?.[1]).toMatch(/^Błąd: /);
    const gap = await editor.post(`/events/${event.id}/schedule`, { at: '2027-03-28T02:30' });
    expect(gap.status).toBe(400);
    expect(errorOf(gap.text)).toContain('02:30 nie istnieje tego dnia (zmiana czasu');
    const past = await editor.post(`/events/${event.id}/schedule`, { at: '2020-01-01T10:00' });
    expect(past.status).toBe(400);
    expect(errorOf(past.text)).toContain('ten termin już minął');
    expect(await pendingOf(event.id)).toEqual([]);
  });

  it('refuses to schedule a record the check finds problems with, saying why', async () => {
    // Neither a venue nor an online link: the check reports it.
    const event = await draft(2, { venueId: undefined, onlineUrl: undefined });
    const page = (await editor.request(`/events/${event.id}/publish`)).text;
    expect(page).toContain('Zaplanować publikację można dopiero, gdy kontrola nie znajduje problemów.');
    const res = await editor.post(`/events/${event.id}/schedule`, { at: '2030-06-01T10:00' });
    expect(res.status).toBe(400);
    expect(errorOf(res.text)).toContain('Kontrola przed publikacją znalazła problemy');
    expect(await pendingOf(event.id)).toEqual([]);
  });

  it('lists pending schedules, and withheld ones with the reason', async () => {
    const event = await draft(3);
    await editor.request(`/events/${event.id}/publish`);
    const res = await editor.post(`/events/${event.id}/schedule`, { at: '2030-06-01T10:00' });
    expect(res.status).toBe(303);
    const page = (await editor.request(`/events/${event.id}/publish?done=scheduled`)).text;
    expect(page).toContain('Zaplanowane publikacje');
    expect(page).toMatch(
      /<time datetime="2030-06-01T08:00:00.000Z">1 czerwca 2030, 10:00<\/time> — zaplanował\(a\) Test editor/,
    );
    // Broken after scheduling: when its time comes, it is withheld, and the page says so.
    const stored = await h.store.events.get(event.id);
    if (!stored) throw new Error('event missing');
    await h.store.events.update(stored.id, stored.version, { ...stored, venueId: undefined, onlineUrl: undefined });
    expect(await publishDue(harnessDeps(h.store), new Date('2030-06-02T00:00:00Z'))).toMatchObject({ refused: 1 });
    const after = (await editor.request(`/events/${event.id}/publish`)).text;
    expect(after).toContain('Brak zaplanowanych publikacji.');
    expect(after).toContain('Wstrzymane zaplanowane publikacje');
    expect(after).toContain(
      'Zaplanowana publikacja wstrzymana, bo kontrola przed publikacją znalazła problemy: Wydarzenie nie ma ani miejsca, ani linku do transmisji.',
    );
  });

  it('lets staff cancel a pending schedule from the publish page, audited; reviewers and forged posts cannot', async () => {
    const event = await draft(4);
    await editor.request(`/events/${event.id}/publish`);
    expect((await editor.post(`/events/${event.id}/schedule`, { at: '2030-07-01T10:00' })).status).toBe(303);
    await editor.request(`/events/${event.id}/publish`);
    expect((await editor.post(`/events/${event.id}/schedule`, { at: '2030-07-02T10:00' })).status).toBe(303);
    const [first, second] = await pendingOf(event.id);
    if (!first || !second) throw new Error('two pending publications expected');
    const page = (await editor.request(`/events/${event.id}/publish`)).text;
    const forms = [
      ...page.matchAll(/<form method="post" action="([^"]+)" class="inline">[\s\S]*?name="scheduled" value="([^"]+)"/g),
    ];
    expect(forms.map((m) => [m[1], m[2]])).toEqual([
      [`/events/${event.id}/schedule/cancel`, first.id],
      [`/events/${event.id}/schedule/cancel`, second.id],
    ]);
    expect(page).toContain('Anuluj tę publikację');

    // A reviewer sees the list but no button, and the server refuses the post.
    const reviewer = await h.signIn('reviewer');
    const seen = (await reviewer.request(`/events/${event.id}/publish`)).text;
    expect(seen).toContain('1 lipca 2030, 10:00');
    expect(seen).not.toContain('/schedule/cancel');
    expect((await reviewer.post(`/events/${event.id}/schedule/cancel`, { scheduled: first.id })).status).toBe(403);
    // Without the session's CSRF token, nothing is cancelled.
    const forged = await editor.request(`/events/${event.id}/schedule/cancel`, {
      form: { _csrf: 'x'.repeat(editor.csrf.length), scheduled: first.id },
    });
    expect(forged.status).toBe(403);
    expect((await pendingOf(event.id)).map((j) => j.id)).toEqual([first.id, second.id]);

    await editor.request(`/events/${event.id}/publish`);
    const res = await editor.post(`/events/${event.id}/schedule/cancel`, { scheduled: first.id });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/events/${event.id}/publish?done=unscheduled`);
    expect((await pendingOf(event.id)).map((j) => j.id)).toEqual([second.id]);
    const after = (await editor.request(res.headers.get('location') ?? '')).text;
    expect(after).toContain('Anulowano zaplanowaną publikację.');
    expect(after).not.toContain('1 lipca 2030, 10:00');
    expect(after).toContain('2 lipca 2030, 10:00');
    const [entry] = (await h.store.audit.list({ entity: 'event', entityId: event.id })).items.filter((e) =>
      e.note?.startsWith('anulowano zaplanowaną publikację'),
    );
    expect(entry).toMatchObject({ actorId: h.users.editor.id, before: { scheduledPublication: first.at } });

    // Once gone (cancelled already, or published meanwhile), or another record's, it says so and changes nothing.
    const again = await editor.post(`/events/${event.id}/schedule/cancel`, { scheduled: first.id });
    expect(again.headers.get('location')).toBe(`/events/${event.id}/publish?done=unscheduleGone`);
    expect((await editor.request(again.headers.get('location') ?? '')).text).toContain(
      'Nie anulowano: tej publikacji nie ma już wśród zaplanowanych',
    );
    const other = await draft(5);
    const elsewhere = await editor.post(`/events/${other.id}/schedule/cancel`, { scheduled: second.id });
    expect(elsewhere.headers.get('location')).toBe(`/events/${other.id}/publish?done=unscheduleGone`);
    for (const scheduled of ['', 'a b', 'x'.repeat(500)]) {
      const bad = await editor.post(`/events/${event.id}/schedule/cancel`, { scheduled });
      expect(bad.status).toBe(303);
    }
    expect((await pendingOf(event.id)).map((j) => j.id)).toEqual([second.id]);
  });
});

describe('unpublishing', () => {
  const flashOf = (html: string) => /<p class="flash flash-error" role="alert">([^<]*)<\/p>/.exec(html)?.[1] ?? null;
  const confirmForm = (html: string) =>
    /<form method="post" action="([^"]+\/unpublish)">[\s\S]*?name="version" value="(\d+)"[\s\S]*?<\/form>/.exec(html);

  it('asks first, on a page of its own as deleting does, without JavaScript: only its confirmed form withdraws', async () => {
    const event = await draft(21, { status: 'published' });
    const path = `/events/${event.id}/unpublish`;
    // The publish page leads to the question; it has no form that withdraws at once.
    const publishPage = (await editor.request(`/events/${event.id}/publish`)).text;
    expect(publishPage).toContain(
      `<form method="get" action="${path}"><button type="submit">Wycofaj publikację</button>`,
    );
    expect(publishPage).not.toContain(`<form method="post" action="${path}"`);
    const asked = await editor.request(path);
    expect(asked.status).toBe(200);
    expect(asked.text).toContain('Czy na pewno wycofać publikację? Rekord wróci do szkiców i zniknie z serwisu');
    expect(confirmForm(asked.text)?.slice(1)).toEqual([path, String(event.version)]);
    expect(asked.text).toContain(`<a href="/events/${event.id}/publish">Anuluj</a>`);
    // A post that did not come from the question (an old page, a forged post) asks instead of withdrawing.
    const unasked = await editor.post(path);
    expect(unasked.status).toBe(400);
    expect(flashOf(unasked.text)).toMatch(/^Nie wycofano publikacji: formularz nie potwierdził/);
    expect(confirmForm(unasked.text)?.[2]).toBe(String(event.version));
    expect((await h.store.events.get(event.id))?.status).toBe('published');
    // Changed since the question was asked: not withdrawn, asked again about the record as it is now.
    const changed = await h.store.events.update(event.id, event.version, { ...event, title: 'Zmieniony tytuł' });
    const stale = await editor.post(path, { version: String(event.version) });
    expect(stale.status).toBe(409);
    expect(flashOf(stale.text)).toBe(
      `Nie wycofano publikacji: rekord zmienił się od otwarcia strony potwierdzenia (wersja ${event.version}, teraz ${changed.version}). Sprawdź go i potwierdź ponownie.`,
    );
    expect(confirmForm(stale.text)?.[2]).toBe(String(changed.version));
    expect((await h.store.events.get(event.id))?.status).toBe('published');
    // Confirmed: withdrawn.
    const done = await editor.post(path, { version: String(changed.version) });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/events/${event.id}/publish?done=unpublished`);
    expect((await h.store.events.get(event.id))?.status).toBe('draft');
    // A draft has nothing to withdraw: the question leads back to its publish page.
    const again = await editor.request(path);
    expect([again.status, again.headers.get('location')]).toEqual([303, `/events/${event.id}/publish`]);
  });

  it('a published event unpublished from its publish page leaves one complete audit entry, with who did it', async () => {
    const event = await draft(20, { status: 'published' });
    await editor.request(`/events/${event.id}/unpublish`);
    const res = await editor.post(`/events/${event.id}/unpublish`, { version: String(event.version) });
    expect(res.status).toBe(303);
    expect((await h.store.events.get(event.id))?.status).toBe('draft');
    const page = await h.store.audit.list({ entity: 'event', entityId: event.id, limit: 50 });
    // The copy was made through the store without an actor (no entry): all there is comes from the unpublish.
    expect(page.items.map((e) => e.action)).toEqual(['unpublish']);
    const [entry] = page.items;
    expect(entry?.actorId).toBe(h.users.editor.id);
    expect(entry?.before).toMatchObject({ status: 'published', title: event.title });
    expect(entry?.after).toMatchObject({ status: 'draft', title: event.title });
  });
});

describe('scheduling in the hour the clocks go back over (2027-10-31 02:00–02:59 in Warsaw happens twice)', () => {
  const selectOf = (html: string) => /<select id="atOffset"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? null;

  it('asks which 02:30 is meant, beside the field, and schedules nothing until staff say', async () => {
    const event = await draft(50);
    await editor.request(`/events/${event.id}/publish`);
    const res = await editor.post(`/events/${event.id}/schedule`, { at: '2027-10-31T02:30' });
    expect(res.status).toBe(400);
    expect(errorOf(res.text)).toBe(
      'Data i godzina publikacji: 02:30 jest tego dnia dwa razy (zmiana czasu: zegary cofa się o godzinę). Wybierz w polu „Która 02:30?”, o którą chodzi: pierwszą — czas letni (CEST, UTC+2), czy drugą — czas zimowy (CET, UTC+1). Nic nie zostało zapisane.',
    );
    expect(res.text).toMatch(/<input id="at"[^>]*value="2027-10-31T02:30"/);
    expect(res.text).toContain('<label for="atOffset">Która 02:30?</label>');
    expect(selectOf(res.text)).toBe(
      '<option value="">—</option><option value="+02:00">czas letni (CEST, UTC+2)</option><option value="+01:00">czas zimowy (CET, UTC+1)</option>',
    );
    // An offset the zone does not have that day is no answer either.
    const wrong = await editor.post(`/events/${event.id}/schedule`, { at: '2027-10-31T02:30', atOffset: '+03:00' });
    expect(wrong.status).toBe(400);
    expect(await pendingOf(event.id)).toEqual([]);
    // A time that happens once asks nothing.
    const once = await editor.post(`/events/${event.id}/schedule`, { at: '2027-02-30T10:00' });
    expect(selectOf(once.text)).toBeNull();
  });

  it('schedules the second 02:30 (CET) or the first (CEST) as chosen', async () => {
    const second = await draft(51);
    await editor.request(`/events/${second.id}/publish`);
    const res = await editor.post(`/events/${second.id}/schedule`, { at: '2027-10-31T02:30', atOffset: '+01:00' });
    expect(res.status).toBe(303);
    expect((await pendingOf(second.id)).map((j) => Date.parse(j.at))).toEqual([Date.parse('2027-10-31T01:30:00Z')]);
    const first = await draft(52);
    await editor.request(`/events/${first.id}/publish`);
    await editor.post(`/events/${first.id}/schedule`, { at: '2027-10-31T02:30', atOffset: '+02:00' });
    expect((await pendingOf(first.id)).map((j) => Date.parse(j.at))).toEqual([Date.parse('2027-10-31T00:30:00Z')]);
  });

  it('asks in English for an English admin, keeping the choice made when refused for another reason', async () => {
    const english = await h.signIn('editor');
    await english.request('/lang/en');
    const event = await draft(53, { venueId: undefined, onlineUrl: undefined });
    await english.request(`/events/${event.id}/publish`);
    const res = await english.post(`/events/${event.id}/schedule`, { at: '2027-10-31T02:30' });
    expect(errorOf(res.text)).toBe(
      'Publish at: 02:30 happens twice on that day (clock change: clocks go back an hour). Choose which one you mean in "Which 02:30?": the first — summer time (CEST, UTC+2), or the second — winter time (CET, UTC+1). Nothing was saved.',
    );
    // Chosen, but the check finds problems: refused for that, the choice still selected.
    const chosen = await english.post(`/events/${event.id}/schedule`, { at: '2027-10-31T02:30', atOffset: '+01:00' });
    expect(chosen.status).toBe(400);
    expect(errorOf(chosen.text)).toMatch(/^The check before publishing found problems/);
    expect(selectOf(chosen.text)).toContain('<option value="+01:00" selected="">winter time (CET, UTC+1)</option>');
  });
});

describe('the schedule field', () => {
  it("names the zone its time is typed in: Warsaw's in words, another by its name, in both languages", async () => {
    const english = await h.signIn('editor');
    await english.request('/lang/en');
    const labelOf = async (client: Client, path: string) =>
      /<label for="at">([^<]*)<\/label>/.exec((await client.request(path)).text)?.[1];
    // Drafts: a public record is offered no scheduling.
    const post = await h.store.posts.create({ id: 'post-draft-40', slug: 'szkic-40', title: 'Szkic', body: 'Treść.' });
    expect(await labelOf(english, `/events/${(await draft(41)).id}/publish`)).toBe('Publish at (Warsaw time)');
    expect(await labelOf(english, `/posts/${post.id}/publish`)).toBe('Publish at (Warsaw time)');
    const london = await draft(40, { timeZone: 'Europe/London' });
    expect(await labelOf(editor, `/events/${london.id}/publish`)).toBe(
      'Data i godzina publikacji (strefa czasowa Europe/London)',
    );
    expect(await labelOf(english, `/events/${london.id}/publish`)).toBe('Publish at (time zone Europe/London)');
  });
});

/** The version the publish page of `id` was rendered with, as its form sends it. */
const versionOf = (html: string) => /<input type="hidden" name="version" value="(\d+)"\/>/.exec(html)?.[1] ?? '';

describe('publishing despite problems', () => {
  it('audits the override in the language of whoever overrode the check, the problems in it too', async () => {
    const english = await h.signIn('editor');
    await english.request('/lang/en');
    const notes: (string | undefined)[] = [];
    for (const [n, client, reason] of [
      [30, editor, 'Miejsce podamy jutro.'],
      [31, english, 'Venue to follow'],
    ] as const) {
      const event = await draft(n, { venueId: undefined, onlineUrl: undefined });
      const page = await client.request(`/events/${event.id}/publish`);
      const res = await client.post(`/events/${event.id}/publish`, {
        override: 'true',
        note: reason,
        version: versionOf(page.text),
      });
      expect(res.status).toBe(303);
      const entries = await h.store.audit.list({ entity: 'event', entityId: event.id, limit: 50 });
      notes.push(entries.items.find((e) => e.action === 'override')?.note);
    }
    expect(notes).toEqual([
      'Opublikowano mimo problemów. Uzasadnienie: „Miejsce podamy jutro.”. Problemy: Wydarzenie nie ma ani miejsca, ani linku do transmisji.',
      'Published despite problems. Reason: "Venue to follow". Problems: The event has neither a venue nor an online link.',
    ]);
  });

  it('needs a reason: without one nothing is published, and the tick and what was typed come back', async () => {
    const event = await draft(33, { venueId: undefined, onlineUrl: undefined });
    const page = await editor.request(`/events/${event.id}/publish`);
    expect(page.text).toContain(
      '<label for="overrideNote">Uzasadnienie (wymagane przy publikacji mimo problemów)</label>',
    );
    for (const note of ['', '  \r\n  ']) {
      const res = await editor.post(`/events/${event.id}/publish`, {
        override: 'true',
        note,
        version: versionOf(page.text),
      });
      expect(res.status).toBe(400);
      expect(/<p class="error" id="overrideNote-error">([^<]*)<\/p>/.exec(res.text)?.[1]).toBe(
        'Podaj uzasadnienie: publikacja mimo problemów (np. bez wymaganej informacji o finansowaniu z dotacji) trafia do dziennika zmian z powodem. Niczego nie opublikowano.',
      );
      expect(res.text).toMatch(/<input id="override" type="checkbox" name="override" value="true" checked=""\/>/);
      expect(res.text).toContain('aria-describedby="overrideNote-error"');
    }
    // Not ticked: said so, and the reason typed stays in its field.
    const unticked = await editor.post(`/events/${event.id}/publish`, {
      note: 'Powód bez zaznaczenia',
      version: versionOf(page.text),
    });
    expect(unticked.status).toBe(400);
    expect(unticked.text).toContain('Są problemy: zaznacz świadome obejście, aby opublikować.');
    expect(unticked.text).toMatch(/<textarea id="overrideNote"[^>]*>Powód bez zaznaczenia<\/textarea>/);
    expect((await h.store.events.get(event.id))?.status).toBe('draft');
    const audit = await h.store.audit.list({ entity: 'event', entityId: event.id, limit: 50 });
    expect(audit.items.filter((e) => e.action === 'publish' || e.action === 'override')).toEqual([]);
  });
});

describe('publishing what was checked', () => {
  it('refuses a record changed since the page was opened (409), shows it checked again, and publishes it once seen', async () => {
    const event = await draft(60);
    const page = await editor.request(`/events/${event.id}/publish`);
    const seen = versionOf(page.text);
    expect(seen).toBe(String(event.version));
    // Another tab takes the venue away after the check was shown without problems.
    await h.store.events.update(event.id, event.version, { ...event, venueId: undefined, onlineUrl: undefined });
    const res = await editor.post(`/events/${event.id}/publish`, { version: seen });
    expect(res.status).toBe(409);
    expect(/<p class="flash flash-error" role="alert">([^<]*)<\/p>/.exec(res.text)?.[1]).toBe(
      `Nie opublikowano: rekord zmienił się od otwarcia tej strony (wersja ${seen}, teraz ${event.version + 1}), więc opublikowano by treść, której nie sprawdzono. Sprawdź go (podgląd) i wynik kontroli poniżej, a potem opublikuj ponownie.`,
    );
    expect(res.text).toContain('Wydarzenie nie ma ani miejsca, ani linku do transmisji.');
    expect(versionOf(res.text)).toBe(String(event.version + 1));
    expect((await h.store.events.get(event.id))?.status).toBe('draft');
    const again = await editor.post(`/events/${event.id}/publish`, {
      version: versionOf(res.text),
      override: 'true',
      note: 'Sprawdzone po zmianie.',
    });
    expect(again.status).toBe(303);
    expect((await h.store.events.get(event.id))?.status).toBe('published');
  });

  it('refuses a publish post without a version (400), saying why', async () => {
    const event = await draft(61);
    await editor.request(`/events/${event.id}/publish`);
    const res = await editor.post(`/events/${event.id}/publish`, {});
    expect(res.status).toBe(400);
    expect(res.text).toContain(
      'Nie opublikowano: formularz nie podał, którą wersję rekordu sprawdzono (brakuje pola version albo nie jest ono liczbą)',
    );
    expect((await h.store.events.get(event.id))?.status).toBe('draft');
  });
});
