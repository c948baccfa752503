import { SEED_FUNDING_STATEMENT, SEED_IDS } from '@org/demo';
import { MostyError } from '@org/domain';
import { GrantMissingError } from '@org/formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorAnswer } from '../error-messages.js';
import { type Client, type Harness, signedInHarness } from '../testing/harness.js';
import { complianceCheck } from './compliance.js';

let h: Harness;
let editor: Client;
beforeAll(async () => {
  ({ h, client: editor } = await signedInHarness('editor'));
});
afterAll(() => h?.close());

/** A copy of the seed event under a new id and slug, with `changes`. */
async function eventCopy(n: number, changes: Record<string, unknown>) {
  const seed = await h.store.events.get(SEED_IDS.event);
  if (!seed) throw new Error('seed event missing');
  const { version: _v, createdAt: _c, updatedAt: _u, ...value } = seed;
  return h.store.events.create({ ...value, id: `funded-${n}`, slug: `wydarzenie-z-dotacja-${n}`, ...changes });
}

/** A draft post about `eventId` with no grants of its own. */
const postAbout = (n: number, eventId: string) =>
  h.store.posts.create({
    id: `post-about-${n}`,
    slug: `wpis-o-wydarzeniu-${n}`,
    title: `Relacja z wydarzenia ${n}`,
    body: 'Dziękujemy za udział.',
    eventId,
    status: 'draft',
  });

const REPRESENTATIVES = 'representativesPartyMissing';

const problemsOf = (html: string) =>
  [...html.matchAll(/<li data-code="([^"]+)">([^<]*)<\/li>/g)].map((m) => [m[1], m[2]?.replace(/&quot;/g, '"')]);

describe('the check before publishing a post about a funded event', () => {
  it("flags a grant of the post's event that does not exist (the post could not carry its statement)", async () => {
    // The store refuses an event naming a grant that does not exist, so the grant existed and was
    // deleted after (forced: the event still points at it), as it happens in use.
    const seedGrant = await h.store.grants.get(SEED_IDS.grant);
    if (!seedGrant) throw new Error('seed grant missing');
    const { version: _v, createdAt: _c, updatedAt: _u, ...grantValue } = seedGrant;
    const grant = await h.store.grants.create({ ...grantValue, id: 'dotacja-usunieta', slug: 'dotacja-usunieta' });
    const event = await eventCopy(1, { grantIds: ['dotacja-usunieta'] });
    await h.store.grants.delete(grant.id, grant.version, undefined, { force: true });
    const post = await postAbout(1, event.id);
    const page = (await editor.request(`/posts/${post.id}/publish`)).text;
    expect(page).not.toContain('Nie znaleziono problemów');
    expect(problemsOf(page)).toContainEqual([
      'grantMissing',
      `Dotacja dotacja-usunieta wydarzenia „${event.title}” nie istnieje: wpis o tym wydarzeniu nie pokaże informacji o jej finansowaniu.`,
    ]);
    // Publishing is refused without the override.
    const publish = await editor.post(`/posts/${post.id}/publish`);
    expect(publish.status).toBe(400);
    expect((await h.store.posts.get(post.id))?.status).toBe('draft');
  });

  it("the preview of such a post never shows a package's internal English message, and never a 500", async () => {
    const post = await h.store.posts.get('post-about-1');
    const res = await editor.request(`/posts/${post?.id}/preview`);
    expect(res.status).toBeLessThan(500);
    expect(res.text).not.toMatch(/@org\/|FORMAT_|is funded by grant|not in the world/);
    if (res.status !== 200) expect(res.text).toContain('nie może pokazać wymaganej informacji o finansowaniu');
  });

  it("checks the event's funding statement on the post's rendered page", async () => {
    const post = await postAbout(2, SEED_IDS.event);
    const stored = await h.store.posts.get(post.id);
    if (!stored) throw new Error('post missing');
    const without = await complianceCheck(h.store, 'post', stored, 'pl', {
      renderText: async () => 'Relacja z wydarzenia 2. Dziękujemy za udział.',
    });
    expect(without.problems).toContainEqual({
      code: 'fundingStatementMissing',
      message: expect.stringContaining(`„${SEED_FUNDING_STATEMENT}”`),
    });
    const withIt = await complianceCheck(h.store, 'post', stored, 'pl', {
      renderText: async () => `Relacja. ${SEED_FUNDING_STATEMENT}`,
    });
    expect(withIt).toEqual({ problems: [], warnings: [] });
    // A page that cannot be rendered is a problem in Polish, not a pass and not a raw message.
    const failing = await complianceCheck(h.store, 'post', stored, 'pl', {
      renderText: async () => {
        throw new GrantMissingError({ kind: 'post', id: 'p1', slug: 'x' }, 'g1', 0);
      },
    });
    expect(failing.problems).toEqual([
      {
        code: 'renderFailed',
        message: expect.stringMatching(/^Strony nie da się wyrenderować: Rekord „x” powołuje się na dotację g1/),
      },
    ]);
  });

  it('over HTTP, the website renders the statement of the event on the post, so the check passes', async () => {
    const page = (await editor.request('/posts/post-about-2/publish')).text;
    expect(problemsOf(page)).toEqual([]);
    expect(page).toContain('Nie znaleziono problemów');
  });
});

