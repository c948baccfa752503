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
