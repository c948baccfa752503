import { describe, expect, it } from 'vitest';
import { parseRoute } from './parse-route.js';
import { type Route, routePath } from './routes.js';

const routes: Route[] = [
  { kind: 'home' },
  { kind: 'events' },
  { kind: 'events', page: 3 },
  { kind: 'eventsTag', tag: 'EkonomiaSpołeczna' },
  { kind: 'eventsMonth', month: '2026-11' },
  { kind: 'eventsTag', tag: 'Współpraca', page: 2 },
  { kind: 'eventsMonth', month: '2026-11', page: 12 },
  { kind: 'event', slug: 'sprawny-urzad-sprawna-organizacja' },
  { kind: 'eventIcs', slug: 'sprawny-urzad-sprawna-organizacja' },
  { kind: 'news' },
  { kind: 'news', page: 2 },
  { kind: 'post', slug: 'a-b' },
  { kind: 'organizations', page: 4 },
  { kind: 'organization', slug: 'fise' },
  { kind: 'authorities' },
  { kind: 'authority', slug: 'powiat-wolominski' },
  { kind: 'grants' },
  { kind: 'grant', slug: 'g-1' },
  { kind: 'accessibility' },
  { kind: 'openData' },
];

describe('parseRoute', () => {
  it.each(routes.flatMap((r) => [[r, 'pl'] as const, [r, 'en'] as const]))(
    'reads back routePath(%o, %s)',
    (route, locale) => {
      expect(parseRoute(routePath(route, locale))).toEqual({ locale, route });
    },
  );

  it.each([
    '/wydarzenia/Not-A-Slug',
    '/wydarzenia/a/b/c',
    '/wydarzenia/strona/0',
    '/wydarzenia/strona/x',
    '/wydarzenia/miesiac/2026-13',
    '/wydarzenia/tag/<script>',
    '/wydarzenia/tag/Zima/strona',
    '/wydarzenia/tag/Zima/strona/0',
    '/wydarzenia/tag/Zima/strona/x',
    '/wydarzenia/tag/Zima/page/2',
    '/en/events/tag/Zima/strona/2',
    '/wydarzenia/tag/Zima/strona/2/3',
    '/wydarzenia/tag/<script>/strona/2',
    '/wydarzenia/miesiac/2026-13/strona/2',
    '/wydarzenia/miesiac/2026-11/nic/2',
    '/wydarzenia/strona/2/strona/3',
    '/wydarzenia/abc/strona/2',
    '/aktualnosci/tag/Zima/strona/2',
    '/nic',
    '/en/wydarzenia',
    '/wydarzenia/%E0%A4%A',
    `/wydarzenia/${'a'.repeat(81)}`,
  ])('refuses %s', (path) => {
    expect(parseRoute(path)).toBeNull();
  });

  it('accepts a trailing slash (static export links)', () => {
    expect(parseRoute('/en/events/')).toEqual({ locale: 'en', route: { kind: 'events' } });
  });
});
