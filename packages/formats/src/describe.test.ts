import type { AgendaItem, Event } from '@org/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EN, generated, PL, seed, seedPolishStatementOnly } from '../test/fixtures.js';
import {
  agendaLines,
  eventHtml,
  eventPlainText,
  fundingNotices,
  fundingStatements,
  itemHeading,
  joinClauses,
  speakerText,
} from './describe.js';
import { escapeXml } from './html.js';

const STATEMENT = 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego';

describe('agenda lines', () => {
  it('the seed event in Polish: no kind repeated as the title, "Występuje" for who speaks', () => {
    const { world, index } = seed();
    const lines = agendaLines(world.events[0]!, index, 'pl');
    expect(lines[0]).toBe('10:00–10:15 Wprowadzenie');
    expect(lines[1]).toBe('  Występuje: Łukasz Komuda');
    expect(lines).toContain('11:15–11:45 Prezentacja: Polskie organizacje w dialogu społecznym');
    expect(lines).toContain('  Występuje: Weronika Chodacz (Transfer HUB)');
    expect(lines).toContain('12:45–14:00 Dyskusja w grupach');
    expect(lines).toContain('  Tematy dyskusji:');
    expect(lines.join('\n')).not.toMatch(/Prowadzenie:|Wprowadzenie: Wprowadzenie|Dyskusja: Dyskusja/);
  });

  it('the seed event in English', () => {
    const { world, index } = seed();
    const lines = agendaLines(world.events[0]!, index, 'en');
    expect(lines[1]).toBe('  Speaker: Łukasz Komuda');
    expect(lines).toContain('  Discussion topics:');
  });

  const event = (agenda: AgendaItem[]): Event => ({ ...seed().world.events[0]!, agenda });
  const slot = { startsAt: '2026-11-26T10:00:00+01:00', endsAt: '2026-11-26T10:30:00+01:00' };
  const person = (n: number) => ({ kind: 'person' as const, personId: seed().world.people[n]!.id });

  it('names roles by what they are and agrees with the number of people', () => {
    const { world, index } = seed();
    const name = (n: number) => `${world.people[n]!.givenName} ${world.people[n]!.familyName}`;
    const agenda: AgendaItem[] = [
      { ...slot, id: 'a', kind: 'presentation', title: 'Wyniki badań', speakers: [person(0), person(1)] },
      {
        ...slot,
        id: 'b',
        kind: 'other',
        title: 'Otwarcie',
        speakers: [{ kind: 'representatives', description: 'radni' }],
      },
      {
        ...slot,
        id: 'c',
        kind: 'discussion',
        format: 'plenary',
        topics: ['Budżet'],
        facilitators: [person(2)],
      },
      {
        ...slot,
        id: 'd',
        kind: 'panel',
        title: 'Dialog',
        moderator: person(3),
        panelists: [person(0)],
        questions: ['Jak?'],
      },
      { ...slot, id: 'e', kind: 'break' },
    ];
    const pl = agendaLines(event(agenda), index, 'pl');
    expect(pl).toEqual([
      '10:00–10:30 Prezentacja: Wyniki badań',
      `  Występują: ${name(0)}; ${name(1)}`,
      '10:00–10:30 Inne: Otwarcie',
      '  Występują: radni',
      '10:00–10:30 Dyskusja',
      `  Prowadzenie dyskusji: ${name(2)}`,
      '  Tematy dyskusji:',
      '  - Budżet',
      '10:00–10:30 Panel: Dialog',
      `  Moderacja: ${name(3)}`,
      `  W panelu: ${name(0)}`,
      '  Pytanie:',
      '  - Jak?',
      '10:00–10:30 Przerwa',
    ]);
    const en = agendaLines(event(agenda), index, 'en');
    expect(en).toContain(`  Speakers: ${name(0)}; ${name(1)}`);
    expect(en).toContain(`  Facilitators: ${name(2)}`);
    expect(en).toContain(`  Moderator: ${name(3)}`);
    expect(en).toContain(`  Panellist: ${name(0)}`);
    expect(en).toContain('  Question:');
    expect(en).toContain('10:00–10:30 Break');
  });

  it('headings never repeat the kind, for every item of a generated world', () => {
    const { world } = generated(60);
    for (const e of world.events)
      for (const item of e.agenda)
        for (const locale of ['pl', 'en'] as const) {
          const heading = itemHeading(item, locale);
          const [kind, ...rest] = heading.split(': ');
          if (rest.length) expect(rest.join(': ').toLowerCase().startsWith(kind!.toLowerCase()), heading).toBe(false);
        }
  });
});

