#!/usr/bin/env node
// Checks every stored record against today's rules: `mosty-check [--json]`.
import { ENTITY_KIND_LABELS, MostyError } from '@org/domain';
import { checkStore } from '../check-store.js';
import { CLI_MESSAGES } from './cli-messages.js';
import { runCli } from './run-cli.js';

process.exitCode = await runCli<{ json: boolean }>({
  name: 'mosty-check',
  options: { json: { type: 'boolean', default: false } },
  existingDatabase: true,
  prepare: ({ values }) => ({ json: values.json === true }),
  async run(store, { json }, locale) {
    const m = CLI_MESSAGES;
    const result = await checkStore(store);
    if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else
      for (const p of result.problems) {
        const lines = [m.badRecord[locale](ENTITY_KIND_LABELS[p.entity][locale], p.slug, p.id)];
        for (const issue of p.issues) lines.push(m.badField[locale](issue.path, issue.message));
        process.stdout.write(`${lines.join('\n')}\n`);
      }
    if (result.problems.length > 0)
      throw new MostyError('RECORDS_INVALID', m.checkFailed[locale](result.problems.length, result.total));
    return json ? null : m.checked[locale](result.total);
  },
});
