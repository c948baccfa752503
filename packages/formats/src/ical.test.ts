import fc from 'fast-check';
import ICAL from 'ical.js';
import { foldLines } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { EN, generated, PL, seed, seedPolishStatementOnly } from '../test/fixtures.js';
import { eventHeadline } from './describe.js';
import { calendarToIcs, eventToIcs, foldIcsLines, icsChunks, icsParamValue } from './ical.js';
import { indexWorld } from './world-index.js';

const STATEMENT = 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego';
const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics));

function checkWireFormat(ics: string) {
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
}

describe('iCalendar', () => {
  it('writes the seed event so ical.js reads back its times, place, status and statement', () => {
    const { world, index } = seed();
    const event = world.events[0]!;
    const ics = eventToIcs(event, index, PL);
    checkWireFormat(ics);
    const cal = parse(ics);
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    expect(tz.getFirstPropertyValue('tzid')).toBe('Europe/Warsaw');
    ICAL.TimezoneService.register(tz);
    const vevent = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(vevent.uid).toBe(event.id);
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2026-11-26T09:00:00.000Z');
    expect(vevent.endDate.toJSDate().toISOString()).toBe('2026-11-26T13:00:00.000Z');
    expect(vevent.startDate.zone?.tzid).toBe('Europe/Warsaw');
    expect(vevent.summary).toBe(event.title);
    expect(vevent.location).toContain('Centrum Wielokulturowe w Warszawie');
    expect(vevent.location).toContain('ul. Jagiellońska 54, Warszawa');
    expect(vevent.description).toContain(
      'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego',
    );
    expect(vevent.description).toContain(
      'Wojciech Jóźwiak (wiceprezes zarządu, Spółdzielnia Socjalna „Kto Rano Wstaje”)',
    );
    expect(vevent.description).toContain('Co organizacje mogą załatwić w urzędzie.');
    const comp = cal.getFirstSubcomponent('vevent')!;
    expect(comp.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(comp.getFirstPropertyValue('url')).toBe(
      'https://mosty.example.org/wydarzenia/sprawny-urzad-sprawna-organizacja',
    );
    expect(comp.getFirstPropertyValue('x-mosty-funding')).toBe(
      'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego',
    );
    expect(comp.getAllProperties('categories').length).toBeGreaterThan(0);
  });

  it('uses the English statement and page in English', () => {
    const { world, index } = seed();
    const ics = eventToIcs(world.events[0]!, index, EN);
    const component = parse(ics).getFirstSubcomponent('vevent')!;
    const vevent = new ICAL.Event(component);
    expect(vevent.description).toContain('Public task financed from the budget of the Mazowieckie Voivodeship');
    expect(component.getFirstPropertyValue('url')).toBe(
      'https://mosty.example.org/en/events/sprawny-urzad-sprawna-organizacja',
    );
  });

  // The audit found English calendars with the English statement only: the agreement fixes the Polish wording.
  it.each([
    ['pl', PL],
    ['en', EN],
  ] as const)(
    '%s: DESCRIPTION and X-MOSTY-FUNDING carry the exact Polish statement and the grant hashtags',
    (lang, options) => {
      const { world, index } = seed();
      const grant = world.grants[0]!;
      for (const ics of [eventToIcs(world.events[0]!, index, options), calendarToIcs(world.events, index, options)]) {
        const component = parse(ics).getFirstSubcomponent('vevent')!;
        const description = String(component.getFirstPropertyValue('description'));
        expect(description).toContain(`\n\n${STATEMENT}\n`);
        expect(description).toContain(
          '#Mazowszepomaga #MCPSpomaga #MCPS #programywspacia #solidarnośćmazowiecka #ESjakSukcES',
        );
        const funding = component.getAllProperties('x-mosty-funding');
        const byLanguage = Object.fromEntries(
          funding.map((p) => [String(p.getParameter('language')).toLowerCase(), p.getFirstValue()]),
        );
        expect(byLanguage.pl).toBe(STATEMENT);
        if (lang === 'en') {
          expect(description).toContain(`${STATEMENT}\n${grant.attributionTextEn}\n#Mazowszepomaga`);
          expect(byLanguage.en).toBe('Public task financed from the budget of the Mazowieckie Voivodeship');
          expect(funding).toHaveLength(2);
        } else {
          expect(description).not.toContain('Public task');
          expect(funding).toHaveLength(1);
        }
      }
    },
  );

  // The audit found English calendars with a derived "co-financed" beside the agreement's "sfinansowane".
  it('en: the agreement’s Polish statement once, as LANGUAGE=pl, when it gives no English one', () => {
    const { world, index } = seedPolishStatementOnly();
    for (const ics of [eventToIcs(world.events[0]!, index, EN), calendarToIcs(world.events, index, EN)]) {
      const component = parse(ics).getFirstSubcomponent('vevent')!;
      const description = String(component.getFirstPropertyValue('description'));
      expect(description.split(STATEMENT)).toHaveLength(2);
      expect(description).not.toMatch(/Public task|financed/);
      const funding = component.getAllProperties('x-mosty-funding');
      expect(funding.map((p) => [String(p.getParameter('language')).toLowerCase(), p.getFirstValue()])).toEqual([
        ['pl', STATEMENT],
      ]);
    }
  });

  // The audit found an event's body (the long text of its page) in no calendar.
  it('carries the body as plain text after the summary, folded whole through Polish letters', () => {
    const { world, index } = seed();
    const long = `${'Zażółć gęślą jaźń, '.repeat(30)}źdźbło.`;
    const event = {
      ...world.events[0]!,
      body: `## Dla kogo\n\nDla **samorządowców** i [organizacji](https://fise.org.pl).\n\n- ${long}\n- Łódź\n\nĄĘ${'ś'.repeat(200)}`,
    };
    for (const ics of [eventToIcs(event, index, PL), calendarToIcs([event], index, PL)]) {
      checkWireFormat(ics);
      const description = String(parse(ics).getFirstSubcomponent('vevent')!.getFirstPropertyValue('description'));
      expect(description).toContain(
        `${event.summary}\n\nDla kogo\n\nDla samorządowców i organizacji.\n\n- ${long}\n- Łódź\n\nĄĘ${'ś'.repeat(200)}\n\n26 listopada 2026`,
      );
      expect(description).not.toMatch(/\*\*|\]\(|##/);
    }
    // The round trip above went through folded lines: the body's lines are longer than 75 octets.
    expect(
      eventToIcs(event, index, PL)
        .split('\r\n')
        .filter((l) => l.startsWith(' ')).length,
    ).toBeGreaterThan(10);
  });

  it('marks cancelled and postponed events', () => {
    const { world, index } = seed();
    const base = world.events[0]!;
    const cancelled = parse(eventToIcs({ ...base, status: 'cancelled', statusNote: 'Choroba prelegentów' }, index, PL));
    const c = cancelled.getFirstSubcomponent('vevent')!;
    expect(c.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(String(c.getFirstPropertyValue('description'))).toMatch(/^ODWOŁANE: Choroba prelegentów/);
    expect(c.getFirstPropertyValue('summary')).toBe(`ODWOŁANE: ${base.title}`);
    const postponed = parse(eventToIcs({ ...base, status: 'postponed' }, index, PL)).getFirstSubcomponent('vevent')!;
    expect(postponed.getFirstPropertyValue('status')).toBe('TENTATIVE');
    // Still on its old date: the title says it is not happening then, for calendars that ignore STATUS.
    expect(postponed.getFirstPropertyValue('summary')).toBe(`PRZEŁOŻONE: ${base.title}`);
    const en = parse(eventToIcs({ ...base, status: 'postponed' }, index, EN)).getFirstSubcomponent('vevent')!;
    expect(en.getFirstPropertyValue('summary')).toBe(`POSTPONED: ${base.title}`);
    const held = parse(eventToIcs(base, index, PL)).getFirstSubcomponent('vevent')!;
    expect(held.getFirstPropertyValue('summary')).toBe(base.title);
  });

  it('keeps UIDs stable and output identical across runs', () => {
    const { world, index } = generated(20);
    expect(calendarToIcs(world.events, index, PL)).toBe(calendarToIcs(world.events, index, PL));
  });

  // RFC 5545 §3.8.4.7: a UID must not change. `<id>@<site host>` changed with every move of the site.
  it('keeps the UID when the site moves or the slug changes: the record UUID, no host', () => {
    const { world, index } = seed();
    const event = world.events[0]!;
    const uids = [
      eventToIcs(event, index, PL),
      eventToIcs({ ...event, slug: 'nowy-adres' }, index, PL),
      eventToIcs(event, index, { locale: 'en', siteUrl: 'http://localhost:3000' }),
      calendarToIcs([event], index, { locale: 'pl', siteUrl: 'https://mosty.org.pl/archiwum' }),
    ].map((ics) => new ICAL.Event(parse(ics).getFirstSubcomponent('vevent')!).uid);
    expect(new Set(uids)).toEqual(new Set([event.id]));
    // An id that is no UUID (an import's) gets one derived from it, the same every time.
    const imported = new ICAL.Event(
      parse(eventToIcs({ ...event, id: 'e1' }, index, PL)).getFirstSubcomponent('vevent')!,
    );
    expect(imported.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  // RFC 5545 §3.2: a quoted parameter value holds no DQUOTE, and has no backslash escape; ical-generator wrote
  // CN="Stowarzyszenie \"FISE\"", which ical.js cut at the backslash. RFC 6868 escapes it as ^'.
  it("writes the organiser's name in CN so that ical.js reads it back whole, quotes and all", () => {
    const { world, index } = seed();
    const event = world.events[0]!;
    const organizer = index.organizations.get(event.organizerId)!;
    const cn = (name: string) => {
      const organizations = world.organizations.map((o) =>
        o.id === organizer.id ? { ...o, name, email: 'biuro@fise.example.org' } : o,
      );
      const ics = eventToIcs(event, indexWorld({ ...world, organizations }), PL);
      checkWireFormat(ics);
      const line = parse(ics).getFirstSubcomponent('vevent')!.getFirstProperty('organizer')!;
      expect(line.getFirstValue()).toBe('mailto:biuro@fise.example.org');
      return line.getParameter('cn');
    };
    expect(cn('Stowarzyszenie "FISE"')).toBe('Stowarzyszenie "FISE"');
    expect(icsParamValue('Stowarzyszenie "FISE"')).toBe(`"Stowarzyszenie ^'FISE^'"`);
    fc.assert(
      fc.property(
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 120 })
          .filter((s) => [...s].every((c) => c >= ' ' && c !== '\u007F')),
        (name) => {
          expect(cn(name)).toBe(name);
        },
      ),
      { numRuns: 150 },
    );
    expect(cn('Koło "A^B"; ul. Długa 1: „Nasze”, \\ ^n')).toBe('Koło "A^B"; ul. Długa 1: „Nasze”, \\ ^n');
    // Replacement patterns of String.prototype.replace: "$$ " came out as "$ ", "$'" as the text after the match.
    expect(cn("Fundacja $$ $& $' $` $1")).toBe("Fundacja $$ $& $' $` $1");
  });

  // Apple Calendar shows a place on its map from X-APPLE-STRUCTURED-LOCATION, not from GEO; ical-generator writes it
  // only with a radius, and escapes its parameters as TEXT (unquoted, `\;`), so a `;` in a name broke the line.
  describe('X-APPLE-STRUCTURED-LOCATION', () => {
    const at = { latitude: 52.2508, longitude: 21.0451 };
    const place = (venue: Partial<ReturnType<typeof seed>['world']['venues'][number]>) => {
      const { world } = seed();
      const venues = world.venues.map((v) => (v.id === world.events[0]!.venueId ? { ...v, ...venue } : v));
      const ics = eventToIcs(world.events[0]!, indexWorld({ ...world, venues }), PL);
      checkWireFormat(ics);
      return { ics, vevent: parse(ics).getFirstSubcomponent('vevent')! };
    };

    it('names the venue, its address and its point so that ical.js reads them back, quotes, commas and semicolons too', () => {
      const name = 'Sala "Pod Orłem", piętro 1; wejście: B';
      const { ics, vevent } = place({ name, geo: at });
      const apple = vevent.getFirstProperty('x-apple-structured-location')!;
      expect(apple.getParameter('x-title')).toBe(name);
      expect(apple.getParameter('x-address')).toBe('ul. Jagiellońska 54, Warszawa');
      expect(apple.getParameter('x-apple-radius')).toBe('100');
      expect(apple.type).toBe('uri');
      expect(apple.getFirstValue()).toBe('geo:52.2508,21.0451');
      // As Apple Calendar writes it, quoted and escaped as RFC 6868 says, between LOCATION and GEO.
      const unfolded = ics.replace(/\r\n /g, '');
      expect(unfolded).toContain(
        `\r\nX-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="ul. Jagiellońska 54, Warszawa";X-APPLE-RADIUS=100;X-TITLE="Sala ^'Pod Orłem^', piętro 1; wejście: B":geo:52.2508,21.0451\r\nGEO:52.2508;21.0451\r\n`,
      );
      expect(vevent.getFirstPropertyValue('location')).toBe(`${name}\nul. Jagiellońska 54, Warszawa`);
      expect(vevent.getFirstPropertyValue('geo')).toEqual([52.2508, 21.0451]);
    });

    it('reads any venue name back whole, and writes no exponent in the point', () => {
      fc.assert(
        fc.property(
          fc
            .string({ unit: 'grapheme', minLength: 1, maxLength: 80 })
            .filter((s) => s.trim() !== '' && [...s].every((c) => c >= ' ' && c !== '\u007F')),
          (name) => {
            const { vevent } = place({ name, geo: { latitude: 1e-7, longitude: -0.000001 } });
            const apple = vevent.getFirstProperty('x-apple-structured-location')!;
            expect(apple.getParameter('x-title')).toBe(name);
            expect(apple.getFirstValue()).toBe('geo:0.0000001,-0.000001');
          },
        ),
        { numRuns: 100 },
      );
    });

    it('is left out for a venue without coordinates and for an online event', () => {
      const { ics } = place({ geo: undefined });
      expect(ics).not.toContain('X-APPLE-STRUCTURED-LOCATION');
      const { world, index } = seed();
      const { venueId: _venue, ...online } = { ...world.events[0]!, onlineUrl: 'https://meet.example.org/abc' };
      expect(eventToIcs(online, index, PL)).not.toContain('X-APPLE-STRUCTURED-LOCATION');
    });
  });

  describe('calendar properties (RFC 5545 §3.6, RFC 7986)', () => {
    const head = (ics: string) => ics.slice(0, ics.indexOf('BEGIN:VTIMEZONE')).split('\r\n');

    it('come before the VTIMEZONE; X-WR-TIMEZONE is kept, the unregistered TIMEZONE-ID is not', async () => {
      const { world, index } = seed();
      let streamed = '';
      for await (const chunk of icsChunks(world.events, index, PL)) streamed += chunk;
      for (const ics of [calendarToIcs(world.events, index, PL), streamed]) {
        const lines = ics.split('\r\n');
        const zone = lines.indexOf('BEGIN:VTIMEZONE');
        const firstEvent = lines.indexOf('BEGIN:VEVENT');
        expect(zone).toBeGreaterThan(0);
        expect(firstEvent).toBeGreaterThan(zone);
        // Between END:VTIMEZONE and the first VEVENT: nothing; after BEGIN:VCALENDAR, only properties.
        expect(lines[firstEvent - 1]).toBe('END:VTIMEZONE');
        expect(lines.slice(1, zone).every((l) => !l.startsWith('BEGIN:'))).toBe(true);
        expect(head(ics)).toContain('X-WR-TIMEZONE:Europe/Warsaw');
        expect(ics).not.toContain('TIMEZONE-ID');
        const cal = parse(ics);
        expect(cal.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Warsaw');
        expect(cal.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/Warsaw');
        // A calendar to subscribe to is named, and has no METHOD (RFC 5545 §3.8.7.2 reads DTSTAMP by that).
        expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Mosty: wydarzenia');
        expect(cal.getFirstPropertyValue('name')).toBe('Mosty: wydarzenia');
        expect(cal.getFirstPropertyValue('method')).toBeNull();
      }
    });

    // MS-OXCICAL: X-WR-CALNAME MUST be omitted for a single appointment; Outlook made a calendar of each download.
    it('a single event to add is METHOD:PUBLISH, with no calendar name or X-WR-TIMEZONE', () => {
      const { world, index } = seed();
      for (const options of [PL, EN, { ...PL, calendarName: 'Kalendarz fundacji' }]) {
        const ics = eventToIcs(world.events[0]!, index, options);
        checkWireFormat(ics);
        const cal = parse(ics);
        expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
        expect(cal.getFirstPropertyValue('x-wr-calname')).toBeNull();
        expect(cal.getFirstPropertyValue('name')).toBeNull();
        expect(cal.getFirstPropertyValue('x-wr-timezone')).toBeNull();
        expect(ics).not.toMatch(/^(NAME|X-WR-CALNAME|X-WR-TIMEZONE)[:;]/m);
        // Its times still name their zone, which the file still defines.
        expect(cal.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/Warsaw');
        expect(ics).toContain('DTSTART;TZID=Europe/Warsaw:20261126T100000');
        expect(head(ics).slice(1)).toEqual([
          'VERSION:2.0',
          `PRODID:-//Mosty//@org/formats//${options.locale.toUpperCase()}`,
          'URL:https://mosty.example.org',
          'METHOD:PUBLISH',
          '',
        ]);
      }
    });

    it('a subscribed calendar says how often to refresh it, and where from when told', async () => {
      const { world, index } = seed();
      const ics = calendarToIcs(world.events, index, PL);
      expect(head(ics)).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
      expect(head(ics)).toContain('X-PUBLISHED-TTL:PT1H');
      const cal = parse(ics);
      expect(String(cal.getFirstPropertyValue('refresh-interval'))).toBe('PT1H');
      expect(cal.getFirstProperty('refresh-interval')!.type).toBe('duration');
      expect(cal.getFirstPropertyValue('source')).toBeNull();
      let streamed = '';
      for await (const chunk of icsChunks(world.events, index, PL)) streamed += chunk;
      expect(streamed).toBe(ics);

      const calendarUrl = 'https://mosty.example.org/kalendarz.ics';
      const daily = parse(calendarToIcs(world.events, index, { ...PL, refreshInterval: 86_400, calendarUrl }));
      expect(String(daily.getFirstPropertyValue('refresh-interval'))).toBe('P1D');
      expect(daily.getFirstPropertyValue('source')).toBe(calendarUrl);
      expect(daily.getFirstProperty('source')!.type).toBe('uri');

      const none = calendarToIcs(world.events, index, { ...PL, refreshInterval: null });
      expect(none).not.toMatch(/REFRESH-INTERVAL|X-PUBLISHED-TTL/);
      // One event to download is no subscription.
      expect(eventToIcs(world.events[0]!, index, PL)).not.toMatch(/REFRESH-INTERVAL|X-PUBLISHED-TTL/);
    });

    it('refuses a refresh interval that is no positive whole number of seconds, and a relative calendarUrl', () => {
      const { world, index } = seed();
      for (const refreshInterval of [0, -60, 1.5, Number.NaN])
        expect(() => calendarToIcs(world.events, index, { ...PL, refreshInterval })).toThrow(/refreshInterval/);
      expect(() => calendarToIcs(world.events, index, { ...PL, calendarUrl: '/kalendarz.ics' })).toThrow(/calendarUrl/);
    });
  });

  it('writes a generated calendar that ical.js reads event by event, drafts left out', async () => {
    const { world, index } = generated(80);
    const ics = calendarToIcs(world.events, index, PL);
    checkWireFormat(ics);
    const cal = parse(ics);
    ICAL.TimezoneService.register(cal.getFirstSubcomponent('vtimezone')!);
    const vevents = cal.getAllSubcomponents('vevent');
    const visible = world.events.filter((e) => e.status !== 'draft');
    expect(vevents.length).toBe(visible.length);
    vevents.forEach((comp, i) => {
      const e = new ICAL.Event(comp);
      expect(e.startDate.toJSDate().getTime()).toBe(Date.parse(visible[i]!.startsAt));
      expect(e.endDate.toJSDate().getTime()).toBe(Date.parse(visible[i]!.endsAt));
      expect(e.summary).toBe(eventHeadline(visible[i]!, 'pl'));
    });
    let streamed = '';
    async function* source() {
      yield* world.events;
    }
    for await (const chunk of icsChunks(source(), index, PL)) streamed += chunk;
    expect(streamed).toBe(ics);
  });

  it('keeps wall-clock times across the October DST change', () => {
    const { world, index } = seed();
    const e = { ...world.events[0]!, startsAt: '2026-10-25T08:00:00Z', endsAt: '2026-10-25T10:00:00Z', agenda: [] };
    const ics = eventToIcs(e, index, PL);
    expect(ics).toContain('DTSTART;TZID=Europe/Warsaw:20261025T090000');
    const cal = parse(ics);
    ICAL.TimezoneService.register(cal.getFirstSubcomponent('vtimezone')!);
    const vevent = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2026-10-25T08:00:00.000Z');
  });

  describe('instants in any zone and in the repeated hour', () => {
    const read = (ics: string) => {
      const cal = parse(ics);
      ICAL.TimezoneService.register(cal.getFirstSubcomponent('vtimezone')!);
      const comp = cal.getFirstSubcomponent('vevent')!;
      return { comp, event: new ICAL.Event(comp), lines: ics.split('\r\n') };
    };
    // The wall clock of an instant in a zone as Intl (ICU's zone data) reads it, not as our code does.
    const intlClock = (instant: string, timeZone: string) =>
      new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
        new Date(instant),
      );
    const withTimes = (startsAt: string, endsAt: string, timeZone: string, agenda: [string, string][]) => {
      const { world, index } = seed();
      const base = world.events[0]!;
      const item = base.agenda[0]!;
      const event = {
        ...base,
        startsAt,
        endsAt,
        timeZone,
        agenda: agenda.map(([s, e], i) => ({ ...item, id: `${item.id}-${i}`, startsAt: s, endsAt: e })),
      };
      return { event, ics: eventToIcs(event, index, PL) };
    };

    // The audit found 2026-07-01T10:00-04:00 written as DTSTART:20260701T160000: Warsaw's wall clock, floating.
    it('writes an America/New_York event in UTC, and its agenda in its zone, named', () => {
      const { ics } = withTimes('2026-07-01T10:00:00-04:00', '2026-07-01T12:00:00-04:00', 'America/New_York', [
        ['2026-07-01T10:00:00-04:00', '2026-07-01T10:45:00-04:00'],
      ]);
      const { event, lines } = read(ics);
      expect(lines).toContain('DTSTART:20260701T140000Z');
      expect(lines).toContain('DTEND:20260701T160000Z');
      expect(event.startDate.toJSDate().toISOString()).toBe('2026-07-01T14:00:00.000Z');
      expect(event.endDate.toJSDate().toISOString()).toBe('2026-07-01T16:00:00.000Z');
      expect(event.description).toContain('1 lipca 2026, 10:00–12:00 (America/New_York)');
      expect(event.description).toContain('\n10:00–10:45 Wprowadzenie\n');
    });

    it('ical.js reads the instants of events in any IANA zone, and the agenda shows their wall clock', () => {
      const zones = Intl.supportedValuesOf('timeZone');
      const minute = 60_000;
      fc.assert(
        fc.property(
          fc.constantFrom(...zones),
          fc.integer({
            min: Date.parse('2000-01-01T00:00:00Z') / minute,
            max: Date.parse('2037-12-31T00:00:00Z') / minute,
          }),
          fc.integer({ min: 1, max: 48 * 60 }),
          (zone, start, length) => {
            const startsAt = new Date(start * minute).toISOString();
            const endsAt = new Date((start + length) * minute).toISOString();
            const { ics } = withTimes(startsAt, endsAt, zone, [[startsAt, endsAt]]);
            const { event, lines } = read(ics);
            expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(startsAt));
            expect(event.endDate.toJSDate().getTime()).toBe(Date.parse(endsAt));
            for (const line of lines.slice(lines.indexOf('BEGIN:VEVENT')).filter((l) => /^DT(START|END)[;:]/.test(l)))
              expect(line).toMatch(/^DT(START|END)(;TZID=Europe\/Warsaw:\d{8}T\d{6}|:\d{8}T\d{6}Z)$/);
            const agenda = String(event.description)
              .split('\n')
              .find((l) => l.endsWith(' Wprowadzenie'));
            expect(agenda).toMatch(
              new RegExp(
                `^${intlClock(startsAt, zone)}( \\(UTC[^)]+\\))?–${intlClock(endsAt, zone)}( \\(UTC[^)]+\\))? `,
              ),
            );
          },
        ),
        { numRuns: 150 },
      );
    });

    // The audit found 02:30+02:00 to 02:30+01:00 (one real hour) written as DTSTART and DTEND both
    // ;TZID=Europe/Warsaw:20261025T023000, a zero-length event for ical.js.
    it('writes the hour repeated when clocks go back in UTC, and marks its agenda times with their offset', () => {
      const { ics } = withTimes('2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00', 'Europe/Warsaw', [
        ['2026-10-25T02:30:00+02:00', '2026-10-25T02:15:00+01:00'],
        ['2026-10-25T02:15:00+01:00', '2026-10-25T02:30:00+01:00'],
      ]);
      const { event, lines } = read(ics);
      expect(lines).toContain('DTSTART:20261025T003000Z');
      expect(lines).toContain('DTEND:20261025T013000Z');
      expect(event.startDate.toJSDate().toISOString()).toBe('2026-10-25T00:30:00.000Z');
      expect(event.endDate.toJSDate().toISOString()).toBe('2026-10-25T01:30:00.000Z');
      expect(event.duration.toSeconds()).toBe(3600);
      const description = String(event.description);
      expect(description).toContain('25 października 2026, 02:30 (UTC+02:00)–02:30 (UTC+01:00)\n');
      expect(description).toContain('\n02:30 (UTC+02:00)–02:15 (UTC+01:00) Wprowadzenie\n');
      expect(description).toContain('\n02:15 (UTC+01:00)–02:30 (UTC+01:00) Wprowadzenie\n');
    });

    it('keeps the TZID form around the repeated hour, where the wall clock says one instant', () => {
      const { ics } = withTimes('2026-10-25T01:30:00+02:00', '2026-10-25T03:30:00+01:00', 'Europe/Warsaw', []);
      const { event, lines } = read(ics);
      expect(lines).toContain('DTSTART;TZID=Europe/Warsaw:20261025T013000');
      expect(lines).toContain('DTEND;TZID=Europe/Warsaw:20261025T033000');
      expect(event.duration.toSeconds()).toBe(3 * 3600);
      expect(event.description).toContain('25 października 2026, 01:30–03:30\n');
    });
  });

  it('folds lines exactly as ical-generator does, emoji, Polish letters and lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('ż'.repeat(60), '🎉'.repeat(40))),
          {
            maxLength: 4,
          },
        ),
        (lines) => {
          const text = lines.map((l) => l.replace(/[\r\n]/g, '')).join('\r\n');
          expect(foldIcsLines(text)).toBe(foldLines(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  describe('revision stamps (RFC 5545 §3.8.7)', () => {
    const meta = { version: 3, createdAt: '2026-11-02T09:15:00Z', updatedAt: '2026-11-21T08:30:05+01:00' };
    const vevent = (ics: string) => parse(ics).getFirstSubcomponent('vevent')!;
    const utc = (comp: ICAL.Component, name: string) => {
      const value = comp.getFirstPropertyValue(name) as ICAL.Time;
      expect(value.zone?.tzid, `${name} is UTC`).toBe('UTC');
      return value.toJSDate().toISOString();
    };

    it("writes DTSTAMP and LAST-MODIFIED in UTC at the record's last revision, SEQUENCE from its version", () => {
      const { world, index } = seed();
      const ics = calendarToIcs([{ ...world.events[0]!, ...meta }], index, PL);
      const comp = vevent(ics);
      // No METHOD: DTSTAMP is when the information was last revised in the calendar store (§3.8.7.2).
      expect(parse(ics).getFirstPropertyValue('method')).toBeNull();
      // The single event's file (METHOD:PUBLISH) is made from that revision and stamps it too.
      expect(eventToIcs({ ...world.events[0]!, ...meta }, index, PL)).toMatch(/\r\nDTSTAMP:20261121T073005Z\r\n/);
      expect(utc(comp, 'dtstamp')).toBe('2026-11-21T07:30:05.000Z');
      expect(utc(comp, 'last-modified')).toBe('2026-11-21T07:30:05.000Z');
      expect(comp.getFirstPropertyValue('sequence')).toBe(2);
      expect(ics).toMatch(/\r\nDTSTAMP:20261121T073005Z\r\n/);
      expect(ics).toMatch(/\r\nLAST-MODIFIED:20261121T073005Z\r\n/);
    });

    it('without revision metadata, stamps the publication instant in UTC and SEQUENCE 0', () => {
      const { world, index } = seed();
      const event = world.events[0]!; // publishedAt 2026-11-20T12:00:00+01:00
      const ics = eventToIcs(event, index, PL);
      expect(ics).toMatch(/\r\nDTSTAMP:20261120T110000Z\r\n/);
      expect(ics).not.toContain('LAST-MODIFIED');
      expect(utc(vevent(ics), 'dtstamp')).toBe('2026-11-20T11:00:00.000Z');
      expect(vevent(ics).getFirstPropertyValue('sequence')).toBe(0);
    });

    it('every DTSTAMP and LAST-MODIFIED line of a calendar ends in Z, whatever the process time zone', () => {
      const { world, index } = generated(30);
      const stamped = world.events.map((e, i) => ({
        ...e,
        version: i + 1,
        createdAt: e.startsAt,
        updatedAt: e.endsAt,
      }));
      const ics = calendarToIcs(stamped, index, PL);
      const lines = ics.split('\r\n').filter((l) => /^(DTSTAMP|LAST-MODIFIED)[:;]/.test(l));
      expect(lines).toHaveLength(2 * stamped.filter((e) => e.status !== 'draft').length);
      for (const line of lines) expect(line).toMatch(/^(DTSTAMP|LAST-MODIFIED):\d{8}T\d{6}Z$/);
    });

    it('a rescheduled, then cancelled event carries a higher SEQUENCE and a later DTSTAMP each time', () => {
      const { world, index } = seed();
      const first = { ...world.events[0]!, ...meta };
      const moved = {
        ...first,
        startsAt: '2026-12-03T09:00:00Z',
        endsAt: '2026-12-03T13:00:00Z',
        agenda: [],
        version: 4,
        updatedAt: '2026-11-24T10:00:00Z',
      };
      const cancelled = { ...moved, status: 'cancelled' as const, version: 5, updatedAt: '2026-11-30T16:45:00Z' };
      const read = (e: typeof first) => {
        const comp = vevent(eventToIcs(e, index, PL));
        return {
          uid: comp.getFirstPropertyValue('uid'),
          sequence: Number(comp.getFirstPropertyValue('sequence')),
          stamp: Date.parse(utc(comp, 'dtstamp')),
        };
      };
      const [a, b, c] = [read(first), read(moved), read(cancelled)];
      expect(new Set([a.uid, b.uid, c.uid]).size).toBe(1);
      expect(b.sequence).toBeGreaterThan(a.sequence);
      expect(c.sequence).toBeGreaterThan(b.sequence);
      expect(b.stamp).toBeGreaterThan(a.stamp);
      expect(c.stamp).toBeGreaterThan(b.stamp);
    });

    // A venue's new address changed LOCATION in every event, but DTSTAMP and LAST-MODIFIED stayed the event's.
    it('LAST-MODIFIED and DTSTAMP are the latest change of the event or a record it shows; SEQUENCE its own', () => {
      const { world } = seed();
      // A partner of its own, which no speaker represents: updatedAt 2026-11-21T07:30:05Z, version 3.
      const partnerOrg = { ...world.organizations[0]!, id: 'partner-org', slug: 'partner-org', name: 'Partner' };
      const event = {
        ...world.events[0]!,
        ...meta,
        partners: [{ role: 'partner' as const, organizationId: partnerOrg.id }],
      };
      const speaker = event.agenda
        .flatMap((item) => ('speakers' in item ? item.speakers : []))
        .find((s) => s.kind === 'person')!;
      const read = (changed: Partial<Record<'venue' | 'organizer' | 'person' | 'grant' | 'partner', string>>) => {
        const stamp = <T extends { id: string }>(
          records: readonly T[],
          id: string | undefined,
          at: string | undefined,
        ) => records.map((r) => (r.id === id && at ? { ...r, updatedAt: at } : r));
        const index = indexWorld({
          ...world,
          venues: stamp(world.venues, event.venueId, changed.venue).map((v) =>
            changed.venue ? { ...v, address: { ...v.address, street: 'ul. Nowa 1' } } : v,
          ),
          organizations: stamp(
            stamp([...world.organizations, partnerOrg], event.organizerId, changed.organizer),
            partnerOrg.id,
            changed.partner,
          ),
          people: stamp(world.people, speaker.kind === 'person' ? speaker.personId : undefined, changed.person),
          grants: stamp(world.grants, event.grantIds[0], changed.grant),
        });
        const outputs = [eventToIcs(event, index, PL), calendarToIcs([event], index, PL)];
        expect(eventToIcs(event, index, PL)).toBe(outputs[0]);
        return outputs.map((ics) => {
          const comp = vevent(ics);
          return {
            stamp: utc(comp, 'dtstamp'),
            modified: utc(comp, 'last-modified'),
            sequence: comp.getFirstPropertyValue('sequence'),
            location: String(comp.getFirstPropertyValue('location')),
          };
        });
      };
      const own = '2026-11-21T07:30:05.000Z';
      for (const r of read({})) expect(r).toMatchObject({ stamp: own, modified: own, sequence: 2 });
      const moved = read({ venue: '2026-11-25T10:00:00+01:00' });
      for (const r of moved) {
        expect(r.location).toContain('ul. Nowa 1');
        expect(r).toMatchObject({
          stamp: '2026-11-25T09:00:00.000Z',
          modified: '2026-11-25T09:00:00.000Z',
          sequence: 2,
        });
      }
      for (const [changed, at] of [
        ['organizer', '2026-11-26T08:00:00.000Z'],
        ['person', '2026-11-27T08:00:00.000Z'],
        ['grant', '2026-11-28T08:00:00.000Z'],
      ] as const)
        for (const r of read({ venue: '2026-11-25T09:00:00Z', [changed]: at }))
          expect(r).toMatchObject({ stamp: at, modified: at, sequence: 2 });
      // A record changed before the event's last revision leaves it as it was; so does a partner, which neither
      // DESCRIPTION nor any other line names.
      for (const r of read({ venue: '2026-11-01T00:00:00Z' })) expect(r).toMatchObject({ stamp: own, modified: own });
      for (const r of read({ partner: '2026-12-01T00:00:00Z' })) expect(r).toMatchObject({ stamp: own, modified: own });
    });

    it("keeps a caller's generatedAt as the DTSTAMP of every event, in UTC", () => {
      const { world, index } = seed();
      const ics = eventToIcs({ ...world.events[0]!, ...meta }, index, {
        ...PL,
        generatedAt: '2027-01-05T00:30:00+01:00',
      });
      expect(ics).toMatch(/\r\nDTSTAMP:20270104T233000Z\r\n/);
      expect(ics).toMatch(/\r\nLAST-MODIFIED:20261121T073005Z\r\n/);
    });
  });

  it('refuses a relative siteUrl with a message naming the option', () => {
    const { world, index } = seed();
    expect(() => eventToIcs(world.events[0]!, index, { locale: 'pl', siteUrl: '/relative' })).toThrow(/siteUrl/);
  });
});
