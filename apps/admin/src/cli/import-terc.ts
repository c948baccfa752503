/**
 * `pnpm --filter @org/admin import-terc <file.csv>`: imports the GUS TERC register through the
 * store's importer and prints what was added, updated and refused. Exit codes: 0 done (refused rows
 * are listed, not fatal), 2 bad usage, 1 anything else.
 */
import { readFile } from 'node:fs/promises';
import { importTerc, openStore } from '@org/store';
import { parseAdminEnv } from '../env.js';
import { tf } from '../i18n.js';

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: import-terc <TERC.csv>');
    return 2;
  }
  const csv = await readFile(file, 'utf8');
  const store = await openStore(parseAdminEnv().databaseUrl);
  try {
    const r = await importTerc(store, csv, {
      actor: { userId: null, note: tf('pl', 'noteImportTerc', { file }).slice(0, 200) },
    });
    console.log(
      `added ${r.added}, updated ${r.updated}, unchanged ${r.unchanged}, skipped ${r.skipped}, refused ${r.refused.length}`,
    );
    for (const x of r.refused) console.log(`  line ${x.line}: ${x.reason}`);
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('import-terc failed:', err);
    process.exit(1);
  },
);