// The feeds' HTML marks the parts of these lines in their languages (`markedHtml`); the calendar's, JSON-LD's and
// the tables' text must stay what joinClauses wrote, punctuation dropped where it was dropped.
describe('agenda lines in their languages', () => {
  const clause = fc.constantFrom(
    'wiceprezes zarządu',
    'prezes.',
    'sp. z o.o.',
    'Czy warto?',
    'radni,',
    'urzędnicy;',
    ' ',
    '',
  );
  const text = fc.oneof(
    clause,
    fc.tuple(clause, clause).map(([a, b]) => `${a} ${b}`.trim() || 'x'),
  );
  it('read as speakerText and joinClauses write them, and the HTML without its marks says the same', () => {
    const { world, index } = seed();
    const organization = world.organizations[0]!;
    const fullNameOf = (n: number) => `${world.people[n]!.givenName} ${world.people[n]!.familyName}`;
    fc.assert(
      fc.property(
        fc.array(fc.record({ role: fc.option(text, { nil: undefined }), party: fc.boolean(), group: fc.boolean() }), {
          minLength: 1,
          maxLength: 4,
        }),
        text,
        (speakers, title) => {
          const panelists = speakers.map((s, n) =>
            s.group
              ? {
                  kind: 'representatives' as const,
                  description: s.role ?? 'radni',
                  ...(s.party ? { organizationId: organization.id } : {}),
                }
              : {
                  kind: 'person' as const,
                  personId: world.people[n]!.id,
                  ...(s.role ? { role: s.role } : {}),
                  ...(s.party ? { organizationId: organization.id } : {}),
                },
          );
          const item: AgendaItem = {
            id: 'p',
            kind: 'panel',
            startsAt: '2026-11-26T10:00:00+01:00',
            endsAt: '2026-11-26T10:30:00+01:00',
            title,
            panelists,
            questions: [],
          };
          const e = { ...world.events[0]!, agenda: [item] };
          const expected = joinClauses(
            panelists.map((p) => speakerText(p, index)),
            '; ',
          );
          for (const p of panelists) {
            if (p.kind === 'representatives') continue;
            const n = world.people.findIndex((x) => x.id === p.personId);
            const detail = p.role
              ? p.organizationId
                ? joinClauses([p.role, organization.name], ', ')
                : p.role
              : p.organizationId
                ? organization.name
                : '';
            expect(speakerText(p, index)).toBe(detail ? `${fullNameOf(n)} (${detail})` : fullNameOf(n));
          }
          const lines = agendaLines(e, index, 'en');
          expect(lines[1]!.replace(/^ {2}Panellists?: /, '')).toBe(expected);
          const html = eventHtml(e, index, EN);
          const agenda = html.slice(html.indexOf('<p>Agenda:'), html.indexOf('</p>', html.indexOf('<p>Agenda:')) + 4);
          expect(agenda.replace(/<span lang="pl">|<\/span>/g, '')).toBe(
            `<p>${['Agenda:', ...lines].map((l) => escapeXml(l)).join('<br>')}</p>`,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('funding notices', () => {
  it('carry the Polish statement in every language, the English one in English, and the hashtags', () => {
    const { world, index } = seed();
    const event = world.events[0]!;
    const [en] = fundingNotices('event', event, index, 'en');
    expect(en).toMatchObject({
      statement: STATEMENT,
      translation: 'Public task financed from the budget of the Mazowieckie Voivodeship',
      hashtags: ['Mazowszepomaga', 'MCPSpomaga', 'MCPS', 'programywspacia', 'solidarnośćmazowiecka', 'ESjakSukcES'],
    });
    expect(fundingNotices('event', event, index, 'pl')[0]?.translation).toBeUndefined();
    expect(fundingStatements('event', event, index, 'en')).toEqual([
      `${STATEMENT}\nPublic task financed from the budget of the Mazowieckie Voivodeship\n#Mazowszepomaga #MCPSpomaga #MCPS #programywspacia #solidarnośćmazowiecka #ESjakSukcES`,
    ]);
    expect(eventPlainText(event, index, EN)).toContain(STATEMENT);
    expect(eventPlainText(event, index, PL)).toContain(`${STATEMENT}\n#Mazowszepomaga`);
  });

  // The audit found English outputs with a derived "co-financed" beside the agreement's "sfinansowane".
  it('in English, the agreement’s Polish statement alone and once when it gives no English one', () => {
    const { world, index } = seedPolishStatementOnly();
    const event = world.events[0]!;
    const [notice] = fundingNotices('event', event, index, 'en');
    expect(notice?.statement).toBe(STATEMENT);
    expect(notice).not.toHaveProperty('translation');
    const [text] = fundingStatements('event', event, index, 'en');
    expect(text?.split(STATEMENT)).toHaveLength(2);
    expect(text).not.toMatch(/Public task|financed/);
    expect(eventPlainText(event, index, EN).split(STATEMENT)).toHaveLength(2);
  });

  it('derive the Polish statement from the grant when the agreement gives none', () => {
    const { world, index } = generated(20);
    const event = world.events.find((e) => e.grantIds.length)!;
    const grant = world.grants.find((g) => g.id === event.grantIds[0])!;
    const [notice] = fundingNotices('event', event, index, 'en');
    expect(notice?.statement).toMatch(/^Zadanie publiczne (współ)?finansowane ze środków budżetu /);
    expect(notice?.translation).toContain(`from the budget of ${grant.funderName}`);
  });
});

describe('joinClauses', () => {
  it('does not double punctuation after a part that ends a sentence or an abbreviation', () => {
    expect(joinClauses(['Panel: Współpraca z organizacjami pozarządowymi.', 'paneliści: Anna Nowak'], '; ')).toBe(
      'Panel: Współpraca z organizacjami pozarządowymi; paneliści: Anna Nowak',
    );
    expect(joinClauses(['Firma sp. z o.o.', 'Fundacja'], '; ')).toBe('Firma sp. z o.o. Fundacja');
    expect(joinClauses(['Czy warto?', 'Zadanie publiczne'], '. ')).toBe('Czy warto? Zadanie publiczne');
    expect(joinClauses(['Tytuł zadania.', 'Zadanie publiczne'], '. ')).toBe('Tytuł zadania. Zadanie publiczne');
  });

  it('joins parts that end in no punctuation exactly as join does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string().filter((t) => !/[.!?…:;,]\s*$/.test(t))),
        fc.constantFrom('; ', '. ', ', '),
        (parts, separator) => {
          expect(joinClauses(parts, separator)).toBe(parts.join(separator));
        },
      ),
    );
  });
});
