import { seedWorld } from '@org/demo';
import { ValidationError } from '@org/domain';
import { describe, expect, it } from 'vitest';
import { EN, PL } from '../test/fixtures.js';
import { feedUrl } from './feeds.js';
import { jsonLdId, organizationJsonLd, venueJsonLd } from './json-ld.js';
import { checkOptions, type FormatOptions } from './options.js';
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

describe('options are checked by every writer and URL helper (a ValidationError, never a broken link)', () => {
  const org = seedWorld().organizations[0]!;
  const venue = seedWorld().venues[0]!;
  const bad = [
    ['notaurl', 'not an absolute URL'],
    ['javascript:alert(1)', 'not http(s)'],
    ['https://x.org/?a=1', 'has a query or fragment'],
    ['https://x.org#frag', 'has a query or fragment'],
    ['https://x.org/?', 'has a query or fragment'],
    [' https://x.org', 'surrounding spaces'],
    ['https://ada:secret@x.org', 'has credentials'],
  ] as const;

  it.each(bad)('siteUrl %j is refused (%s)', (siteUrl, reason) => {
    const options = { locale: 'pl' as const, siteUrl };
    for (const write of [
      () => checkOptions(options),
      () => pageUrl('event', 'e', options),
      () => jsonLdId('event', 'e', options, 'event'),
      () => feedUrl('rss', options),
      () => organizationJsonLd(org, options),
      () => venueJsonLd(venue, options),
    ]) {
      let error: unknown;
      try {
        write();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]).toMatchObject({ path: 'siteUrl', code: 'url', message: reason });
    }
  });

  it('a locale other than pl or en is refused by the URL helpers too', () => {
    const options = { locale: 'de', siteUrl: 'https://x.org' } as unknown as FormatOptions;
    expect(() => pageUrl('event', 'e', options)).toThrow(ValidationError);
    expect(() => organizationJsonLd(org, options)).toThrow(/locale must be "pl" or "en"/);
  });

  it('a good siteUrl is used as given, without its trailing slashes, checked once per value', () => {
    expect(checkOptions({ locale: 'en', siteUrl: 'https://x.org/base/' })).toEqual({
      locale: 'en',
      siteUrl: 'https://x.org/base',
    });
    const same = { locale: 'pl' as const, siteUrl: 'https://x.org' };
    expect(checkOptions(same)).toBe(same);
    expect(organizationJsonLd(org, same)['@id']).toBe(`https://x.org/organizacje/${org.slug}#organization`);
  });
});