describe('errors shown to staff', () => {
  it('maps a known code to Polish and English text, and an unknown one to a logged general sentence', () => {
    const err = new GrantMissingError({ kind: 'post', id: 'p9', slug: 'wpis' }, 'g9', 1);
    expect(errorAnswer(err, 'pl')).toMatchObject({ status: 409, log: false });
    expect(errorAnswer(err, 'pl').detail).toMatch(/^Rekord „wpis” powołuje się na dotację g9, której nie ma w bazie/);
    expect(errorAnswer(err, 'en').detail).toMatch(/^Record "wpis" names grant g9, which is not in the database/);
    // The code without the fields (not from @org/formats): the general sentence, never the raw message.
    const bare = errorAnswer(new MostyError('FORMAT_GRANT_MISSING', '"x" is funded by grant g1, which'), 'pl');
    expect(bare.detail).toMatch(/^Rekord powołuje się na dotację, której nie ma w bazie/);
    const unknown = errorAnswer(new MostyError('SOMETHING_NEW', 'internal detail'), 'pl');
    expect(unknown).toMatchObject({ status: 500, log: true });
    expect(unknown.detail).toContain('kod błędu: SOMETHING_NEW');
    expect(unknown.detail).not.toContain('internal detail');
  });
});

describe('the check before publishing an event', () => {
  it("flags an event outside its grant's period, and not one inside it", async () => {
    const outside = await eventCopy(10, {
      startsAt: '2027-03-10T10:00:00+01:00',
      endsAt: '2027-03-10T14:00:00+01:00',
      agenda: [],
    });
    const page = (await editor.request(`/events/${outside.id}/publish`)).text;
    const lines = problemsOf(page).filter(([code]) => code === 'outsideGrantPeriod');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.[1]).toMatch(
      /^Wydarzenie poza okresem dotacji „[^”]+” \(1 września 2026 – 15 grudnia 2026\): odbywa się 10 marca 2027, 10:00–14:00\./,
    );
    const inside = (await editor.request(`/events/${SEED_IDS.event}/publish`)).text;
    expect(problemsOf(inside).filter(([code]) => code === 'outsideGrantPeriod')).toEqual([]);
  });
});

describe('agenda problems on the publish page', () => {
  it("name an item without a title by its kind's label in the page's language, never by its raw kind", async () => {
    const seed = await h.store.events.get(SEED_IDS.event);
    if (!seed) throw new Error('seed event missing');
    const [intro, ...rest] = seed.agenda as Record<string, unknown>[];
    const untitledBreak = {
      id: 'przerwa-bez-tytulu',
      kind: 'break',
      startsAt: '2026-11-26T10:10:00+01:00',
      endsAt: '2026-11-26T10:15:00+01:00',
    };
    const event = await eventCopy(20, { agenda: [intro, untitledBreak, ...rest] });
    const pl = problemsOf((await editor.request(`/events/${event.id}/publish`)).text);
    expect(pl).toContainEqual([
      'agenda',
      'Punkty „Wprowadzenie” i „Przerwa” nakładają się w tej samej sali (sala główna).',
    ]);
    const english = await h.signIn('editor');
    await english.request('/lang/en');
    const en = problemsOf((await english.request(`/events/${event.id}/publish`)).text);
    expect(en).toContainEqual(['agenda', 'Items "Wprowadzenie" and "Break" overlap in the same room (main room).']);
    expect(JSON.stringify([pl, en])).not.toMatch(/„break”|"break"/);
  });
});

