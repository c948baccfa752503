#!/usr/bin/env node
// Applies pending migrations to the database DATABASE_URL names (default: data/mosty.db at the workspace root).
import { CLI_MESSAGES } from './cli-messages.js';
import { runCli } from './run-cli.js';

process.exitCode = await runCli({
  name: 'mosty-migrate',
  // Opening the store migrates it: nothing is left to do but say so.
  run: async (_store, _prepared, locale) => CLI_MESSAGES.migrated[locale],
});
