import { SEED_IDS, seedWorld } from '@org/demo';
import { ValidationError } from '@org/domain';
import { describe, expect } from 'vitest';
import { MissingReferenceError } from './missing-reference-error.js';
import { DIALECTS } from './test/dialects.js';
import { storeTest, withSeed } from './test/store-fixture.js';

const world = seedWorld();
const NOWHERE = '0193a000-0000-7000-8000-00000000dead';

/** A stored record as input to a create: without its id, slug and metadata. */
const asNew = <T extends Record<string, unknown>>(record: T): Record<string, unknown> => {
  const { id: _id, slug: _slug, version: _v, createdAt: _c, updatedAt: _u, ...rest } = record;
  return rest;
};

/** The `MissingReferenceError` a call is refused with (the test fails when it is not refused so). */
async function refusal(call: () => Promise<unknown>): Promise<MissingReferenceError> {
  const error = await call().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MissingReferenceError);
  return error as MissingReferenceError;
}

describe.each(DIALECTS)('references to records that are not there, on $name', (dialect) => {
  const it = storeTest(dialect, { prepare: withSeed });

  it('refuses to create an event pointing at missing records, naming each field path, and writes nothing', async ({
    store,
  }) => {
    const event = await store.events.require(SEED_IDS.event);
    const panel = event.agenda.findIndex((item) => 'panelists' in item && item.panelists[0]?.kind === 'person');
    expect(panel).toBeGreaterThanOrEqual(0);
    const agenda = structuredClone(event.agenda);
    const item = agenda[panel] as { panelists: { personId?: string }[] };
    (item.panelists[0] as { personId: string }).personId = NOWHERE;
    const before = await store.dataVersion();
    const error = await refusal(() =>
      store.events.create(
        {
          ...asNew(event),
          title: 'Spotkanie bez organizatora',
          organizerId: NOWHERE,
          grantIds: [SEED_IDS.grant, NOWHERE],
          agenda,
        },
        { userId: null },
      ),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ code: 'MISSING_REFERENCE', entity: 'event' });
    expect(error.missing).toEqual([
      { path: 'organizerId', id: NOWHERE, entity: 'organization' },
      { path: 'grantIds[1]', id: NOWHERE, entity: 'grant' },
      { path: `agenda[${panel}].panelists[0].personId`, id: NOWHERE, entity: 'person' },
    ]);
    expect(error.issues[0]).toEqual({
      path: 'organizerId',
      field: 'Organizator',
      code: 'reference.missing',
      message: `Organizator: brak organizacji o identyfikatorze „${NOWHERE}” (takiego rekordu nie ma albo go usunięto), pole organizerId.`,
    });
    expect(error.message).toMatch(/^Nieprawidłowe dane \(wydarzenie\): Organizator: brak organizacji/);
    // Each issue listed as joinMessages lists them: no '.;' between, one full stop at the end.
    expect(error.message).toContain('pole organizerId; ');
    expect(error.message).toMatch(new RegExp(`pole agenda\\[${panel}\\]\\.panelists\\[0\\]\\.personId\\.$`));
    expect(await store.dataVersion()).toBe(before);
    expect(await store.events.getBySlug('spotkanie-bez-organizatora')).toBeNull();
    expect((await store.events.list({ search: 'organizatora' })).total).toBe(0);
    expect((await store.referencesTo(NOWHERE)).total).toBe(0);
  });

  it('refuses an update that points at a missing or deleted record, and leaves the record as it was', async ({
    store,
  }) => {
    // A deleted record counts as missing (force: the seed's event still points at the venue).
    const venue = await store.venues.require(SEED_IDS.venue);
    await store.venues.delete(venue.id, venue.version, undefined, { force: true });
    const post = await store.posts.require(SEED_IDS.post);
    const error = await refusal(() =>
      store.posts.update(post.id, post.version, { ...post, eventId: SEED_IDS.venue, title: 'Zmieniony' }),
    );
    // The venue's id is no event's, deleted or not.
    expect(error.missing).toEqual([{ path: 'eventId', id: SEED_IDS.venue, entity: 'event' }]);
    expect(await store.posts.require(post.id)).toEqual(post);
    // An event still pointing at the deleted venue cannot be saved until it points elsewhere.
    const event = await store.events.require(SEED_IDS.event);
    const stale = await refusal(() => store.events.update(event.id, event.version, { ...event, title: 'Nowy tytuł' }));
    expect(stale.missing).toEqual([{ path: 'venueId', id: SEED_IDS.venue, entity: 'venue' }]);
    const { venueId: _venue, ...online } = event;
    const saved = await store.events.update(event.id, event.version, {
      ...online,
      onlineUrl: 'https://example.org/spotkanie',
    });
    expect(saved.version).toBe(event.version + 1);
  });

  it("checks every kind's reference fields: grants, cooperations, people, organisations, authorities, posts", async ({
    store,
  }) => {
    const grant = world.grants[0]!;
    const wrong = await refusal(() =>
      store.grants.create({
        ...asNew(grant),
        // An id of another kind is no funder: the field names an authority.
        funderAuthorityId: SEED_IDS.fise,
        beneficiaryId: NOWHERE,
        funderUnitId: SEED_IDS.wojewodztwoMazowieckie,
      }),
    );
    expect(wrong.missing).toEqual([
      { path: 'funderAuthorityId', id: SEED_IDS.fise, entity: 'authority' },
      { path: 'funderUnitId', id: SEED_IDS.wojewodztwoMazowieckie, entity: 'organization' },
      { path: 'beneficiaryId', id: NOWHERE, entity: 'organization' },
    ]);
    const cooperation = await refusal(() =>
      store.cooperations.create({ authorityId: NOWHERE, organizationId: SEED_IDS.fise, form: 'inna' }),
    );
    expect(cooperation.missing).toEqual([{ path: 'authorityId', id: NOWHERE, entity: 'authority' }]);
    const person = world.people[0]!;
    const affiliated = await refusal(() =>
      store.people.create({
        ...asNew(person),
        affiliations: [{ organizationId: NOWHERE, role: 'prezes' }, { authorityId: SEED_IDS.powiatWolominski }],
      }),
    );
    expect(affiliated.missing).toEqual([
      { path: 'affiliations[0].organizationId', id: NOWHERE, entity: 'organization' },
    ]);
    const unit = await refusal(() =>
      store.organizations.create({ name: 'Jednostka', legalForm: 'jednostka_samorzadowa', parentAuthorityId: NOWHERE }),
    );
    expect(unit.missing).toEqual([{ path: 'parentAuthorityId', id: NOWHERE, entity: 'authority' }]);
    const powiat = await store.authorities.require(SEED_IDS.powiatWolominski);
    const parent = await refusal(() =>
      store.authorities.update(powiat.id, powiat.version, { ...powiat, parentId: NOWHERE }),
    );
    expect(parent.missing).toEqual([{ path: 'parentId', id: NOWHERE, entity: 'authority' }]);
    const post = await store.posts.require(SEED_IDS.post);
    const posted = await refusal(() => store.posts.create({ ...asNew(post), title: 'Inny wpis', grantIds: [NOWHERE] }));
    expect(posted.missing).toEqual([{ path: 'grantIds[0]', id: NOWHERE, entity: 'grant' }]);
    // Records that point at live records of the right kind are written as before.
    await expect(
      store.cooperations.create({
        authorityId: SEED_IDS.powiatWolominski,
        organizationId: SEED_IDS.fise,
        form: 'inna',
      }),
    ).resolves.toMatchObject({ version: 1 });
  });

  it('says it in English in an English store', async ({ t }) => {
    const english = await t.reopen({ locale: 'en' });
    const error = await refusal(() =>
      english.cooperations.create({ authorityId: NOWHERE, organizationDescription: 'Koło', form: 'inna' }),
    );
    expect(error.message).toBe(
      `Invalid cooperation: Local authority: no local authority with the id "${NOWHERE}" (it does not exist or was deleted), field authorityId.`,
    );
  });

  it('sees records created earlier in the same transaction, and a delete that commits while the write waits', async ({
    store,
    t,
  }) => {
    await store.transaction(async (tx) => {
      const org = await tx.organizations.create({ name: 'Nowa fundacja', legalForm: 'fundacja' });
      await tx.cooperations.create({ authorityId: SEED_IDS.powiatWolominski, organizationId: org.id, form: 'inna' });
    });
    const venue = await store.venues.create({ ...asNew(world.venues[0]!), name: 'Sala do usunięcia' });
    const event = await store.events.require(SEED_IDS.event);
    const second = await t.reopen();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let deleted!: () => void;
    const deleting = new Promise<void>((resolve) => {
      deleted = resolve;
    });
    const deleter = store.transaction(async (tx) => {
      await tx.venues.delete(venue.id, venue.version);
      deleted();
      await gate;
    });
    await deleting;
    // The create starts while the delete is not yet committed: it must wait for it, then see it.
    const creating = second.events
      .create({ ...asNew(event), agenda: [], title: 'W usuniętej sali', venueId: venue.id })
      .then(
        () => 'created',
        (e) => e,
      );
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await deleter;
    const error = await creating;
    expect(error).toBeInstanceOf(MissingReferenceError);
    expect((error as MissingReferenceError).missing).toEqual([{ path: 'venueId', id: venue.id, entity: 'venue' }]);
  });
});
