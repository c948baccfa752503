import { ConflictError } from '@org/domain';
import { describe, expect } from 'vitest';
import { dumpStore } from '../dump.js';
import { seamOf } from '../open-store.js';
import { DIALECTS, sqliteCase } from '../test/dialects.js';
import { orgInput } from '../test/fixtures.js';
import { editorId, storeTest, withSeed } from '../test/store-fixture.js';
import type { Store } from '../types.js';
import { formerSlugQuery } from './former-slugs.js';

/** The former slugs a dump carries, as `kind:slug → id`. */
const formerSlugs = async (store: Store) =>
  Object.fromEntries((await dumpStore(store)).formerSlugs.map((f) => [`${f.entity}:${f.slug}`, f.entityId]));

const REPOSITORIES = [
  'events',
  'posts',
  'organizations',
  'authorities',
  'venues',
  'people',
  'grants',
  'cooperations',
] as const;

describe.each(DIALECTS)('former slugs on $name', (dialect) => {
  const it = storeTest(dialect);
  const seeded = storeTest(dialect, { prepare: withSeed });

  seeded('a renamed record of every kind is found by its old slug, carrying its new one', async ({ store }) => {
    for (const name of REPOSITORIES) {
      // biome-ignore lint/suspicious/noExplicitAny: one loop over eight repositories of different types
      const repo = store[name] as any;
      const record = (await repo.list({ limit: 1 })).items[0];
      expect(record, name).toBeDefined();
      const old = record.slug as string;
      const renamed = await repo.update(record.id, record.version, { ...record, slug: `${old}-nowy` });
      expect(await repo.getBySlug(old), name).toBeNull();
      expect(await repo.getByFormerSlug(old), name).toEqual(renamed);
      // The current slug is no former one, and a kind's former slugs are its own.
      expect(await repo.getByFormerSlug(renamed.slug), name).toBeNull();
      const other = store[name === 'events' ? 'posts' : 'events'];
      expect(await other.getByFormerSlug(old), name).toBeNull();
    }
  });

  it('keeps the old slug only when the rename commits', async ({ store }) => {
    const org = await store.organizations.create(orgInput('Fundacja Stara Nazwa'));
    expect(await store.organizations.getByFormerSlug('fundacja-stara-nazwa')).toBeNull();
    expect(await store.organizations.getByFormerSlug('nie-ma-takiego')).toBeNull();
    expect(await store.organizations.getByFormerSlug('a\u0000b')).toBeNull();
    // A stale version, and a transaction that fails after the rename: nothing is kept.
    await expect(
      store.organizations.update(org.id, org.version + 1, { ...org, slug: 'nowa-nazwa' }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      store.transaction(async (tx) => {
        await tx.organizations.update(org.id, org.version, { ...org, slug: 'nowa-nazwa' });
        throw new Error('wycofaj');
      }),
    ).rejects.toThrow('wycofaj');
    expect(await store.organizations.getByFormerSlug('fundacja-stara-nazwa')).toBeNull();
    expect(await formerSlugs(store)).toEqual({});
    // An update that keeps the slug keeps nothing either.
    const same = await store.organizations.update(org.id, org.version, { ...org, shortName: 'FSN' });
    expect(await formerSlugs(store)).toEqual({});
    const renamed = await store.organizations.update(org.id, same.version, { ...same, slug: 'nowa-nazwa' });
    expect(await store.organizations.getByFormerSlug('fundacja-stara-nazwa')).toEqual(renamed);
    expect(await formerSlugs(store)).toEqual({ 'organization:fundacja-stara-nazwa': org.id });
  });

  it('follows a chain of renames from every slug the record had, and forgets a slug it takes back', async ({
    store,
  }) => {
    const a = await store.organizations.create(orgInput('Alfa'));
    const b = await store.organizations.update(a.id, a.version, { ...a, slug: 'beta' });
    const c = await store.organizations.update(b.id, b.version, { ...b, slug: 'gamma' });
    expect((await store.organizations.getByFormerSlug('alfa'))?.slug).toBe('gamma');
    expect((await store.organizations.getByFormerSlug('beta'))?.slug).toBe('gamma');
    expect(await store.organizations.getByFormerSlug('alfa')).toEqual(c);
    expect(await formerSlugs(store)).toEqual({ 'organization:alfa': a.id, 'organization:beta': a.id });
    // Back to the first slug: it is live again, and the others lead to it.
    const back = await store.organizations.update(c.id, c.version, { ...c, slug: 'alfa' });
    expect(await store.organizations.getBySlug('alfa')).toEqual(back);
    expect(await store.organizations.getByFormerSlug('alfa')).toBeNull();
    expect(await store.organizations.getByFormerSlug('beta')).toEqual(back);
    expect(await store.organizations.getByFormerSlug('gamma')).toEqual(back);
    expect(await formerSlugs(store)).toEqual({ 'organization:beta': a.id, 'organization:gamma': a.id });
  });

  it('lets a live record take a former slug and win it; the slug leads to whoever gave it up last', async ({
    store,
  }) => {
    const first = await store.organizations.create(orgInput('Fundacja Wspólna'));
    const moved = await store.organizations.update(first.id, 1, { ...first, slug: 'fundacja-przeniesiona' });
    // A slug made up by create passes over it, so the old link keeps leading where it did…
    const auto = await store.organizations.create(orgInput('Fundacja Wspólna'));
    expect(auto.slug).toBe('fundacja-wspolna-2');
    expect(await store.organizations.getByFormerSlug('fundacja-wspolna')).toEqual(moved);
    // …but one given explicitly takes it: not refused, and the live record wins every lookup.
    const taker = await store.organizations.create(orgInput('Inna Fundacja', { slug: 'fundacja-wspolna' }));
    expect(await store.organizations.getBySlug('fundacja-wspolna')).toEqual(taker);
    expect(await store.organizations.getByFormerSlug('fundacja-wspolna')).toBeNull();
    // When the taker gives it up too, it names the taker (it gave the slug up last).
    const taken = await store.organizations.update(taker.id, 1, { ...taker, slug: 'inna-fundacja' });
    expect(await store.organizations.getByFormerSlug('fundacja-wspolna')).toEqual(taken);
    expect((await formerSlugs(store))['organization:fundacja-wspolna']).toBe(taker.id);

    // Taken by an update, then deleted: the slug leads to the earlier record again.
    const second = await store.organizations.create(orgInput('Stowarzyszenie Pierwsze'));
    const left = await store.organizations.update(second.id, 1, { ...second, slug: 'stowarzyszenie-drugie' });
    const other = await store.organizations.create(orgInput('Trzecie'));
    const holder = await store.organizations.update(other.id, 1, { ...other, slug: 'stowarzyszenie-pierwsze' });
    expect(await store.organizations.getByFormerSlug('stowarzyszenie-pierwsze')).toBeNull();
    await store.organizations.delete(holder.id, holder.version);
    expect(await store.organizations.getBySlug('stowarzyszenie-pierwsze')).toBeNull();
    expect(await store.organizations.getByFormerSlug('stowarzyszenie-pierwsze')).toEqual(left);
  });

  it('leads nowhere from the former slugs of a deleted record, nor keeps them from new records', async ({ store }) => {
    const org = await store.organizations.create(orgInput('Fundacja Zamknięta'));
    const b = await store.organizations.update(org.id, 1, { ...org, slug: 'fundacja-zamknieta-b' });
    const c = await store.organizations.update(b.id, b.version, { ...b, slug: 'fundacja-zamknieta-c' });
    expect(await store.organizations.getByFormerSlug('fundacja-zamknieta')).toEqual(c);
    await store.organizations.delete(c.id, c.version);
    for (const slug of ['fundacja-zamknieta', 'fundacja-zamknieta-b', 'fundacja-zamknieta-c']) {
      expect(await store.organizations.getByFormerSlug(slug)).toBeNull();
      expect(await store.organizations.getBySlug(slug)).toBeNull();
    }
    const fresh = await store.organizations.create(orgInput('Fundacja Zamknięta'));
    expect(fresh.slug).toBe('fundacja-zamknieta');
    expect(await store.organizations.getBySlug('fundacja-zamknieta')).toEqual(fresh);
  });

  it('lists exactly the former slugs getByFormerSlug follows, each with the slug it leads to', async ({ store }) => {
    expect(await store.organizations.formerSlugs()).toEqual([]);
    const a = await store.organizations.create(orgInput('Alfa'));
    const b = await store.organizations.update(a.id, a.version, { ...a, slug: 'beta' });
    await store.organizations.update(b.id, b.version, { ...b, slug: 'gamma' });
    // Given up, then taken by another live record: not followed, so not listed.
    const d = await store.organizations.create(orgInput('Delta'));
    await store.organizations.update(d.id, d.version, { ...d, slug: 'delta-nowa' });
    await store.organizations.create(orgInput('Inna', { slug: 'delta' }));
    // A deleted record's former slugs lead nowhere.
    const e = await store.organizations.create(orgInput('Epsilon'));
    const e2 = await store.organizations.update(e.id, e.version, { ...e, slug: 'epsilon-2' });
    await store.organizations.delete(e2.id, e2.version);
    const listed = await store.organizations.formerSlugs();
    expect(listed).toEqual([
      { slug: 'alfa', currentSlug: 'gamma', id: a.id },
      { slug: 'beta', currentSlug: 'gamma', id: a.id },
    ]);
    for (const f of listed) expect((await store.organizations.getByFormerSlug(f.slug))?.slug).toBe(f.currentSlug);
    for (const slug of ['delta', 'epsilon']) expect(await store.organizations.getByFormerSlug(slug)).toBeNull();
    expect(await store.events.formerSlugs()).toEqual([]);
  });

  it('audits a rename as the update it is, nothing more', async ({ store }) => {
    const actor = { userId: await editorId(store), note: 'zmiana adresu' };
    const org = await store.organizations.create(orgInput('Fundacja Audyt'), actor);
    const b = await store.organizations.update(org.id, 1, { ...org, slug: 'audyt-b' }, actor);
    const c = await store.organizations.update(b.id, b.version, { ...b, slug: 'audyt-c' }, actor);
    await store.organizations.update(c.id, c.version, { ...c, slug: 'fundacja-audyt' }, actor);
    const audit = await store.audit.list({ entity: 'organization', entityId: org.id });
    expect(audit.total).toBe(4);
    expect(
      audit.items.map((e) => [
        e.action,
        (e.before as { slug?: string } | null)?.slug,
        (e.after as { slug?: string } | null)?.slug,
        e.note,
      ]),
    ).toEqual([
      ['update', 'audyt-c', 'fundacja-audyt', 'zmiana adresu'],
      ['update', 'audyt-b', 'audyt-c', 'zmiana adresu'],
      ['update', 'fundacja-audyt', 'audyt-b', 'zmiana adresu'],
      ['create', undefined, 'fundacja-audyt', 'zmiana adresu'],
    ]);
    expect((await store.audit.list()).total).toBe(4);
  });
});

// SQLite's plan is the same for any table size; PostgreSQL plans by cost, so on a test's few rows a
// sequential scan is its right choice (with 3,000 records it reads the three indexes, EXPLAIN ANALYZE).
describe('the former slug lookup on sqlite', () => {
  const it = storeTest(sqliteCase);

  it('finds a former slug with index lookups alone', async ({ store }) => {
    await store.organizations.create(orgInput('Fundacja Plan'));
    const seam = seamOf(store);
    const query = formerSlugQuery(seam.db, 'organization', 'organizations', 'fundacja-plan')
      .select(['t.id', 't.doc'])
      .compile();
    const sqlite = seam.sqlite;
    if (!sqlite) throw new Error('a SQLite store has its better-sqlite3 handle');
    const plan = sqlite.prepare(`explain query plan ${query.sql}`).all(...query.parameters) as { detail: string }[];
    const details = plan.map((r) => r.detail);
    expect(details.some((d) => /former_slugs/.test(d))).toBe(true);
    for (const detail of details) expect(detail).not.toMatch(/^SCAN /);
  });
});
