import { describe, expect, it } from 'vitest';
import { EN, PL } from '../test/fixtures.js';
import { jsonLdId } from './json-ld.js';
import { pageUrl } from './urls.js';

// The website's segments (packages/site/src/routes.ts SEGMENTS), written out here so that a change on
// either side shows up as a failing test rather than as links to missing pages.
const PAGES = [
  ['event', 'wydarzenia', 'events'],
  ['post', 'aktualnosci', 'news'],
  ['organization', 'organizacje', 'organisations'],
  ['authority', 'samorzady', 'authorities'],
  ['grant', 'granty', 'grants'],
  ['person', 'osoby', 'people'],
  ['venue', 'miejsca', 'venues'],
] as const;

describe('pageUrl', () => {
  it.each(PAGES)('%s: /%s/<slug> in Polish, /en/%s/<slug> in English', (kind, pl, en) => {
    expect(pageUrl(kind, 'zab-1', PL)).toBe(`https://mosty.example.org/${pl}/zab-1`);
    expect(pageUrl(kind, 'zab-1', EN)).toBe(`https://mosty.example.org/en/${en}/zab-1`);
  });

  it('keeps a base path and drops trailing slashes of siteUrl', () => {
    expect(pageUrl('grant', 'g', { locale: 'en', siteUrl: 'https://example.org/mosty//' })).toBe(
      'https://example.org/mosty/en/grants/g',
    );
  });

  it('ends page URLs in / for a static copy of the site, and never changes JSON-LD ids with it', () => {
    const statics = { ...PL, trailingSlash: true };
    expect(pageUrl('event', 'e', statics)).toBe('https://mosty.example.org/wydarzenia/e/');
    expect(pageUrl('person', 'p', { ...EN, trailingSlash: true })).toBe('https://mosty.example.org/en/people/p/');
    expect(jsonLdId('event', 'e', statics, 'event')).toBe(jsonLdId('event', 'e', PL, 'event'));
    expect(jsonLdId('event', 'e', statics, 'event')).toBe('https://mosty.example.org/wydarzenia/e#event');
  });
});
