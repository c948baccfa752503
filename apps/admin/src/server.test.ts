import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEMO_CONFIG_WARNING, DEMO_SITE_CONFIG } from '@org/site';
import { openStore } from '@org/store';
import { dropSchema, freshSchema, postgresUnavailable, testEnv } from '@org/testkit';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

// The server's source under tsx's loader in its own node process, as the commands' tests run theirs.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const SERVER = fileURLToPath(new URL('./server.ts', import.meta.url));
const { SITE_CONFIG: _site, DATABASE_URL: _db, DEBUG: _debug, ...baseEnv } = process.env;
const pgReason = await postgresUnavailable();

const dir = mkdtempSync(join(tmpdir(), 'mosty-admin-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Starts the server; resolves when it exits or when its output matches `until`, after `whileRunning` (given
 * the output so far) is done with it (then it is stopped). A failure of `whileRunning` rejects once it is stopped.
 */
function start(
  env: Record<string, string>,
  until?: RegExp,
  whileRunning?: (output: string) => Promise<void>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', tsxLoader, SERVER], {
      cwd: dir,
      env: { ...baseEnv, ADMIN_PORT: '0', DATABASE_URL: join(dir, 'mosty.db'), ...env },
    });
    let stdout = '';
    let stderr = '';
    let ready = false;
    let failure: unknown;
    const check = () => {
      if (ready || !until?.test(stdout + stderr)) return;
      ready = true;
      Promise.resolve(whileRunning?.(stdout + stderr))
        .catch((error: unknown) => {
          failure = error;
        })
        .finally(() => child.kill('SIGTERM'));
    };
    child.stdout?.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      check();
    });
    child.stderr?.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
      check();
    });
    child.on('close', (code) => (failure ? reject(failure) : resolve({ code, stdout, stderr })));
  });
}

