import { describe, expect, it } from 'vitest';
import { AGENDA_ITEM_KINDS, AgendaItemSchema } from './agenda.js';
import { attendanceMode, type EventInput, EventSchema, isPublicEvent } from './event.js';
import { AGENDA_KIND_LABELS, EVENT_STATUS_LABELS, label } from './labels.js';
import { validate } from './validation.js';

const event: EventInput = {
  id: 'e1',
  slug: 'sprawny-urzad',
  title: 'Sprawny urząd, sprawna organizacja',
  startsAt: '2026-11-26T10:00:00+01:00',
  endsAt: '2026-11-26T14:00:00+01:00',
  organizerId: 'fise',
};
const codes = (input: unknown) => {
  const r = validate(EventSchema, input, 'en');
  return r.ok ? [] : r.issues.map((i) => [i.path, i.code]);
};

describe('EventSchema', () => {
  it('fills the defaults: Warsaw time, draft, Polish, free, empty lists', () => {
    expect(EventSchema.parse(event)).toEqual({
      ...event,
      body: '',
      timeZone: 'Europe/Warsaw',
      partners: [],
      status: 'draft',
      language: 'pl',
      hashtags: [],
      grantIds: [],
      attendance: {},
      isFree: true,
      agenda: [],
    });
  });

  it('ends after it starts, comparing instants, not strings', () => {
    expect(codes({ ...event, endsAt: '2026-11-26T10:00:00+01:00' })).toEqual([['endsAt', 'endsBeforeStart']]);
    // 09:30Z is 10:30 in Warsaw: later than 10:00+01:00 although it sorts before it as text.
    expect(codes({ ...event, endsAt: '2026-11-26T09:30:00Z' })).toEqual([]);
    const r = validate(EventSchema, { ...event, endsAt: '2026-11-26T09:00:00+01:00' }, 'pl');
    expect(!r.ok && r.issues[0]?.message).toBe('Koniec: musi być później niż początek.');
  });

  // A form shows every problem at once: the end before the start beside an empty title, not after it is filled.
  it('says it ends before it starts beside other fields missing or wrong, not only once they are fixed', () => {
    const { title: _t, organizerId: _o, ...untitled } = event;
    expect(codes({ ...untitled, capacity: 'dużo', endsAt: '2026-11-26T09:00:00+01:00' })).toEqual([
      ['title', 'invalid_type'],
      ['organizerId', 'invalid_type'],
      ['capacity', 'invalid_type'],
      ['endsAt', 'endsBeforeStart'],
    ]);
  });

  // zod runs object refinements after "continuable" issues such as a malformed date; comparing two
  // unparseable instants must not add a second, misleading issue.
  it('says nothing about the order of times it could not read', () => {
    expect(codes({ ...event, startsAt: 'x', endsAt: 'y' })).toEqual([
      ['startsAt', 'invalid_format'],
      ['endsAt', 'invalid_format'],
    ]);
    expect(codes({ ...event, endsAt: '2026-11-26' })).toEqual([['endsAt', 'invalid_format']]);
  });

  it('refuses repeated agenda ids', () => {
    const item = { id: 'a', kind: 'break', startsAt: event.startsAt, endsAt: '2026-11-26T10:15:00+01:00' };
    expect(codes({ ...event, agenda: [item, { ...item }] })).toEqual([['agenda', 'duplicateId']]);
    const r = validate(EventSchema, { ...event, agenda: [item, { ...item }] }, 'pl');
    expect(!r.ok && r.issues[0]?.message).toBe('Program: zawiera powtórzone identyfikatory.');
  });

  it('refuses local times without an offset, unknown zones and statuses', () => {
    expect(codes({ ...event, startsAt: '2026-11-26T10:00:00' })).toEqual([['startsAt', 'invalid_format']]);
    expect(codes({ ...event, timeZone: 'Europe/Warszawa' })).toEqual([['timeZone', 'timeZone']]);
    expect(codes({ ...event, status: 'archived' })).toEqual([['status', 'invalid_value']]);
  });

  it('a partner is an organisation or an authority', () => {
    expect(codes({ ...event, partners: [{ role: 'patron' }] })).toEqual([
      ['partners[0].organizationId', 'affiliationParty'],
    ]);
    expect(EventSchema.parse({ ...event, partners: [{ authorityId: 'maz' }] }).partners).toEqual([
      { authorityId: 'maz', role: 'partner' },
    ]);
  });

  it('strips a leading # from hashtags', () => {
    expect(EventSchema.parse({ ...event, hashtags: ['#Współpraca'] }).hashtags).toEqual(['Współpraca']);
  });
});

