#!/usr/bin/env node
// Imports a GUS TERC edition: `mosty-import-terc <file.csv> [--stan-na YYYY-MM-DD]`.
import { readFileSync } from 'node:fs';
import { MostyError } from '@org/domain';
import { importTerc } from '../import-terc.js';
import { CLI_MESSAGES } from './cli-messages.js';
import { runCli, UsageError } from './run-cli.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

process.exitCode = await runCli<{ file: string; csv: string; stanNa: string | undefined }>({
  name: 'mosty-import-terc',
  options: { 'stan-na': { type: 'string' } },
  positionals: 1,
  prepare({ values, positionals }, locale) {
    const file = positionals[0];
    if (file === undefined) throw new UsageError(CLI_MESSAGES.missingFile[locale]);
    const stanNa = values['stan-na'];
    if (typeof stanNa === 'string' && (!DAY.test(stanNa) || Number.isNaN(Date.parse(stanNa))))
      throw new UsageError(CLI_MESSAGES.badDay[locale]('--stan-na', stanNa));
    // Read before the database is opened: a missing file must not create or migrate one.
    try {
      return { file, csv: readFileSync(file, 'utf8'), stanNa: typeof stanNa === 'string' ? stanNa : undefined };
    } catch (cause) {
      throw new MostyError('FILE_UNREADABLE', CLI_MESSAGES.unreadableFile[locale](file), { cause });
    }
  },
  async run(store, { file, csv, stanNa }, locale) {
    // Nobody is signed in to a command line: its audit entries name no user, and their note says where they came from.
    const actor = { userId: null, note: CLI_MESSAGES.importNote[locale](file) };
    const result = await importTerc(store, csv, { actor, ...(stanNa ? { stanNa } : {}) });
    for (const r of result.refused) process.stderr.write(`${CLI_MESSAGES.refusedRow[locale](r.line, r.reason)}\n`);
    return CLI_MESSAGES.imported[locale]({ ...result, refused: result.refused.length });
  },
});
