import { NotFoundError, ValidationError } from '@org/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, type TestStore } from '../test/dialects.js';
import { orgInput, steppingClock } from '../test/fixtures.js';
import type { Store } from '../types.js';

describe.each(DIALECTS)('comments on $name', (dialect) => {
  let t: TestStore;
  let store: Store;
  let authorId: string;
  beforeEach(async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    t = await dialect.open({ now: steppingClock() });
    store = t.store;
    authorId = (
      await store.users.create({ email: 'r@m.pl', name: 'Recenzentka', role: 'editor', password: 'x'.repeat(12) })
    ).id;
  });
  afterEach(async () => {
    await t?.dispose();
  });

  it('adds comments (trimmed) and lists those of one record, oldest first', async () => {
    const a = await store.organizations.create(orgInput('Fundacja A'));
    const b = await store.organizations.create(orgInput('Fundacja B'));
    const before = await store.dataVersion();
    const first = await store.comments.add({
      entity: 'organization',
      entityId: a.id,
      authorId,
      body: '  Sprawdź NIP. ',
    });
    expect(first).toEqual({
      id: expect.any(String),
      entity: 'organization',
      entityId: a.id,
      authorId,
      body: 'Sprawdź NIP.',
      at: expect.stringMatching(/^2026-11-26T09:00:\d\d\.000Z$/),
    });
    expect(await store.dataVersion()).toBeGreaterThan(before);
    await store.comments.add({ entity: 'organization', entityId: b.id, authorId, body: 'Inny rekord' });
    const second = await store.comments.add({ entity: 'organization', entityId: a.id, authorId, body: 'Żółć ✓' });
    expect(await store.comments.list('organization', a.id)).toEqual([first, second]);
    expect(await store.comments.list('event', a.id)).toEqual([]);
    await store.comments.add({ entity: 'user', entityId: authorId, authorId, body: 'o sobie' });
    expect(await store.comments.list('user', authorId)).toHaveLength(1);
    // The record's history names the comment, its author and its text.
    const history = await store.audit.list({ entity: 'organization', entityId: a.id });
    expect(history.items.filter((e) => e.action === 'comment')).toEqual([
      expect.objectContaining({ actorId: authorId, at: second.at, after: { body: 'Żółć ✓' } }),
      expect.objectContaining({ actorId: authorId, at: first.at, after: { body: 'Sprawdź NIP.' } }),
    ]);
  });

  it('refuses an empty or too long body with a Polish message naming the field, and unknown records', async () => {
    const a = await store.organizations.create(orgInput('Fundacja A'));
    for (const body of ['   ', 'x'.repeat(5001)]) {
      const error = await store.comments
        .add({ entity: 'organization', entityId: a.id, authorId, body })
        .catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.issues).toEqual([expect.objectContaining({ path: 'body' })]);
      expect(error.message).toContain('Treść');
    }
    expect(
      (await store.comments.add({ entity: 'organization', entityId: a.id, authorId, body: 'x'.repeat(5000) })).body,
    ).toHaveLength(5000);
    await expect(
      store.comments.add({ entity: 'nope' as 'event', entityId: a.id, authorId, body: 'x' }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: 'entity' })] });
    await expect(store.comments.add({ entity: 'event', entityId: a.id, authorId, body: 'x' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      store.comments.add({ entity: 'organization', entityId: a.id, authorId: 'missing', body: 'x' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', entity: 'user' });
    expect(await store.comments.list('organization', a.id)).toHaveLength(1);
    // A refused comment leaves no audit entry either.
    const audited = await store.audit.list({ entity: 'organization', entityId: a.id });
    expect(audited.items.filter((e) => e.action === 'comment')).toHaveLength(1);
  });
});
