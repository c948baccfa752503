import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, startHarness } from '../testing/harness.js';
import { LOGIN_BUSY_RETRY_SECONDS, LOGIN_HASHES_AT_ONCE, LOGIN_HASHES_WAITING } from './login-hash-gate.js';
import { addressKey } from './login-rate-limit.js';

/**
 * The ceiling on password checks at once (F2 of the security review), over real HTTP: sign-ins with fresh e-mails
 * (each its own counts, each one scrypt of the dummy hash) sent all at once. Counted by status, never timed.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed: false });
});
afterAll(() => h?.close());

const ATTEMPTS = 40;

describe('sign-ins sent all at once', () => {
  it('are checked two at a time with six waiting; the rest get 503, Retry-After and a message, and are not counted', async () => {
    const clients = await Promise.all(
      Array.from({ length: ATTEMPTS }, async () => {
        const client = new Client(h.url);
        await client.request('/login');
        return client;
      }),
    );
    const answers = await Promise.all(
      clients.map((client) =>
        client.post('/login', { email: `nikt-${randomUUID()}@mosty.test`, password: 'nie to hasło, ani żadne' }),
      ),
    );
    const checked = answers.filter((a) => a.status === 401);
    const busy = answers.filter((a) => a.status === 503);
    expect(checked.length + busy.length).toBe(ATTEMPTS);
    // However fast the checks, the first eight to arrive are let in; no more than that could wait at the start.
    expect(checked.length).toBeGreaterThanOrEqual(LOGIN_HASHES_AT_ONCE + LOGIN_HASHES_WAITING);
    expect(busy.length).toBeGreaterThan(0);
    for (const answer of busy) {
      expect(answer.headers.get('retry-after')).toBe(String(LOGIN_BUSY_RETRY_SECONDS));
      expect(answer.text).toContain(
        `Zbyt wiele logowań naraz: panel nie sprawdził hasła i nie liczy tej próby. Spróbuj ponownie za ${LOGIN_BUSY_RETRY_SECONDS} s.`,
      );
      // The form comes back with the e-mail typed, ready to send again.
      expect(answer.text).toMatch(/name="email"[^>]*value="nikt-/);
    }
    // Only the checked attempts count against the address: a limit of exactly that many is reached, not passed.
    const key = addressKey('127.0.0.1');
    expect((await h.store.rateLimits.hit(key, 15 * 60_000, checked.length + 1)).allowed).toBe(true);
    expect((await h.store.rateLimits.hit(key, 15 * 60_000, checked.length + 1)).allowed).toBe(false);
    await h.store.rateLimits.reset(key);
  }, 120_000);

  it('leave the admin signing people in once they are done', async () => {
    await h.signIn('editor');
  });
});
