import { generateWorld } from '@org/demo';
import { MostyError } from '@org/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { dumpStore, restoreStore, type StoreDump } from './dump.js';
import { importTerc } from './import-terc.js';
import { loadWorld } from './load-world.js';
import { seamOf } from './open-store.js';
import { seedDemo } from './seed-demo.js';
import { DIALECTS, postgresCase, sqliteCase, type TestStore } from './test/dialects.js';
import type { Store } from './types.js';

const withoutStamp = ({ createdAt: _c, ...rest }: StoreDump) => rest;

/** A store with something of everything: seed, generated world, an edit, a deletion, users, audit, a schedule, TERC names. */
async function fill(store: Store): Promise<void> {
  await seedDemo(store);
  await loadWorld(store, generateWorld({ seed: 7, events: 15, organizations: 40 }));
  const user = await store.users.create({
    email: 'ela@m.pl',
    name: 'Ela Żak',
    role: 'editor',
    password: 'hasło hasło hasło',
  });
  const actor = { userId: user.id, note: 'dump test' };
  const org = await store.organizations.create({ name: 'Fundacja Ąę', legalForm: 'fundacja' }, actor);
  const edited = await store.organizations.update(org.id, 1, { ...org, shortName: 'ĄĘ' }, actor);
  await store.organizations.update(org.id, edited.version, { ...edited, slug: 'fundacja-ae-nowa' }, actor);
  const gone = await store.organizations.create({ name: 'Usunięta', legalForm: 'inna' }, actor);
  await store.organizations.delete(gone.id, 1, actor);
  const post = (await store.posts.list({ limit: 1 })).items[0]!;
  await store.scheduled.schedule('post', post.id, '2027-01-01T10:00:00+01:00', actor);
  await store.comments.add({ entity: 'post', entityId: post.id, authorId: user.id, body: 'Sprawdzić źródła.' });
  await store.rateLimits.hit('login:ela@m.pl', 60_000, 5);
  await importTerc(
    store,
    'WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA\n14;;;;MAZOWIECKIE;województwo;2024-01-01\n02;;;;DOLNOŚLĄSKIE;województwo;2024-01-01\n',
  );
}

describe.each(DIALECTS)('dump and restore on $name', (dialect) => {
  const stores: TestStore[] = [];
  afterEach(async () => {
    for (const t of stores.splice(0)) await t.dispose();
  });

  it('restores a dump into an empty store and dumps the same data back', async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    const a = await dialect.open();
    const b = await dialect.open();
    stores.push(a, b);
    await fill(a.store);
    const dump = await dumpStore(a.store);
    expect(dump.entities.organization?.some((r) => r.deletedAt !== null)).toBe(true);
    expect(dump.comments.map((c) => c.body)).toEqual(['Sprawdzić źródła.']);
    expect(dump.formerSlugs).toEqual([
      { entity: 'organization', slug: 'fundacja-ae', entityId: expect.any(String), replacedAt: expect.any(String) },
    ]);
    await restoreStore(b.store, JSON.parse(JSON.stringify(dump)));
    expect(withoutStamp(await dumpStore(b.store))).toEqual(withoutStamp(dump));
    expect((await b.store.organizations.getByFormerSlug('fundacja-ae'))?.slug).toBe('fundacja-ae-nowa');
    expect((await b.store.users.verifyPassword('ela@m.pl', 'hasło hasło hasło'))?.email).toBe('ela@m.pl');
    expect((await b.store.organizations.list({ search: 'fundacja ae' })).total).toBe(1);
    await expect(restoreStore(b.store, dump)).rejects.toMatchObject({ code: 'RESTORE_NOT_EMPTY' });
    await expect(restoreStore(b.store, { format: 'other' })).rejects.toBeInstanceOf(MostyError);
  });

  it('restores a dump made before former slugs were kept, and refuses a store that keeps some', async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    const a = await dialect.open();
    const b = await dialect.open();
    const c = await dialect.open();
    stores.push(a, b, c);
    const org = await a.store.organizations.create({ name: 'Fundacja Stara', legalForm: 'fundacja' });
    await a.store.organizations.update(org.id, 1, { ...org, slug: 'fundacja-nowa' });
    const { formerSlugs, ...older } = await dumpStore(a.store);
    expect(formerSlugs).toHaveLength(1);
    await restoreStore(b.store, older);
    expect((await dumpStore(b.store)).formerSlugs).toEqual([]);
    expect(await b.store.organizations.getBySlug('fundacja-nowa')).toMatchObject({ id: org.id });
    // A store whose only rows are former slugs is not empty: a restore would mix two histories.
    await seamOf(c.store)
      .db.insertInto('former_slugs')
      .values({ entity: 'organization', slug: 'x', entity_id: org.id, replaced_at: org.createdAt })
      .execute();
    await expect(restoreStore(c.store, older)).rejects.toMatchObject({ code: 'RESTORE_NOT_EMPTY' });
  });
});

