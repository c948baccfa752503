import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrorOf as errorOf } from '../testing/field-error.js';
import { formOf } from '../testing/form-of.js';
import { type Client, type Harness, signedInHarness } from '../testing/harness.js';
import { createdId } from '../testing/records.js';

let h: Harness;
let editor: Client;
beforeAll(async () => {
  ({ h, client: editor } = await signedInHarness('editor'));
});
afterAll(() => h?.close());

describe('the blank agenda item at the end of the event form', () => {
  it('has no kind chosen and is headed "Nowy punkt", so it does not read as a panel already there', async () => {
    const seed = await h.store.events.get(SEED_IDS.event);
    const n = Array.isArray(seed?.agenda) ? seed.agenda.length : 0;
    expect(n).toBeGreaterThan(0);
    const page = (await editor.request(`/events/${SEED_IDS.event}`)).text;
    const form = formOf(page);
    // The items stored keep their kinds; the blank one posts "—".
    expect(form.get('agenda[0].kind')).toBe(seed?.agenda[0]?.kind);
    expect(form.get(`agenda[${n}].kind`)).toBe('');
    expect(page).toContain(`<legend>${n + 1}. Nowy punkt</legend>`);
    const blank = /<select id="([^"]*)" name="agenda\[\d+\]\.kind"[^>]*>([\s\S]*?)<\/select>/g;
    const last = [...page.matchAll(blank)].at(-1)?.[2] ?? '';
    expect(last).not.toContain('selected');
  });

  it('left as it is adds no item on save; filled in with no kind chosen, it is asked about, not saved as "inne"', async () => {
    const page = (await editor.request('/events/new')).text;
    const form = formOf(page);
    expect(form.get('agenda[0].kind')).toBe('');
    form.set('title', 'Spotkanie bez programu');
    form.set('startsAt', '2026-12-14T10:00');
    form.set('endsAt', '2026-12-14T12:00');
    form.set('organizerId', SEED_IDS.fise);
    const saved = await editor.request('/events/new', { form });
    expect(saved.status).toBe(303);
    const id = createdId(saved.headers.get('location'));
    expect((await h.store.events.get(id))?.agenda).toEqual([]);

    const again = formOf((await editor.request('/events/new')).text);
    again.set('title', 'Spotkanie z kawą');
    again.set('startsAt', '2026-12-15T10:00');
    again.set('endsAt', '2026-12-15T12:00');
    again.set('organizerId', SEED_IDS.fise);
    again.set('agenda[0].title', 'Kawa');
    const refused = await editor.request('/events/new', { form: again });
    expect(refused.status).toBe(400);
    expect(errorOf(refused.text, 'f-agenda-0-kind') ?? refused.text).toBe(
      'Rodzaj: wybierz rodzaj punktu (wprowadzenie, panel, prezentacja, dyskusja, przerwa lub inne) — nic nie zostało zapisane.',
    );
  });
});
