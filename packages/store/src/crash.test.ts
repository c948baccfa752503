import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { sqliteCase, type TestStore } from './test/dialects.js';
import { spawnWriter } from './test/spawn-writer.js';

describe('a writer killed with SIGKILL', () => {
  const stores: TestStore[] = [];
  afterEach(async () => {
    for (const t of stores.splice(0)) await t.dispose();
  });

  it('leaves an intact SQLite file that holds every write it acknowledged', async () => {
    const t = await sqliteCase.open();
    stores.push(t);
    await t.store.close();
    const writer = spawnWriter(t.url, 'Przed awarią', 0);
    await writer.acks(40);
    writer.child.kill('SIGKILL');
    const exit = await writer.exited;
    expect(exit.signal).toBe('SIGKILL');
    const acknowledged = [...writer.acked];
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    const raw = new Database(t.url);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    const reopened = await t.reopen();
    const stored = new Set((await reopened.organizations.list({ limit: 500 })).items.map((o) => o.id));
    const missing = acknowledged.filter((id) => !stored.has(id));
    expect(missing).toEqual([]);
    // The store is usable after the crash.
    await reopened.organizations.create({ name: 'Po awarii', legalForm: 'inna' });
  }, 180_000);
});
