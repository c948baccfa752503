import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MostyError, NipSchema, NotFoundError, ValidationError, validate } from '@org/domain';
import { GrantMissingError } from '@org/formats';
import { openStore } from '@org/store';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UsageError } from './args.js';
import { exitFor } from './exit-codes.js';
import { UnknownSlugError } from './load.js';
import { MESSAGES } from './messages.js';
import { StoredRecordInvalidError } from './stored-records.js';

describe('exitFor', () => {
  it('keeps exit codes whatever the language', () => {
    for (const m of [MESSAGES.pl, MESSAGES.en]) {
      expect(exitFor(new UsageError('x'), m).code).toBe(2);
      expect(exitFor(new UnknownSlugError('event', 'x', []), m).code).toBe(2);
      expect(exitFor(new NotFoundError('venue', 'x'), m).code).toBe(2);
      expect(exitFor(new ValidationError('x', []), m).code).toBe(1);
      expect(exitFor(new Error('x'), m).code).toBe(1);
      expect(exitFor(new StoredRecordInvalidError('event', 'e1', 'a', []), m).code).toBe(1);
      expect(exitFor(new GrantMissingError({ kind: 'post', id: 'p1', slug: 'a' }, 'g9', 0), m).code).toBe(1);
    }
  });

  it('says an unknown slug in the CLI language, with the right Polish gender', () => {
    expect(exitFor(new UnknownSlugError('grant', 'abc', ['abcd', 'abce']), MESSAGES.pl).message).toBe(
      'brak dotacji „abc”; najbliższe: abcd, abce.',
    );
    expect(exitFor(new UnknownSlugError('event', 'abc', []), MESSAGES.pl).message).toBe(
      'brak wydarzenia „abc” ani żadnego podobnego.',
    );
    expect(exitFor(new UnknownSlugError('grant', 'abc', []), MESSAGES.en).message).toBe(
      'grant not found: abc (no similar slug).',
    );
  });

  it("shows the domain's own field messages in the language they were validated in", () => {
    // A NIP with a wrong check digit: the domain's validate() says why, in Polish or in English.
    const bad = { nip: '5252087228' };
    const issuesIn = (locale: 'pl' | 'en') => {
      const r = validate(z.object({ nip: NipSchema }), bad, locale);
      if (r.ok) throw new Error('expected the NIP to fail');
      return r.issues;
    };
    const pl = exitFor(new ValidationError('Invalid organization', issuesIn('pl')), MESSAGES.pl);
    expect(pl.code).toBe(1);
    expect(pl.message).toBe(
      'nieprawidłowe dane: nip: NIP: ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki (otrzymano: „5252087228”).',
    );
    const en = exitFor(new ValidationError('Invalid organization', issuesIn('en')), MESSAGES.en);
    expect(en.message).toMatch(/^Invalid organization: nip: NIP \(tax ID\): has a wrong check digit/);
  });

  it("says a store's refusal once, in the language the store was opened in, with every field's path", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mosty-exit-codes-'));
    const refusals = { pl: [] as string[], en: [] as string[] };
    try {
      for (const locale of ['pl', 'en'] as const) {
        const store = await openStore(join(dir, 'mosty.db'), { locale });
        try {
          const bad = { name: 'Fundacja', legalForm: 'fundacja', krs: 'x', nip: '5252087228' };
          for (const refused of [store.organizations.create(bad), store.events.list({ limit: 0 })])
            refusals[locale].push(exitFor(await refused.catch((e: unknown) => e), MESSAGES[locale]).message);
        } finally {
          await store.close();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Each domain message ends with a full stop; the list drops them between issues (joinMessages), never ".;".
    expect(refusals.pl).toEqual([
      'nieprawidłowe dane: krs: KRS: ma niewłaściwy format — oczekiwano: do 10 cyfr, np. 0000030897 (otrzymano: „x”); ' +
        'nip: NIP: ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki (otrzymano: „5252087228”).',
      'nieprawidłowe dane: limit: limit: musi być od 1 do 500 (otrzymano: „0”).',
    ]);
    expect(refusals.en).toEqual([
      'Invalid organization: krs: KRS number: is not in the right format — expected up to 10 digits, e.g. 0000030897 (got "x"); ' +
        'nip: NIP (tax ID): has a wrong check digit — check it for a typo (got "5252087228").',
      'invalid data: limit: limit: must be an integer from 1 to 500 (got "0").',
    ]);
  });

  it("says in Polish that the database could not be opened, keeping the store's own words", () => {
    // The store's message ends with a full stop; said after the exporter's words, it keeps its own, never two.
    const error = new MostyError('DATABASE_OPEN', 'Cannot open the SQLite database at /x.db.');
    expect(exitFor(error, MESSAGES.pl)).toEqual({
      code: 1,
      message: 'nie udało się otworzyć bazy danych (DATABASE_OPEN): Cannot open the SQLite database at /x.db.',
    });
    expect(exitFor(error, MESSAGES.en).message).toBe('DATABASE_OPEN: Cannot open the SQLite database at /x.db.');
  });

  // A SQLite file cut short (a copy interrupted, a disk that failed): the store said "Cannot open …" and nothing else.
  it("says why the store could not open a database: the driver's reason, its cause", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mosty-exporter-open-'));
    try {
      const whole = join(dir, 'mosty.db');
      const store = await openStore(whole);
      await store.close();
      const cut = join(dir, 'cut.db');
      writeFileSync(cut, readFileSync(whole).subarray(0, 20_000));
      const said = { pl: '', en: '' };
      for (const locale of ['pl', 'en'] as const)
        said[locale] = exitFor(
          await openStore(cut, { locale, migrate: 'verify' }).then(
            (opened) => opened.close(),
            (error: unknown) => error,
          ),
          MESSAGES[locale],
        ).message;
      expect(said.en).toBe(
        `DATABASE_OPEN: Cannot open the SQLite database at ${cut}; cause: database disk image is malformed.`,
      );
      expect(said.pl).toBe(
        `nie udało się otworzyć bazy danych (DATABASE_OPEN): nie można otworzyć bazy danych SQLite ${cut}; przyczyna: database disk image is malformed.`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // A reason the store's words already give (PostgreSQL's) is not said twice.
    const connect = new MostyError(
      'DATABASE_OPEN',
      'Cannot connect to PostgreSQL at postgres://db/x: database "x" does not exist.',
      {
        cause: new Error('database "x" does not exist'),
      },
    );
    expect(exitFor(connect, MESSAGES.en).message).toBe(
      'DATABASE_OPEN: Cannot connect to PostgreSQL at postgres://db/x: database "x" does not exist.',
    );
  });

  it('says a cause in the CLI language', () => {
    const error = new Error('write failed', { cause: new Error('EACCES') });
    expect(exitFor(error, MESSAGES.pl).message).toBe('write failed; przyczyna: EACCES.');
    expect(exitFor(error, MESSAGES.en).message).toBe('write failed; cause: EACCES.');
  });
});
