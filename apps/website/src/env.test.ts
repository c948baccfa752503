import { describe, expect, it } from 'vitest';
import { debugEnabled, readEnv } from './env.js';

describe('readEnv', () => {
  it('links to the port the server listens on when SITE_URL is not set', () => {
    expect(readEnv({}).SITE_URL).toBe('http://localhost:3000');
    expect(readEnv({ PORT: '3918' }).SITE_URL).toBe('http://localhost:3918');
    expect(readEnv({ PORT: '3918', SITE_URL: 'https://mosty.example.org/strona' }).SITE_URL).toBe(
      'https://mosty.example.org/strona',
    );
  });

  it('names the variable that is wrong', () => {
    expect(() => readEnv({ SITE_URL: 'ftp://example.org' })).toThrow(/SITE_URL/);
    expect(() => readEnv({ PORT: 'trzy tysiące' })).toThrow(/PORT/);
    expect(() => readEnv({ DEMO_DATA: 'nie' })).toThrow(/DEMO_DATA/);
  });
});

describe('API_RATE_LIMIT', () => {
  it('is 600 requests a minute per client by default, a number given, or 0 (no limit) for 0 or off', () => {
    expect(readEnv({}).API_RATE_LIMIT).toBe(600);
    expect(readEnv({ API_RATE_LIMIT: '120' }).API_RATE_LIMIT).toBe(120);
    expect(readEnv({ API_RATE_LIMIT: ' 1000000 ' }).API_RATE_LIMIT).toBe(1_000_000);
    expect(readEnv({ API_RATE_LIMIT: '0' }).API_RATE_LIMIT).toBe(0);
    expect(readEnv({ API_RATE_LIMIT: 'off' }).API_RATE_LIMIT).toBe(0);
  });

  it.each(['', 'lots', '-5', '1.5', '1e3', '0x10', '1000001', 'OFF ON', 'none'])(
    'refuses "%s", naming the variable, what it takes and what it got',
    (value) => {
      expect(() => readEnv({ API_RATE_LIMIT: value })).toThrow(
        `API_RATE_LIMIT: expected requests per minute per client, a whole number up to 1000000 (600 by default), or 0 or off for no limit, got "${value.trim()}"`,
      );
    },
  );
});

describe('TRUSTED_PROXIES', () => {
  // As apps/admin/src/env.test.ts reads the admin's: keep the two in step.
  it('is nobody by default, else the listed addresses and blocks, spaces and empty entries aside', () => {
    expect(readEnv({}).TRUSTED_PROXIES).toEqual([]);
    expect(readEnv({ TRUSTED_PROXIES: '' }).TRUSTED_PROXIES).toEqual([]);
    expect(readEnv({ TRUSTED_PROXIES: ' 10.0.0.2 ,fd00::/8,, ::1' }).TRUSTED_PROXIES).toEqual([
      '10.0.0.2',
      'fd00::/8',
      '::1',
    ]);
  });

  it('refuses an entry that is no address or block, naming it and its place', () => {
    expect(() => readEnv({ TRUSTED_PROXIES: '10.0.0.2, proxy.local' })).toThrow(
      'TRUSTED_PROXIES.1: expected an IP address or a CIDR block (10.0.0.1, 10.0.0.0/8, fd00::/8), got "proxy.local"',
    );
    expect(() => readEnv({ TRUSTED_PROXIES: '10.0.0.0/40' })).toThrow(/got "10\.0\.0\.0\/40"/);
  });
});

describe('DEBUG', () => {
  it('is on when set to anything, off when unset or empty', () => {
    expect(readEnv({ DEBUG: '1' }).DEBUG).toBe(true);
    expect(readEnv({}).DEBUG).toBe(false);
    expect(debugEnabled({ DEBUG: '*' })).toBe(true);
    expect(debugEnabled({ DEBUG: '' })).toBe(false);
    expect(debugEnabled({})).toBe(false);
  });
});
