import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupSqlite } from './backup-sqlite.js';
import { openStore } from './open-store.js';
import { postgresCase, sqliteCase, type TestStore } from './test/dialects.js';

describe('backupSqlite', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0)) await f();
  });

  it('takes a consistent copy while writes go on, and the copy opens as a store', async () => {
    const t: TestStore = await sqliteCase.open();
    cleanup.push(() => t.dispose());
    const dir = mkdtempSync(join(tmpdir(), 'mosty-backup-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    for (let i = 0; i < 200; i++) await t.store.organizations.create({ name: `Organizacja ${i}`, legalForm: 'inna' });
    // A second connection keeps writing during the backup, as a running app would.
    const writer = await t.reopen({ migrate: false });
    let writing = true;
    const writes = (async () => {
      let i = 0;
      while (writing) await writer.organizations.create({ name: `W trakcie ${i++}`, legalForm: 'inna' });
      return i;
    })();
    const file = join(dir, 'copy.db');
    await backupSqlite(t.store, file);
    writing = false;
    const written = await writes;
    expect(written).toBeGreaterThan(0);

    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    const copy = await openStore(file);
    cleanup.push(() => copy.close());
    const total = (await copy.organizations.list({ limit: 1 })).total;
    // Every write bumps the data version once: in a consistent snapshot the two agree exactly.
    expect(await copy.dataVersion()).toBe(total);
    expect(total).toBeGreaterThanOrEqual(200);
    expect(total).toBeLessThanOrEqual(200 + written);
  });

  it.skipIf(postgresCase.unavailable)(
    `refuses a PostgreSQL store with a clear error${postgresCase.unavailable ? ` (skipped: ${postgresCase.unavailable})` : ''}`,
    async () => {
      const t = await postgresCase.open();
      cleanup.push(() => t.dispose());
      await expect(backupSqlite(t.store, '/tmp/never.db')).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    },
  );
});
