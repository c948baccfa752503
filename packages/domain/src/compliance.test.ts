import { describe, expect, it } from 'vitest';
import { describePublicationProblem, publicationProblems, publicationWarnings } from './compliance.js';
import { type Event, type EventInput, EventSchema } from './event.js';
import { fundingStatement } from './funding-statement.js';
import { type Grant, GrantSchema } from './grant.js';

const at = (hhmm: string) => `2026-11-26T${hhmm}:00+01:00`;
const grant: Grant = GrantSchema.parse({
  id: 'g1',
  slug: 'g1',
  funderAuthorityId: 'maz',
  funderName: 'Województwo Mazowieckie',
  taskTitle: 'Zadanie',
  form: 'entrustment',
  amount: { amount: 100, currency: 'PLN' },
  period: { from: '2026-09-01', to: '2026-12-15' },
  beneficiaryId: 'fise',
});
const event = (over: Partial<EventInput> = {}): Event =>
  EventSchema.parse({
    id: 'e1',
    slug: 'e1',
    title: 'Spotkanie',
    startsAt: at('10:00'),
    endsAt: at('14:00'),
    organizerId: 'fise',
    venueId: 'cw',
    grantIds: ['g1'],
    partners: [{ organizationId: 'mcps' }, { authorityId: 'wol' }],
    agenda: [
      {
        id: 'p',
        kind: 'panel',
        title: 'Sprawna organizacja',
        startsAt: at('10:00'),
        endsAt: at('11:00'),
        panelists: [
          { kind: 'person', personId: 'jozwiak', role: 'wiceprezes zarządu', organizationId: 'krw' },
          { kind: 'representatives', authorityId: 'wol', description: 'urzędnicy powiatu wołomińskiego' },
        ],
      },
      {
        id: 't',
        kind: 'presentation',
        title: 'Badania',
        startsAt: at('11:00'),
        endsAt: at('12:00'),
        speakers: [{ kind: 'person', personId: 'chodacz' }],
      },
    ],
    ...over,
  });

