#!/usr/bin/env node
// `pnpm start`: the public website (port 3000, env PORT) and then the admin (port 3001, env
// ADMIN_PORT) on one database — data/mosty.db under the workspace root unless DATABASE_URL says
// otherwise. The website starts first: it migrates the database and seeds the demo on an empty one,
// so the admin never races it on a fresh database. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// An app runs with the Node.js flags of its own start script (the website's young generation size, see
// apps/website/README.md), so this, the app's own `pnpm start` and its benchmark run the same server.
const nodeFlags = (app) =>
  JSON.parse(readFileSync(new URL(`../apps/${app}/package.json`, import.meta.url), 'utf8'))
    .scripts.start.split(' ')
    .filter((word) => word.startsWith('--'));
const apps = [
  {
    name: 'website',
    entry: 'apps/website/dist/server.js',
    port: process.env.PORT ?? '3000',
    flags: nodeFlags('website'),
  },
  {
    name: 'admin',
    entry: 'apps/admin/dist/server.js',
    port: process.env.ADMIN_PORT ?? '3001',
    flags: nodeFlags('admin'),
  },
];

const children = [];
let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitForPort(port, child) {
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return false;
}

for (const app of apps) {
  if (!existsSync(new URL(`../${app.entry}`, import.meta.url))) {
    console.error(`start: ${app.entry} is missing — run "pnpm build" first`);
    stop(1);
    break;
  }
  const child = spawn(process.execPath, [...app.flags, app.entry], { cwd: root, stdio: 'inherit', env: process.env });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`start: ${app.name} stopped (${signal ?? `exit ${code}`}); stopping the rest`);
      stop(code ?? 1);
    }
  });
  if (!(await waitForPort(app.port, child))) {
    if (!stopping) stop(1);
    break;
  }
}
