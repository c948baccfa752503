import { NotFoundError, ValidationError } from '@org/domain';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contextOf, seamOf } from './open-store.js';
import { DIALECTS, type TestStore } from './test/dialects.js';
import { orgInput, steppingClock } from './test/fixtures.js';
import { nulPath, refusedTextError } from './text-guard.js';
import type { Store } from './types.js';

const NUL = '\u0000';
const emptyPage = (limit = 50) => ({ items: [], total: 0, totalIsLowerBound: false, limit, offset: 0 });

describe('nulPath', () => {
  it('finds the first string holding U+0000, by its path', () => {
    expect(nulPath(`a${NUL}b`)).toBe('');
    expect(nulPath({ filter: { status: ['published', `x${NUL}`] } })).toBe('filter.status.1');
    expect(nulPath({ name: 'Fundacja', n: 1, none: null })).toBeNull();
    expect(nulPath(undefined)).toBeNull();
  });
});

describe.each(DIALECTS)('text with a NUL byte on $name', (dialect) => {
  let t: TestStore;
  let store: Store;
  let orgId: string;
  beforeEach(async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    t = await dialect.open({ now: steppingClock() });
    store = t.store;
    orgId = (await store.organizations.create(orgInput('Fundacja Fala'))).id;
  });
  afterEach(async () => {
    await t?.dispose();
  });

  it('finds nothing by an id or slug with a NUL: null, and NotFoundError where a record is required', async () => {
    expect(await store.organizations.getBySlug(`fundacja-fala${NUL}`)).toBeNull();
    expect(await store.organizations.get(`${orgId}${NUL}`)).toBeNull();
    await expect(store.organizations.require(`fundacja-fala${NUL}`)).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.organizations.update(`${orgId}${NUL}`, 1, orgInput('Fundacja Fala'))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(store.organizations.delete(`${orgId}${NUL}`, 1)).rejects.toBeInstanceOf(NotFoundError);
    expect(await store.users.getByEmail(`a${NUL}@m.pl`)).toBeNull();
    expect(await store.users.get(`x${NUL}`)).toBeNull();
    expect(await store.users.verifyPassword(`a${NUL}@m.pl`, 'x'.repeat(12))).toBeNull();
    // Without the NUL the same lookup finds the record: the null above is the guard's answer.
    expect((await store.organizations.getBySlug('fundacja-fala'))?.id).toBe(orgId);
  });

  it('lists an empty page for a filter or search with a NUL, after checking the page bounds', async () => {
    for (const filter of [
      { hashtag: `a${NUL}b` },
      { organizationId: `${orgId}${NUL}` },
      { authorityId: NUL },
      { personId: NUL },
      { grantId: NUL },
      { venueId: NUL },
      { status: ['published', `draft${NUL}`] as never },
    ])
      expect(await store.events.list({ filter }), JSON.stringify(filter)).toEqual(emptyPage());
    // 'fundacja' alone finds Fundacja Fala: the NUL makes the search text one that matches nothing.
    expect((await store.organizations.list({ search: 'fundacja' })).total).toBe(1);
    expect(await store.organizations.list({ search: `fundacja${NUL}`, limit: 20 })).toEqual(emptyPage(20));
    expect(await store.organizations.list({ search: `fundacja${NUL}`, sort: { field: 'updatedAt' } })).toEqual(
      emptyPage(),
    );
    expect(await store.posts.list({ filter: { eventId: NUL } })).toEqual(emptyPage());
    expect(await store.users.list({ search: NUL })).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
    expect(await store.audit.list({ entityId: `${orgId}${NUL}` })).toEqual({
      items: [],
      total: 0,
      limit: 50,
      offset: 0,
    });
    expect(await store.comments.list('organization', `${orgId}${NUL}`)).toEqual([]);
    // A refused bound is still refused first.
    await expect(store.events.list({ filter: { hashtag: NUL }, limit: 0 })).rejects.toBeInstanceOf(ValidationError);
  });

  it('answers those lookups without asking the database (still answered once the store is closed)', async () => {
    await store.close();
    expect(await store.events.getBySlug(NUL)).toBeNull();
    expect(await store.events.list({ filter: { hashtag: NUL } })).toEqual(emptyPage());
    expect(await store.organizations.list({ search: `a${NUL}` })).toEqual(emptyPage());
  });

  it('refuses a record with a NUL in its text as a ValidationError naming the field', async () => {
    const refused = await store.organizations.create(orgInput(`Fundacja${NUL}Fala`)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).issues.map((i) => i.path)).toContain('name');
  });

  it('turns the database refusing text into a ValidationError naming the argument, elsewhere storing it', async () => {
    const hit = store.rateLimits.hit(`login:a${NUL}b@m.pl`, 60_000, 3);
    if (dialect.name === 'sqlite') {
      // SQLite stores any text; only PostgreSQL refuses it.
      await expect(hit).resolves.toMatchObject({ allowed: true, count: 1 });
      return;
    }
    const refused = await hit.catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    const error = refused as ValidationError;
    expect(error.issues).toEqual([
      {
        path: 'key',
        field: 'key',
        code: 'nulCharacter',
        message: 'key: tekst zawiera znak U+0000 (NUL), którego baza danych nie przechowuje (SQLSTATE 22021).',
      },
    ]);
    expect(error.message).toMatch(/^Nieprawidłowe dane \(licznik prób\): key: /);
    expect((error.cause as { code?: string }).code).toBe('22021');
  });

  it('names the field of a record when the database refuses its text', async () => {
    // The domain refuses such a record before any SQL, so the driver's own error is made here.
    const error = await sql`select ${`Fundacja${NUL}Fala`} as name`
      .execute(contextOf(store).db)
      .then(() => null)
      .catch((e: unknown) => e);
    if (dialect.name === 'sqlite') {
      expect(error).toBeNull();
      return;
    }
    const mapped = refusedTextError(
      seamOf(store),
      error,
      'organization',
      ['ignored', { address: { city: `Łódź${NUL}` } }],
      ['id'],
    );
    expect(mapped).toBeInstanceOf(ValidationError);
    expect((mapped as ValidationError).issues[0]).toMatchObject({ path: 'argument 2.address.city', field: 'city' });
    expect((mapped as ValidationError).message).toContain(
      'Nieprawidłowe dane (organizacja): argument 2.address.city: ',
    );
    // Any other error is left as it is.
    const other = new Error('boom');
    expect(refusedTextError(seamOf(store), other, 'organization', [NUL])).toBe(other);
  });
});
