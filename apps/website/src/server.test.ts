import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '@org/store';
import { afterAll, describe, expect, it } from 'vitest';

// The server as `pnpm start` runs it (src/server.ts, in a child process on a port of its own), for what
// only its start does: loading the demo data into an empty store, or not.
const appDir = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mosty-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Starts the server on a fresh database, waits until it listens, stops it, and counts the events stored. */
async function eventsAfterStart(name: string, env: Record<string, string>): Promise<number> {
  const database = join(dir, `${name}.db`);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: appDir,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: database },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk;
        if (output.includes(`http://localhost:${port}/`)) resolve();
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        output += chunk;
      });
      child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
    });
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  const store = await openStore(database, { migrate: false });
  try {
    return (await store.events.list({ limit: 1 })).total;
  } finally {
    await store.close();
  }
}

describe('the server’s first start', () => {
  it('loads the demo data into an empty store by default, and nothing with DEMO_DATA=off', async () => {
    expect(await eventsAfterStart('demo', {})).toBeGreaterThan(0);
    expect(await eventsAfterStart('empty', { DEMO_DATA: 'off' })).toBe(0);
  }, 60_000);
});
