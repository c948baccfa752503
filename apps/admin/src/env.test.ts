import { describe, expect, it } from 'vitest';
import { parseAdminEnv } from './env.js';

describe('TRUSTED_PROXIES', () => {
  it('is nobody by default, else the listed addresses and blocks, spaces and empty entries aside', () => {
    expect(parseAdminEnv({}).trustedProxies).toEqual([]);
    expect(parseAdminEnv({ TRUSTED_PROXIES: '' }).trustedProxies).toEqual([]);
    expect(parseAdminEnv({ TRUSTED_PROXIES: ' 10.0.0.2 ,fd00::/8,, ::1' }).trustedProxies).toEqual([
      '10.0.0.2',
      'fd00::/8',
      '::1',
    ]);
  });

  it('stops the admin at an entry that is no address or block, naming it and its place', () => {
    expect(() => parseAdminEnv({ TRUSTED_PROXIES: '10.0.0.2, proxy.local' })).toThrow(
      /expected an IP address or a CIDR block \(10\.0\.0\.1, 10\.0\.0\.0\/8, fd00::\/8\), got "proxy\.local"\n\s+→ at TRUSTED_PROXIES\[1\]/,
    );
    expect(() => parseAdminEnv({ TRUSTED_PROXIES: '10.0.0.0/40' })).toThrow(/got "10\.0\.0\.0\/40"/);
  });
});

describe('HOST', () => {
  it('is every interface (undefined) unset or empty, else the address or host name given', () => {
    expect(parseAdminEnv({}).host).toBeUndefined();
    expect(parseAdminEnv({ HOST: ' ' }).host).toBeUndefined();
    expect(parseAdminEnv({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(parseAdminEnv({ HOST: '::1' }).host).toBe('::1');
    expect(parseAdminEnv({ HOST: 'localhost' }).host).toBe('localhost');
  });

  it('stops the admin at a value that is no address or host name, naming the variable', () => {
    expect(() => parseAdminEnv({ HOST: 'http://127.0.0.1' })).toThrow(
      /expected an IP address to listen on \(127\.0\.0\.1, ::1, 0\.0\.0\.0\) or a host name \(localhost\), got "http:\/\/127\.0\.0\.1"\n\s+→ at HOST/,
    );
  });
});
