import { ConflictError, NotFoundError, UniqueViolationError, UserSchema, ValidationError } from '@org/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountErasureError } from '../account-erasure-error.js';
import { dumpStore } from '../dump.js';
import { DIALECTS, type TestStore } from '../test/dialects.js';
import type { Store } from '../types.js';
import { ERASED_USER_NAME, erasedUserEmail } from './users.js';

const password = 'poprawne konie bateria';

describe.each(DIALECTS)('users, sessions and scheduled publications on $name', (dialect) => {
  let t: TestStore;
  let store: Store;
  let clock = Date.parse('2026-11-26T09:00:00Z');
  beforeEach(async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    clock = Date.parse('2026-11-26T09:00:00Z');
    t = await dialect.open({ now: () => new Date(clock) });
    store = t.store;
  });
  afterEach(async () => {
    await t?.dispose();
  });

  it('creates a user with a lower-case e-mail and verifies the password, never returning the hash', async () => {
    const user = await store.users.create({ email: 'Ala@Fundacja.PL', name: 'Ala Nowak', role: 'editor', password });
    expect(UserSchema.parse(user)).toEqual({
      id: user.id,
      email: 'ala@fundacja.pl',
      name: 'Ala Nowak',
      role: 'editor',
      disabled: false,
    });
    expect(JSON.stringify(user)).not.toContain('scrypt');
    expect((await store.users.verifyPassword('ALA@fundacja.pl', password))?.id).toBe(user.id);
    expect(await store.users.verifyPassword('ala@fundacja.pl', `${password}!`)).toBeNull();
    expect(await store.users.verifyPassword('nikt@fundacja.pl', password)).toBeNull();
    expect(await store.users.getByEmail('ala@fundacja.pl')).toEqual(user);
    expect(await store.users.count()).toBe(1);
    await expect(
      store.users.create({ email: 'ala@fundacja.pl', name: 'Ala 2', role: 'reviewer', password }),
    ).rejects.toBeInstanceOf(UniqueViolationError);
    await expect(
      store.users.create({ email: 'b@c.pl', name: 'B', role: 'editor', password: 'krótkie' }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      store.users.create({ email: 'nie-email', name: 'B', role: 'editor', password }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('never says a password, or what was typed as an e-mail, in a message, in either language', async () => {
    const secret = 'krótkie';
    // A password typed into the e-mail field, as happens: it must not come back either.
    const typedAsEmail = 'Tajne hasło 2026!';
    const tooLong = `${'długie hasło '.repeat(20)}koniec`;
    const stores = { pl: store, en: await t.reopen({ locale: 'en' }) };
    const creator = await store.users.create({ email: 'ala@m.pl', name: 'Ala', role: 'administrator', password });
    for (const locale of ['pl', 'en'] as const) {
      const s = stores[locale];
      /** The error a call fails with, and everything of it anyone might print or log. */
      const said = async (call: () => Promise<unknown>) => {
        const error = await call().then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, locale).toBeInstanceOf(ValidationError);
        const v = error as ValidationError;
        return { error: v, text: `${String(v)} ${v.stack} ${JSON.stringify(v.issues)} ${JSON.stringify(v)}` };
      };
      const both = await said(() =>
        s.users.create({ email: 'nie-e-mail', name: 'B', role: 'editor', password: secret }),
      );
      const short = await said(() => s.users.create({ email: 'b@m.pl', name: 'B', role: 'editor', password: secret }));
      expect(short.error.issues.map((i) => i.path)).toEqual(['password']);
      expect(short.text).not.toContain(secret);
      expect(both.text).not.toContain(secret);
      expect(both.text).not.toContain('nie-e-mail');
      // Both problems are said at once, each naming its field, in the store's language.
      expect(
        both.error.issues.map((i) => [i.path, i.code, i.field]),
        locale,
      ).toEqual([
        ['email', 'invalid_format', 'E-mail'],
        ['password', 'too_small', { pl: 'Hasło', en: 'Password' }[locale]],
      ]);
      const long = await said(() => s.users.create({ email: 'b@m.pl', name: 'B', role: 'editor', password: tooLong }));
      expect(long.error.issues.map((i) => i.code)).toEqual(['too_big']);
      expect(long.text).not.toContain(tooLong.slice(0, 40));
      const asEmail = await said(() => s.users.create({ email: typedAsEmail, name: 'B', role: 'editor', password }));
      expect(asEmail.text).not.toContain(typedAsEmail);
      const reset = await said(() => s.users.setPassword(creator.id, secret));
      expect(reset.text).not.toContain(secret);
      const changed = await said(() => s.users.update(creator.id, creator.version, { email: typedAsEmail }));
      expect(changed.text).not.toContain(typedAsEmail);
    }
    // Nothing was written, and no audit entry holds any of it either.
    expect(await store.users.count()).toBe(1);
    expect(JSON.stringify(await store.audit.list())).not.toContain(secret);
  });

  it('updates with versions, disables sign-in, and ends every session when the password changes', async () => {
    const admin = await store.users.create({ email: 'admin@m.pl', name: 'Admin', role: 'administrator', password });
    const user = await store.users.create({ email: 'ola@m.pl', name: 'Ola', role: 'reviewer', password });
    const updated = await store.users.update(user.id, 1, { role: 'editor' }, { userId: admin.id });
    expect(updated).toMatchObject({ role: 'editor', version: 2 });
    await expect(store.users.update(user.id, 1, { role: 'reviewer' })).rejects.toBeInstanceOf(ConflictError);
    const session = await store.sessions.create(user.id, 60_000);
    await store.users.setPassword(user.id, 'zupełnie nowe hasło', { userId: admin.id });
    expect(await store.sessions.get(session.token)).toBeNull();
    expect(await store.users.verifyPassword('ola@m.pl', password)).toBeNull();
    const again = (await store.users.get(user.id))!;
    await store.users.update(user.id, again.version, { disabled: true });
    expect(await store.users.verifyPassword('ola@m.pl', 'zupełnie nowe hasło')).toBeNull();
    const audit = await store.audit.list({ entity: 'user', entityId: user.id });
    expect(audit.items.map((e) => e.action)).toEqual(['update', 'update']);
    expect(JSON.stringify(audit.items)).not.toContain('zupełnie');
    expect((await store.users.list({ role: ['administrator'] })).items.map((u) => u.email)).toEqual(['admin@m.pl']);
    expect((await store.users.list({ search: 'OLA' })).total).toBe(1);
  });

  it("erases a blocked account's personal data (RODO art. 17), keeping its id for the log, and refuses an active one", async () => {
    const admin = await store.users.create({ email: 'admin@m.pl', name: 'Admin', role: 'administrator', password });
    const ola = await store.users.create(
      { email: 'ola.kowalska@m.pl', name: 'Ola Kowalska', role: 'editor', password },
      { userId: admin.id },
    );
    clock += 1000;
    const renamed = await store.users.update(ola.id, 1, { name: 'Aleksandra Kowalska' }, { userId: admin.id });
    clock += 1000;
    await store.comments.add({ entity: 'user', entityId: admin.id, authorId: ola.id, body: 'Sprawdzone.' });
    const session = await store.sessions.create(ola.id, 60_000);

    // Still active: refused, with a message that says to block the account first; nothing changed.
    const refused = await store.users.erase(ola.id, renamed.version, { userId: admin.id }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AccountErasureError);
    expect(refused).toMatchObject({ code: 'USER_ACTIVE', reason: 'active' });
    expect((refused as Error).message).toContain('Najpierw je zablokuj');
    expect(await store.users.get(ola.id)).toEqual(renamed);

    const blocked = await store.users.update(ola.id, renamed.version, { disabled: true }, { userId: admin.id });
    await expect(store.users.erase(ola.id, renamed.version, { userId: admin.id })).rejects.toBeInstanceOf(
      ConflictError,
    );
    clock += 60_000;
    const erased = await store.users.erase(ola.id, blocked.version, { userId: admin.id });
    expect(erased).toMatchObject({
      id: ola.id,
      name: ERASED_USER_NAME,
      email: erasedUserEmail(ola.id),
      role: 'editor',
      disabled: true,
      version: blocked.version + 1,
      erasedAt: new Date(clock).toISOString(),
    });
    expect(await store.users.get(ola.id)).toEqual(erased);
    expect(await store.users.getByEmail('ola.kowalska@m.pl')).toBeNull();
    expect(await store.sessions.get(session.token)).toBeNull();
    expect(await store.users.verifyPassword(erasedUserEmail(ola.id), password)).toBeNull();
    // Nothing the store keeps says her name or e-mail any more: the log keeps what happened, by id.
    const dump = JSON.stringify(await dumpStore(store));
    for (const personal of ['Kowalska', 'ola.kowalska', 'Ola ']) expect(dump).not.toContain(personal);
    const log = await store.audit.list({ entity: 'user', entityId: ola.id });
    expect(log.items.map((e) => e.action)).toEqual(['erase', 'update', 'update', 'create']);
    expect(log.items[0]).toMatchObject({ actorId: admin.id, before: null, after: null });
    expect(log.items[1]).toMatchObject({ before: { disabled: false, role: 'editor' }, after: { disabled: true } });
    // Her comment stays, by her account's id.
    expect((await store.comments.list('user', admin.id))[0]).toMatchObject({
      authorId: ola.id,
      body: 'Sprawdzone.',
    });

    // Erasing again changes nothing; the account can never be given a name, an e-mail or a password again.
    expect(await store.users.erase(ola.id, erased.version)).toEqual(erased);
    await expect(store.users.update(ola.id, erased.version, { name: 'Ola', disabled: false })).rejects.toMatchObject({
      code: 'USER_ERASED',
    });
    await expect(store.users.setPassword(ola.id, 'zupełnie nowe hasło')).rejects.toBeInstanceOf(AccountErasureError);
    expect(await store.users.get(ola.id)).toEqual(erased);
    // The address is free for a new account.
    await store.users.create({ email: 'ola.kowalska@m.pl', name: 'Ola Kowalska', role: 'reviewer', password });
    await expect(store.users.erase('nie-ma-takiego', 1)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('prunes the sessions that have ended, and only those, without changing the data version', async () => {
    const user = await store.users.create({ email: 'ola@m.pl', name: 'Ola', role: 'editor', password });
    const short = await store.sessions.create(user.id, 60_000);
    const long = await store.sessions.create(user.id, 3_600_000);
    expect(await store.sessions.prune()).toBe(0);
    clock += 60_000; // the short one ends exactly now
    const version = await store.dataVersion();
    expect(await store.sessions.prune()).toBe(1);
    expect(await store.dataVersion()).toBe(version);
    expect(await store.sessions.get(short.token)).toBeNull();
    expect(await store.sessions.get(long.token)).toMatchObject({ userId: user.id });
    expect(await store.sessions.prune()).toBe(0);
    const rows = await t.reopen({ migrate: false, now: () => new Date(clock + 3_600_000) });
    expect(await rows.sessions.prune()).toBe(1);
    expect(await store.sessions.get(long.token)).toBeNull();
  });

  it('slides a session: each extension ends it an idle period from now, never past its maximum, never earlier', async () => {
    const HOUR = 3_600_000;
    const user = await store.users.create({ email: 'iza@m.pl', name: 'Iza', role: 'editor', password });
    const start = clock;
    const session = await store.sessions.create(user.id, 2 * HOUR);
    const iso = (ms: number) => new Date(ms).toISOString();
    // Active every 100 minutes, past the first two hours: each extension gives two more from then.
    for (let i = 1; i <= 5; i++) {
      clock += 100 * 60_000;
      expect(await store.sessions.extend(session.token, 2 * HOUR, 12 * HOUR)).toMatchObject({
        userId: user.id,
        expiresAt: iso(clock + 2 * HOUR),
      });
    }
    // Another connection (another admin process, or this one after a restart) reads the same end.
    const other = await t.reopen({ migrate: false, now: () => new Date(clock) });
    expect((await other.sessions.get(session.token))?.expiresAt).toBe(iso(clock + 2 * HOUR));
    // A shorter idle time asked for later does not shorten it.
    expect((await other.sessions.extend(session.token, 60_000, 12 * HOUR))?.expiresAt).toBe(iso(clock + 2 * HOUR));
    // Near the maximum, the end is the maximum.
    clock = start + 10 * HOUR + 15 * 60_000;
    expect((await store.sessions.extend(session.token, 2 * HOUR, 12 * HOUR))?.expiresAt).toBe(iso(start + 12 * HOUR));
    clock = start + 12 * HOUR + 1;
    expect(await store.sessions.get(session.token)).toBeNull();
    expect(await store.sessions.extend(session.token, 2 * HOUR, 12 * HOUR)).toBeNull();
    // An idle session ends for every reader, and is not revived by a late extension.
    clock = start;
    const idle = await store.sessions.create(user.id, 2 * HOUR);
    clock += 2 * HOUR + 1;
    expect(await other.sessions.get(idle.token)).toBeNull();
    expect(await other.sessions.extend(idle.token, 2 * HOUR, 12 * HOUR)).toBeNull();
    expect(await store.sessions.extend('zgadnięty', 2 * HOUR, 12 * HOUR)).toBeNull();
    await expect(store.sessions.extend(session.token, 0, 12 * HOUR)).rejects.toBeInstanceOf(RangeError);
    // Not a change of data: caches of the website stay valid.
    const version = await store.dataVersion();
    clock = start;
    const fresh = await store.sessions.create(user.id, 2 * HOUR);
    const before = await store.dataVersion();
    clock += 60_000;
    await store.sessions.extend(fresh.token, 2 * HOUR, 12 * HOUR);
    expect(await store.dataVersion()).toBe(before);
    expect(before).toBeGreaterThanOrEqual(version);
  });

  it('keeps sessions by a hash of a random token, expires them and deletes them', async () => {
    const user = await store.users.create({ email: 'ela@m.pl', name: 'Ela', role: 'editor', password });
    const a = await store.sessions.create(user.id, 60_000, { ip: '127.0.0.1' });
    const b = await store.sessions.create(user.id, 120_000);
    expect(a.token).not.toBe(b.token);
    expect(a.token.length).toBeGreaterThanOrEqual(43);
    expect(await store.sessions.get(a.token)).toEqual({
      userId: user.id,
      expiresAt: a.expiresAt,
      csrfSecret: a.csrfSecret,
      createdAt: '2026-11-26T09:00:00.000Z',
    });
    expect(await store.sessions.get('zgadnięty')).toBeNull();
    clock += 90_000;
    expect(await store.sessions.get(a.token)).toBeNull();
    expect(await store.sessions.get(b.token)).not.toBeNull();
    await store.sessions.delete(b.token);
    expect(await store.sessions.get(b.token)).toBeNull();
    const c = await store.sessions.create(user.id, 60_000);
    await store.sessions.deleteForUser(user.id);
    expect(await store.sessions.get(c.token)).toBeNull();
    await expect(store.sessions.create('nobody', 1000)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('schedules publications and hands out the due ones until they are marked done', async () => {
    const org = await store.organizations.create({ name: 'Org', legalForm: 'fundacja' });
    const post = await store.posts.create({ title: 'Wpis na jutro', body: 'Treść' });
    const event = await store.events.create({
      title: 'Spotkanie',
      startsAt: '2026-12-01T10:00:00+01:00',
      endsAt: '2026-12-01T12:00:00+01:00',
      organizerId: org.id,
    });
    const p = await store.scheduled.schedule('post', post.id, '2026-11-27T08:00:00+01:00', { userId: null });
    const e = await store.scheduled.schedule('event', event.id, '2026-11-26T12:00:00Z');
    expect(p.at).toBe('2026-11-27T07:00:00.000Z');
    expect((await store.scheduled.list()).map((s) => s.id)).toEqual([e.id, p.id]);
    expect(await store.scheduled.due('2026-11-26T11:59:59Z')).toEqual([]);
    expect((await store.scheduled.due('2026-11-27T09:00:00+01:00')).map((s) => s.entityId)).toEqual([
      event.id,
      post.id,
    ]);
    await store.scheduled.markDone(e.id);
    expect((await store.scheduled.due('2026-11-28T00:00:00Z')).map((s) => s.id)).toEqual([p.id]);
    await expect(store.scheduled.markDone(e.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(store.scheduled.schedule('post', 'missing', '2026-11-27T08:00:00Z')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(store.scheduled.schedule('post', post.id, 'jutro')).rejects.toBeInstanceOf(ValidationError);
  });
});