describe.each(DIALECTS)('restored timestamps on $name', (dialect) => {
  const stores: TestStore[] = [];
  afterEach(async () => {
    for (const t of stores.splice(0)) await t.dispose();
  });

  it('keeps a record timestamp given with an offset as the same instant in UTC, so updatedSince compares it', async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    const a = await dialect.open();
    const b = await dialect.open();
    const c = await dialect.open();
    stores.push(a, b, c);
    await a.store.organizations.create({ name: 'Fundacja Alfa', legalForm: 'fundacja' });
    await a.store.organizations.create({ name: 'Fundacja Beta', legalForm: 'fundacja' });
    const dump = await dumpStore(a.store);
    const [alfa, beta] = dump.entities.organization as NonNullable<StoreDump['entities'][string]>;
    // Written by hand or by another tool: 10:00 in Warsaw is 09:00 UTC, before Beta's 09:30, though its text sorts after.
    alfa!.meta = { ...alfa!.meta, createdAt: '2026-11-27T10:00:00+01:00', updatedAt: '2026-11-27T10:00:00+01:00' };
    beta!.meta = { ...beta!.meta, createdAt: '2026-11-27T09:30:00Z', updatedAt: '2026-11-27T09:30:00.0009Z' };
    await restoreStore(b.store, JSON.parse(JSON.stringify(dump)));
    const restored = (await b.store.organizations.list({ sort: { field: 'updatedAt' } })).items;
    expect(restored.map((o) => [o.name, o.createdAt, o.updatedAt])).toEqual([
      ['Fundacja Alfa', '2026-11-27T09:00:00.000Z', '2026-11-27T09:00:00.000Z'],
      ['Fundacja Beta', '2026-11-27T09:30:00.000Z', '2026-11-27T09:30:00.000Z'],
    ]);
    const since = await b.store.organizations.list({ updatedSince: '2026-11-27T09:15:00Z' });
    expect(since.items.map((o) => o.name)).toEqual(['Fundacja Beta']);
    // A timestamp that names no instant is refused, saying where, and nothing is restored.
    alfa!.meta = { ...alfa!.meta, updatedAt: 'wczoraj' };
    await expect(restoreStore(c.store, JSON.parse(JSON.stringify(dump)))).rejects.toMatchObject({
      code: 'DUMP_INVALID',
      message: expect.stringContaining('entities.organization.0.meta.updatedAt'),
    });
    expect((await c.store.organizations.list()).total).toBe(0);
  });
});

describe('dump across dialects', () => {
  const stores: TestStore[] = [];
  afterEach(async () => {
    for (const t of stores.splice(0)) await t.dispose();
  });

  it.skipIf(postgresCase.unavailable)(
    `SQLite → PostgreSQL → SQLite gives equal data${postgresCase.unavailable ? ` (skipped: ${postgresCase.unavailable})` : ''}`,
    async () => {
      const source = await sqliteCase.open();
      const middle = await postgresCase.open();
      const back = await sqliteCase.open();
      stores.push(source, middle, back);
      await fill(source.store);
      const first = await dumpStore(source.store);
      await restoreStore(middle.store, first);
      const second = await dumpStore(middle.store);
      expect(withoutStamp(second)).toEqual(withoutStamp(first));
      await restoreStore(back.store, second);
      expect(withoutStamp(await dumpStore(back.store))).toEqual(withoutStamp(first));
      // Lists agree too: Polish sort and diacritics-free search are computed, not left to each engine.
      const names = async (s: Store) =>
        (await s.organizations.list({ sort: { field: 'name' }, limit: 500 })).items.map((o) => o.name);
      expect(await names(middle.store)).toEqual(await names(source.store));
      const found = async (s: Store) =>
        (await s.organizations.list({ search: 'zrodlo', limit: 500 })).items.map((o) => o.id);
      expect(await found(middle.store)).toEqual(await found(source.store));
    },
  );
});
