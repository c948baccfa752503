import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, HARNESS_ENV, type Harness, PASSWORD, startHarness } from '../testing/harness.js';
import { addressBucket, addressKey, networkBucket } from './login-rate-limit.js';

const ADMIN_DIR = fileURLToPath(new URL('../..', import.meta.url));
const SERVER = fileURLToPath(new URL('../server.ts', import.meta.url));
// tsx's loader inside the child's own node process, so killing the child stops the server itself.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

/** One failed sign-in from a fresh browser; answers the status, Retry-After and the page. */
async function attempt(base: string, email: string, password = 'not the password at all') {
  const client = new Client(base);
  await client.request('/login');
  const res = await client.post('/login', { email, password });
  return { ...res, session: [...client.cookies.keys()].some((k) => k.includes('session')) };
}

/** One request from the loopback address `from` (127.0.0.2…), as a browser elsewhere would make it. */
function requestFrom(
  base: string,
  from: string,
  path: string,
  init: { cookie?: string; form?: URLSearchParams; forwardedFor?: string } = {},
) {
  const url = new URL(base);
  const body = init.form?.toString();
  return new Promise<{ status: number; text: string; cookies: string[] }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: body === undefined ? 'GET' : 'POST',
        localAddress: from,
        headers: {
          ...(init.cookie ? { cookie: init.cookie } : {}),
          ...(init.forwardedFor === undefined ? {} : { 'x-forwarded-for': init.forwardedFor }),
          ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            cookies: res.headers['set-cookie'] ?? [],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A sign-in from a fresh browser at the address `from`: its status, and whether a session began. */
async function attemptFrom(
  base: string,
  from: string,
  email: string,
  password = 'not the password at all',
  forwardedFor?: string,
) {
  const page = await requestFrom(base, from, '/login');
  const cookie = page.cookies.map((c) => c.split(';')[0]).join('; ');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
  const res = await requestFrom(base, from, '/login', {
    cookie,
    form: new URLSearchParams({ _csrf: csrf, email, password }),
    ...(forwardedFor === undefined ? {} : { forwardedFor }),
  });
  return { status: res.status, session: res.cookies.some((c) => c.startsWith('mosty_session=')) };
}

const ACCOUNT_LIMITS = { LOGIN_MAX_PER_ACCOUNT: '3', LOGIN_MAX_PER_ADDRESS: '1000' };

describe('sign-in rate limit per account', () => {
  let h: Harness;
  let second: ChildProcess | null = null;
  beforeAll(async () => {
    h = await startHarness({ env: ACCOUNT_LIMITS });
  });
  afterAll(async () => {
    second?.kill();
    await h?.close();
  });

  it('refuses the attempt after the third failure with 429, Retry-After and a Polish message, even with the right password', async () => {
    const email = h.users.reviewer.email;
    for (let i = 0; i < 3; i++) expect((await attempt(h.url, email)).status).toBe(401);
    const refused = await attempt(h.url, email, PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.session).toBe(false);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(refused.text).toContain('Zbyt wiele prób logowania. Spróbuj ponownie za 15 min.');
    expect(refused.text).not.toContain('Nieprawidłowy e-mail lub hasło');
    // Another account from the same address is not affected (signIn throws unless it is let in).
    await h.signIn('editor');
  });

  it('starts the account afresh after a successful sign-in', async () => {
    const email = h.users.administrator.email;
    for (let i = 0; i < 2; i++) expect((await attempt(h.url, email)).status).toBe(401);
    await new Client(h.url).signIn(email);
    for (let i = 0; i < 3; i++) expect((await attempt(h.url, email)).status).toBe(401);
    expect((await attempt(h.url, email)).status).toBe(429);
  });

  it('counts in the database: a second admin process on the same database refuses the same account', async () => {
    const port = await freePort();
    second = spawn(process.execPath, ['--import', TSX, SERVER], {
      cwd: ADMIN_DIR,
      env: { ...process.env, ...HARNESS_ENV, ...ACCOUNT_LIMITS, DATABASE_URL: h.databaseUrl, ADMIN_PORT: String(port) },
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}`;
    await expect
      .poll(async () => (await fetch(`${url}/healthz`).catch(() => null))?.status ?? 0, {
        timeout: 60_000,
        interval: 250,
      })
      .toBe(200);
    const email = 'nobody-in-particular@mosty.test';
    for (let i = 0; i < 3; i++) expect((await attempt(h.url, email)).status).toBe(401);
    expect((await attempt(url, email)).status).toBe(429);
    // And the other way round: failures in the second process count in the first.
    const email2 = 'someone-else@mosty.test';
    for (let i = 0; i < 3; i++) expect((await attempt(url, email2)).status).toBe(401);
    expect((await attempt(h.url, email2)).status).toBe(429);
  });
});

describe('sign-in rate limit per address', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { LOGIN_MAX_PER_ACCOUNT: '1000', LOGIN_MAX_PER_ADDRESS: '5' } });
  });
  afterAll(() => h?.close());

  it('counts only failed attempts: colleagues signing in from one address never lock each other out', async () => {
    for (let i = 0; i < 8; i++) await new Client(h.url).signIn(h.users.editor.email);
    expect((await attempt(h.url, h.users.reviewer.email, PASSWORD)).session).toBe(true);
    await h.store.rateLimits.reset(addressKey('127.0.0.1'));
  });

  it('applies across accounts: after five attempts on five accounts, a sixth account is refused too', async () => {
    for (let i = 0; i < 5; i++) expect((await attempt(h.url, `guess-${i}@mosty.test`)).status).toBe(401);
    const refused = await attempt(h.url, h.users.editor.email, PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.session).toBe(false);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // The counter lives in the store: the count for this address is over the limit there.
    expect((await h.store.rateLimits.hit(addressKey('127.0.0.1'), 15 * 60_000, 5)).allowed).toBe(false);
  });
});

describe('sign-in rate limit of an account from elsewhere', () => {
  let h: Harness;
  let at = Date.parse('2027-03-01T09:00:00Z');
  beforeAll(async () => {
    h = await startHarness({
      env: {
        LOGIN_MAX_PER_ACCOUNT: '3',
        LOGIN_MAX_PER_ADDRESS: '1000',
        LOGIN_ACCOUNT_CEILING: '6',
        LOGIN_ACCOUNT_CEILING_MINUTES: '5',
      },
      now: () => new Date(at),
    });
  });
  afterAll(() => h?.close());

  it("does not lock the owner out: failures from one address, however many, leave another address's count alone", async () => {
    const victim = h.users.editor.email;
    for (let i = 0; i < 3; i++) expect((await attemptFrom(h.url, '127.0.0.2', victim)).status).toBe(401);
    // Past its own count the attacker's address is refused, with the right password too, and keeps being refused;
    // none of these reaches the account's ceiling of 6.
    for (let i = 0; i < 10; i++) {
      const refused = await attemptFrom(h.url, '127.0.0.2', victim, PASSWORD);
      expect(refused).toEqual({ status: 429, session: false });
    }
    expect(await attemptFrom(h.url, '127.0.0.1', victim, PASSWORD)).toEqual({ status: 303, session: true });
  });

  it('stops guessing from many addresses at the account ceiling, for 5 minutes, not the 15 of one address', async () => {
    const victim = h.users.reviewer.email;
    for (const from of ['127.0.0.3', '127.0.0.4'])
      for (let i = 0; i < 3; i++) expect((await attemptFrom(h.url, from, victim)).status).toBe(401);
    // Six failures from two addresses: a third address, and the owner's own, are refused even with the password.
    expect(await attemptFrom(h.url, '127.0.0.5', victim, PASSWORD)).toEqual({ status: 429, session: false });
    const owner = new Client(h.url);
    await owner.request('/login');
    const refused = await owner.post('/login', { email: victim, password: PASSWORD });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(5 * 60);
    expect(refused.text).toContain('Zbyt wiele prób logowania. Spróbuj ponownie za 5 min.');
    // Five minutes on, the owner gets in; the addresses that failed three times each still wait out their 15.
    at += 5 * 60_000;
    expect(await attemptFrom(h.url, '127.0.0.1', victim, PASSWORD)).toEqual({ status: 303, session: true });
    expect((await attemptFrom(h.url, '127.0.0.3', victim, PASSWORD)).status).toBe(429);
  });
});

describe('sign-in rate limit per address behind a reverse proxy (TRUSTED_PROXIES)', () => {
  let h: Harness;
  // 127.0.0.7 plays the proxy; any other loopback address is a client connecting directly.
  const PROXY = '127.0.0.7';
  beforeAll(async () => {
    h = await startHarness({
      env: { LOGIN_MAX_PER_ACCOUNT: '1000', LOGIN_MAX_PER_ADDRESS: '2', TRUSTED_PROXIES: `${PROXY}, 10.0.0.0/8` },
    });
  });
  afterAll(() => h?.close());
  const guess = (from: string, forwardedFor?: string) =>
    attemptFrom(h.url, from, 'nobody@mosty.test', 'not the password at all', forwardedFor);

  it('ignores X-Forwarded-For from a peer that is no trusted proxy: a new address per attempt does not help', async () => {
    expect((await guess('127.0.0.6', '198.51.100.1')).status).toBe(401);
    expect((await guess('127.0.0.6', '198.51.100.2')).status).toBe(401);
    expect((await guess('127.0.0.6', '198.51.100.3')).status).toBe(429);
    expect((await guess('127.0.0.6')).status).toBe(429);
    // Counted by the socket's address, and by none of the addresses it claimed.
    expect((await h.store.rateLimits.hit(addressKey('198.51.100.3'), 15 * 60_000, 1)).allowed).toBe(true);
  });

  it("counts each client behind a trusted proxy by the address the proxy saw, not by the proxy's", async () => {
    expect((await guess(PROXY, '203.0.113.1')).status).toBe(401);
    expect((await guess(PROXY, '203.0.113.1')).status).toBe(401);
    expect((await guess(PROXY, '203.0.113.1')).status).toBe(429);
    // Another client through the same proxy has its own count, also through a second proxy in a trusted block.
    expect((await guess(PROXY, '203.0.113.2')).status).toBe(401);
    expect((await guess(PROXY, '203.0.113.2, 10.9.8.7')).status).toBe(401);
    expect((await guess(PROXY, '203.0.113.2')).status).toBe(429);
    // An address the client put before the one the proxy appended does not start a fresh count.
    expect((await guess(PROXY, '192.0.2.99, 203.0.113.1')).status).toBe(429);
    // A sign-in through the proxy is recorded with the client's address.
    const page = await requestFrom(h.url, PROXY, '/login');
    const cookie = page.cookies.map((c) => c.split(';')[0]).join('; ');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    const signedIn = await requestFrom(h.url, PROXY, '/login', {
      cookie,
      form: new URLSearchParams({ _csrf: csrf, email: h.users.editor.email, password: PASSWORD }),
      forwardedFor: '203.0.113.50',
    });
    expect(signedIn.status).toBe(303);
    const token =
      signedIn.cookies
        .find((c) => c.startsWith('mosty_session='))
        ?.split(';')[0]
        ?.split('=')[1] ?? '';
    // The store keeps the address in the session's row only (its SessionMeta): read there, by the token's hash.
    const db = new Database(h.databaseUrl, { readonly: true });
    try {
      const hash = createHash('sha256').update(decodeURIComponent(token)).digest('base64url');
      const row = db.prepare('select meta from sessions where token_hash = ?').get(hash) as { meta: string };
      expect(JSON.parse(row.meta)).toMatchObject({ ip: '203.0.113.50' });
    } finally {
      db.close();
    }
  });
});

describe('sign-in rate limit per IPv6 /48', () => {
  let h: Harness;
  const PROXY = '127.0.0.7';
  beforeAll(async () => {
    // Two per address (/64), so eight per /48.
    h = await startHarness({
      env: { LOGIN_MAX_PER_ACCOUNT: '1000', LOGIN_MAX_PER_ADDRESS: '2', TRUSTED_PROXIES: PROXY },
    });
  });
  afterAll(() => h?.close());
  const guess = (client: string) => attemptFrom(h.url, PROXY, 'nobody@mosty.test', 'not the password at all', client);

  it('refuses a fresh /64 of a /48 that has failed four times the per-address limit, and no other /48', async () => {
    for (let net = 0; net < 4; net++)
      for (let i = 1; i <= 2; i++) expect((await guess(`2001:db8:1:${net}::${i}`)).status).toBe(401);
    // A /64 that never tried before is refused: its /48 has used up its eight.
    expect((await guess('2001:db8:1:4::1')).status).toBe(429);
    expect((await guess('2001:db8:1:ffff:1:2:3:4')).status).toBe(429);
    // Another /48 is counted on its own, and an IPv4 address by itself.
    expect((await guess('2001:db8:2::1')).status).toBe(401);
    expect((await guess('198.51.100.20')).status).toBe(401);
  });
});

describe('the address a sign-in is counted by', () => {
  it('is an IPv4 address as it is, also mapped into IPv6', () => {
    expect(addressBucket('10.0.0.1')).toBe('10.0.0.1');
    expect(addressBucket('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(addressBucket('unknown')).toBe('unknown');
  });

  it('is the /64 of an IPv6 address, however it is written', () => {
    expect(addressBucket('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
    expect(addressBucket('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('is also counted by its /48 when it is IPv6, and by nothing more when it is IPv4', () => {
    expect(networkBucket('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1::/48');
    expect(networkBucket('2001:0DB8:0001:ffff::')).toBe('2001:db8:1::/48');
    expect(networkBucket('::1')).toBe('0:0:0::/48');
    expect(networkBucket('10.0.0.1')).toBeNull();
    expect(networkBucket('::ffff:10.0.0.1')).toBeNull();
    expect(networkBucket('unknown')).toBeNull();
  });
});
