import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERC_FILE_MAX_BYTES } from '../security/request-body.js';
import { type Client, type Harness, signedInHarness } from '../testing/harness.js';

/** The TERC import page over HTTP, with the store's real importer. */
let h: Harness;
let editor: Client;
beforeAll(async () => {
  ({ h, client: editor } = await signedInHarness('editor'));
});
afterAll(() => h?.close());

const HEADER = 'WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA';

async function upload(client: Client, file: File | null) {
  await client.request('/import/terc');
  const form = new FormData();
  form.set('_csrf', client.csrf);
  if (file) form.set('file', file);
  return client.request('/import/terc', { form });
}

/** The report's terms and their values, in order. */
const report = (html: string) =>
  Object.fromEntries([...html.matchAll(/<dt>([^<]*)<\/dt><dd>([^<]*)<\/dd>/g)].map((m) => [m[1], m[2]]));

describe('the TERC import report', () => {
  it('says how many rows were skipped and why: the parts of gminas and districts of cities are no authorities', async () => {
    const csv = [
      HEADER,
      '14;;;;MAZOWIECKIE;województwo;2024-01-01',
      '14;65;;;Warszawa;miasto stołeczne, na prawach powiatu;2024-01-01',
      '14;65;01;8;Bemowo;dzielnica;2024-01-01',
      '12;61;01;9;Kraków-Krowodrza;delegatura;2024-01-01',
      '14;34;01;4;Kobyłka;miasto;2024-01-01',
    ].join('\n');
    const res = await upload(editor, new File([csv], 'TERC.csv', { type: 'text/csv' }));
    expect(res.status).toBe(200);
    expect(report(res.text)).toMatchObject({ 'Pominięto (nie są samorządami)': '3', Odrzucono: '0' });
    expect(res.text).toContain(
      'Pominięte wiersze to części gmin miejsko-wiejskich (miasto i obszar wiejski, RODZ 4 i 5) oraz dzielnice Warszawy i delegatury miast (RODZ 8 i 9)',
    );
    const english = await h.signIn('editor');
    await english.request('/lang/en');
    const en = await upload(english, new File([csv], 'TERC.csv', { type: 'text/csv' }));
    expect(report(en.text)).toMatchObject({ 'Skipped (not local authorities)': '3' });
    expect(en.text).toContain('they are not local authorities, so they were not added.');
  });

  it('says nothing of why when nothing was skipped, and still says 0', async () => {
    const res = await upload(
      editor,
      new File([`${HEADER}\n14;;;;MAZOWIECKIE;województwo;2024-01-01\n`], 'TERC.csv', { type: 'text/csv' }),
    );
    expect(report(res.text)['Pominięto (nie są samorządami)']).toBe('0');
    expect(res.text).not.toContain('Pominięte wiersze');
  });
});

describe('an import without a TERC file', () => {
  for (const [what, file, message] of [
    [
      'no file',
      null,
      'Nie wybrano pliku: wybierz plik CSV rejestru TERC (np. TERC_Urzedowy_2024-01-01.csv) i zaimportuj go. Niczego nie zmieniono.',
    ],
    [
      'an empty file',
      new File([], 'pusty.csv'),
      'Plik „pusty.csv” jest pusty: wybierz plik CSV rejestru TERC i zaimportuj go ponownie. Niczego nie zmieniono.',
    ],
    [
      'a file over 16 MB',
      new File([new Uint8Array(TERC_FILE_MAX_BYTES + 1024).fill(59)], 'duzy.csv'),
      'Plik „duzy.csv” ma 16\u00a0778\u00a0240 B, a import przyjmuje najwyżej 16\u00a0777\u00a0216 B (cały rejestr TERC ma około 4 MB), więc to nie jest plik TERC. Niczego nie zmieniono.',
    ],
  ] as const)
    it(`is refused with 400 saying so: ${what}`, async () => {
      const version = await h.store.dataVersion();
      const res = await upload(editor, file);
      expect(res.status).toBe(400);
      expect(/<p class="flash flash-error" role="alert">([^<]*)<\/p>/.exec(res.text)?.[1]).toBe(message);
      expect(await h.store.dataVersion()).toBe(version);
    });
});
