import { SEED_FUNDING_STATEMENT, seedWorld } from '@org/demo';
import { requiredAttributions } from '@org/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relatedOf } from '../related.js';
import { linkContext } from '../routes.js';
import { EventPage, googleCalendarUrl } from './event-page.js';
import { documentHtml, Layout } from './layout.js';

const world = seedWorld();
const event = world.events[0];
if (!event) throw new Error('seed has no event');
const related = relatedOf(world);
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

const render = (e = event, locale: 'pl' | 'en' = 'pl') => {
  const ctx = linkContext('http://localhost:3000', locale);
  const { attributions } = requiredAttributions(e, world.grants, { locale });
  return documentHtml(
    <Layout ctx={ctx} meta={{ title: e.title, description: 'x', route: { kind: 'event', slug: e.slug } }}>
      <EventPage ctx={ctx} event={e} related={related} attributions={attributions} posts={world.posts} />
    </Layout>,
  );
};

describe('EventPage', () => {
  it('shows the seed event as the post describes it', () => {
    const html = render();
    const t = text(html);
    expect(html.startsWith('<!DOCTYPE html><html lang="pl">')).toBe(true);
    expect(t).toContain('26 listopada 2026, 10:00–14:00');
    expect(t).toContain('Centrum Wielokulturowe w Warszawie');
    expect(t).toContain('ul. Jagiellońska 54');
    expect(t).toContain('Wojciech Jóźwiak — wiceprezes zarządu, Spółdzielnia Socjalna „Kto Rano Wstaje”');
    expect(t).toContain('Khedi Alieva — współzałożycielka, Fundacja Kobiety Wędrowne');
    expect(t).toContain('Marta Skrobacka — skarbniczka, Stowarzyszenie Otwarte Drzwi');
    expect(t).toContain('samorządowcy oraz urzędnicy powiatu wołomińskiego — Powiat wołomiński');
    expect(t).toContain('Weronika Chodacz — Transfer HUB');
    expect(t).toContain('Łukasz Komuda');
    expect(t).toContain(SEED_FUNDING_STATEMENT);
    expect(t).toContain('#Mazowszepomaga #MCPSpomaga #MCPS #programywspacia #solidarnośćmazowiecka #ESjakSukcES');
    for (const topic of [
      'Co organizacje mogą załatwić w urzędzie.',
      'Dobre praktyki współpracy organizacji z urzędem.',
    ])
      expect(t).toContain(topic);
  });

  it('dates each agenda item of an event over several days, and only the clock of a one-day event', () => {
    const day = (iso: string) => iso.replace('2026-11-26', '2026-11-27');
    const [first, ...rest] = event.agenda;
    const twoDays = {
      ...event,
      endsAt: day(event.endsAt),
      agenda: [first!, ...rest.map((item) => ({ ...item, startsAt: day(item.startsAt), endsAt: day(item.endsAt) }))],
    };
    const agenda = (html: string) => text(html.slice(html.indexOf('id="program"'), html.indexOf('</ol>')));
    const two = agenda(render(twoDays as typeof event));
    expect(two).toContain('26 listopada 2026, 10:00–');
    expect(two).toContain('27 listopada 2026, ');
    expect(agenda(render(twoDays as typeof event, 'en'))).toContain('27 November 2026, ');
    const one = agenda(render());
    expect(one).not.toContain('listopada');
    expect(one).toMatch(/Program10:00–\d\d:\d\d/);
  });

  it('names the zone of an agenda time in the hour the October change repeats, as the event time does', () => {
    // The night the clocks go back: 01:30–02:30 summer time, then 02:30–02:45 winter time.
    const night = {
      ...event,
      startsAt: '2026-10-25T01:30:00+02:00',
      endsAt: '2026-10-25T02:45:00+01:00',
      agenda: [
        { ...event.agenda[0]!, startsAt: '2026-10-25T01:30:00+02:00', endsAt: '2026-10-25T02:30:00+02:00' },
        { ...event.agenda[1]!, startsAt: '2026-10-25T02:30:00+01:00', endsAt: '2026-10-25T02:45:00+01:00' },
      ],
    } as typeof event;
    const agenda = (html: string) => text(html.slice(html.indexOf('id="program"'), html.indexOf('</ol>')));
    const t = agenda(render(night));
    expect(t).toContain('01:30–02:30 CEST');
    // 02:45 is repeated too: the second one.
    expect(t).toContain('02:30 CET–02:45 CET');
    expect(text(render(night))).toContain('25 października 2026, 01:30–02:45 CET');
  });

  it('labels one panelist without a gender ("W panelu"), several or a group as "Paneliści"', () => {
    const panels = event.agenda.filter((i) => i.kind === 'panel');
    const withThree = panels.find((p) => p.panelists.length === 3);
    if (!withThree) throw new Error('the seed has a panel of three');
    const one = { ...withThree, panelists: withThree.panelists.slice(0, 1) };
    const solo = { ...event, agenda: event.agenda.map((i) => (i.id === one.id ? one : i)) } as typeof event;
    const agenda = (html: string) => text(html.slice(html.indexOf('id="program"'), html.indexOf('</ol>')));
    expect(agenda(render(solo))).toContain('W paneluWojciech Jóźwiak');
    expect(agenda(render(solo, 'en'))).toContain('PanellistWojciech Jóźwiak');
    // The seed's first panel names two groups of representatives; the second three people.
    expect(agenda(render()).match(/Paneliści/g)).toHaveLength(2);
    expect(agenda(render()).match(/Panell?ists/g)).toBeNull();
    expect(agenda(render(event, 'en')).match(/Panellists/g)).toHaveLength(2);
  });

  it('escapes text from the database', () => {
    const html = render({ ...event, title: '<script>alert(1)</script>', summary: '"><img src=x onerror=alert(1)>' });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps its JSON-LD inside the script element: `<` and the line separators are \\u escapes that read back unchanged', () => {
    const title = 'A</script><b>\u2028\u2029';
    const ctx = linkContext('http://localhost:3000', 'pl');
    const meta = { title, description: 'x', route: { kind: 'home' } as const, jsonLd: { name: title } };
    const html = documentHtml(<Layout ctx={ctx} meta={meta} />);
    const json = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)?.[1] ?? '';
    expect(json).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(json).name).toBe(title);
  });

  it('renders the body’s Markdown with the safe renderer: headings under the title, no raw HTML, no unsafe links', () => {
    const body =
      '# Program\n\nTekst <script>alert(1)</script> [zły](javascript:alert(1)) [dobry](https://fise.org.pl) [strona](/wydarzenia) ![x](javascript:alert(2))';
    const html = render({ ...event, body });
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main).toContain('<h2>Program</h2>');
    expect(main).not.toContain('<h1>Program');
    expect(main).toContain('Tekst &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(main).not.toMatch(/<script|javascript:alert\(1\)"|src="javascript/i);
    expect(main).toContain('[zły](javascript:alert(1))');
    expect(main).toContain('<a href="https://fise.org.pl" rel="noopener noreferrer">dobry</a>');
    expect(main).toContain('<a href="/wydarzenia">strona</a>');
  });

  it('marks a cancelled event', () => {
    expect(text(render({ ...event, status: 'cancelled', statusNote: 'choroba prelegentów' }))).toContain(
      'Wydarzenie odwołane: choroba prelegentów',
    );
  });

  // A staff audit: a postponed event offered its old date to calendars as if it still held.
  it('a postponed event shows its date as the one first planned and offers nothing to add to a calendar', () => {
    for (const [locale, label, banner] of [
      ['pl', 'Pierwotny termin', 'Wydarzenie przełożone: nowy termin wkrótce'],
      ['en', 'Originally planned', 'Event postponed: nowy termin wkrótce'],
    ] as const) {
      const html = render({ ...event, status: 'postponed', statusNote: 'nowy termin wkrótce' }, locale);
      expect(text(html)).toContain(banner);
      expect(html).toContain(`<dt>${label}</dt>`);
      expect(html).not.toContain('calendar.google.com');
      expect(html).not.toContain('type="text/calendar"');
    }
    const scheduled = render(event);
    expect(scheduled).toContain('<dt>Kiedy</dt>');
    expect(scheduled).toContain('calendar.google.com');
  });

  it('speaks English under /en with the English statement', () => {
    const t = text(render(event, 'en'));
    expect(t).toContain('26 November 2026, 10:00–14:00');
    expect(t).toContain('Public task financed from the budget of the Mazowieckie Voivodeship');
  });

  it('shows the agreement’s Polish statement alone under /en when the agreement has no English one', () => {
    // The seed's grant with its English text taken away: a translation derived from the grant's form would
    // say "co-financed" beside the agreement's „sfinansowane”.
    const grants = world.grants.map(({ attributionTextEn: _en, ...g }) => ({ ...g, form: 'support' as const }));
    const only = relatedOf({ ...world, grants });
    const ctx = linkContext('http://localhost:3000', 'en');
    const { attributions } = requiredAttributions(event, grants, { locale: 'en' });
    const html = documentHtml(
      <Layout ctx={ctx} meta={{ title: event.title, description: 'x', route: { kind: 'event', slug: event.slug } }}>
        <EventPage ctx={ctx} event={event} related={only} attributions={attributions} posts={world.posts} />
      </Layout>,
    );
    expect(html).toContain(`<p class="statement" lang="pl">${SEED_FUNDING_STATEMENT}</p>`);
    expect(text(html)).not.toMatch(/co-financed|Public task/);
    expect(text(html).split(SEED_FUNDING_STATEMENT)).toHaveLength(2);
  });
});

