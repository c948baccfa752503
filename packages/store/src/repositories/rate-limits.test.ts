import { ValidationError } from '@org/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, type TestStore } from '../test/dialects.js';
import type { Store } from '../types.js';

describe.each(DIALECTS)('rate limits on $name', (dialect) => {
  let t: TestStore;
  let store: Store;
  let now = Date.parse('2026-11-26T09:00:00.000Z');
  beforeEach(async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    now = Date.parse('2026-11-26T09:00:00.000Z');
    t = await dialect.open({ now: () => new Date(now) });
    store = t.store;
  });
  afterEach(async () => {
    await t?.dispose();
  });

  it('allows up to the limit in a window from the first hit, then refuses until the window ends', async () => {
    const hit = () => store.rateLimits.hit('login:ala@example.org', 60_000, 3);
    expect(await hit()).toEqual({ allowed: true, count: 1, retryAfterMs: 0 });
    now += 10_000;
    expect(await hit()).toEqual({ allowed: true, count: 2, retryAfterMs: 0 });
    expect(await hit()).toEqual({ allowed: true, count: 3, retryAfterMs: 0 });
    now += 5_000;
    // The window started at the first hit: 15 s in, 45 s remain.
    expect(await hit()).toEqual({ allowed: false, count: 4, retryAfterMs: 45_000 });
    now += 44_999;
    expect(await hit()).toMatchObject({ allowed: false, count: 5, retryAfterMs: 1 });
    now += 1;
    // A new window starts at this hit.
    expect(await hit()).toEqual({ allowed: true, count: 1, retryAfterMs: 0 });
    now += 59_999;
    expect(await hit()).toMatchObject({ allowed: true, count: 2 });
  });

  it('counts keys apart, and reset forgets a key', async () => {
    for (let i = 0; i < 2; i++) await store.rateLimits.hit('ip:10.0.0.1', 60_000, 2);
    expect(await store.rateLimits.hit('ip:10.0.0.1', 60_000, 2)).toMatchObject({ allowed: false, count: 3 });
    expect(await store.rateLimits.hit('ip:10.0.0.2', 60_000, 2)).toMatchObject({ allowed: true, count: 1 });
    await store.rateLimits.reset('ip:10.0.0.1');
    await store.rateLimits.reset('never-seen');
    expect(await store.rateLimits.hit('ip:10.0.0.1', 60_000, 2)).toEqual({ allowed: true, count: 1, retryAfterMs: 0 });
    expect(await store.rateLimits.hit('ip:10.0.0.2', 60_000, 2)).toMatchObject({ count: 2 });
  });

  it('forgives one hit of the current window, never going below none', async () => {
    const hit = () => store.rateLimits.hit('ip:10.0.0.9', 60_000, 2);
    await hit();
    await hit();
    await store.rateLimits.forgive('ip:10.0.0.9');
    expect(await hit()).toMatchObject({ allowed: true, count: 2 });
    for (let i = 0; i < 5; i++) await store.rateLimits.forgive('ip:10.0.0.9');
    expect(await hit()).toMatchObject({ allowed: true, count: 1 });
    await store.rateLimits.forgive('never-hit');
    expect(await store.rateLimits.hit('never-hit', 60_000, 1)).toMatchObject({ count: 1 });
    await expect(store.rateLimits.forgive('')).rejects.toBeInstanceOf(ValidationError);
  });

  it('counts concurrent hits from several stores (connections) exactly', async () => {
    const others = [store, await t.reopen({ migrate: false }), await t.reopen({ migrate: false })];
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => (others[i % others.length] as Store).rateLimits.hit('busy', 60_000, 50)),
    );
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(results.filter((r) => r.allowed)).toHaveLength(50);
    expect(results.filter((r) => !r.allowed).every((r) => r.retryAfterMs > 0)).toBe(true);
  });

  it('prunes the counters whose window started at least the given time ago, and only those', async () => {
    await store.rateLimits.hit('login:old@example.org', 15 * 60_000, 5);
    now += 10 * 60_000;
    await store.rateLimits.hit('login:new@example.org', 15 * 60_000, 5);
    await store.rateLimits.hit('login:old@example.org', 15 * 60_000, 5);
    now += 5 * 60_000;
    // The old key's window started 15 minutes ago (its second hit did not start another), the new one's 5.
    const version = await store.dataVersion();
    expect(await store.rateLimits.prune(15 * 60_000)).toBe(1);
    expect(await store.dataVersion()).toBe(version);
    expect(await store.rateLimits.hit('login:old@example.org', 15 * 60_000, 5)).toMatchObject({ count: 1 });
    expect(await store.rateLimits.hit('login:new@example.org', 15 * 60_000, 5)).toMatchObject({ count: 2 });
    expect(await store.rateLimits.prune(15 * 60_000)).toBe(0);
    await expect(store.rateLimits.prune(0)).rejects.toMatchObject({ issues: [{ path: 'olderThanMs' }] });
    await expect(store.rateLimits.prune(1.5)).rejects.toBeInstanceOf(ValidationError);
  });

  it('does not change the data version (counters are not data), and refuses bad arguments', async () => {
    const before = await store.dataVersion();
    await store.rateLimits.hit('k', 1000, 1);
    await store.rateLimits.reset('k');
    expect(await store.dataVersion()).toBe(before);
    await expect(store.rateLimits.hit('', 1000, 1)).rejects.toBeInstanceOf(ValidationError);
    await expect(store.rateLimits.hit('k', 0, 1)).rejects.toMatchObject({ issues: [{ path: 'windowMs' }] });
    await expect(store.rateLimits.hit('k', 1000, 1.5)).rejects.toMatchObject({ issues: [{ path: 'limit' }] });
  });
});
