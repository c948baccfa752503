import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formOf } from '../testing/form-of.js';
import { type Client, type Harness, signedInHarness } from '../testing/harness.js';

let h: Harness;
let editor: Client;
beforeAll(async () => {
  ({ h, client: editor } = await signedInHarness('editor'));
  // Someone with no affiliation: nothing on record says whom she speaks for.
  await h.store.people.create({
    id: 'ekspertka',
    slug: 'anna-niezalezna',
    givenName: 'Anna',
    familyName: 'Niezależna',
  });
});
afterAll(() => h?.close());

const LABEL = 'Występuje we własnym imieniu';

/** A draft copy of the seed event whose organisations' panel has Anna Niezależna as a panelist with no party. */
async function eventWithLonePanelist(n: number) {
  const seed = await h.store.events.get(SEED_IDS.event);
  if (!seed) throw new Error('seed event missing');
  const { version: _v, createdAt: _c, updatedAt: _u, ...value } = seed;
  const agenda = (value.agenda as Record<string, unknown>[]).map((item) =>
    item.id === SEED_IDS.itemPanelOrganization
      ? { ...item, panelists: [...(item.panelists as unknown[]), { kind: 'person', personId: 'ekspertka' }] }
      : item,
  );
  return h.store.events.create({
    ...value,
    id: `niezalezna-${n}`,
    slug: `wydarzenie-z-niezalezna-${n}`,
    status: 'draft',
    agenda,
  });
}

const problemsOf = (html: string) =>
  [...html.matchAll(/<li data-code="([^"]+)">([^<]*)<\/li>/g)].map((m) => [m[1], m[2]?.replace(/&quot;/g, '"')]);

/** The `<input>` tag named `name` on a page. */
const inputOf = (html: string, name: string): string =>
  html.match(new RegExp(`<input[^>]*name="${name.replace(/[[\].]/g, '\\$&')}"[^>]*>`))?.[0] ?? '';

/** The form name of Anna's row on the edit form (`agenda[i].people[j]`). */
function annaRow(form: URLSearchParams): string {
  for (const [k, v] of form) if (v === 'ekspertka' && k.endsWith('.personId')) return k.slice(0, -'.personId'.length);
  throw new Error('Anna is not on the form');
}

describe('a panelist speaking in their own name', () => {
  it('without the box ticked is a problem at publish that names the box by its label on the form', async () => {
    const event = await eventWithLonePanelist(1);
    const page = (await editor.request(`/events/${event.id}/publish`)).text;
    const party = problemsOf(page).filter(([code]) => code === 'speakerPartyMissing');
    expect(party).toEqual([['speakerPartyMissing', expect.stringContaining(`zaznacz pole „${LABEL}”`)]]);
    const refused = await editor.post(`/events/${event.id}/publish`, { version: String(event.version) });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain(LABEL);
    expect((await h.store.events.get(event.id))?.status).toBe('draft');
    // The label the message names is the label of Anna's box on the form.
    const html = (await editor.request(`/events/${event.id}`)).text;
    const row = annaRow(formOf(html));
    const id = /id="([^"]+)"/.exec(inputOf(html, `${row}.independent`))?.[1];
    expect(id).toBeTruthy();
    expect(html).toMatch(new RegExp(`<label for="${id}"[^>]*>${LABEL}</label>`));
  });

  it('ticked, saves, comes back ticked, and lets the event publish', async () => {
    const event = await eventWithLonePanelist(2);
    const form = formOf((await editor.request(`/events/${event.id}`)).text);
    const row = annaRow(form);
    expect(form.has(`${row}.independent`)).toBe(false);
    form.set(`${row}.independent`, 'true');
    const saved = await editor.request(`/events/${event.id}`, { form });
    expect(saved.status).toBe(303);
    const stored = await h.store.events.get(event.id);
    const panel = ((stored?.agenda ?? []) as Record<string, unknown>[]).find(
      (i) => i.id === SEED_IDS.itemPanelOrganization,
    );
    const panelists = panel?.panelists as Record<string, unknown>[];
    expect(panelists.find((p) => p.personId === 'ekspertka')).toEqual({
      kind: 'person',
      personId: 'ekspertka',
      independent: true,
    });
    // The others keep no `independent` they never had.
    expect(panelists.filter((p) => 'independent' in p)).toHaveLength(1);
    const reopened = (await editor.request(`/events/${event.id}`)).text;
    expect(formOf(reopened).get(`${row}.independent`)).toBe('true');
    // The version the form was opened with (for a three-way merge) carries it too.
    const original = /name="original" value="([^"]*)"/.exec(reopened)?.[1]?.replace(/&quot;/g, '"') ?? '';
    expect(original).toContain('"independent":true');
    const page = (await editor.request(`/events/${event.id}/publish`)).text;
    expect(problemsOf(page).filter(([code]) => code === 'speakerPartyMissing')).toEqual([]);
    const res = await editor.post(`/events/${event.id}/publish`, { version: String(stored?.version) });
    expect(res.status).toBe(303);
    expect((await h.store.events.get(event.id))?.status).toBe('published');
  });

  it('ticked beside an organisation, is refused with the domain message at the box', async () => {
    const event = await eventWithLonePanelist(3);
    const form = formOf((await editor.request(`/events/${event.id}`)).text);
    const row = annaRow(form);
    form.set(`${row}.independent`, 'true');
    form.set(`${row}.organizationId`, SEED_IDS.ktoRanoWstaje);
    const res = await editor.request(`/events/${event.id}`, { form });
    expect(res.status).toBe(400);
    const input = inputOf(res.text, `${row}.independent`);
    const id = /id="([^"]+)"/.exec(input)?.[1];
    expect(input).toContain('aria-invalid="true"');
    expect(res.text).toMatch(
      new RegExp(`id="${id}-error"[^>]*>[^<]*osoba występująca we własnym imieniu nie reprezentuje organizacji`),
    );
    const stored = await h.store.events.get(event.id);
    expect(JSON.stringify(stored?.agenda)).not.toContain('independent');
  });

  it('unticked, can still be published with an override and a reason', async () => {
    const event = await eventWithLonePanelist(4);
    await editor.request(`/events/${event.id}/publish`);
    const version = String((await h.store.events.get(event.id))?.version);
    const res = await editor.post(`/events/${event.id}/publish`, {
      version,
      override: 'true',
      note: 'Prelegentka potwierdzi reprezentację po wydarzeniu.',
    });
    expect(res.status).toBe(303);
    expect((await h.store.events.get(event.id))?.status).toBe('published');
  });
});
