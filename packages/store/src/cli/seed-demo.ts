#!/usr/bin/env node
// Loads the seed event and its world from @org/demo; running it again adds nothing.
import { seedDemo } from '../seed-demo.js';
import { CLI_MESSAGES } from './cli-messages.js';
import { runCli } from './run-cli.js';

process.exitCode = await runCli({
  name: 'mosty-seed-demo',
  run: async (store, _prepared, locale) => {
    const result = await seedDemo(store);
    return CLI_MESSAGES.seeded[locale](result.added, result.skipped);
  },
});
