import { ConflictError } from '@org/domain';
import { describe, expect } from 'vitest';
import { LastAdministratorError } from '../last-administrator-error.js';
import { DIALECTS } from '../test/dialects.js';
import { storeTest } from '../test/store-fixture.js';
import type { Store } from '../types.js';

const password = 'poprawne konie bateria';

describe.each(DIALECTS)('the last active administrator on $name', (dialect) => {
  const it = storeTest(dialect);

  const admin = (store: Store, email: string) =>
    store.users.create({ email, name: email, role: 'administrator', password });
  const activeAdministrators = async (s: Store) =>
    (await s.users.list({ role: ['administrator'] })).items.filter((u) => !u.disabled).map((u) => u.email);

  it('keeps its role and account, saying which change was refused, and writes nothing (no audit entry)', async ({
    store,
  }) => {
    const only = await admin(store, 'jedyna@fundacja.pl');
    const actor = { userId: only.id };
    const demoted = store.users.update(only.id, 1, { role: 'editor' }, actor);
    await expect(demoted).rejects.toBeInstanceOf(LastAdministratorError);
    await expect(demoted).rejects.toMatchObject({ code: 'LAST_ADMINISTRATOR', change: 'role', userId: only.id });
    await expect(demoted).rejects.toThrow(/jedyna@fundacja\.pl.*jedyny aktywny administrator/);
    const blocked = store.users.update(only.id, 1, { disabled: true }, actor);
    await expect(blocked).rejects.toMatchObject({ change: 'disabled' });
    expect(await store.users.get(only.id)).toMatchObject({ role: 'administrator', disabled: false, version: 1 });
    expect((await store.audit.list({ entity: 'user', entityId: only.id })).total).toBe(0);
    // Its name may change, and an editor may be blocked: neither takes an administrator away.
    expect(await store.users.update(only.id, 1, { name: 'Jedyna' }, actor)).toMatchObject({ version: 2 });
    const editor = await store.users.create({ email: 'r@fundacja.pl', name: 'R', role: 'editor', password });
    expect(await store.users.update(editor.id, 1, { disabled: true }, actor)).toMatchObject({ disabled: true });
    // With another active administrator, the role can go; then the other one is the last.
    const second = await admin(store, 'druga@fundacja.pl');
    await store.users.update(only.id, 2, { role: 'editor' }, actor);
    await expect(store.users.update(second.id, 1, { disabled: true })).rejects.toBeInstanceOf(LastAdministratorError);
    expect(await activeAdministrators(store)).toEqual(['druga@fundacja.pl']);
  });

  it('says it in English in an English store', async ({ store, t }) => {
    const english = await t.reopen({ migrate: false, locale: 'en' });
    const only = await admin(store, 'only@fundacja.pl');
    await expect(english.users.update(only.id, 1, { disabled: true })).rejects.toThrow(
      'cannot disable only@fundacja.pl: it is the only active administrator. Give the role to someone else first.',
    );
  });

  it('two administrators demoting or blocking each other at once, from two connections: one wins, one administrator stays', async ({
    store,
    t,
  }) => {
    const other = await t.reopen({ migrate: false });
    // Several rounds, each a fresh race between two transactions that each see the other administrator.
    for (let round = 0; round < 5; round++) {
      const a = await admin(store, `a${round}@fundacja.pl`);
      const b = await admin(store, `b${round}@fundacja.pl`);
      // The previous round's survivor steps down: a and b are the only active administrators.
      for (const u of (await store.users.list({ role: ['administrator'] })).items)
        if (!u.disabled && u.id !== a.id && u.id !== b.id)
          await store.users.update(u.id, u.version, { role: 'editor' });
      const outcomes = await Promise.allSettled([
        store.users.update(a.id, 1, round % 2 ? { disabled: true } : { role: 'editor' }, { userId: b.id }),
        other.users.update(b.id, 1, { role: 'reviewer' }, { userId: a.id }),
      ]);
      const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(refused, `round ${round}`).toHaveLength(1);
      expect(refused[0]?.reason).toBeInstanceOf(LastAdministratorError);
      expect(await activeAdministrators(other), `round ${round}`).toHaveLength(1);
    }
  });

  it('a stale version is a conflict, not a refusal, whatever it would have changed', async ({ store }) => {
    const only = await admin(store, 'jedyna@fundacja.pl');
    await store.users.update(only.id, 1, { name: 'Nowa nazwa' });
    await expect(store.users.update(only.id, 1, { role: 'editor' })).rejects.toBeInstanceOf(ConflictError);
  });
});