describe('publicationProblems', () => {
  it('finds nothing in a complete event whose page shows the funding statement', () => {
    const page = `<h1>Spotkanie</h1> … <p>${fundingStatement(grant)}</p>`;
    expect(publicationProblems(event(), { grants: [grant], renderedText: page })).toEqual([]);
  });

  it('passes agenda problems through', () => {
    const e = event();
    const panel = e.agenda[0];
    if (panel?.kind === 'panel') panel.panelists = [];
    expect(publicationProblems(e, { grants: [grant] })).toEqual([
      { code: 'agenda', problem: { code: 'panelWithoutPanelists', itemId: 'p' } },
    ]);
  });

  it('a grant that does not exist, and a funding statement missing from the page', () => {
    expect(
      publicationProblems(event({ grantIds: ['g1', 'g9'] }), { grants: [grant], renderedText: 'Spotkanie' }),
    ).toEqual([
      { code: 'grantMissing', grantId: 'g9' },
      { code: 'fundingStatementMissing', grantId: 'g1' },
    ]);
  });

  it('the statement may wrap across lines on the page', () => {
    const page = fundingStatement(grant).replaceAll(' ', '\n  ');
    expect(publicationProblems(event(), { grants: [grant], renderedText: page })).toEqual([]);
  });

  it('a panelist or moderator without the role they speak in (presenters may have none)', () => {
    const e = event();
    const panel = e.agenda[0];
    if (panel?.kind === 'panel') panel.moderator = { kind: 'person', personId: 'komuda', organizationId: 'fise' };
    expect(publicationProblems(e, { grants: [grant] })).toEqual([
      { code: 'speakerRoleMissing', itemId: 'p', personId: 'komuda', moderator: true },
    ]);
  });

  it('a panelist or moderator who speaks for no organisation or authority (presenters may)', () => {
    const e = event();
    const panel = e.agenda[0];
    if (panel?.kind === 'panel') {
      panel.moderator = { kind: 'person', personId: 'komuda', role: 'moderator' };
      panel.panelists.push({ kind: 'person', personId: 'alieva', role: 'współzałożycielka' });
    }
    expect(publicationProblems(e, { grants: [grant] })).toEqual([
      { code: 'speakerPartyMissing', itemId: 'p', personId: 'komuda', moderator: true },
      { code: 'speakerPartyMissing', itemId: 'p', personId: 'alieva' },
    ]);
    // A person's only affiliation valid that day names the party, as it names the role; with two, which
    // one is meant is not known.
    const people = [
      { id: 'alieva', affiliations: [{ organizationId: 'kw', role: 'współzałożycielka' }] },
      { id: 'komuda', affiliations: [{ organizationId: 'fise' }, { authorityId: 'wol' }] },
    ];
    expect(publicationProblems(e, { grants: [grant], people })).toEqual([
      { code: 'speakerPartyMissing', itemId: 'p', personId: 'komuda', moderator: true },
    ]);
    // The authority a person speaks for counts as their party.
    if (panel?.kind === 'panel')
      panel.moderator = { kind: 'person', personId: 'komuda', role: 'starosta', authorityId: 'wol' };
    expect(publicationProblems(e, { grants: [grant], people })).toEqual([]);
  });

  it('a panelist in their own name needs neither a party nor a role', () => {
    const e = event();
    const panel = e.agenda[0];
    if (panel?.kind === 'panel') panel.panelists.push({ kind: 'person', personId: 'mieszkanka', independent: true });
    expect(publicationProblems(e, { grants: [grant] })).toEqual([]);
    // Not even through an affiliation the person has elsewhere.
    const people = [{ id: 'mieszkanka', affiliations: [{ organizationId: 'krw' }] }];
    expect(publicationProblems(e, { grants: [grant], people })).toEqual([]);
  });

  it('says which person in which item, and where to choose the party or mark them as speaking in their own name', () => {
    const p = { code: 'speakerPartyMissing', itemId: 'p', personId: 'alieva' } as const;
    const names = { p: 'Sprawna organizacja', alieva: 'Khedi Alieva' };
    expect(describePublicationProblem(p, 'pl', names)).toBe(
      'Khedi Alieva w punkcie „Sprawna organizacja” nie ma wskazanej organizacji ani samorządu, w których imieniu występuje. Wybierz organizację w polu „Organizacja” albo samorząd w polu „Samorząd” przy tej osobie w programie wydarzenia; jeśli ta osoba występuje we własnym imieniu, zaznacz pole „Występuje we własnym imieniu”.',
    );
    expect(describePublicationProblem(p, 'en', names)).toBe(
      'Khedi Alieva in "Sprawna organizacja" speaks for no organisation or authority. Choose the organisation in the "Organisation" field or the authority in the "Local authority" field beside them in the event\'s agenda; if they speak in their own name, tick "Speaks in their own name".',
    );
  });

  it('a role entered in the panelist’s affiliation counts, for the organisation they speak for', () => {
    const e = event();
    const panel = e.agenda[0];
    if (panel?.kind === 'panel') panel.panelists = [{ kind: 'person', personId: 'jozwiak', organizationId: 'krw' }];
    const people = [{ id: 'jozwiak', affiliations: [{ organizationId: 'krw', role: 'wiceprezes zarządu' }] }];
    expect(publicationProblems(e, { grants: [grant], people })).toEqual([]);
    // The role is for another organisation, or the people were not given: still missing.
    const elsewhere = [{ id: 'jozwiak', affiliations: [{ organizationId: 'mcps', role: 'ekspert' }] }];
    const missing = [{ code: 'speakerRoleMissing', itemId: 'p', personId: 'jozwiak' }];
    expect(publicationProblems(e, { grants: [grant], people: elsewhere })).toEqual(missing);
    expect(publicationProblems(e, { grants: [grant] })).toEqual(missing);
  });

  it('says where to enter a missing role', () => {
    const p = { code: 'speakerRoleMissing', itemId: 'p', personId: 'jozwiak' } as const;
    const names = { p: 'Sprawna organizacja', jozwiak: 'Wojciech Jóźwiak' };
    expect(describePublicationProblem(p, 'pl', names)).toBe(
      'Wojciech Jóźwiak w punkcie „Sprawna organizacja” nie ma funkcji, w której występuje. Wpisz ją w polu „Funkcja” przy tej osobie w programie wydarzenia albo w afiliacji tej osoby z organizacją, którą reprezentuje (pole „Afiliacje” w danych osoby).',
    );
    expect(describePublicationProblem(p, 'en', names)).toMatch(/Enter it in the "Role" field .* \("Affiliations"/);
  });

  it('says when the person is the panel’s moderator, whose fields sit under their own heading', () => {
    const names = { p: 'Sprawna organizacja', komuda: 'Łukasz Komuda' };
    const role = { code: 'speakerRoleMissing', itemId: 'p', personId: 'komuda', moderator: true } as const;
    expect(describePublicationProblem(role, 'pl', names)).toBe(
      'Łukasz Komuda, moderator punktu „Sprawna organizacja”, nie ma funkcji, w której występuje. Wpisz ją w polu „Funkcja” w części „Moderator” tego punktu w programie wydarzenia albo w afiliacji tej osoby z organizacją, którą reprezentuje (pole „Afiliacje” w danych osoby).',
    );
    expect(describePublicationProblem(role, 'en', names)).toBe(
      'Łukasz Komuda, the moderator of "Sprawna organizacja", has no role they speak in. Enter it in the "Role" field under "Moderator" in that item of the event\'s agenda, or in their affiliation with the organisation they represent ("Affiliations" in the person\'s record).',
    );
    const party = { ...role, code: 'speakerPartyMissing' } as const;
    expect(describePublicationProblem(party, 'pl', names)).toMatch(
      /^Łukasz Komuda, moderator punktu „Sprawna organizacja”, nie ma wskazanej organizacji .* w polu „Samorząd” w części „Moderator” tego punktu w programie wydarzenia;/,
    );
    expect(describePublicationProblem(party, 'en', names)).toMatch(
      /^Łukasz Komuda, the moderator of "Sprawna organizacja", speaks for no .* field under "Moderator" in that item of the event's agenda;/,
    );
  });

  it('an event with neither a venue nor an online link', () => {
    expect(publicationProblems(event({ venueId: undefined }), { grants: [grant] })).toEqual([{ code: 'noPlace' }]);
    expect(
      publicationProblems(event({ venueId: undefined, onlineUrl: 'https://meet.example.org/a' }), { grants: [grant] }),
    ).toEqual([]);
  });

  it('references to people, organisations, authorities and a venue that do not exist', () => {
    const knownIds = {
      people: new Set(['jozwiak']),
      organizations: new Set(['krw', 'mcps']),
      authorities: new Set<string>(),
      venues: new Set<string>(),
    };
    expect(publicationProblems(event(), { grants: [grant], knownIds })).toEqual([
      { code: 'unknownReference', field: 'organizerId', id: 'fise' },
      { code: 'unknownReference', field: 'venueId', id: 'cw' },
      { code: 'unknownReference', field: 'partners.authorityId', id: 'wol' },
      { code: 'unknownReference', field: 'agenda.authorityId', id: 'wol' },
      { code: 'unknownReference', field: 'agenda.personId', id: 'chodacz' },
    ]);
    // A kind of id left out of knownIds is not checked.
    expect(publicationProblems(event(), { grants: [grant], knownIds: {} })).toEqual([]);
    expect(publicationProblems(event(), { grants: [grant], knownIds: { venues: new Set(['cw']) } })).toEqual([]);
  });
});

describe('publicationWarnings', () => {
  const exact = 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego';
  it('a funding grant without the exact statement of its agreement', () => {
    expect(publicationWarnings(event(), [grant])).toEqual([{ code: 'attributionTextMissing', grantId: 'g1' }]);
    expect(publicationWarnings(event(), [{ ...grant, attributionText: exact }])).toEqual([]);
    // An unknown grant is publicationProblems' grantMissing, not warned twice.
    expect(publicationWarnings(event({ grantIds: ['g9'] }), [grant])).toEqual([]);
  });

  it('a body that repeats a funding statement the page shows: same words, whatever the case, spacing, punctuation or emphasis', () => {
    const funded = { ...grant, attributionText: exact };
    const warned = [{ code: 'fundingStatementInBody', grantId: 'g1' }];
    for (const body of [
      `Dziękujemy wszystkim uczestnikom!\n\n${exact} #Mazowszepomaga, #MCPSpomaga`,
      `**Zadanie publiczne** _sfinansowane_ ze środków\nz budżetu ~~Województwa~~ \`Mazowieckiego\`.`,
      'ZADANIE PUBLICZNE SFINANSOWANE ZE ŚRODKÓW Z BUDŻETU WOJEWÓDZTWA MAZOWIECKIEGO',
      '> Zadanie publiczne sfinansowane ze środków z budżetu [Województwa Mazowieckiego](https://www.mazovia.pl/).',
      '<p>Zadanie publiczne <strong>sfinansowane</strong> ze środków z budżetu Województwa Mazowieckiego</p>',
      'Zadanie publiczne sfinansowane ze\u00a0środków z bud\u00adżetu Województwa Mazowieckiego',
      'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego'.normalize('NFD'),
    ])
      expect(publicationWarnings({ grantIds: ['g1'], body }, [funded]), body).toEqual(warned);
    // Other words, part of the statement, a word run into it, or no body: nothing to warn of.
    for (const body of [
      'Zadanie publiczne współfinansowane ze środków z budżetu Województwa Mazowieckiego',
      'Zadanie publiczne sfinansowane ze środków z budżetu Województwa',
      'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiegoo',
      '',
      undefined,
    ])
      expect(publicationWarnings({ grantIds: ['g1'], ...(body === undefined ? {} : { body }) }, [funded])).toEqual([]);
  });

  it('finds the statement derived from the grant, and the English one, and the grant without its funder only by its exact texts', () => {
    // No exact text: the page shows the derived statement, and the grant is warned of that too.
    const derived = `Dziękujemy! ${fundingStatement(grant)}.`;
    expect(publicationWarnings({ grantIds: ['g1'], body: derived }, [grant])).toEqual([
      { code: 'attributionTextMissing', grantId: 'g1' },
      { code: 'fundingStatementInBody', grantId: 'g1' },
    ]);
    const english = `Thank you! ${fundingStatement(grant, { locale: 'en' })}.`;
    expect(publicationWarnings({ grantIds: ['g1'], body: english }, [{ ...grant, attributionText: exact }])).toEqual(
      [],
    );
    expect(publicationWarnings({ grantIds: ['g1'], body: english }, [grant])).toContainEqual({
      code: 'fundingStatementInBody',
      grantId: 'g1',
    });
    const givenEn = { ...grant, attributionText: exact, attributionTextEn: 'Funded by Mazovia' };
    expect(publicationWarnings({ grantIds: ['g1'], body: 'funded by MAZOVIA!' }, [givenEn])).toEqual([
      { code: 'fundingStatementInBody', grantId: 'g1' },
    ]);
    expect(publicationWarnings({ grantIds: ['g1'], body: exact }, [{ id: 'g1', attributionText: exact }])).toEqual([
      { code: 'fundingStatementInBody', grantId: 'g1' },
    ]);
    // A funder GrantSchema refuses (no genitive to derive): no Polish statement to look for, and no throw.
    const unit = { ...grant, funderName: 'Mazowieckie Centrum Polityki Społecznej', attributionText: undefined };
    expect(publicationWarnings({ grantIds: ['g1'], body: 'Treść' }, [unit])).toEqual([
      { code: 'attributionTextMissing', grantId: 'g1' },
    ]);
  });

  it('says which grant’s statement the body repeats, in Polish and English', () => {
    const w = { code: 'fundingStatementInBody', grantId: 'g1' } as const;
    expect(describePublicationProblem(w, 'pl', { g1: 'Mosty 2026' })).toBe(
      'Treść zawiera informację o finansowaniu z dotacji „Mosty 2026”, którą strona i tak pokazuje, więc czytelnicy zobaczą ją dwa razy. Usuń ją z pola „Treść”.',
    );
    expect(describePublicationProblem(w, 'en', { g1: 'Mosty 2026' })).toBe(
      'The body contains the funding statement of grant "Mosty 2026", which the page shows anyway, so readers would see it twice. Remove it from the "Body" field.',
    );
  });

  it('a panel’s representatives who name no organisation or authority, only a description', () => {
    const funded = { ...grant, attributionText: exact };
    // The fixture's only representatives name their authority: nothing to warn of.
    expect(publicationWarnings(event(), [funded])).toEqual([]);
    const e = event();
    const panel = e.agenda[0];
    if (panel?.kind === 'panel') {
      panel.moderator = { kind: 'representatives', description: 'przedstawiciele rady seniorów' };
      panel.panelists.push({ kind: 'representatives', description: 'przedstawiciele spółdzielni socjalnej' });
      panel.panelists.push({ kind: 'representatives', organizationId: 'krw', description: 'członkowie spółdzielni' });
    }
    // A presentation's speakers stand as the source names them, as for people (speakerPartyMissing).
    const talk = e.agenda[1];
    if (talk?.kind === 'presentation') talk.speakers.push({ kind: 'representatives', description: 'badacze' });
    expect(publicationWarnings(e, [funded])).toEqual([
      { code: 'representativesPartyMissing', itemId: 'p', description: 'przedstawiciele rady seniorów' },
      { code: 'representativesPartyMissing', itemId: 'p', description: 'przedstawiciele spółdzielni socjalnej' },
    ]);
    // A warning, not a problem: the description may be all a source says of them.
    expect(publicationProblems(e, { grants: [funded] })).toEqual([]);
    // Once the row says its source does not name whom they represent, it is not warned of again.
    if (panel?.kind === 'panel' && panel.moderator?.kind === 'representatives') panel.moderator.partyUnnamed = true;
    expect(publicationWarnings(e, [funded])).toEqual([
      { code: 'representativesPartyMissing', itemId: 'p', description: 'przedstawiciele spółdzielni socjalnej' },
    ]);
    // Without the agenda there is nothing to check.
    expect(publicationWarnings({ grantIds: e.grantIds }, [funded])).toEqual([]);
  });

  it('names the representatives and the item, and where to choose whom they represent, in Polish and English', () => {
    const w = {
      code: 'representativesPartyMissing',
      itemId: 'p',
      description: 'przedstawiciele spółdzielni socjalnej',
    } as const;
    expect(describePublicationProblem(w, 'pl', { p: 'Sprawny urząd' })).toBe(
      'Przedstawiciele opisani jako „przedstawiciele spółdzielni socjalnej” w punkcie „Sprawny urząd” nie mają wskazanej organizacji ani samorządu, które reprezentują. Jeśli wiadomo, kogo reprezentują, wybierz organizację w polu „Organizacja” albo samorząd w polu „Samorząd” przy tym wierszu w programie wydarzenia; jeśli źródło tego nie podaje, zaznacz tam pole „Źródło nie podaje, kogo reprezentują” (strona pokaże sam opis).',
    );
    expect(describePublicationProblem(w, 'en', { p: 'Sprawny urząd' })).toBe(
      'The representatives described as "przedstawiciele spółdzielni socjalnej" in "Sprawny urząd" have no organisation or authority they represent. If it is known whom they represent, choose the organisation in the "Organisation" field or the authority in the "Local authority" field beside that row in the event\'s agenda; if the source does not say, tick "The source does not say whom they represent" there (pages show the description alone).',
    );
  });

  it('says in Polish and English where to enter the statement', () => {
    const w = { code: 'attributionTextMissing', grantId: 'g1' } as const;
    expect(describePublicationProblem(w, 'pl', { g1: 'Mosty 2026' })).toBe(
      'Dotacja „Mosty 2026” nie ma dokładnej informacji o finansowaniu z umowy: strona pokazuje tekst wywiedziony z formy dotacji. Przepisz go z umowy w polu „Informacja o finansowaniu” dotacji.',
    );
    expect(describePublicationProblem(w, 'en', { g1: 'Mosty 2026' })).toBe(
      'Grant "Mosty 2026" has no exact funding statement from its agreement: pages show one derived from the grant\'s form. Copy it from the agreement into the grant\'s "Funding statement" field.',
    );
  });
});
