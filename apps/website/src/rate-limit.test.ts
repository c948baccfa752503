import { BlockList } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RateLimiter, rateLimitHeaders, rateLimitKey } from './rate-limit.js';

/** A clock a test moves by hand. */
const clock = (start = 0) => {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
};

describe('RateLimiter', () => {
  it('allows the limit in a window, then refuses until the window ends, which refusals do not move', () => {
    const c = clock(1_000);
    const limiter = new RateLimiter({ limit: 3, now: c.now });
    expect([1, 2, 3].map(() => limiter.hit('a'))).toEqual([
      { allowed: true, limit: 3, remaining: 2, resetSeconds: 60 },
      { allowed: true, limit: 3, remaining: 1, resetSeconds: 60 },
      { allowed: true, limit: 3, remaining: 0, resetSeconds: 60 },
    ]);
    c.advance(45_500);
    expect(limiter.hit('a')).toEqual({ allowed: false, limit: 3, remaining: 0, resetSeconds: 15 });
    c.advance(14_499);
    expect(limiter.hit('a')).toEqual({ allowed: false, limit: 3, remaining: 0, resetSeconds: 1 });
    // The window started at the first request; refused requests did not move it.
    c.advance(1);
    expect(limiter.hit('a')).toEqual({ allowed: true, limit: 3, remaining: 2, resetSeconds: 60 });
  });

  it('counts each client apart', () => {
    const limiter = new RateLimiter({ limit: 1, now: () => 0 });
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('a').allowed).toBe(false);
    expect(limiter.hit('b').allowed).toBe(true);
  });

  it('forgets clients whose window ended, and keeps at most maxClients however many addresses come', () => {
    const c = clock();
    const limiter = new RateLimiter({ limit: 5, windowMs: 1_000, maxClients: 100, now: c.now });
    for (let i = 0; i < 10_000; i++) {
      limiter.hit(`10.0.${i >> 8}.${i & 255}`);
      expect(limiter.size).toBeLessThanOrEqual(100);
    }
    expect(limiter.size).toBe(100);
    // The newest clients are the ones kept: the last one is still counted.
    expect(limiter.hit('10.0.39.15')).toMatchObject({ remaining: 3 });
    c.advance(1_000);
    limiter.hit('192.0.2.1');
    expect(limiter.size).toBe(1);
  });

  it('refuses a limit that is no whole number of at least 1, naming it', () => {
    for (const limit of [0, -1, 1.5, Number.NaN])
      expect(() => new RateLimiter({ limit })).toThrow(/limit must be a whole number of at least 1/);
  });
});

describe('rateLimitHeaders', () => {
  it('says the allowance, and Retry-After only when refused', () => {
    expect(rateLimitHeaders({ allowed: true, limit: 600, remaining: 599, resetSeconds: 60 })).toEqual({
      'ratelimit-limit': '600',
      'ratelimit-remaining': '599',
      'ratelimit-reset': '60',
    });
    expect(rateLimitHeaders({ allowed: false, limit: 600, remaining: 0, resetSeconds: 17 })).toMatchObject({
      'retry-after': '17',
    });
  });
});

describe('rateLimitKey', () => {
  it('is an IPv4 address itself, mapped or not, and an IPv6 address its /64', () => {
    expect(rateLimitKey('203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitKey('2001:db8:0:1:aaaa::1')).toBe('2001:db8:0:1::/64');
    expect(rateLimitKey('2001:0db8:0000:0001:ffff:ffff:ffff:ffff')).toBe('2001:db8:0:1::/64');
    expect(rateLimitKey('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(rateLimitKey('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(rateLimitKey('64:ff9b::198.51.100.1')).toBe('64:ff9b:0:0::/64');
    expect(rateLimitKey('unknown')).toBe('unknown');
  });

  it('puts every IPv6 address in the /64 its key names, and all of one /64 under one key', () => {
    const group = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
    fc.assert(
      fc.property(fc.ipV6(), fc.array(group, { minLength: 4, maxLength: 4 }), (address, low) => {
        const key = rateLimitKey(address);
        // A mapped IPv4 address is counted as IPv4.
        if (/^::ffff:[0-9.]+$/i.test(address)) return expect(key).toBe(address.slice('::ffff:'.length));
        const network = key.slice(0, -'/64'.length);
        const block = new BlockList();
        block.addSubnet(network, 64, 'ipv6');
        expect(block.check(address, 'ipv6'), `${address} in ${key}`).toBe(true);
        const sibling = `${network.split(':').slice(0, 4).join(':')}:${low.join(':')}`;
        expect(rateLimitKey(sibling)).toBe(key);
      }),
    );
  });
});
