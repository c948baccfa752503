/**
 * `pnpm --filter @org/admin import-terc <file.csv> [--lang pl|en]`: imports the GUS TERC register through
 * the store's importer and prints what was added, updated and refused. Messages in English, or Polish for
 * `--lang pl` or a Polish locale (`command-line.ts`). Exit codes: 0 done (refused rows are listed, not
 * fatal), 2 bad usage, 1 anything else (an unreadable file too, as the store's `mosty-import-terc` says it).
 *
 * Like the store's `mosty-import-terc`, it passes the importer an actor (nobody signed in), so each authority
 * the import adds or changes is in the audit log, as after the admin's import page; its note is the admin's,
 * in Polish, the audit log's first language. The store's takes `--stan-na` (refuse rows of another edition);
 * this one does not.
 */
import { readFile } from 'node:fs/promises';
import { importTerc, openStore } from '@org/store';
import { parseAdminEnv } from '../env.js';
import { tf } from '../i18n.js';
import { failureLine, readCommandLine, refusalLine, TEXTS } from './command-line.js';

const NAME = 'import-terc';

async function main(argv: readonly string[]): Promise<number> {
  const line = readCommandLine(argv, {}, 1);
  const { locale, m } = line;
  if ('error' in line) {
    console.error(refusalLine(NAME, line.error.message, m));
    return 2;
  }
  if (line.help) {
    console.log(m.importTercUsage);
    return 0;
  }
  const file = line.positionals[0];
  if (!file) {
    console.error(refusalLine(NAME, m.tercMissing, m));
    return 2;
  }
  let csv: string;
  // Read before the database is opened: a missing file must not create or migrate one.
  try {
    csv = await readFile(file, 'utf8');
  } catch (cause) {
    console.error(`${NAME}: ${m.unreadable(file, String((cause as { code?: unknown }).code ?? cause))}`);
    return 1;
  }
  const store = await openStore(parseAdminEnv().databaseUrl, { locale });
  try {
    // The note is for the admin's audit log, whose first language is Polish; the store's importer puts the
    // edition before it ("TERC 2024-01-01: polecenie import-terc, plik …").
    const r = await importTerc(store, csv, {
      actor: { userId: null, note: tf('pl', 'noteImportTerc', { file }).slice(0, 200) },
      locale,
    });
    console.log(`${NAME}: ${m.tercDone({ ...r, refused: r.refused.length })}`);
    for (const x of r.refused) console.log(m.refusedLine(x.line, x.reason));
    return 0;
  } finally {
    await store.close();
  }
}

const argv = process.argv.slice(2);
main(argv).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(failureLine(NAME, err, TEXTS[readCommandLine(argv, {}, 1).locale]));
    process.exit(1);
  },
);
