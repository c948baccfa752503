import { ConflictError, NotFoundError, ValidationError } from '@org/domain';
import { describe, expect } from 'vitest';
import { DIALECTS } from '../test/dialects.js';
import { orgInput } from '../test/fixtures.js';
import { editorId, storeTest } from '../test/store-fixture.js';

describe.each(DIALECTS)('cancelling scheduled publications on $name', (dialect) => {
  const it = storeTest(dialect).extend<{ postId: string; userId: string }>({
    postId: async ({ store }, use) => use((await store.posts.create({ title: 'Wpis na jutro', body: 'Treść' })).id),
    userId: async ({ store }, use) => use(await editorId(store)),
  });

  it('takes a pending publication off the list and out of due, and audits who cancelled it', async ({
    store,
    postId,
    userId,
  }) => {
    const first = await store.scheduled.schedule('post', postId, '2026-12-01T10:00:00+01:00', { userId });
    const second = await store.scheduled.schedule('post', postId, '2026-12-02T10:00:00+01:00', { userId });
    const cancelled = await store.scheduled.cancel(first.id, { userId });
    expect(cancelled).toEqual(first);
    expect((await store.scheduled.list()).map((s) => s.id)).toEqual([second.id]);
    expect((await store.scheduled.due('2027-01-01T00:00:00Z')).map((s) => s.id)).toEqual([second.id]);
    const [entry] = (await store.audit.list({ entity: 'post', entityId: postId })).items.filter(
      (e) => e.action === 'unschedule',
    );
    expect(entry).toMatchObject({
      actorId: userId,
      before: { scheduledPublication: '2026-12-01T09:00:00.000Z' },
      after: { scheduledPublication: null },
      note: 'anulowano zaplanowaną publikację (1 grudnia 2026, 10:00)',
    });
    // Without an actor nothing is audited.
    await store.scheduled.cancel(second.id);
    expect(await store.scheduled.list()).toEqual([]);
    // Scheduling is audited too, with who and for when; without an actor it is not.
    await store.scheduled.schedule('post', postId, '2026-12-03T10:00:00+01:00');
    const scheduled = (await store.audit.list({ entity: 'post', entityId: postId })).items.filter(
      (e) => e.action === 'schedule',
    );
    expect(scheduled.map((e) => [e.actorId, e.before, e.after, e.note])).toEqual([
      [
        userId,
        null,
        { scheduledPublication: '2026-12-02T09:00:00.000Z' },
        'zaplanowano publikację na 2 grudnia 2026, 10:00',
      ],
      [
        userId,
        null,
        { scheduledPublication: '2026-12-01T09:00:00.000Z' },
        'zaplanowano publikację na 1 grudnia 2026, 10:00',
      ],
    ]);
  });

  it('is NotFoundError once the publication is not pending: cancelled, or claimed by a publisher first', async ({
    store,
    postId,
    userId,
  }) => {
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

  it('refuses an id that cannot be one, in the store language', async ({ store, t }) => {
    const pl = await store.scheduled.cancel('a b').catch((e) => e);
    expect(pl).toBeInstanceOf(ValidationError);
    expect(pl.issues).toEqual([
      { path: 'id', field: 'id', code: 'id', message: 'id: niepoprawny identyfikator „a b”.' },
    ]);
    const english = await t.reopen({ locale: 'en' });
    const en = await english.scheduled.cancel('a b').catch((e) => e);
    expect(en.issues[0].message).toBe('id: not a valid identifier "a b".');
  });
});

describe.each(DIALECTS)('deleting a record with pending scheduled publications on $name', (dialect) => {
  const it = storeTest(dialect).extend<{ userId: string }>({
    userId: async ({ store }, use) => use(await editorId(store)),
  });

  it('cancels them in the same transaction, audited as cancelled before the delete, and leaves others alone', async ({
    store,
    userId,
  }) => {
    const post = await store.posts.create({ title: 'Wpis do usunięcia', body: 'Treść' });
    const other = await store.posts.create({ title: 'Wpis, który zostaje', body: 'Treść' });
    const done = await store.scheduled.schedule('post', post.id, '2026-11-30T10:00:00+01:00', { userId });
    await store.scheduled.markDone(done.id);
    const first = await store.scheduled.schedule('post', post.id, '2026-12-01T10:00:00+01:00', { userId });
    const second = await store.scheduled.schedule('post', post.id, '2026-12-02T10:00:00+01:00', { userId });
    const kept = await store.scheduled.schedule('post', other.id, '2026-12-01T12:00:00+01:00', { userId });
    expect((await store.scheduled.list()).map((s) => s.id)).toEqual([first.id, kept.id, second.id]);

    // A refused delete (a stale version) cancels nothing.
    await expect(store.posts.delete(post.id, post.version + 1, { userId })).rejects.toBeInstanceOf(ConflictError);
    expect(await store.scheduled.list()).toHaveLength(3);

    await store.posts.delete(post.id, post.version, { userId, note: 'duplikat' });
    expect((await store.scheduled.list()).map((s) => s.id)).toEqual([kept.id]);
    expect((await store.scheduled.due('2027-01-01T00:00:00Z')).map((s) => s.id)).toEqual([kept.id]);
    // A publisher that still holds a cancelled job finds nothing to claim.
    await expect(store.scheduled.markDone(first.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.scheduled.cancel(second.id)).rejects.toBeInstanceOf(NotFoundError);
    const entries = (await store.audit.list({ entity: 'post', entityId: post.id })).items;
    // Newest first: the delete, then the two cancellations in the order they were due, then the three schedulings (one already published).
    const scheduledBefore = (before: unknown) =>
      (before as { scheduledPublication?: string } | null)?.scheduledPublication === undefined ? null : before;
    expect(entries.map((e) => [e.action, scheduledBefore(e.before)])).toEqual([
      ['delete', null],
      ['unschedule', { scheduledPublication: '2026-12-02T09:00:00.000Z' }],
      ['unschedule', { scheduledPublication: '2026-12-01T09:00:00.000Z' }],
      ['schedule', null],
      ['schedule', null],
      ['schedule', null],
    ]);
    expect(entries[1]).toMatchObject({
      actorId: userId,
      after: { scheduledPublication: null },
      note: 'anulowano zaplanowaną publikację (2 grudnia 2026, 10:00), bo rekord usunięto: duplikat',
    });
    expect(entries[0]).toMatchObject({ actorId: userId, note: 'duplikat', after: null });
  });

  it("cancels an event's too, without an audit entry when there is no actor, and says so in English", async ({
    store,
    t,
    userId,
  }) => {
    const org = await store.organizations.create(orgInput('Fundacja Organizator'));
    const event = await store.events.create({
      title: 'Spotkanie odwołane',
      startsAt: '2026-12-10T10:00:00+01:00',
      endsAt: '2026-12-10T12:00:00+01:00',
      organizerId: org.id,
      onlineUrl: 'https://example.org/spotkanie',
    });
    await store.scheduled.schedule('event', event.id, '2026-12-01T10:00:00+01:00');
    await store.events.delete(event.id, event.version);
    expect(await store.scheduled.list()).toEqual([]);
    expect((await store.audit.list({ entity: 'event', entityId: event.id })).total).toBe(0);

    const english = await t.reopen({ locale: 'en' });
    const again = await english.events.create({ ...event, id: undefined, slug: undefined, title: 'Meeting' });
    await english.scheduled.schedule('event', again.id, '2026-12-01T10:00:00+01:00');
    await english.events.delete(again.id, again.version, { userId });
    const [, cancelled] = (await english.audit.list({ entity: 'event', entityId: again.id })).items;
    expect(cancelled?.note).toBe(
      'scheduled publication cancelled (1 December 2026, 10:00) because the record was deleted',
    );
  });

  it('a publication scheduled while the delete is not yet committed waits for it, then finds the record gone', async ({
    store,
    t,
  }) => {
    const post = await store.posts.create({ title: 'Wpis w trakcie usuwania', body: 'Treść' });
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
      await tx.posts.delete(post.id, post.version);
      deleted();
      await gate;
    });
    await deleting;
    const scheduling = second.scheduled.schedule('post', post.id, '2026-12-01T10:00:00+01:00').then(
      () => 'scheduled',
      (e) => e,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await deleter;
    expect(await scheduling).toBeInstanceOf(NotFoundError);
    expect(await store.scheduled.list()).toEqual([]);
  });
});
