import { readFileSync } from 'node:fs';
import { LocalAuthoritySchema } from '@org/domain';
import { sharedFile } from '@org/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importTerc } from './import-terc.js';
import { DIALECTS, type TestStore } from './test/dialects.js';
import type { Store } from './types.js';

const tercPath = sharedFile('data/TERC_2024-01-01.csv');

const SMALL = `WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA
14;;;;MAZOWIECKIE;województwo;2024-01-01
14;34;;;wołomiński;powiat;2024-01-01
14;34;01;1;Kobyłka;gmina miejska;2024-01-01
14;34;05;3;Radzymin;gmina miejsko-wiejska;2024-01-01
14;34;05;4;Radzymin;miasto;2024-01-01
14;34;05;5;Radzymin;obszar wiejski;2024-01-01
14;65;;;Warszawa;miasto stołeczne, na prawach powiatu;2024-01-01
14;65;01;1;Warszawa;gmina miejska, miasto stołeczne;2024-01-01
14;65;02;8;Bemowo;dzielnica;2024-01-01
`;

describe.each(DIALECTS)('TERC import on $name', (dialect) => {
  let t: TestStore;
  let store: Store;
  beforeEach(async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    t = await dialect.open();
    store = t.store;
  });
  afterEach(async () => {
    await t?.dispose();
  });

  it('turns województwa, powiaty, cities with powiat rights and gminy into authorities with parents', async () => {
    const result = await importTerc(store, SMALL);
    expect(result).toEqual({ added: 6, updated: 0, unchanged: 0, skipped: 3, refused: [], stanNa: '2024-01-01' });
    const woj = await store.authorities.require('wojewodztwo-mazowieckie');
    expect(woj).toMatchObject({ name: 'Województwo Mazowieckie', kind: 'wojewodztwo', terc: '14' });
    const powiat = (await store.authorities.list({ filter: { terc: '1434' } })).items[0]!;
    expect(powiat).toMatchObject({ name: 'Powiat wołomiński', kind: 'powiat', parentId: woj.id });
    const warszawa = (await store.authorities.list({ filter: { terc: '1465' } })).items[0]!;
    expect(warszawa).toMatchObject({ kind: 'miasto_na_prawach_powiatu', parentId: woj.id });
    const gminy = await store.authorities.list({ filter: { parentId: powiat.id } });
    expect(gminy.items.map((g) => [g.terc, g.kind])).toEqual([
      ['1434011', 'gmina_miejska'],
      ['1434053', 'gmina_miejsko_wiejska'],
    ]);
    for (const a of (await store.authorities.list()).items)
      expect(LocalAuthoritySchema.safeParse(a).success).toBe(true);
  });

  it('imports a newer edition: renames, adds, keeps what staff added, never duplicates', async () => {
    await importTerc(store, SMALL);
    const kobylka = (await store.authorities.list({ filter: { terc: '1434011' } })).items[0]!;
    await store.authorities.update(kobylka.id, kobylka.version, { ...kobylka, website: 'https://kobylka.pl' });
    const staffNamed = (await store.authorities.list({ filter: { terc: '1434' } })).items[0]!;
    await store.authorities.update(staffNamed.id, staffNamed.version, {
      ...staffNamed,
      name: 'Powiat Wołomiński (nazwa redakcji)',
    });
    const newer = SMALL.replaceAll('2024-01-01', '2025-01-01')
      .replace('14;34;01;1;Kobyłka;gmina miejska', '14;34;01;1;Kobyłka-Nowa;gmina miejska')
      .concat('14;34;06;2;Tłuszcz Nowy;gmina wiejska;2025-01-01\n');
    const result = await importTerc(store, newer, { stanNa: '2025-01-01' });
    expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 5, refused: [] });
    const renamed = (await store.authorities.get(kobylka.id))!;
    expect(renamed).toMatchObject({
      name: 'Gmina miejska Kobyłka-Nowa',
      website: 'https://kobylka.pl',
      slug: kobylka.slug,
    });
    expect((await store.authorities.get(staffNamed.id))?.name).toBe('Powiat Wołomiński (nazwa redakcji)');
    expect((await store.authorities.list()).total).toBe(7);
    expect(await importTerc(store, newer)).toMatchObject({ added: 0, updated: 0, unchanged: 7 });
  });

  it("audits every authority it adds or changes, in its transaction, noted with the edition and the caller's note", async () => {
    const user = await store.users.create({
      email: 'ala@example.org',
      name: 'Ala',
      role: 'administrator',
      password: 'hasło hasło hasło',
    });
    const entries = async () =>
      (await store.audit.list({ entity: 'authority', limit: 500 })).items.map((e) => ({
        ...e,
        name: (e.after as { name: string }).name,
      }));
    // A first import: every authority it adds, with the record it added and the page's file name after the edition.
    await importTerc(store, SMALL, { actor: { userId: user.id, note: 'TERC_2024-01-01.csv' } });
    const added = await entries();
    const authorities = (await store.authorities.list({ limit: 500 })).items;
    expect(added).toHaveLength(6);
    expect(added.map((e) => e.entityId).sort()).toEqual(authorities.map((a) => a.id).sort());
    for (const e of added) {
      const record = authorities.find((a) => a.id === e.entityId);
      expect(e).toMatchObject({
        action: 'import',
        actorId: user.id,
        before: null,
        note: 'TERC 2024-01-01: TERC_2024-01-01.csv',
      });
      const { version: _v, createdAt: _c, updatedAt: _u, ...value } = record as NonNullable<typeof record>;
      expect(e.after).toEqual(value);
    }
    // A newer edition, from a command line (no user): the one it renames and the one it adds.
    const newer = SMALL.replaceAll('2024-01-01', '2025-01-01')
      .replace('14;34;01;1;Kobyłka;gmina miejska', '14;34;01;1;Kobyłka-Nowa;gmina miejska')
      .concat('14;34;06;2;Tłuszcz Nowy;gmina wiejska;2025-01-01\n');
    await importTerc(store, newer, { actor: { userId: null, note: 'polecenie import-terc, plik terc.csv' } });
    const later = (await entries()).filter((e) => !added.some((a) => a.id === e.id));
    expect(later.map((e) => [e.actorId, e.before === null ? 'added' : 'changed', e.name, e.note]).sort()).toEqual([
      [null, 'added', 'Gmina Tłuszcz Nowy', 'TERC 2025-01-01: polecenie import-terc, plik terc.csv'],
      [null, 'changed', 'Gmina miejska Kobyłka-Nowa', 'TERC 2025-01-01: polecenie import-terc, plik terc.csv'],
    ]);
    expect(later.find((e) => e.before !== null)?.before).toMatchObject({ name: 'Gmina miejska Kobyłka' });
    // With no actor at all the import is still audited, naming nobody, noted with the edition alone;
    // an import that changes nothing writes nothing.
    const third = newer.replace('Tłuszcz Nowy', 'Tłuszcz Stary');
    await importTerc(store, third);
    const last = (await entries()).filter(
      (e) => !added.some((a) => a.id === e.id) && !later.some((a) => a.id === e.id),
    );
    expect(last.map((e) => [e.actorId, e.name, e.note])).toEqual([[null, 'Gmina Tłuszcz Stary', 'TERC 2025-01-01']]);
    await importTerc(store, third);
    expect(await entries()).toHaveLength(9);
  });

  it('writes no audit entry when the import fails, and refuses a note the audit log cannot take', async () => {
    const refused = importTerc(store, SMALL, { actor: { userId: null, note: 'plik\u0007.csv' } });
    await expect(refused).rejects.toMatchObject({ code: 'VALIDATION' });
    expect((await store.authorities.list()).total).toBe(0);
    expect((await store.audit.list()).total).toBe(0);
  });

  it('reports rows it cannot read by line number and imports the rest', async () => {
    const broken = `${SMALL}14;99;xx;1;Zła;gmina miejska;2024-01-01\n14;34\n14;34;07;6;Szóstka;?;2024-01-01\n`;
    const result = await importTerc(store, broken);
    expect(result.added).toBe(6);
    expect(result.refused.map((r) => r.line)).toEqual([11, 12, 13]);
    expect(result.refused[1]?.reason).toBe('oczekiwano 7 pól rozdzielonych „;”, jest ich 2.');
    expect((await importTerc(store, 'A;B\n1;2')).refused).toEqual([
      { line: 1, reason: 'nagłówek musi mieć postać WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA, a jest: A;B.' },
    ]);
  });

  it("says why each row was refused in the store's language, or in the one asked for", async () => {
    const rows = [
      '14;;;;MAZOWIECKIE;województwo;2024-01-01',
      '14;34',
      '14;99;xx;1;Zła;gmina miejska;2024-01-01',
      '14;34;;;;powiat;2024-01-01',
      '14;34;07;6;Szóstka;?;2024-01-01',
      '14;34;;;wołomiński;powiat;2024-01-01',
      '14;34;;;wołomiński;powiat;2024-01-01',
      '12;61;;;Kraków;miasto na prawach powiatu;2024-01-01',
      '14;34;01;1;Kobyłka;gmina miejska;2025-01-01',
    ];
    const csv = `WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA\n${rows.join('\n')}\n`;
    const reasons = {
      pl: [
        [3, 'oczekiwano 7 pól rozdzielonych „;”, jest ich 2.'],
        [4, 'WOJ;POW;GMI;RODZ „14;99;xx;1” to nie jest kod TERC.'],
        [5, 'NAZWA jest pusta dla 1434.'],
        [6, '1434076 nie jest poprawnym kodem TERC województwa, powiatu ani gminy.'],
        [10, 'STAN_NA 2025-01-01 to nie jest importowane wydanie (2024-01-01).'],
        [8, 'kod TERC 1434 występuje w pliku dwa razy.'],
        [9, 'jednostki nadrzędnej 12 (dla 1261) nie ma w rejestrze.'],
        [1, 'nagłówek musi mieć postać WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA, a jest: (pusty).'],
      ],
      en: [
        [3, 'expected 7 fields separated by ";", got 2.'],
        [4, 'WOJ;POW;GMI;RODZ "14;99;xx;1" is not a TERC code.'],
        [5, 'NAZWA is empty for 1434.'],
        [6, '1434076 is not a valid TERC code of a województwo, powiat or gmina.'],
        [10, 'STAN_NA 2025-01-01 is not the edition being imported (2024-01-01).'],
        [8, 'TERC code 1434 appears twice in the file.'],
        [9, 'parent unit 12 of 1261 is not in the register.'],
        [1, 'header must be WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA, got (empty).'],
      ],
    };
    const refused = async (s: Store, options: { locale?: 'pl' | 'en' } = {}) => [
      ...(await importTerc(s, csv, { stanNa: '2024-01-01', ...options })).refused,
      ...(await importTerc(s, '', options)).refused,
    ];
    const expected = (locale: 'pl' | 'en') => reasons[locale].map(([line, reason]) => ({ line, reason }));
    const english = await t.reopen({ locale: 'en' });
    expect(await refused(store)).toEqual(expected('pl'));
    expect(await refused(english)).toEqual(expected('en'));
    expect(await refused(store, { locale: 'en' })).toEqual(expected('en'));
    expect(await refused(english, { locale: 'pl' })).toEqual(expected('pl'));
  });

  it.skipIf(!tercPath)(
    'imports the 2024-01-01 edition: 16 województwa, 380 powiaty, 2,477 gminy (needs shared/, skipped without it)',
    async () => {
      const csv = readFileSync(tercPath as string, 'utf8');
      const result = await importTerc(store, csv);
      expect(result.refused).toEqual([]);
      expect(result.added).toBe(16 + 380 + 2477);
      const count = async (kind: string[]) => (await store.authorities.list({ filter: { kind }, limit: 1 })).total;
      expect(await count(['wojewodztwo'])).toBe(16);
      expect(await count(['powiat', 'miasto_na_prawach_powiatu'])).toBe(380);
      expect(await count(['miasto_na_prawach_powiatu'])).toBe(66);
      expect(await count(['gmina_miejska', 'gmina_wiejska', 'gmina_miejsko_wiejska'])).toBe(2477);
      const jablonna = await store.authorities.list({ search: 'jablonna', filter: { kind: ['gmina_wiejska'] } });
      const sameName = jablonna.items.filter((a) => a.name === 'Gmina Jabłonna');
      expect(sameName.map((a) => a.terc).sort()).toEqual(['0609062', '1408022']);
      expect(new Set(sameName.map((a) => a.slug)).size).toBe(2);
      // One audit entry for every authority added, written with them.
      const audit = await store.audit.list({ entity: 'authority', limit: 1 });
      expect([audit.total, audit.items[0]?.note]).toEqual([2873, 'TERC 2024-01-01']);
      const again = await importTerc(store, csv);
      expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2873 });
      expect((await store.audit.list({ limit: 1 })).total).toBe(2873);
    },
  );
});