describe('starting the admin', () => {
  it('fails with the SITE_CONFIG file and every wrong field named', async () => {
    const path = join(dir, 'site.json');
    writeFileSync(
      path,
      JSON.stringify({
        ...DEMO_SITE_CONFIG,
        publisher: { ...DEMO_SITE_CONFIG.publisher, email: 'nie-adres' },
        accessibility: { ...DEMO_SITE_CONFIG.accessibility, updated: '2020-01-01' },
      }),
    );
    const { code, stdout, stderr } = await start({ SITE_CONFIG: path });
    expect(code).toBe(1);
    expect(stderr).toContain(`admin: failed to start: SITE_CONFIG ${path}: `);
    expect(stderr).toMatch(/publisher\.email: .*accessibility\.updated: is before the publication date/);
    expect(stdout).not.toContain('admin: http');
  }, 30_000);

  it('without SITE_CONFIG, starts and says once that the demo placeholders stand in', async () => {
    const { stdout, stderr } = await start({}, /admin: http:\/\/localhost:0 \(port \d+ on every interface, /);
    expect(stdout).toMatch(/admin: http:\/\/localhost:0 \(port \d+ on every interface, /);
    expect(stderr.split(DEMO_CONFIG_WARNING).length - 1).toBe(1);
    expect(stderr).toContain(`admin: ${DEMO_CONFIG_WARNING}.`);
  }, 60_000);

  const READY = /admin: http:\/\/localhost:0 \(port \d+ on every interface, /;
  const SEEDED = 'admin: empty store, loaded the demo data';
  const eventCount = async (db: string) => {
    const store = await openStore(db);
    try {
      return (await store.events.list({ limit: 1 })).total;
    } finally {
      await store.close();
    }
  };

  it('with DEMO_DATA=off, seeds nothing', async () => {
    const db = join(dir, 'off.db');
    const { stdout } = await start({ DATABASE_URL: db, DEMO_DATA: 'off' }, READY);
    expect(stdout).toMatch(READY);
    expect(stdout).not.toContain(SEEDED);
    expect(await eventCount(db)).toBe(0);
  }, 60_000);

  it('by default, seeds an empty store once and leaves a store with events alone', async () => {
    const db = join(dir, 'on.db');
    const first = await start({ DATABASE_URL: db }, READY);
    expect(first.stdout).toContain(SEEDED);
    const seeded = await eventCount(db);
    expect(seeded).toBeGreaterThan(0);
    const second = await start({ DATABASE_URL: db }, READY);
    expect(second.stdout).toMatch(READY);
    expect(second.stdout).not.toContain(SEEDED);
  }, 90_000);

  it('prunes sign-in counters whose window has passed and ended sessions at start, keeping live ones', async () => {
    const db = join(dir, 'prune.db');
    const dayAgo = new Date(Date.now() - 25 * 3_600_000);
    const past = await openStore(db, { now: () => dayAgo });
    const live = await openStore(db);
    try {
      const user = await live.users.create({
        email: 'p@mosty.test',
        name: 'P',
        role: 'editor',
        password: 'x'.repeat(12),
      });
      // The longest window the admin counts in is a day (a create form's token): a counter 25 hours old is over.
      await past.rateLimits.hit('login:stale', 900_000, 5);
      await live.rateLimits.hit('login:fresh', 900_000, 5);
      await past.sessions.create(user.id, 60_000);
      await live.sessions.create(user.id, 3_600_000);
    } finally {
      await past.close();
      await live.close();
    }
    const rows = () => {
      const raw = new Database(db, { readonly: true });
      try {
        return {
          counters: (raw.prepare('select key from rate_limits order by key').all() as { key: string }[]).map(
            (r) => r.key,
          ),
          sessions: (raw.prepare('select count(*) as n from sessions').get() as { n: number }).n,
        };
      } finally {
        raw.close();
      }
    };
    expect(rows()).toEqual({ counters: ['login:fresh', 'login:stale'], sessions: 2 });
    const { stdout } = await start({ DATABASE_URL: db, DEMO_DATA: 'off' }, READY);
    expect(stdout).toMatch(READY);
    expect(rows()).toEqual({ counters: ['login:fresh'], sessions: 1 });
  }, 60_000);

  it('refuses a DEMO_DATA other than on or off, naming the variable', async () => {
    const { code, stderr } = await start({ DEMO_DATA: 'yes' });
    expect(code).toBe(1);
    expect(errorLines(stderr)).toEqual([
      expect.stringMatching(/^admin: failed to start: Invalid admin environment: .*DEMO_DATA\.$/),
    ]);
  }, 30_000);
});

/** What the admin wrote to stderr, line by line, the warning about SITE_CONFIG aside. */
const errorLines = (stderr: string) =>
  stderr
    .trim()
    .split('\n')
    .filter((line) => line !== `admin: ${DEMO_CONFIG_WARNING}.`);

describe('an admin that cannot start', () => {
  it.skipIf(pgReason !== null)(
    `says why in one English line, with the error's code and the driver's reason, and exits with 1${pgReason ? ` (skipped: ${pgReason})` : ''}`,
    async () => {
      const url = new URL(testEnv.PG_URL);
      url.pathname = '/mosty_no_such_db';
      const { code, stdout, stderr } = await start({ DATABASE_URL: url.href });
      expect(code).toBe(1);
      expect(errorLines(stderr)).toEqual([
        `admin: failed to start [DATABASE_OPEN]: cannot open the database ${url.href} (cause: database "mosty_no_such_db" does not exist).`,
      ]);
      expect(stdout).toBe('');
    },
    30_000,
  );

  // Refused by the store before it connects, so the line holds the store's own sentence: it must be English.
  it('says a refused pool_max of DATABASE_URL in English, naming it', async () => {
    const url = 'postgres://127.0.0.1:5432/test?pool_max=0';
    const { code, stdout, stderr } = await start({ DATABASE_URL: url });
    expect(code).toBe(1);
    expect(errorLines(stderr)).toEqual([
      `admin: failed to start [DATABASE_OPEN]: cannot open the database ${url} (cause: pool_max in DATABASE_URL must be a number of connections from 1 to 1000 (got "0")).`,
    ]);
    expect(stdout).toBe('');
  }, 30_000);

  it('says a refused schema name of DATABASE_URL in English, naming it', async () => {
    const url = 'postgres://127.0.0.1:5432/test?schema=Mosty-Test';
    const { code, stderr } = await start({ DATABASE_URL: url });
    expect(code).toBe(1);
    expect(errorLines(stderr)).toEqual([
      `admin: failed to start [DATABASE_OPEN]: cannot open the database ${url} (cause: PostgreSQL schema name "Mosty-Test" must match /^[a-z_][a-z0-9_]{0,62}$/).`,
    ]);
  }, 30_000);

  it('says a DATABASE_URL of a scheme the store does not open in English, naming it', async () => {
    const { code, stdout, stderr } = await start({ DATABASE_URL: 'mysql://mosty:tajne@db/mosty' });
    expect(code).toBe(1);
    expect(errorLines(stderr)).toEqual([
      'admin: failed to start [VALIDATION]: cannot open the database mysql://mosty:***@db/mosty (cause: unsupported database address "mysql://mosty:***@db/mosty": give a SQLite file path, a file: or sqlite: URL, or postgres://).',
    ]);
    expect(stdout).toBe('');
  }, 30_000);

  // A port out of range: no URL parser reads it, and its password must not reach the log either.
  it('says a postgres:// DATABASE_URL that is no URL in English, its password hidden', async () => {
    const { code, stderr } = await start({ DATABASE_URL: 'postgres://mosty:tajne@127.0.0.1:99999/test' });
    expect(code).toBe(1);
    expect(errorLines(stderr)).toEqual([
      `admin: failed to start [DATABASE_OPEN]: cannot open the database postgres://mosty:***@127.0.0.1:99999/test (cause: DATABASE_URL "postgres://mosty:***@127.0.0.1:99999/test" is not a valid URL: expected postgres://user:password@host:port/database, with a port from 1 to 65535 and the password's special characters percent-encoded).`,
    ]);
    expect(stderr).not.toContain('tajne');
  }, 30_000);

  it('prints the stack as well when DEBUG is set', async () => {
    const line = /^admin: failed to start: Invalid admin environment: .*DEMO_DATA\.$/;
    const quiet = await start({ DEMO_DATA: 'yes' });
    expect(errorLines(quiet.stderr)).toEqual([expect.stringMatching(line)]);
    const debug = await start({ DEMO_DATA: 'yes', DEBUG: '1' });
    expect(debug.code).toBe(1);
    expect(errorLines(debug.stderr)[0]).toMatch(line);
    expect(debug.stderr).toMatch(/^\s+at parseAdminEnv /m);
  }, 30_000);
});

describe('HOST', () => {
  // The icon: tsx, run from another folder than the admin's, does not read its tsconfig's JSX settings,
  // so pages would not render; the address is what is tested.
  /** What answers `GET /favicon.svg` at `host`:`port`: its status, or the code of the refused connection. */
  const answer = (host: string, port: number) =>
    fetch(`http://${host}:${port}/favicon.svg`).then(
      (response) => response.status,
      (error: unknown) => ((error as { cause?: { code?: string } }).cause?.code ?? String(error)) as number | string,
    );
  const portOf = (output: string) => Number(/\(port (\d+) on /.exec(output)?.[1]);

  // 127.0.0.2 is this machine too (all of 127.0.0.0/8 is loopback): an admin on every interface answers there
  // and on 127.0.0.1, one on 127.0.0.2 only there.
  it('unset, the admin listens on every interface, as it did before the setting', async () => {
    const seen: Array<number | string> = [];
    await start({ DEMO_DATA: 'off' }, /\(port \d+ on every interface, /, async (output) => {
      seen.push(await answer('127.0.0.1', portOf(output)), await answer('127.0.0.2', portOf(output)));
    });
    expect(seen).toEqual([200, 200]);
  }, 30_000);

  it('binds the admin to the address given, and to nothing else', async () => {
    const seen: Array<number | string> = [];
    const { stdout } = await start(
      { HOST: '127.0.0.2', DEMO_DATA: 'off' },
      /\(port \d+ on 127\.0\.0\.2, /,
      async (output) => {
        seen.push(await answer('127.0.0.2', portOf(output)), await answer('127.0.0.1', portOf(output)));
      },
    );
    expect(stdout).toMatch(/^admin: http:\/\/localhost:0 \(port \d+ on 127\.0\.0\.2, database .*\)$/m);
    expect(seen).toEqual([200, 'ECONNREFUSED']);
  }, 30_000);

  it('says in one line that it cannot listen on an address this machine does not have', async () => {
    // 203.0.113.0/24 is TEST-NET-3 (RFC 5737), never a machine's own address.
    const { code, stderr } = await start({ HOST: '203.0.113.1', ADMIN_PORT: '3999', DEMO_DATA: 'off' });
    expect(code).toBe(1);
    expect(errorLines(stderr)).toEqual([
      'admin: failed to start: cannot listen on 203.0.113.1 port 3999 (cause: listen EADDRNOTAVAIL: address not available 203.0.113.1:3999).',
    ]);
  }, 30_000);
});

describe.skipIf(pgReason !== null)(`the database in the log${pgReason ? ` (skipped: ${pgReason})` : ''}`, () => {
  // Trust auth takes any password: this one is only there to be hidden.
  const PASSWORD = 'admin-secret-pw';

  it('is named with its password hidden when the admin starts', async () => {
    const schema = freshSchema('mosty_admin');
    const url = new URL(testEnv.PG_URL);
    url.password = PASSWORD;
    url.searchParams.set('schema', schema);
    try {
      const { stdout, stderr } = await start({ DATABASE_URL: url.href, DEMO_DATA: 'off' }, /\(port \d+ on /);
      const shown = new URL(url.href);
      shown.password = '***';
      expect(stdout).toMatch(/^admin: http:\/\/localhost:0 \(port \d+ on every interface, database .*\)$/m);
      expect(stdout).toContain(`, database ${shown.href})`);
      expect(stdout + stderr).not.toContain(PASSWORD);
    } finally {
      await dropSchema(schema);
    }
  }, 60_000);

  it('is named with its password hidden when the admin cannot open it', async () => {
    const url = new URL(testEnv.PG_URL);
    url.password = PASSWORD;
    url.pathname = '/mosty_no_such_db';
    const { code, stdout, stderr } = await start({ DATABASE_URL: url.href, DEBUG: '1' });
    expect(code).toBe(1);
    expect(stderr).toContain(
      'admin: failed to start [DATABASE_OPEN]: cannot open the database postgres://postgres:***@',
    );
    expect(stdout + stderr).not.toContain(PASSWORD);
  }, 30_000);
});
