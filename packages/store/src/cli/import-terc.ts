#!/usr/bin/env node
// Imports a GUS TERC edition: `import-terc <file.csv> [--stan-na YYYY-MM-DD]`.
import { readFileSync } from 'node:fs';
import { MostyError } from '@org/domain';
import { importTerc } from '../import-terc.js';
import { runCli } from './run-cli.js';

await runCli('import-terc', async (store, args) => {
  const file = args.find((a) => !a.startsWith('--'));
  const stanNaIndex = args.indexOf('--stan-na');
  const stanNa = stanNaIndex >= 0 ? args[stanNaIndex + 1] : undefined;
  if (!file) throw new MostyError('USAGE', 'usage: import-terc <TERC csv file> [--stan-na YYYY-MM-DD]');
  const result = await importTerc(store, readFileSync(file, 'utf8'), stanNa ? { stanNa } : {});
  for (const r of result.refused) console.error(`  line ${r.line}: ${r.reason}`);
  return `edition ${result.stanNa ?? '?'}: ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged, ${result.skipped} non-JST rows skipped, ${result.refused.length} refused`;
});
