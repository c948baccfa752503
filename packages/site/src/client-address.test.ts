import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientAddress, plainAddress, proxyEntry, trustedProxies } from './client-address.js';

describe('plainAddress', () => {
  it('reads an address as proxies write it: with a port, in brackets, mapped into IPv6', () => {
    expect(plainAddress(' 203.0.113.7 ')).toBe('203.0.113.7');
    expect(plainAddress('203.0.113.7:5678')).toBe('203.0.113.7');
    expect(plainAddress('[2001:db8::1]:443')).toBe('2001:db8::1');
    expect(plainAddress('[2001:db8::1]')).toBe('2001:db8::1');
    expect(plainAddress('2001:db8::1')).toBe('2001:db8::1');
    expect(plainAddress('::ffff:10.0.0.1')).toBe('10.0.0.1');
    for (const junk of ['unknown', '', '_hidden', '300.1.1.1', 'example.org', '10.0.0.1:x'])
      expect(plainAddress(junk)).toBeNull();
  });
});

describe('proxyEntry', () => {
  it('takes an address or a CIDR block of either family, and nothing else', () => {
    expect(proxyEntry('10.0.0.1')).toEqual({ address: '10.0.0.1', family: 'ipv4' });
    expect(proxyEntry('10.0.0.0/8')).toEqual({ address: '10.0.0.0', prefix: 8, family: 'ipv4' });
    expect(proxyEntry('fd00::/8')).toEqual({ address: 'fd00::', prefix: 8, family: 'ipv6' });
    for (const bad of ['nope', '10.0.0.0/33', 'fd00::/129', '10.0.0.0/8/8', '10.0.0.0/', '10.0.0.0/x', 'localhost'])
      expect(proxyEntry(bad), bad).toBeNull();
  });
});

describe('clientAddress', () => {
  const trusted = trustedProxies(['10.0.0.2', '10.1.0.0/16', '::1']);

  it('is the socket peer when it is no trusted proxy, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', trusted)).toBe('203.0.113.9');
    expect(clientAddress('203.0.113.9', undefined, trusted)).toBe('203.0.113.9');
    expect(clientAddress(undefined, '198.51.100.1', trusted)).toBe('unknown');
    // Trusting nobody, the default, reads no header at all.
    expect(clientAddress('10.0.0.2', '198.51.100.1', trustedProxies([]))).toBe('10.0.0.2');
  });

  it('behind a trusted proxy is the rightmost entry that is no trusted proxy; what the client wrote left of it is ignored', () => {
    expect(clientAddress('10.0.0.2', '203.0.113.7', trusted)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:10.0.0.2', '203.0.113.7', trusted)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.2', '198.51.100.66, 203.0.113.7', trusted)).toBe('203.0.113.7');
    // Through two proxies: the inner one (10.1.2.3, in a trusted block) is skipped.
    expect(clientAddress('10.0.0.2', '198.51.100.66, 203.0.113.7, 10.1.2.3', trusted)).toBe('203.0.113.7');
    expect(clientAddress('::1', '[2001:db8::5]:443', trusted)).toBe('2001:db8::5');
    // Only proxies: the farthest of them.
    expect(clientAddress('10.0.0.2', '10.1.0.9, 10.1.2.3', trusted)).toBe('10.1.0.9');
    // No header, or something else than an address where the client should be: the proxy's own address.
    expect(clientAddress('10.0.0.2', undefined, trusted)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', '203.0.113.7, unknown', trusted)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', '', trusted)).toBe('10.0.0.2');
  });

  it('never takes an address a client wrote: from an untrusted peer, or left of what a trusted proxy appended', () => {
    const ipv4 = fc.ipV4();
    fc.assert(
      fc.property(ipv4, fc.string(), (peer, header) => {
        fc.pre(!trusted(peer));
        expect(clientAddress(peer, header, trusted)).toBe(peer);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(ipv4, fc.string())), ipv4, (spoofed, seen) => {
        fc.pre(!trusted(seen));
        expect(clientAddress('10.0.0.2', [...spoofed, seen].join(', '), trusted)).toBe(seen);
      }),
    );
  });
});