describe('AgendaItemSchema', () => {
  const slot = { startsAt: '2026-11-26T10:00:00+01:00', endsAt: '2026-11-26T11:00:00+01:00' };
  it('a person in their own name speaks for no organisation or authority', () => {
    const panel = (speaker: object) => ({ ...slot, id: 'p', kind: 'panel', title: 'Panel', panelists: [speaker] });
    const own = { kind: 'person', personId: 'mieszkanka', independent: true };
    expect(AgendaItemSchema.parse(panel(own))).toMatchObject({ panelists: [own] });
    expect(AgendaItemSchema.parse(panel({ ...own, independent: false, organizationId: 'krw' }))).toMatchObject({
      panelists: [{ independent: false, organizationId: 'krw' }],
    });
    for (const party of [{ organizationId: 'krw' }, { authorityId: 'wol' }]) {
      const result = validate(AgendaItemSchema, panel({ ...own, ...party }), 'pl');
      expect(result.ok ? [] : result.issues).toEqual([
        {
          path: 'panelists[0].independent',
          field: 'Występuje we własnym imieniu',
          code: 'speakerIndependentParty',
          message:
            'Występuje we własnym imieniu: osoba występująca we własnym imieniu nie reprezentuje organizacji ani samorządu: usuń organizację i samorząd przy tej osobie albo odznacz to pole.',
        },
      ]);
    }
  });

  it('representatives whose source does not say whom they represent name no organisation or authority', () => {
    const panel = (speaker: object) => ({ ...slot, id: 'p', kind: 'panel', title: 'Panel', panelists: [speaker] });
    const unnamed = { kind: 'representatives', description: 'przedstawiciele spółdzielni', partyUnnamed: true };
    expect(AgendaItemSchema.parse(panel(unnamed))).toMatchObject({ panelists: [unnamed] });
    for (const party of [{ organizationId: 'krw' }, { authorityId: 'wol' }]) {
      const result = validate(AgendaItemSchema, panel({ ...unnamed, ...party }), 'en');
      expect(result.ok ? [] : result.issues).toEqual([
        {
          path: 'panelists[0].partyUnnamed',
          field: 'The source does not say whom they represent',
          code: 'representativesPartyNamed',
          message:
            'The source does not say whom they represent: an organisation or an authority is named beside these representatives, so the source does say whom they represent: remove the organisation and the authority from this row, or untick this field.',
        },
      ]);
    }
  });

  it('parses each kind with its defaults', () => {
    expect(AgendaItemSchema.parse({ ...slot, id: 'p', kind: 'panel', title: 'Panel' })).toMatchObject({
      panelists: [],
      questions: [],
    });
    const discussion = AgendaItemSchema.parse({ ...slot, id: 'd', kind: 'discussion' });
    expect(discussion).toMatchObject({ topics: [], facilitators: [] });
    // A format nobody stated is not stated: no default ("plenarna" was saved for an empty field).
    expect(discussion).not.toHaveProperty('format');
    for (const format of ['groups', 'plenary'] as const)
      expect(AgendaItemSchema.parse({ ...slot, id: 'd', kind: 'discussion', format })).toMatchObject({ format });
    expect(AgendaItemSchema.safeParse({ ...slot, id: 'd', kind: 'discussion', format: 'workshop' }).success).toBe(
      false,
    );
    expect(AgendaItemSchema.parse({ ...slot, id: 'i', kind: 'introduction' })).toMatchObject({ speakers: [] });
  });

  it('a panel and a presentation need a title; an unknown kind is refused', () => {
    expect(AgendaItemSchema.safeParse({ ...slot, id: 'p', kind: 'panel' }).success).toBe(false);
    expect(AgendaItemSchema.safeParse({ ...slot, id: 'p', kind: 'presentation' }).success).toBe(false);
    expect(AgendaItemSchema.safeParse({ ...slot, id: 'p', kind: 'keynote', title: 'x' }).success).toBe(false);
  });

  it('a speaker is a person or representatives described as written (names are never invented)', () => {
    const panel = AgendaItemSchema.parse({
      ...slot,
      id: 'p',
      kind: 'panel',
      title: 'Sprawny urząd',
      panelists: [
        {
          kind: 'representatives',
          authorityId: 'wol',
          description: 'samorządowcy oraz urzędnicy powiatu wołomińskiego',
        },
        { kind: 'person', personId: 'jozwiak', role: 'wiceprezes zarządu' },
      ],
    });
    expect(panel.kind === 'panel' && panel.panelists.map((s) => s.kind)).toEqual(['representatives', 'person']);
    expect(
      AgendaItemSchema.safeParse({
        ...slot,
        id: 'p',
        kind: 'panel',
        title: 'x',
        panelists: [{ kind: 'representatives' }],
      }).success,
    ).toBe(false);
  });

  it('every kind and status has labels in both languages', () => {
    for (const kind of AGENDA_ITEM_KINDS) expect(label(AGENDA_KIND_LABELS, kind, 'en')).toBeTruthy();
    expect(label(EVENT_STATUS_LABELS, 'cancelled')).toBe('odwołane');
    expect(label(AGENDA_KIND_LABELS, 'discussion', 'pl')).toBe('Dyskusja');
  });
});

describe('isPublicEvent and attendanceMode', () => {
  it('only drafts are hidden; cancelled events stay visible', () => {
    expect(isPublicEvent({ status: 'draft' })).toBe(false);
    expect(isPublicEvent({ status: 'published' })).toBe(true);
    expect(isPublicEvent({ status: 'cancelled' })).toBe(true);
    expect(isPublicEvent({ status: 'postponed' })).toBe(true);
  });

  it('tells offline, online and mixed apart', () => {
    expect(attendanceMode({ venueId: 'v1' })).toBe('offline');
    expect(attendanceMode({ onlineUrl: 'https://meet.example.org/x' })).toBe('online');
    expect(attendanceMode({ venueId: 'v1', onlineUrl: 'https://meet.example.org/x' })).toBe('mixed');
    expect(attendanceMode({})).toBe('offline');
  });
});
