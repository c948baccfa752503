import type { Locale } from '@org/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorruptRecordError, parseStoredDoc } from './corrupt-record-error.js';
import { dumpStore } from './dump.js';
import { contextOf } from './open-store.js';
import { DIALECTS, type TestStore } from './test/dialects.js';
import { orgInput, steppingClock } from './test/fixtures.js';
import type { Store } from './types.js';

const REF = { kind: 'event', table: 'events', id: 'e1', slug: 'spotkanie' };

describe('parseStoredDoc', () => {
  it('gives the object a document holds', () => {
    expect(parseStoredDoc('{"title":"Spotkanie"}', REF, 'pl')).toEqual({ title: 'Spotkanie' });
  });

  it('names the record, the column and why, in Polish or English, keeping the parser error as the cause', () => {
    const at = (doc: string, locale: Locale) => {
      try {
        parseStoredDoc(doc, REF, locale);
      } catch (error) {
        return error as CorruptRecordError;
      }
      throw new Error(`expected ${doc} to be refused`);
    };
    const torn = at('{"title":"Spo', 'en');
    expect(torn).toBeInstanceOf(CorruptRecordError);
    expect(torn).toMatchObject({ code: 'CORRUPT_RECORD', entity: 'event', id: 'e1' });
    expect(torn.cause).toBeInstanceOf(SyntaxError);
    const parser = (torn.cause as SyntaxError).message;
    expect(torn.message).toBe(
      `corrupt record in the database: event e1 ("spotkanie"), column events.doc: not valid JSON (${parser}).`,
    );
    expect(at('{"title":"Spo', 'pl').message).toBe(
      `uszkodzony rekord w bazie danych: event e1 („spotkanie”), kolumna events.doc: to nie jest poprawny JSON (${parser}).`,
    );
    expect(at('[1]', 'en').message).toBe(
      'corrupt record in the database: event e1 ("spotkanie"), column events.doc: expected a JSON object (got an array).',
    );
    expect(at('[1]', 'pl').message).toBe(
      'uszkodzony rekord w bazie danych: event e1 („spotkanie”), kolumna events.doc: oczekiwano obiektu JSON (jest: tablica).',
    );
    expect(at('null', 'en').message).toMatch(/: expected a JSON object \(got null\)\.$/);
    expect(at('"tekst"', 'pl').message).toMatch(/: oczekiwano obiektu JSON \(jest: tekst\)\.$/);
    expect(at('[1]', 'en').cause).toBeUndefined();
  });
});

describe.each(DIALECTS)('a corrupt stored record on $name', (dialect) => {
  let t: TestStore;
  let stores: Record<Locale, Store>;
  let id: string;
  beforeEach(async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    t = await dialect.open({ now: steppingClock() });
    stores = { pl: t.store, en: await t.reopen({ locale: 'en' }) };
    id = (await t.store.organizations.create(orgInput('Fundacja Fala'))).id;
    await t.store.organizations.create(orgInput('Fundacja Zdrowa'));
    // A torn write: the document cut short underneath the store, as a crash or a hand edit would leave it.
    await contextOf(t.store)
      .db.updateTable('organizations')
      .set({ doc: '{"name":"Fundacja Fa' })
      .where('id', '=', id)
      .execute();
  });
  afterEach(async () => {
    await t?.dispose();
  });

  it('is a CorruptRecordError naming the record, wherever it is read, in the store language', async () => {
    const reads = [
      (s: Store) => s.organizations.get(id),
      (s: Store) => s.organizations.getBySlug('fundacja-fala'),
      (s: Store) => s.organizations.require('fundacja-fala'),
      (s: Store) => s.organizations.list(),
      (s: Store) => s.organizations.list({ search: 'fala' }),
      (s: Store) => s.organizations.list({ sort: { field: 'updatedAt' } }),
      (s: Store) => s.organizations.update(id, 1, orgInput('Fundacja Fala')),
      (s: Store) => s.organizations.delete(id, 1, { userId: null }),
      (s: Store) => dumpStore(s),
    ];
    const where = {
      pl: `uszkodzony rekord w bazie danych: organization ${id} („fundacja-fala”), kolumna organizations.doc: to nie jest poprawny JSON (`,
      en: `corrupt record in the database: organization ${id} ("fundacja-fala"), column organizations.doc: not valid JSON (`,
    };
    for (const locale of ['pl', 'en'] as const)
      for (const [i, read] of reads.entries()) {
        const error = await read(stores[locale]).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, `${locale} read ${i}`).toBeInstanceOf(CorruptRecordError);
        expect((error as CorruptRecordError).message.startsWith(where[locale]), `${locale} read ${i}`).toBe(true);
        expect(error, `${locale} read ${i}`).toMatchObject({ code: 'CORRUPT_RECORD', entity: 'organization', id });
        expect((error as Error).cause).toBeInstanceOf(SyntaxError);
      }
    // The other record reads as before.
    expect((await stores.en.organizations.require('fundacja-zdrowa')).name).toBe('Fundacja Zdrowa');
  });
});