describe('the Google Calendar link of an event page', () => {
  // The link's details, as Google Calendar reads them from the page's link.
  const details = (html: string) => {
    const link = /href="(https:\/\/calendar\.google\.com\/[^"]+)"/.exec(html)?.[1] ?? '';
    return new URL(link.replaceAll('&amp;', '&')).searchParams.get('details');
  };
  const HASHTAGS = '#Mazowszepomaga #MCPSpomaga #MCPS #programywspacia #solidarnośćmazowiecka #ESjakSukcES';

  it('carries the funding statement and the funder’s hashtags, as the .ics file does, before the page’s address', () => {
    expect(details(render())).toBe(
      `${event.summary}\n\n${SEED_FUNDING_STATEMENT}\n${HASHTAGS}\n\nhttp://localhost:3000/wydarzenia/${event.slug}`,
    );
  });

  it('in English, the agreement’s Polish statement with the English one beside it', () => {
    expect(details(render(event, 'en'))).toBe(
      `${event.summary}\n\n${SEED_FUNDING_STATEMENT}\nPublic task financed from the budget of the Mazowieckie Voivodeship\n${HASHTAGS}\n\nhttp://localhost:3000/en/events/${event.slug}`,
    );
  });

  it('has no statement for an event no grant funds', () => {
    expect(details(render({ ...event, grantIds: [] }))).toBe(
      `${event.summary}\n\nhttp://localhost:3000/wydarzenia/${event.slug}`,
    );
  });
});

