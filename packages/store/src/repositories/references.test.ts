import { SEED_IDS, seedWorld } from '@org/demo';
import { ValidationError } from '@org/domain';
import { describe, expect, it } from 'vitest';
import { ReferencedError } from '../referenced-error.js';
import { referencePaths } from '../references.js';
import { DIALECTS } from '../test/dialects.js';
import { storeTest, withSeed } from '../test/store-fixture.js';

const world = seedWorld();
const seedEvent = world.events[0]!;

describe('referencePaths', () => {
  it('finds every …Id and …Ids field at any depth, but not `id` nor the record itself', () => {
    expect(
      referencePaths(
        {
          id: 'e1',
          organizerId: 'o1',
          grantIds: ['g1', 'g2'],
          selfId: 'e1',
          agenda: [{ id: 'a1', panelists: [{ kind: 'person', personId: 'p1', organizationId: 'o2' }] }],
          title: 'o1',
        },
        'e1',
      ),
    ).toEqual([
      ['organizerId', 'o1'],
      ['grantIds[0]', 'g1'],
      ['grantIds[1]', 'g2'],
      ['agenda[0].panelists[0].personId', 'p1'],
      ['agenda[0].panelists[0].organizationId', 'o2'],
    ]);
  });
});

describe.each(DIALECTS)('references between records on $name', (dialect) => {
  const it = storeTest(dialect, { prepare: withSeed });

  it('referencesTo lists the records that point at a record, with the fields they point from', async ({ store }) => {
    expect(await store.referencesTo(SEED_IDS.venue)).toEqual({
      items: [{ entity: 'event', id: SEED_IDS.event, slug: seedEvent.slug, name: seedEvent.title, paths: ['venueId'] }],
      total: 1,
    });
    const toGrant = await store.referencesTo(SEED_IDS.grant);
    expect(toGrant.items.map((r) => [r.entity, r.id, r.paths])).toEqual([
      ['event', SEED_IDS.event, ['grantIds[0]']],
      ['post', SEED_IDS.post, ['grantIds[0]']],
      ['cooperation', SEED_IDS.cooperationGrant, ['grantIds[0]']],
    ]);
    // A panelist's organisation: the event points at it from inside its agenda.
    const toFise = await store.referencesTo(SEED_IDS.fise);
    const fromEvent = toFise.items.find((r) => r.id === SEED_IDS.event);
    expect(fromEvent?.paths.length).toBeGreaterThan(0);
    for (const path of fromEvent?.paths ?? []) expect(path).toMatch(/organizerId$|organizationId$/);
    // Nothing points at a post, and an unknown id has no references.
    expect(await store.referencesTo(SEED_IDS.post)).toEqual({ items: [], total: 0 });
    expect(await store.referencesTo('nie-ma-takiego')).toEqual({ items: [], total: 0 });
  });

  it('referencesTo returns the first `limit` and counts them all; a bad limit is a ValidationError', async ({
    store,
  }) => {
    const all = await store.referencesTo(SEED_IDS.grant);
    const one = await store.referencesTo(SEED_IDS.grant, { limit: 1 });
    expect(one).toEqual({ items: all.items.slice(0, 1), total: all.total });
    await expect(store.referencesTo(SEED_IDS.grant, { limit: 0 })).rejects.toBeInstanceOf(ValidationError);
  });

  it('follows updates and deletes: a record that stops pointing, or is gone, is no longer listed', async ({
    store,
  }) => {
    const post = await store.posts.require(SEED_IDS.post);
    const { version: _v, createdAt: _c, updatedAt: _u, eventId: _e, ...rest } = post;
    await store.posts.update(post.id, post.version, rest);
    expect((await store.referencesTo(SEED_IDS.event)).items.map((r) => r.id)).not.toContain(SEED_IDS.post);
    const coop = await store.cooperations.require(SEED_IDS.cooperationGrant);
    await store.cooperations.delete(coop.id, coop.version);
    expect((await store.referencesTo(SEED_IDS.grant)).items.map((r) => r.id)).not.toContain(coop.id);
  });

  it('refuses to delete a record others point at, naming them, and changes nothing', async ({ store, t }) => {
    const venue = await store.venues.require(SEED_IDS.venue);
    const before = await store.dataVersion();
    const error = await store.venues.delete(venue.id, venue.version, { userId: null }).catch((e) => e);
    expect(error).toBeInstanceOf(ReferencedError);
    expect(error).toMatchObject({
      code: 'REFERENCED',
      entity: 'venue',
      id: venue.id,
      references: { total: 1, items: [{ entity: 'event', id: SEED_IDS.event, paths: ['venueId'] }] },
    });
    expect(error.message).toBe(
      `nie można usunąć miejsca „${venue.name}” (${venue.slug}): wskazuje na ten rekord 1 inny rekord: wydarzenie „${seedEvent.title}” (venueId). Usuń albo zmień najpierw te odwołania.`,
    );
    expect(await store.venues.get(venue.id)).toEqual(venue);
    expect(await store.dataVersion()).toBe(before);
    expect((await store.audit.list({ entity: 'venue', entityId: venue.id })).items).toEqual([]);

    const english = await t.reopen({ locale: 'en' });
    const grant = await english.grants.require(SEED_IDS.grant);
    const refused = await english.grants.delete(grant.id, grant.version).catch((e) => e);
    expect(refused).toBeInstanceOf(ReferencedError);
    expect(refused.message).toMatch(
      new RegExp(
        `^cannot delete grant "${grant.taskTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" \\(${grant.slug}\\): 3 records point at it: event "`,
      ),
    );
    expect(refused.message).toMatch(/\(grantIds\[0\]\)\. Remove or change those references first\.$/);
  });

  it('names how many more there are than its message lists, with the Polish plural', async ({ store }) => {
    const venue = await store.venues.require(SEED_IDS.venue);
    const {
      id: _id,
      slug: _slug,
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      ...event
    } = await store.events.require(SEED_IDS.event);
    for (let i = 0; i < 6; i++) await store.events.create({ ...event, agenda: [], title: `Kopia ${i}` });
    const error = await store.venues.delete(venue.id, venue.version).catch((e) => e);
    expect(error).toBeInstanceOf(ReferencedError);
    expect(error.references.total).toBe(7);
    expect(error.message).toContain('wskazuje na ten rekord 7 innych rekordów: ');
    expect(error.message).toContain(' i 2 kolejne. Usuń albo');
  });

  it('deletes once nothing points at it any more, and with { force: true } even while something does', async ({
    store,
  }) => {
    const venue = await store.venues.require(SEED_IDS.venue);
    const event = await store.events.require(SEED_IDS.event);
    const { version, createdAt: _c, updatedAt: _u, venueId: _v, ...rest } = event;
    await store.events.update(event.id, version, { ...rest, onlineUrl: 'https://example.org/spotkanie' });
    await store.venues.delete(venue.id, venue.version);
    expect(await store.venues.get(venue.id)).toBeNull();

    const grant = await store.grants.require(SEED_IDS.grant);
    await store.grants.delete(grant.id, grant.version, undefined, { force: true });
    expect(await store.grants.get(grant.id)).toBeNull();
    // The records that pointed at it still do; they now point at a record that is gone.
    expect((await store.events.require(SEED_IDS.event)).grantIds).toEqual([grant.id]);
    expect((await store.referencesTo(grant.id)).total).toBe(3);
  });

  it('sees a write that points at the record and commits while the delete waits for it', async ({ store, t }) => {
    const other = await store.venues.create({ ...world.venues[0], id: undefined, slug: undefined, name: 'Sala druga' });
    const {
      id: _id,
      slug: _slug,
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      ...event
    } = await store.events.require(SEED_IDS.event);
    const second = await t.reopen();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let created!: () => void;
    const pointing = new Promise<void>((resolve) => {
      created = resolve;
    });
    const writer = store.transaction(async (tx) => {
      await tx.events.create({ ...event, agenda: [], title: 'W drugiej sali', venueId: other.id });
      created();
      await gate;
    });
    await pointing;
    // The delete starts while the write is not yet committed: it must wait for it, then see it.
    const deleting = second.venues.delete(other.id, other.version).then(
      () => 'deleted',
      (e) => e,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await writer;
    expect(await deleting).toBeInstanceOf(ReferencedError);
    expect(await store.venues.get(other.id)).not.toBeNull();
  });
});
