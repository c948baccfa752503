import { SEED_IDS } from '@org/demo';
import { instantToLocal } from '@org/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, startHarness } from '../testing/harness.js';

let h: Harness;
const id = SEED_IDS.event;
const path = `/events/${id}`;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

async function signedIn(role: 'administrator' | 'editor' | 'reviewer') {
  const client = new Client(h.url);
  await client.signIn(h.users[role].email);
  return client;
}
const version = async () => String((await h.store.events.get(id))?.version);

describe('event status actions', () => {
  it('the event form has no status field; the status section offers cancel and postpone to an editor', async () => {
    const editor = await signedIn('editor');
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
    const editor = await signedIn('editor');
    await editor.request(path);
    const before = (await h.store.events.get(id))?.status;
    const res = await editor.post(`${path}/status`, {
      status: 'cancelled',
      note: 'Odwołane z powodu żałoby narodowej.',
      version: await version(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${path}?done=status#status`);
    const stored = await h.store.events.get(id);
    expect(stored?.status).toBe('cancelled');
    expect(stored?.statusNote).toBe('Odwołane z powodu żałoby narodowej.');
    const page = (await editor.request(`${path}?done=status`)).text;
    expect(page).toContain('Status wydarzenia zmieniony.');
    expect(page).toContain('data-status="cancelled"');
    expect(page).toContain('Odwołane z powodu żałoby narodowej.');
    const audit = await h.store.audit.list({ entity: 'event', entityId: id, limit: 1 });
    const entry = audit.items[0];
    expect(entry?.actorId).toBe(h.users.editor.id);
    expect(entry?.note).toBe('cancel: Odwołane z powodu żałoby narodowej.');
    expect((entry?.before as { status?: string } | undefined)?.status).toBe(before);
    expect((entry?.after as { status?: string } | undefined)?.status).toBe('cancelled');
    expect((await editor.request(`${path}/history`)).text).toContain('cancel: Odwołane z powodu żałoby narodowej.');
  });

  it('an administrator postpones it', async () => {
    const admin = await signedIn('administrator');
    await admin.request(path);
    const res = await admin.post(`${path}/status`, {
      status: 'postponed',
      note: 'Nowy termin podamy wkrótce.',
      version: await version(),
    });
    expect(res.status).toBe(303);
    const stored = await h.store.events.get(id);
    expect(stored?.status).toBe('postponed');
    expect(stored?.statusNote).toBe('Nowy termin podamy wkrótce.');
    const entry = (await h.store.audit.list({ entity: 'event', entityId: id, limit: 1 })).items[0];
    expect([entry?.actorId, entry?.note]).toEqual([h.users.administrator.id, 'postpone: Nowy termin podamy wkrótce.']);
  });

  it('a later save of the event form keeps the status and its note, and a status field posted with it is ignored', async () => {
    const editor = await signedIn('editor');
    await editor.request(path);
    const e = await h.store.events.get(id);
    if (!e) throw new Error('seed event missing');
    const res = await editor.post(path, {
      version: String(e.version),
      title: 'Tytuł zmieniony po przełożeniu',
      timeZone: e.timeZone,
      startsAt: instantToLocal(e.startsAt, e.timeZone),
      endsAt: instantToLocal(e.endsAt, e.timeZone),
      organizerId: e.organizerId,
      status: 'published',
      statusNote: 'z formularza',
    });
    expect(res.status).toBe(303);
    const stored = await h.store.events.get(id);
    expect(stored?.title).toBe('Tytuł zmieniony po przełożeniu');
    expect(stored?.status).toBe('postponed');
    expect(stored?.statusNote).toBe('Nowy termin podamy wkrótce.');
  });

  it('refuses a missing note (400) and a stale version (409) and changes nothing', async () => {
    const editor = await signedIn('editor');
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
    const reviewer = await signedIn('reviewer');
    const html = (await reviewer.request(path)).text;
    expect(html).toContain('data-status="postponed"');
    expect(html).not.toContain(`action="/events/${id}/status"`);
    const res = await reviewer.post(`${path}/status`, { status: 'cancelled', note: 'x', version: await version() });
    expect(res.status).toBe(403);
    expect((await h.store.events.get(id))?.status).toBe('postponed');
  });
});