describe('googleCalendarUrl', () => {
  // What it wrote with URLSearchParams, its reference: the same URL, byte for byte.
  const reference = (e: typeof event, location: string, pageUrl: string) => {
    const date = (instant: string) =>
      new Date(instant)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    const params = new URLSearchParams({
      action: 'TEMPLATE',
      text: e.title,
      dates: `${date(e.startsAt)}/${date(e.endsAt)}`,
      ctz: e.timeZone,
      details: `${e.summary ?? ''}\n\n${pageUrl}`.trim(),
      location,
    });
    return `https://calendar.google.com/calendar/render?${params.toString()}`;
  };

  it('is the form-encoded render URL, for any text (lone surrogates included) and instant', () => {
    // The characters the two encodings could treat apart, among any others.
    const special = fc.constantFrom(
      ' ',
      '!',
      "'",
      '(',
      ')',
      '~',
      '*',
      '-',
      '.',
      '_',
      '&',
      '=',
      '+',
      '%',
      '/',
      '\n',
      'ą',
      'Ż',
      '\uD800',
      '\uDC00',
    );
    const text = fc.string({
      unit: fc.oneof(special, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
      maxLength: 40,
    });
    fc.assert(
      fc.property(
        text,
        fc.option(text, { nil: undefined }),
        text,
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 10 * 86_400_000 }),
        (title, summary, location, start, length) => {
          const e = {
            ...event,
            title,
            summary,
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + length).toISOString(),
          };
          const url = googleCalendarUrl(e, location, 'https://mosty.example.org/wydarzenia/x?a=1&b=(2)');
          expect(url).toBe(reference(e, location, 'https://mosty.example.org/wydarzenia/x?a=1&b=(2)'));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('writes instants given with an offset, or in UTC without milliseconds, in UTC to the second', () => {
    for (const [startsAt, endsAt] of [
      ['2026-11-26T10:00:00+01:00', '2026-11-26T14:30:00+01:00'],
      ['2026-11-26T09:00:00Z', '2026-11-26T13:30:00Z'],
      ['2026-11-26T09:00:00.5Z', '2026-11-26T13:30:00.999Z'],
      ['2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00'],
    ] as const) {
      const e = { ...event, startsAt, endsAt };
      expect(googleCalendarUrl(e, 'Warszawa', 'https://mosty.example.org/x')).toBe(
        reference(e, 'Warszawa', 'https://mosty.example.org/x'),
      );
    }
  });
});
