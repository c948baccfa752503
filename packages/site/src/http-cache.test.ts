import { describe, expect, it } from 'vitest';
import { etagOf, negotiateEncoding, notModified } from './http-cache.js';

const NOW = Date.parse('2026-11-26T10:00:00Z');
const page = { etag: '"abc"', lastModified: new Date(NOW).toUTCString(), status: 200 };

describe('negotiateEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0, br;q=0', 'identity'],
    ['gzip;q=0.8, br;q=0.5', 'gzip'],
    ['GZIP', 'gzip'],
    ['*', 'br'],
    ['*;q=0', 'identity'],
    ['*;q=0, gzip', 'gzip'],
    ['br;q=0, *', 'gzip'],
    ['identity', 'identity'],
    ['gzip;q=abc', 'identity'],
    // Lenient where a sender is sloppy, in the direction of what it meant: a refusal stays a refusal, and a
    // weight above 1 (not a qvalue, RFC 9110 §12.4.2) counts as 1, so it does not outrank brotli.
    ['br;q =0, gzip', 'gzip'],
    ['br; Q=0 , gzip', 'gzip'],
    ['gzip;q=2, br', 'br'],
  ] as const)('%j → %s', (accept, expected) => {
    expect(negotiateEncoding(accept)).toBe(expected);
    // The remembered answer is the same as the first.
    expect(negotiateEncoding(accept)).toBe(expected);
  });
});

describe('etagOf', () => {
  it('gives each encoding a strong tag of its own, the identity body keeping the base tag', () => {
    expect(etagOf(page, 'identity')).toBe('"abc"');
    expect(etagOf(page, 'gzip')).toBe('"abc-gz"');
    expect(etagOf(page, 'br')).toBe('"abc-br"');
  });
});

describe('notModified', () => {
  it.each([
    [page.etag, true],
    [`W/${page.etag}`, true],
    ['"abc-gz"', true],
    [`"nope", ${etagOf(page, 'gzip')}`, true],
    [`W/"x",W/${etagOf(page, 'br')}`, true],
    ['*', true],
    ['"abcd"', false],
    ['"abc-zstd"', false],
    ['"nope", W/"other"', false],
  ])('If-None-Match %s: %s (weak comparison, any encoding of the same bytes)', (inm, expected) => {
    expect(notModified(page, inm, undefined, NOW)).toBe(expected);
  });

  it('honours If-Modified-Since, but not a date in the future or no date at all', () => {
    const at = (ims: string) => notModified(page, undefined, ims, NOW + 1000);
    expect(at(page.lastModified)).toBe(true);
    expect(at(new Date(NOW - 3_600_000).toUTCString())).toBe(false);
    expect(at(new Date(NOW + 86_400_000).toUTCString())).toBe(false);
    expect(at('wczoraj')).toBe(false);
    // If-None-Match decides when both are sent.
    expect(notModified(page, '"other"', page.lastModified, NOW + 1000)).toBe(false);
    expect(notModified(page, page.etag, new Date(NOW - 3_600_000).toUTCString(), NOW + 1000)).toBe(true);
  });

  it('ignores If-Modified-Since without a Last-Modified to compare it with', () => {
    for (const lastModified of ['', undefined])
      expect(notModified({ etag: page.etag, lastModified }, undefined, page.lastModified, NOW + 1000)).toBe(false);
  });

  it('never turns a response other than a 200 into a 304 (RFC 9110 §13.2.1)', () => {
    expect(notModified({ ...page, status: 404 }, '*', undefined, NOW)).toBe(false);
    expect(notModified({ ...page, status: 404 }, undefined, page.lastModified, NOW + 1000)).toBe(false);
    // No status is a 200.
    expect(notModified({ etag: page.etag }, '*', undefined, NOW)).toBe(true);
  });
});
