import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrorOf } from '../testing/field-error.js';
import { formOf } from '../testing/form-of.js';
import { type Harness, startHarness } from '../testing/harness.js';

let h: Harness;
const id = SEED_IDS.event;
const path = `/events/${id}`;
beforeAll(async () => {
  // Before the seed event (2026-11-26, 10:00–14:00 in Warsaw): an event that has ended is neither cancelled nor postponed.
  // The clock runs (audit entries are read newest first) from a day before it.
  const started = Date.now();
  h = await startHarness({ now: () => new Date(Date.parse('2026-11-25T09:00:00Z') + Date.now() - started) });
});
afterAll(() => h?.close());

const version = async () => String((await h.store.events.get(id))?.version);

describe('event status actions', () => {
  it('the event form has no status field; the status section offers cancel and postpone to an editor', async () => {
    const editor = await h.signIn('editor');
    const html = (await editor.request(path)).text;
    const form = html.slice(
      html.indexOf('class="entity-form"'),
      html.indexOf('</form>', html.indexOf('class="entity-form"')),
    );
    expect(form).not.toMatch(/name="status/);
    expect(html).toContain(`action="/events/${id}/status"`);
    expect(html).toContain('Odwołaj wydarzenie');
    expect(html).toContain('Przełóż wydarzenie');
  });

  it('an editor cancels the event with a note: stored, shown, and audited with who, why, before and after', async () => {
    const editor = await h.signIn('editor');
    await editor.request(path);
    const before = (await h.store.events.get(id))?.status;
    const res = await editor.post(`${path}/status`, {
      status: 'cancelled',
      note: 'Odwołane z powodu żałoby narodowej.',
      version: await version(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${path}?done=cancelled#status`);
    const stored = await h.store.events.get(id);
    expect(stored?.status).toBe('cancelled');
    expect(stored?.statusNote).toBe('Odwołane z powodu żałoby narodowej.');
    const page = (await editor.request(`${path}?done=cancelled`)).text;
    expect(page).toContain('Wydarzenie odwołane.');
    expect(page).toContain('data-status="cancelled"');
    expect(page).toContain('Odwołane z powodu żałoby narodowej.');
    const audit = await h.store.audit.list({ entity: 'event', entityId: id, limit: 1 });
    const entry = audit.items[0];
    expect(entry?.actorId).toBe(h.users.editor.id);
    expect(entry?.note).toBe('Odwołano wydarzenie: Odwołane z powodu żałoby narodowej.');
    expect((entry?.before as { status?: string } | undefined)?.status).toBe(before);
    expect((entry?.after as { status?: string } | undefined)?.status).toBe('cancelled');
    expect((await editor.request(`${path}/history`)).text).toContain(
      'Odwołano wydarzenie: Odwołane z powodu żałoby narodowej.',
    );
  });

  it('an administrator postpones it', async () => {
    const admin = await h.signIn('administrator');
    await admin.request(path);
    const res = await admin.post(`${path}/status`, {
      status: 'postponed',
      note: 'Nowy termin podamy wkrótce.',
      version: await version(),
    });
    expect(res.status).toBe(303);
    // The notice names the new status, not "status changed".
    expect(res.headers.get('location')).toBe(`${path}?done=postponed#status`);
    expect((await admin.request(`${path}?done=postponed`)).text).toContain(
      '<p class="flash flash-info" role="status">Wydarzenie przełożone.</p>',
    );
    const stored = await h.store.events.get(id);
    expect(stored?.status).toBe('postponed');
    expect(stored?.statusNote).toBe('Nowy termin podamy wkrótce.');
    const entry = (await h.store.audit.list({ entity: 'event', entityId: id, limit: 1 })).items[0];
    expect([entry?.actorId, entry?.note]).toEqual([
      h.users.administrator.id,
      'Przełożono wydarzenie: Nowy termin podamy wkrótce.',
    ]);
  });

  it('a later save of the event form keeps the status and its note, and a status field posted with it is ignored', async () => {
    const editor = await h.signIn('editor');
    // The whole form as the page sends it: a public event saved without its grants or agenda is refused (the check).
    const form = formOf((await editor.request(path)).text);
    form.set('title', 'Tytuł zmieniony po przełożeniu');
    form.set('status', 'published');
    form.set('statusNote', 'z formularza');
    const res = await editor.request(path, { form });
    expect(res.status).toBe(303);
    const stored = await h.store.events.get(id);
    expect(stored?.title).toBe('Tytuł zmieniony po przełożeniu');
    expect(stored?.status).toBe('postponed');
    expect(stored?.statusNote).toBe('Nowy termin podamy wkrótce.');
  });

  it('refuses a missing note (400) and a stale version (409) and changes nothing', async () => {
    const editor = await h.signIn('editor');
    await editor.request(path);
    const v = await version();
    const noNote = await editor.post(`${path}/status`, { status: 'cancelled', note: '  ', version: v });
    expect(noNote.status).toBe(400);
    expect(noNote.text).toContain('Podaj uwagę o statusie');
    const stale = await editor.post(`${path}/status`, {
      status: 'cancelled',
      note: 'x',
      version: String(Number(v) - 1),
    });
    expect(stale.status).toBe(409);
    expect((await h.store.events.get(id))?.status).toBe('postponed');
    expect(await version()).toBe(v);
  });

  it('a reviewer sees the status but no actions, and a post is refused with 403', async () => {
    const reviewer = await h.signIn('reviewer');
    const html = (await reviewer.request(path)).text;
    expect(html).toContain('data-status="postponed"');
    expect(html).not.toContain(`action="/events/${id}/status"`);
    const res = await reviewer.post(`${path}/status`, { status: 'cancelled', note: 'x', version: await version() });
    expect(res.status).toBe(403);
    expect((await h.store.events.get(id))?.status).toBe('postponed');
  });
});

/** A copy of the seed event under a new id and slug, stored with `status`. */
async function eventCopy(n: number, status: 'draft' | 'published') {
  const seed = await h.store.events.get(id);
  if (!seed) throw new Error('seed event missing');
  const { version: _v, createdAt: _c, updatedAt: _u, ...value } = seed;
  const { statusNote: _n, ...rest } = value;
  return h.store.events.create({ ...rest, id: `status-copy-${n}`, slug: `kopia-statusu-${n}`, status });
}

describe('a draft cannot be cancelled or postponed; a public event can be unpublished', () => {
  it('a draft offers no cancel or postpone, says why, and the server refuses both with that message', async () => {
    const draft = await eventCopy(1, 'draft');
    const editor = await h.signIn('editor');
    const html = (await editor.request(`/events/${draft.id}`)).text;
    expect(html).toContain('data-status="draft"');
    expect(html).toContain('Szkic nie jest publiczny: odwołać lub przełożyć można tylko opublikowane wydarzenie.');
    expect(html).not.toContain(`action="/events/${draft.id}/status"`);
    expect(html).not.toContain('Odwołaj wydarzenie');
    for (const status of ['cancelled', 'postponed']) {
      const res = await editor.post(`/events/${draft.id}/status`, {
        status,
        note: 'Próba obejścia kontroli',
        version: String(draft.version),
      });
      expect(res.status).toBe(409);
      expect(res.text).toContain(
        'To wydarzenie jest szkicem, więc nie jest publiczne: nie można go odwołać ani przełożyć.',
      );
      const stored = await h.store.events.get(draft.id);
      expect([stored?.status, stored?.statusNote, stored?.version]).toEqual(['draft', undefined, draft.version]);
    }
  });

  it('a cancelled event: the publish page offers unpublishing; published again, the old status note is gone', async () => {
    const event = await eventCopy(2, 'published');
    const editor = await h.signIn('editor');
    await editor.request(`/events/${event.id}`);
    const cancel = await editor.post(`/events/${event.id}/status`, {
      status: 'cancelled',
      note: 'Odwołane z powodu choroby prelegentów.',
      version: String(event.version),
    });
    expect(cancel.status).toBe(303);
    const page = (await editor.request(`/events/${event.id}/publish`)).text;
    expect(page).toContain(`action="/events/${event.id}/unpublish"`);
    expect(page).toContain('Wycofaj publikację');
    await editor.request(`/events/${event.id}/unpublish`);
    const unpublish = await editor.post(`/events/${event.id}/unpublish`, {
      version: String((await h.store.events.get(event.id))?.version),
    });
    expect(unpublish.status).toBe(303);
    expect((await h.store.events.get(event.id))?.status).toBe('draft');
    // Its status section is a draft's now.
    expect((await editor.request(`/events/${event.id}`)).text).not.toContain(`action="/events/${event.id}/status"`);
    await editor.request(`/events/${event.id}/publish`);
    const publish = await editor.post(`/events/${event.id}/publish`, {
      override: 'true',
      note: 'test',
      version: String((await h.store.events.get(event.id))?.version),
    });
    expect(publish.status).toBe(303);
    const stored = await h.store.events.get(event.id);
    expect(stored?.status).toBe('published');
    expect(stored?.statusNote).toBeUndefined();
    expect((await editor.request(`/events/${event.id}`)).text).not.toContain('Odwołane z powodu choroby prelegentów.');
  });

  it('a postponed event can still be cancelled (public to public)', async () => {
    const event = await eventCopy(3, 'published');
    const editor = await h.signIn('editor');
    await editor.request(`/events/${event.id}`);
    const postpone = await editor.post(`/events/${event.id}/status`, {
      status: 'postponed',
      note: 'Nowy termin wkrótce.',
      version: String(event.version),
    });
    expect(postpone.status).toBe(303);
    const v = String((await h.store.events.get(event.id))?.version);
    const cancel = await editor.post(`/events/${event.id}/status`, {
      status: 'cancelled',
      note: 'Jednak odwołane.',
      version: v,
    });
    expect(cancel.status).toBe(303);
    expect((await h.store.events.get(event.id))?.status).toBe('cancelled');
  });
});

describe('a refused status change keeps the typed note', () => {
  const noteField = (html: string) => /<textarea id="status-note"[^>]*>([^<]*)<\/textarea>/.exec(html);

  it('a note too long is given back in its field, with its length and the limit beside it', async () => {
    const event = await eventCopy(10, 'published');
    const editor = await h.signIn('editor');
    await editor.request(`/events/${event.id}`);
    const typed = `Odwołane, bo ${'bardzo '.repeat(150)}długo & <b>dokładnie</b> opisane.`;
    const res = await editor.post(`/events/${event.id}/status`, {
      status: 'cancelled',
      note: typed,
      version: String(event.version),
    });
    expect(res.status).toBe(400);
    const field = noteField(res.text);
    expect(field?.[0]).toContain('aria-describedby="status-note-error"');
    expect(field?.[1]).toBe(typed.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'));
    expect(res.text).toContain(`Uwaga o statusie ma ${typed.length} znaków, a może mieć najwyżej 1000.`);
    expect((await h.store.events.get(event.id))?.status).toBe('published');
  });

  it("says the note's length with the noun agreeing with it, in Polish and English", async () => {
    const event = await eventCopy(12, 'published');
    const editor = await h.signIn('editor');
    const english = await h.signIn('editor');
    await english.request('/lang/en');
    const refusal = async (client: typeof editor, length: number) => {
      await client.request(`/events/${event.id}`);
      const res = await client.post(`/events/${event.id}/status`, {
        status: 'cancelled',
        note: 'x'.repeat(length),
        version: String(event.version),
      });
      expect(res.status).toBe(400);
      return /<p[^>]*id="status-note-error"[^>]*>([^<]*)</.exec(res.text)?.[1] ?? res.text;
    };
    expect(await refusal(editor, 1002)).toMatch(/^Uwaga o statusie ma 1002 znaki, a może mieć najwyżej 1000\. /);
    expect(await refusal(editor, 1005)).toMatch(/^Uwaga o statusie ma 1005 znaków, a może mieć najwyżej 1000\. /);
    expect(await refusal(editor, 1022)).toMatch(/^Uwaga o statusie ma 1022 znaki, /);
    expect(await refusal(editor, 1012)).toMatch(/^Uwaga o statusie ma 1012 znaków, /);
    expect(await refusal(english, 1002)).toMatch(/^The status note has 1,002 characters; at most 1,000 are allowed\. /);
  });

  it('a stale version (changed in another tab) keeps the note too', async () => {
    const event = await eventCopy(11, 'published');
    const editor = await h.signIn('editor');
    await editor.request(`/events/${event.id}`);
    await h.store.events.update(event.id, event.version, { ...event, summary: 'Zmienione w innej karcie.' });
    const res = await editor.post(`/events/${event.id}/status`, {
      status: 'postponed',
      note: 'Przełożone na jesień.',
      version: String(event.version),
    });
    expect(res.status).toBe(409);
    expect(noteField(res.text)?.[1]).toBe('Przełożone na jesień.');
    expect((await h.store.events.get(event.id))?.status).toBe('published');
  });

  it('a missing or unknown status, or a missing version, is refused with 400 saying which, and keeps the note', async () => {
    const event = await eventCopy(20, 'published');
    const editor = await h.signIn('editor');
    await editor.request(`/events/${event.id}`);
    const errorOf = (html: string) => fieldErrorOf(html, 'status-note');
    for (const [form, message] of [
      [
        { note: 'Uwaga bez statusu.', version: String(event.version) },
        'Nie zmieniono statusu: formularz nie powiedział, czy wydarzenie odwołać, czy przełożyć (otrzymano „”). Wybierz „Odwołaj wydarzenie” albo „Przełóż wydarzenie”; wpisana uwaga jest w polu.',
      ],
      [
        { status: 'deleted', note: 'Uwaga z nieznanym statusem.', version: String(event.version) },
        'Nie zmieniono statusu: formularz nie powiedział, czy wydarzenie odwołać, czy przełożyć (otrzymano „deleted”). Wybierz „Odwołaj wydarzenie” albo „Przełóż wydarzenie”; wpisana uwaga jest w polu.',
      ],
      [
        { status: 'cancelled', note: 'Uwaga bez wersji.' },
        'Niczego nie zapisano: formularz nie podał, którą wersję rekordu zmienia (brakuje pola version albo nie jest ono liczbą), więc nie da się sprawdzić, czy ktoś nie zmienił go w międzyczasie. To, co wpisano, jest w formularzu: sprawdź to i wyślij ponownie.',
      ],
      [
        { status: 'cancelled', note: 'Uwaga z wersją nie liczbą.', version: 'x' },
        'Niczego nie zapisano: formularz nie podał, którą wersję rekordu zmienia (brakuje pola version albo nie jest ono liczbą), więc nie da się sprawdzić, czy ktoś nie zmienił go w międzyczasie. To, co wpisano, jest w formularzu: sprawdź to i wyślij ponownie.',
      ],
    ] as const) {
      const res = await editor.post(`/events/${event.id}/status`, form);
      expect(res.status, form.note).toBe(400);
      expect(errorOf(res.text), form.note).toBe(message);
      expect(noteField(res.text)?.[1]).toBe(form.note);
      // The form given back carries the stored version, so sending it again works.
      expect(res.text).toContain(`<input type="hidden" name="version" value="${event.version}"/>`);
    }
    expect((await h.store.events.get(event.id))?.version).toBe(event.version);
  });

  it('counts a line break of the note as one character, as the browser does', async () => {
    const event = await eventCopy(21, 'published');
    const editor = await h.signIn('editor');
    await editor.request(`/events/${event.id}`);
    // 500 lines of one character: 999 characters in the box, 1,498 as sent.
    const lines = Array.from({ length: 500 }, (_, i) => String(i % 10));
    const res = await editor.post(`/events/${event.id}/status`, {
      status: 'postponed',
      note: lines.join('\r\n'),
      version: String(event.version),
    });
    expect(res.status).toBe(303);
    expect((await h.store.events.get(event.id))?.statusNote).toBe(lines.join('\n'));
  });
});
