#!/usr/bin/env node
// Loads the seed event and its world from @org/demo; running it again adds nothing.
import { seedDemo } from '../seed-demo.js';
import { runCli } from './run-cli.js';

await runCli('seed-demo', async (store) => {
  const result = await seedDemo(store);
  return `${result.added} records added, ${result.skipped} already there`;
});
