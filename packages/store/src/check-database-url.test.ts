import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Locale, MostyError, ValidationError } from '@org/domain';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabaseUrl } from './check-database-url.js';
import { openStore } from './open-store.js';

// Port 1: nothing listens there. An address the opener should refuse but does not fails to connect instead,
// with another message, so the comparison fails rather than opening a real database.
const NOWHERE = 'postgres://mosty:tajne@127.0.0.1:1/test';

/** What a refusal is, as a test compares it: its class, code, message and (for a ValidationError) issues. */
const described = (error: unknown) => ({
  class: (error as Error)?.constructor?.name,
  code: (error as MostyError)?.code,
  message: (error as Error)?.message,
  issues: error instanceof ValidationError ? error.issues : undefined,
});

/** The check's refusal and the opener's, side by side (the opener must refuse: it is never meant to open here). */
async function bothRefusals(url: string, options: { locale?: Locale; schema?: string }) {
  const check = checkDatabaseUrl(url, options);
  const opened = await openStore(url, { ...options, migrate: false }).then(
    async (store) => {
      await store.close();
      return 'opened';
    },
    (error: unknown) => error,
  );
  expect(opened).toBeInstanceOf(MostyError);
  return { check: check.ok ? check : described(check.error), open: described(opened) };
}

describe('checkDatabaseUrl refuses what openStore refuses, with the same error', () => {
  const refused: { name: string; url: string; schema?: string; pl: string; en: string; code: string }[] = [
    {
      name: 'a scheme the store does not open (password hidden)',
      url: 'mysql://u:tajne@db/x',
      code: 'VALIDATION',
      pl: 'nieobsługiwany adres bazy danych „mysql://u:***@db/x”: podaj ścieżkę do pliku SQLite, adres file: albo sqlite:, albo postgres://.',
      en: 'unsupported database address "mysql://u:***@db/x": give a SQLite file path, a file: or sqlite: URL, or postgres://.',
    },
    {
      name: 'a postgres:// address that is no URL (port out of range; password hidden)',
      url: 'postgres://mosty:ta/jne@127.0.0.1:99999/test',
      code: 'DATABASE_OPEN',
      pl: 'DATABASE_URL „postgres://mosty:***@127.0.0.1:99999/test” nie jest poprawnym adresem URL: oczekiwano postgres://użytkownik:hasło@host:port/baza, z portem od 1 do 65535 i znakami specjalnymi hasła zakodowanymi jako %XX.',
      en: `DATABASE_URL "postgres://mosty:***@127.0.0.1:99999/test" is not a valid URL: expected postgres://user:password@host:port/database, with a port from 1 to 65535 and the password's special characters percent-encoded.`,
    },
    ...['0', 'dużo', '1.5', '1001', '', '-1'].map((got) => ({
      name: `pool_max=${got}`,
      url: `${NOWHERE}?pool_max=${encodeURIComponent(got)}`,
      code: 'DATABASE_OPEN',
      pl: `pool_max w DATABASE_URL musi być liczbą połączeń od 1 do 1000 (otrzymano: „${got}”).`,
      en: `pool_max in DATABASE_URL must be a number of connections from 1 to 1000 (got "${got}").`,
    })),
    ...['yes', 'true', 'OFF', ''].map((got) => ({
      name: `prepare=${got}`,
      url: `${NOWHERE}?prepare=${encodeURIComponent(got)}`,
      code: 'DATABASE_OPEN',
      pl: `prepare w DATABASE_URL może mieć wartość „on” (nazwane polecenia, domyślnie) albo „off” (otrzymano: „${got}”).`,
      en: `prepare in DATABASE_URL must be "on" (named statements, the default) or "off" (got "${got}").`,
    })),
    {
      name: 'a schema name in the URL',
      url: `${NOWHERE}?schema=Mosty-Test`,
      code: 'DATABASE_OPEN',
      pl: 'nazwa schematu PostgreSQL „Mosty-Test” musi pasować do /^[a-z_][a-z0-9_]{0,62}$/.',
      en: 'PostgreSQL schema name "Mosty-Test" must match /^[a-z_][a-z0-9_]{0,62}$/.',
    },
    {
      name: 'a schema name in the options, which wins over a good one in the URL',
      url: `${NOWHERE}?schema=mosty`,
      schema: 'Zły-schemat',
      code: 'DATABASE_OPEN',
      pl: 'nazwa schematu PostgreSQL „Zły-schemat” musi pasować do /^[a-z_][a-z0-9_]{0,62}$/.',
      en: 'PostgreSQL schema name "Zły-schemat" must match /^[a-z_][a-z0-9_]{0,62}$/.',
    },
  ];

  for (const locale of ['pl', 'en'] as const)
    it.each(refused)(`$name (${locale})`, async ({ url, schema, code, ...texts }) => {
      const { check, open } = await bothRefusals(url, { locale, ...(schema ? { schema } : {}) });
      expect(check).toEqual(open);
      expect(check).toMatchObject({ code, message: texts[locale] });
    });

  it('refuses a language it cannot speak in both, as openStore does', async () => {
    const { check, open } = await bothRefusals(NOWHERE, { locale: 'de' as Locale });
    expect(check).toEqual(open);
    expect(check).toMatchObject({
      class: 'ValidationError',
      message:
        '@org/store: options.locale musi być „pl” albo „en” (otrzymano: „de”). / @org/store: options.locale must be "pl" or "en" (got "de").',
    });
  });

  it('checks pool_max as openStore does, for any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.integer({ min: -5, max: 1005 }).map(String)), async (got) => {
        const url = `${NOWHERE}?pool_max=${encodeURIComponent(got)}`;
        const check = checkDatabaseUrl(url, { locale: 'en' });
        const n = Number(got);
        expect(check.ok).toBe(/^\d+$/.test(got) && n >= 1 && n <= 1000);
        if (!check.ok) {
          const { check: refusal, open } = await bothRefusals(url, { locale: 'en' });
          expect(refusal).toEqual(open);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('checkDatabaseUrl passes what openStore opens', () => {
  it('says the kind of database of a good address', () => {
    expect(checkDatabaseUrl('postgres://mosty:tajne@db:5432/mosty?pool_max=20&schema=mosty_a')).toEqual({
      ok: true,
      kind: 'postgres',
    });
    expect(checkDatabaseUrl('postgresql://db/mosty?pool_max=1000&sslmode=require')).toEqual({
      ok: true,
      kind: 'postgres',
    });
    expect(checkDatabaseUrl('postgres://db/mosty', { schema: '_mosty_1' })).toEqual({ ok: true, kind: 'postgres' });
    for (const sqlite of ['data/mosty.db', '/srv/mosty.db', 'file:data/x.db?mode=ro', 'sqlite:///srv/x.db', 'C:\\x.db'])
      expect(checkDatabaseUrl(sqlite), sqlite).toEqual({ ok: true, kind: 'sqlite' });
    // No address is the default SQLite file.
    expect(checkDatabaseUrl(undefined)).toEqual({ ok: true, kind: 'sqlite' });
    expect(checkDatabaseUrl('  ')).toEqual({ ok: true, kind: 'sqlite' });
    expect(checkDatabaseUrl(':memory:', { locale: 'en' })).toEqual({ ok: true, kind: 'memory' });
  });

  it('passes an address that openStore then opens', async () => {
    expect(checkDatabaseUrl(':memory:')).toEqual({ ok: true, kind: 'memory' });
    const store = await openStore(':memory:');
    expect(store.dialect).toBe('sqlite');
    await store.close();
  });
});

describe('checkDatabaseUrl touches no file', () => {
  const cwd = process.cwd();
  let dir = '';
  afterEach(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates neither a SQLite file nor its folder, nor a relative path of an unknown scheme', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mosty-check-url-'));
    process.chdir(dir);
    const file = join(dir, 'a', 'b', 'mosty.db');
    for (const url of [file, `file:${file}`, `file://${file}`, `sqlite://${file}`, 'rel/mosty.db', 'mysql://x', ''])
      checkDatabaseUrl(url);
    expect(readdirSync(dir)).toEqual([]);
    // Opening the same address does create it, and this test would see it.
    await (await openStore(file, { migrate: false })).close();
    expect(readdirSync(dir)).toEqual(['a']);
  });
});