describe('problems naming fields and records', () => {
  it('quote field labels and names inside the sentence, in Polish and English', async () => {
    const base = await h.store.organizations.get(SEED_IDS.fise);
    if (!base) throw new Error('seed organisation missing');
    const { version: _v, createdAt: _c, updatedAt: _u, ...orgValue } = base;
    const org = await h.store.organizations.create({ ...orgValue, id: 'organizator-usuniety', slug: 'org-usuniety' });
    const seedGrant = await h.store.grants.get(SEED_IDS.grant);
    if (!seedGrant) throw new Error('seed grant missing');
    const { version: _gv, createdAt: _gc, updatedAt: _gu, ...grantValue } = seedGrant;
    const grant = await h.store.grants.create({ ...grantValue, id: 'dotacja-znikla', slug: 'dotacja-znikla' });
    const seedVenue = await h.store.venues.get(SEED_IDS.venue);
    if (!seedVenue) throw new Error('seed venue missing');
    const { version: _vv, createdAt: _vc, updatedAt: _vu, ...venueValue } = seedVenue;
    const venue = await h.store.venues.create({ ...venueValue, id: 'miejsce-zniklo', slug: 'miejsce-zniklo' });
    const event = await eventCopy(30, { organizerId: org.id, grantIds: [grant.id], venueId: venue.id, agenda: [] });
    await h.store.organizations.delete(org.id, org.version, undefined, { force: true });
    await h.store.grants.delete(grant.id, grant.version, undefined, { force: true });
    await h.store.venues.delete(venue.id, venue.version, undefined, { force: true });
    const pl = problemsOf((await editor.request(`/events/${event.id}/publish`)).text);
    expect(pl).toContainEqual([
      'unknownReference',
      'Pole „Organizator” wskazuje nieistniejący rekord organizator-usuniety.',
    ]);
    expect(pl).toContainEqual(['unknownReference', 'Pole „Miejsce” wskazuje nieistniejący rekord miejsce-zniklo.']);
    expect(pl).toContainEqual(['grantMissing', 'Dotacja „dotacja-znikla” nie istnieje.']);
    const english = await h.signIn('editor');
    await english.request('/lang/en');
    const en = problemsOf((await english.request(`/events/${event.id}/publish`)).text);
    expect(en).toContainEqual([
      'unknownReference',
      'The field "Organiser" points at a missing record organizator-usuniety.',
    ]);
    expect(en).toContainEqual(['grantMissing', 'Grant "dotacja-znikla" does not exist.']);
  });
});

describe('panelists and grants on the publish page', () => {
  it('does not flag a panelist whose role is in their affiliation, and does one with no role anywhere', async () => {
    const seed = await h.store.events.get(SEED_IDS.event);
    if (!seed) throw new Error('seed event missing');
    const agenda = (seed.agenda as Record<string, unknown>[]).map((item) =>
      item.id === SEED_IDS.itemPanelOrganization
        ? {
            ...item,
            // Jóźwiak's role is only in his affiliation ("wiceprezes zarządu"); Chodacz has none anywhere.
            panelists: [
              { kind: 'person', personId: SEED_IDS.wojciechJozwiak, organizationId: SEED_IDS.ktoRanoWstaje },
              { kind: 'person', personId: SEED_IDS.weronikaChodacz, organizationId: SEED_IDS.transferHub },
            ],
          }
        : item,
    );
    const event = await eventCopy(40, { agenda });
    const roles = problemsOf((await editor.request(`/events/${event.id}/publish`)).text).filter(
      ([code]) => code === 'speakerRoleMissing',
    );
    expect(roles).toHaveLength(1);
    expect(roles[0]?.[1]).toMatch(
      /^Weronika Chodacz w punkcie .* nie ma funkcji, w której występuje\. Wpisz ją w polu/,
    );
  });

  it("warns, without stopping publication, about a grant without its agreement's exact statement", async () => {
    const seedGrant = await h.store.grants.get(SEED_IDS.grant);
    if (!seedGrant) throw new Error('seed grant missing');
    const {
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      attributionText: _a,
      attributionTextEn: _e,
      ...rest
    } = seedGrant;
    const grant = await h.store.grants.create({ ...rest, id: 'dotacja-bez-tekstu', slug: 'dotacja-bez-tekstu' });
    const event = await eventCopy(41, { grantIds: [grant.id] });
    const page = (await editor.request(`/events/${event.id}/publish`)).text;
    const warnings = [...page.matchAll(/<li data-warning="([^"]+)">([^<]*)<\/li>/g)].map((m) => [m[1], m[2]]);
    expect(warnings).toEqual([
      [
        'attributionTextMissing',
        expect.stringMatching(
          /^Dotacja „[^”]+” nie ma dokładnej informacji o finansowaniu z umowy.*„Informacja o finansowaniu”/,
        ),
      ],
    ]);
    expect(page).toContain('nie blokują publikacji');
    // Only warnings: publishing needs no override.
    expect(problemsOf(page)).toEqual([]);
    const version = String((await h.store.events.get(event.id))?.version);
    const res = await editor.post(`/events/${event.id}/publish`, { version });
    expect(res.status).toBe(303);
    expect((await h.store.events.get(event.id))?.status).toBe('published');
  });
});

