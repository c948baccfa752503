import { NotFoundError, ValidationError } from '@org/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, type TestStore } from '../test/dialects.js';
import { steppingClock } from '../test/fixtures.js';
import type { Store } from '../types.js';

describe.each(DIALECTS)('cancelling scheduled publications on $name', (dialect) => {
  let t: TestStore;
  let store: Store;
  let postId: string;
  let userId: string;
  beforeEach(async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    t = await dialect.open({ now: steppingClock() });
    store = t.store;
    postId = (await store.posts.create({ title: 'Wpis na jutro', body: 'Treść' })).id;
    userId = (
      await store.users.create({
        email: 'redakcja@mosty.test',
        name: 'Redakcja',
        role: 'editor',
        password: 'correct horse battery staple',
      })
    ).id;
  });
  afterEach(async () => {
    await t?.dispose();
  });

  it('takes a pending publication off the list and out of due, and audits who cancelled it', async () => {
    const first = await store.scheduled.schedule('post', postId, '2026-12-01T10:00:00+01:00', { userId });
    const second = await store.scheduled.schedule('post', postId, '2026-12-02T10:00:00+01:00', { userId });
    const cancelled = await store.scheduled.cancel(first.id, { userId });
    expect(cancelled).toEqual(first);
    expect((await store.scheduled.list()).map((s) => s.id)).toEqual([second.id]);
    expect((await store.scheduled.due('2027-01-01T00:00:00Z')).map((s) => s.id)).toEqual([second.id]);
    const [entry] = (await store.audit.list({ entity: 'post', entityId: postId })).items.filter(
      (e) => e.action === 'update',
    );
    expect(entry).toMatchObject({
      actorId: userId,
      before: { scheduledPublication: '2026-12-01T09:00:00.000Z' },
      after: { scheduledPublication: null },
      note: 'anulowano zaplanowaną publikację (2026-12-01T09:00:00.000Z)',
    });
    // Without an actor nothing is audited.
    await store.scheduled.cancel(second.id);
    expect(await store.scheduled.list()).toEqual([]);
  });

  it('is NotFoundError once the publication is not pending: cancelled, or claimed by a publisher first', async () => {
    const job = await store.scheduled.schedule('post', postId, '2026-12-01T10:00:00+01:00');
    await store.scheduled.cancel(job.id);
    await expect(store.scheduled.cancel(job.id)).rejects.toBeInstanceOf(NotFoundError);
    // A publisher that comes after a cancel finds nothing to claim.
    await expect(store.scheduled.markDone(job.id)).rejects.toBeInstanceOf(NotFoundError);
    const done = await store.scheduled.schedule('post', postId, '2026-12-01T11:00:00+01:00');
    await store.scheduled.markDone(done.id);
    await expect(store.scheduled.cancel(done.id, { userId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.scheduled.cancel('0193-nie-ma')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses an id that cannot be one, in the store language', async () => {
    const pl = await store.scheduled.cancel('a b').catch((e) => e);
    expect(pl).toBeInstanceOf(ValidationError);
    expect(pl.issues).toEqual([
      { path: 'id', field: 'id', code: 'id', message: 'id: niepoprawny identyfikator „a b”' },
    ]);
    const english = await t.reopen({ locale: 'en' });
    const en = await english.scheduled.cancel('a b').catch((e) => e);
    expect(en.issues[0].message).toBe('id: not a valid identifier "a b"');
  });
});
