import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '@org/store';
import { dropSchema, freshSchema, postgresUnavailable, testEnv } from '@org/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_CONFIG_WARNING } from './site-config.js';

// The server as `pnpm start` runs it (src/server.ts, in a child process on a port of its own), for what
// only its start does: loading the demo data into an empty store, or not.
const appDir = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mosty-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pgReason = await postgresUnavailable();

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** A server process (src/server.ts) and everything it has written to stdout and stderr so far. */
interface ServerProcess {
  child: ChildProcess;
  port: number;
  stdout: () => string;
  stderr: () => string;
  /** Resolves when `pattern` appears in stdout or stderr; rejects when the process exits first. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
  /** Resolves when the process has ended and its output is read. */
  ended: Promise<void>;
  /** Sends SIGTERM and waits for the process to end. */
  stop: () => Promise<void>;
}

/** Starts src/server.ts as `pnpm start` runs it, on a port of its own, with `env` over this process's environment. */
async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: appDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let exited = child.exitCode !== null;
  const changed = new Set<() => void>();
  const notify = () => {
    for (const listener of changed) listener();
  };
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk;
    notify();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk;
    notify();
  });
  const ended = new Promise<void>((resolve) =>
    child.once('close', () => {
      exited = true;
      notify();
      resolve();
    }),
  );
  const waitFor = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = (stdout + stderr).match(pattern);
        if (match) done(() => resolve(match));
        else if (exited) done(() => reject(new Error(`server exited before printing ${pattern}:\n${stdout}${stderr}`)));
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${stdout}${stderr}`))),
        timeoutMs,
      );
      const done = (settle: () => void) => {
        clearTimeout(timer);
        changed.delete(check);
        settle();
      };
      changed.add(check);
      check();
    });
  return {
    child,
    port,
    stdout: () => stdout,
    stderr: () => stderr,
    waitFor,
    ended,
    stop: async () => {
      if (!exited) child.kill('SIGTERM');
      await ended;
    },
  };
}

/** Starts the server on a fresh database, waits until it listens, stops it, and counts the events stored. */
async function eventsAfterStart(name: string, env: Record<string, string>): Promise<number> {
  const database = join(dir, `${name}.db`);
  const server = await startServer({ ...env, DATABASE_URL: database });
  try {
    await server.waitFor(new RegExp(`http://localhost:${server.port}/`));
    expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(200);
  } finally {
    await server.stop();
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

describe.skipIf(pgReason !== null)(`the server on PostgreSQL${pgReason ? ` (skipped: ${pgReason})` : ''}`, () => {
  it('logs the database it opened with the password hidden', async () => {
    const schema = freshSchema('mosty_website');
    const url = new URL(testEnv.PG_URL);
    // Trust auth takes any password: this one is only there to be hidden.
    url.password = 'rightpw';
    url.searchParams.set('schema', schema);
    const server = await startServer({ DATABASE_URL: url.href, DEMO_DATA: 'off' });
    try {
      const [line] = await server.waitFor(new RegExp(`^.*http://localhost:${server.port}/.*$`, 'm'));
      expect(line).toContain('database postgres://postgres:***@');
      expect(server.stdout() + server.stderr()).not.toContain('rightpw');
    } finally {
      await server.stop();
      await dropSchema(schema);
    }
  });
});

describe('the server with WORKERS=2', () => {
  it('replaces a server process that dies, and the site answers throughout', async () => {
    const server = await startServer({ DATABASE_URL: join(dir, 'workers.db'), WORKERS: '2' });
    const started = () => [...server.stdout().matchAll(/started server process (\d+)\./g)].map((m) => Number(m[1]));
    try {
      await server.waitFor(new RegExp(`http://localhost:${server.port}/`));
      await server.waitFor(/(started server process \d+\.[\s\S]*){2}/);
      // Both listen before one is killed: else the survivor may not serve yet, and nothing answers.
      await server.waitFor(/(server process \d+ is listening\.[\s\S]*){2}/);
      const [victim, survivor] = started();
      expect(victim).toBeDefined();
      process.kill(victim as number, 'SIGKILL');
      await server.waitFor(new RegExp(`server process ${victim} ended \\(SIGKILL\\)`));
      // The other process serves while the replacement starts.
      expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(200);
      await server.waitFor(/(started server process \d+\.[\s\S]*){3}/);
      const replacement = started()[2] as number;
      await server.waitFor(new RegExp(`server process ${replacement} is listening\\.`));
      expect([victim, survivor]).not.toContain(replacement);
      expect(() => process.kill(replacement, 0)).not.toThrow();
      for (let i = 0; i < 10; i++) expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describe('the server’s rate limit', () => {
  it('limits the API per client as API_RATE_LIMIT says, and not at all with off', async () => {
    const limited = await startServer({ DATABASE_URL: join(dir, 'limit.db'), API_RATE_LIMIT: '2' });
    try {
      await limited.waitFor(new RegExp(`http://localhost:${limited.port}/`));
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`http://127.0.0.1:${limited.port}/api/v1/events`)).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.stop();
    }
    const open = await startServer({ DATABASE_URL: join(dir, 'limit.db'), API_RATE_LIMIT: 'off' });
    try {
      await open.waitFor(new RegExp(`http://localhost:${open.port}/`));
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`http://127.0.0.1:${open.port}/api/v1/events`);
        expect(res.status).toBe(200);
        expect(res.headers.get('ratelimit-limit')).toBeNull();
      }
    } finally {
      await open.stop();
    }
  }, 60_000);

  it.each([
    ['API_RATE_LIMIT', 'lots', /API_RATE_LIMIT: expected requests per minute per client.*got "lots"/],
    [
      'TRUSTED_PROXIES',
      '10.0.0.1,proxy.local',
      /TRUSTED_PROXIES\.1: expected an IP address or a CIDR block.*got "proxy\.local"/,
    ],
  ])('refuses to start with %s=%s, saying which and why', async (name, value, message) => {
    const server = await startServer({ DATABASE_URL: join(dir, 'refused.db'), [name]: value });
    try {
      // A server that started after all is stopped, not left listening when the test fails.
      await server.waitFor(/^website: failed to start/m, 20_000);
      await server.ended;
      expect(server.child.exitCode).toBe(1);
      expect(server.stderr()).toMatch(message);
    } finally {
      await server.stop();
    }
  });
});

describe('a server that cannot start', () => {
  it.skipIf(pgReason !== null)(
    `says why in one English line and exits with 1${pgReason ? ` (skipped: ${pgReason})` : ''}`,
    async () => {
      const url = new URL(testEnv.PG_URL);
      url.pathname = '/mosty_no_such_db';
      const server = await startServer({ DATABASE_URL: url.href });
      await server.ended;
      expect(server.child.exitCode).toBe(1);
      const lines = server
        .stderr()
        .trim()
        .split('\n')
        .filter((line) => !line.startsWith(`website: ${DEMO_CONFIG_WARNING}`));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^website: failed to start \[DATABASE_OPEN\]: Cannot connect to PostgreSQL at /);
      expect(lines[0]).toContain('database "mosty_no_such_db" does not exist');
      expect(lines[0]).toMatch(/\.$/);
    },
  );

  it('prints the stack too when DEBUG is set', async () => {
    const server = await startServer({ DATABASE_URL: 'mysql://nowhere/mosty', DEBUG: '1' });
    await server.ended;
    expect(server.child.exitCode).toBe(1);
    expect(server.stderr()).toMatch(/^website: failed to start \[VALIDATION\]: .*mysql:\/\/nowhere\/mosty.*\.$/m);
    expect(server.stderr()).toMatch(/^\s+at /m);
  });
});