describe('a body that repeats a funding statement', () => {
  it("warns on a post's publish page, names the grant, and still lets it publish", async () => {
    const post = await h.store.posts.create({
      id: 'post-z-informacja',
      slug: 'wpis-z-informacja-o-finansowaniu',
      title: 'Wpis z informacją o finansowaniu',
      body: `Dziękujemy za udział.\n\n*${SEED_FUNDING_STATEMENT}*`,
      grantIds: [SEED_IDS.grant],
      status: 'draft',
    });
    const page = (await editor.request(`/posts/${post.id}/publish`)).text;
    const warnings = [...page.matchAll(/<li data-warning="([^"]+)">([^<]*)<\/li>/g)].map((m) => [m[1], m[2]]);
    expect(warnings).toEqual([
      [
        'fundingStatementInBody',
        expect.stringMatching(
          /^Treść zawiera informację o finansowaniu z dotacji „[^”]+”, którą strona i tak pokazuje/,
        ),
      ],
    ]);
    expect(problemsOf(page)).toEqual([]);
    const version = String((await h.store.posts.get(post.id))?.version);
    const res = await editor.post(`/posts/${post.id}/publish`, { version });
    expect(res.status).toBe(303);
    expect((await h.store.posts.get(post.id))?.status).toBe('published');
  });

  it("warns about an event's body too, and not about one without the statement", async () => {
    const event = await eventCopy(42, { body: `Program spotkania.\n\n${SEED_FUNDING_STATEMENT.toUpperCase()}` });
    const stored = await h.store.events.get(event.id);
    if (!stored) throw new Error('event missing');
    const check = (record: typeof stored) =>
      complianceCheck(h.store, 'event', record, 'pl', { renderText: async () => null });
    expect((await check(stored)).warnings.map((w) => w.code)).toEqual(['fundingStatementInBody']);
    expect((await check({ ...stored, body: 'Program spotkania.' })).warnings.map((w) => w.code)).toEqual([]);
  });
});

describe("a panel's representatives with no organisation or authority named", () => {
  const SEED_ROW = 'przedstawiciele spółdzielni socjalnej współpracującej z powiatem wołomińskim';
  const warningsOf = (html: string) =>
    [...html.matchAll(/<li data-warning="([^"]+)">([^<]*)<\/li>/g)].map((m) => [m[1], m[2]]);

  /** The seed's agenda with its cooperative's row changed by `change`. */
  const seedAgendaWith = async (change: (row: Record<string, unknown>) => Record<string, unknown>) => {
    const seed = await h.store.events.get(SEED_IDS.event);
    if (!seed) throw new Error('seed event missing');
    const agenda = seed.agenda.map((item) =>
      item.kind === 'panel'
        ? {
            ...item,
            panelists: item.panelists.map((p) =>
              p.kind === 'representatives' && p.description === SEED_ROW ? change(p) : p,
            ),
          }
        : item,
    );
    expect(JSON.stringify(agenda)).not.toEqual(JSON.stringify(seed.agenda));
    return agenda;
  };
  // The seed says its source does not name the cooperative; these rows do not say so.
  const unsaid = ({ partyUnnamed: _, ...row }: Record<string, unknown>) => row;

  it('are not warned about in the seed, which says its source does not name them', async () => {
    const page = (await editor.request(`/events/${SEED_IDS.event}/publish`)).text;
    expect(warningsOf(page).map(([code]) => code)).not.toContain(REPRESENTATIVES);
    expect(page).toContain('Nie znaleziono problemów');
  });

  it("warn on the event's publish page, naming the row and its panel, and the event still publishes", async () => {
    const event = await eventCopy(43, { agenda: await seedAgendaWith(unsaid) });
    const page = (await editor.request(`/events/${event.id}/publish`)).text;
    const panel = event.agenda.find((item) => item.kind === 'panel' && JSON.stringify(item).includes(SEED_ROW));
    if (panel?.kind !== 'panel' || !panel.title) throw new Error('the seed has no such panel');
    expect(warningsOf(page)).toEqual([
      [
        REPRESENTATIVES,
        `Przedstawiciele opisani jako „${SEED_ROW}” w punkcie „${panel.title}” nie mają wskazanej organizacji ani samorządu, które reprezentują. Jeśli wiadomo, kogo reprezentują, wybierz organizację w polu „Organizacja” albo samorząd w polu „Samorząd” przy tym wierszu w programie wydarzenia; jeśli źródło tego nie podaje, zaznacz tam pole „Źródło nie podaje, kogo reprezentują” (strona pokaże sam opis).`,
      ],
    ]);
    expect(problemsOf(page)).toEqual([]);
    const res = await editor.post(`/events/${event.id}/publish`, { version: String(event.version) });
    expect(res.status).toBe(303);
    expect((await h.store.events.get(event.id))?.status).toBe('published');
  });

  it('are not warned about once the row names whom they represent', async () => {
    const agenda = await seedAgendaWith((row) => ({ ...unsaid(row), authorityId: SEED_IDS.powiatWolominski }));
    const event = await eventCopy(44, { agenda });
    const page = (await editor.request(`/events/${event.id}/publish`)).text;
    expect(warningsOf(page).map(([code]) => code)).not.toContain(REPRESENTATIVES);
  });
});
