import {
  AgendaItemSchema,
  type Event,
  EventPartnerSchema,
  EventSchema,
  type Grant,
  GrantSchema,
  type Post,
  PostSchema,
} from '@org/domain';
import { describe, expect, it } from 'vitest';
import { generated, PL, PL360, seed } from '../test/fixtures.js';
import { FormatError, isFormatError } from './errors.js';
import { writeFeed } from './feeds.js';
import { frabScheduleJson, frabScheduleXml } from './frab.js';
import { grantReportMarkdown } from './grant-report-markdown.js';
import { calendarToIcs, eventToIcs, icsChunks } from './ical.js';
import { eventJsonLd } from './json-ld.js';
import { postJsonLd } from './json-ld-pages.js';
import { ITEM_DEFAULTS, PARSED_RECORD_CHECKS } from './parsed-records.js';
import { tableCsv } from './table-csv.js';
import { tableXlsx } from './table-xlsx.js';
import { agendaCsv, eventsCsv } from './tables.js';
import { grantsTo360Giving, grantsTo360GivingCsv, threeSixtyGivingNotices } from './three-sixty-giving.js';
import { indexWorld } from './world-index.js';

const { world } = seed();
const event = world.events[0]!;
const post = world.posts.find((p) => p.eventId === event.id && p.status === 'published')!;
const grant = world.grants.find((g) => event.grantIds.includes(g.id))!;

/**
 * The fields a schema fills in when its input leaves them out, found by parsing (not by reading zod's
 * internals): without the field the parse still succeeds and the value has it.
 */
function defaultedFields(
  schema: { safeParse(input: unknown): { success: true; data: unknown } | { success: false } },
  parsed: object,
): string[] {
  return Object.keys(parsed).filter((key) => {
    const { [key]: _dropped, ...without } = parsed as Record<string, unknown>;
    const result = schema.safeParse(without);
    return result.success && (result.data as Record<string, unknown>)[key] !== undefined;
  });
}

const without = <T extends object>(record: T, field: string): T => {
  const { [field]: _dropped, ...rest } = record as Record<string, unknown>;
  return rest as T;
};

/** What a call throws, awaited and drained when it returns a promise or a stream. */
async function thrown(call: () => unknown): Promise<unknown> {
  try {
    const out = call();
    if (out && typeof out === 'object' && Symbol.asyncIterator in out)
      for await (const _ of out as AsyncIterable<unknown>);
    else await out;
  } catch (error) {
    return error;
  }
  return undefined;
}

// Every public writer that takes an event, each given the event (and a world holding it, as a grant's writers read it).
const eventWriters = (e: Event) => {
  const index = indexWorld({ ...world, events: [e] });
  return {
    eventJsonLd: () => eventJsonLd(e, index, PL),
    'postJsonLd (its event)': () => postJsonLd({ ...post, eventId: e.id }, index, PL),
    eventToIcs: () => eventToIcs(e, index, PL),
    calendarToIcs: () => calendarToIcs([e], index, PL),
    icsChunks: () => icsChunks([e], index, PL),
    frabScheduleXml: () => frabScheduleXml(e, index, PL),
    frabScheduleJson: () => frabScheduleJson(e, index, PL),
    'writeFeed rss': () => writeFeed('rss', { events: [e] }, index, PL),
    'writeFeed json': () => writeFeed('json', { events: [e] }, index, PL),
    eventsCsv: () => eventsCsv([e], index, PL),
    agendaCsv: () => agendaCsv([e], index, PL),
    "tableCsv('agenda-items')": () => tableCsv('agenda-items', index, PL, [e]),
    "tableCsv('event-people')": () => tableCsv('event-people', index, PL, [e]),
    "tableXlsx('events')": () => tableXlsx('events', index, PL),
    'grantsTo360Giving (its grant)': () => grantsTo360Giving([grant], index, PL360),
    'threeSixtyGivingNotices (its grant)': () => threeSixtyGivingNotices([grant], index, 'csv'),
    'grantReportMarkdown (its grant)': () => grantReportMarkdown(grant, index, PL),
  };
};

const postWriters = (p: Post) => ({
  postJsonLd: () => postJsonLd(p, indexWorld(world), PL),
  'writeFeed atom': () => writeFeed('atom', { posts: [p] }, indexWorld(world), PL),
  'writeFeed json': () => writeFeed('json', { posts: [p] }, indexWorld(world), PL),
});

const grantWriters = (g: Grant) => {
  const index = indexWorld({ ...world, grants: world.grants.map((x) => (x.id === g.id ? g : x)) });
  return {
    grantsTo360Giving: () => grantsTo360Giving([g], index, PL360),
    grantsTo360GivingCsv: () => grantsTo360GivingCsv([g], index, PL360),
    threeSixtyGivingNotices: () => threeSixtyGivingNotices([g], index, 'json'),
    grantReportMarkdown: () => grantReportMarkdown(g, index, PL),
    "tableCsv('grants')": () => tableCsv('grants', index, PL, [g]),
    'eventJsonLd (its funded event)': () => eventJsonLd(event, index, PL),
    'eventToIcs (its funded event)': () => eventToIcs(event, index, PL),
  };
};

/** The writer refused the record as unparsed, naming it, the field and the schema to parse it with. */
function expectUnparsed(
  error: unknown,
  expected: { record: { kind: string; id: string; slug: string }; path: string; schema: string; writer: string },
) {
  const { record, path, schema, writer } = expected;
  expect(error, `${writer}: a bare TypeError, or nothing thrown`).toBeInstanceOf(FormatError);
  expect(isFormatError(error, 'FORMAT_RECORD_UNPARSED'), writer).toBe(true);
  expect(error, writer).toMatchObject({ code: 'FORMAT_RECORD_UNPARSED', path, record });
  expect((error as Error).message, writer).toContain(`${schema}.parse`);
  expect((error as Error).message, writer).toContain(`"${record.slug}"`);
}

describe('a record not parsed with its domain schema is refused by name, never a bare TypeError', () => {
  const eventFields = defaultedFields(EventSchema, event);
  const postFields = defaultedFields(PostSchema, post);
  const grantFields = defaultedFields(GrantSchema, grant);

  it('finds the fields the schemas fill in (so the cases below test something)', () => {
    expect(eventFields).toEqual(expect.arrayContaining(['agenda', 'partners', 'hashtags', 'grantIds', 'attendance']));
    expect(postFields).toEqual(expect.arrayContaining(['hashtags', 'grantIds', 'body']));
    expect(grantFields).toEqual(expect.arrayContaining(['hashtags', 'plannedResults', 'achievedResults']));
  });

  const eventRef = { kind: 'event', id: event.id, slug: event.slug };
  it.each(eventFields)('an event without %s', async (field) => {
    for (const [writer, call] of Object.entries(eventWriters(without(event, field))))
      expectUnparsed(await thrown(call), { record: eventRef, path: field, schema: 'EventSchema', writer });
  });

  it('an event whose agenda items lack the lists their schema fills in', async () => {
    const cases: [number, string][] = [];
    for (const [i, item] of event.agenda.entries())
      for (const field of defaultedFields(AgendaItemSchema, item)) cases.push([i, field]);
    // The seed's agenda has a panel (panelists, questions), a discussion (topics, facilitators) and speakers' items.
    expect(new Set(cases.map(([, f]) => f))).toEqual(
      new Set(['speakers', 'panelists', 'questions', 'topics', 'facilitators']),
    );
    for (const [i, field] of cases) {
      const agenda = event.agenda.map((item, j) => (j === i ? without(item, field) : item));
      for (const [name, call] of Object.entries(eventWriters({ ...event, agenda })))
        expect(await thrown(call), `${name}: agenda[${i}].${field}`).toMatchObject({
          code: 'FORMAT_RECORD_UNPARSED',
          path: `agenda[${i}].${field}`,
          record: eventRef,
        });
    }
  });

  it("an event whose partner lacks its role, or whose agenda item's kind is none the schema knows", async () => {
    const partner = EventPartnerSchema.parse({ organizationId: event.organizerId });
    const fields = defaultedFields(EventPartnerSchema, partner);
    expect(fields).toEqual(['role']);
    for (const field of fields) {
      const partners = [partner, without(partner, field)];
      expect(await thrown(() => eventJsonLd({ ...event, partners }, indexWorld(world), PL))).toMatchObject({
        code: 'FORMAT_RECORD_UNPARSED',
        path: `partners[1].${field}`,
      });
    }
    const agenda = event.agenda.map((item, j) => (j === 1 ? { ...item, kind: 'quiz' } : item)) as Event['agenda'];
    expect(await thrown(() => eventToIcs({ ...event, agenda }, indexWorld(world), PL))).toMatchObject({
      code: 'FORMAT_RECORD_UNPARSED',
      path: 'agenda[1].kind',
    });
  });

  const postRef = { kind: 'post', id: post.id, slug: post.slug };
  it.each(postFields)('a post without %s', async (field) => {
    for (const [writer, call] of Object.entries(postWriters(without(post, field))))
      expectUnparsed(await thrown(call), { record: postRef, path: field, schema: 'PostSchema', writer });
  });

  const grantRef = { kind: 'grant', id: grant.id, slug: grant.slug };
  it.each(grantFields)('a grant without %s', async (field) => {
    for (const [writer, call] of Object.entries(grantWriters(without(grant, field))))
      expectUnparsed(await thrown(call), { record: grantRef, path: field, schema: 'GrantSchema', writer });
  });

  it('says what it got when the record is not an object at all', async () => {
    const error = await thrown(() => eventJsonLd(null as unknown as Event, indexWorld(world), PL));
    expect(error).toMatchObject({ code: 'FORMAT_RECORD_UNPARSED', path: '' });
    expect((error as Error).message).toBe(
      "@org/formats: an event must be an object parsed with @org/domain's EventSchema.parse, got null",
    );
  });

  it('the message says what, where and what to do', async () => {
    const error = await thrown(() => eventJsonLd(without(event, 'agenda'), indexWorld(world), PL));
    expect((error as Error).message).toBe(
      `@org/formats: event "${event.slug}" (id ${event.id}) has no agenda: writers take records parsed with @org/domain's EventSchema, which fills in every field it defaults and refuses what it does not know; pass EventSchema.parse(record), not the raw object`,
    );
  });

  // A field listed that its schema no longer defaults would refuse every parsed record that leaves it out.
  it('the table lists exactly the fields each schema fills in, for records, agenda items and partners', () => {
    const sorted = (fields: readonly string[]) => [...fields].sort();
    expect(sorted(PARSED_RECORD_CHECKS.event.defaults)).toEqual(sorted(defaultedFields(EventSchema, event)));
    expect(sorted(PARSED_RECORD_CHECKS.post.defaults)).toEqual(sorted(defaultedFields(PostSchema, post)));
    expect(sorted(PARSED_RECORD_CHECKS.grant.defaults)).toEqual(sorted(defaultedFields(GrantSchema, grant)));
    const items = new Map(generated(60).world.events.flatMap((e) => e.agenda.map((item) => [item.kind, item])));
    expect(sorted([...items.keys()])).toEqual(sorted(Object.keys(ITEM_DEFAULTS)));
    const [agenda, partners] = PARSED_RECORD_CHECKS.event.lists;
    expect([agenda?.field, partners?.field]).toEqual(['agenda', 'partners']);
    for (const [kind, item] of items) {
      expect(sorted(ITEM_DEFAULTS[kind]), kind).toEqual(sorted(defaultedFields(AgendaItemSchema, item)));
      expect(agenda?.itemDefaults(item as unknown as Record<string, unknown>), kind).toBe(ITEM_DEFAULTS[kind]);
    }
    const partner = EventPartnerSchema.parse({ organizationId: event.organizerId });
    expect(partners?.itemDefaults(partner)).toEqual(defaultedFields(EventPartnerSchema, partner));
    expect(PARSED_RECORD_CHECKS.post.lists).toEqual([]);
    expect(PARSED_RECORD_CHECKS.grant.lists).toEqual([]);
  });

  it('an event whose agenda or partners are not lists, by name and path', async () => {
    const index = indexWorld(world);
    const notList = (field: 'agenda' | 'partners') =>
      thrown(() => eventJsonLd({ ...event, [field]: 'x' } as unknown as Event, index, PL));
    const agenda = await notList('agenda');
    expect(agenda).toMatchObject({ code: 'FORMAT_RECORD_UNPARSED', path: 'agenda', record: eventRef });
    expect((agenda as Error).message).toMatch(
      new RegExp(`^@org/formats: event "${event.slug}" \\(id ${event.id}\\) has an agenda that is not a list: `),
    );
    const partners = await notList('partners');
    expect(partners).toMatchObject({ code: 'FORMAT_RECORD_UNPARSED', path: 'partners', record: eventRef });
    expect((partners as Error).message).toContain(') has partners that are not a list: writers take records');
    // Both wrong: the agenda, checked first.
    const both = { ...event, agenda: 1, partners: 2 } as unknown as Event;
    expect(await thrown(() => eventJsonLd(both, index, PL))).toMatchObject({ path: 'agenda' });
    const quiz = event.agenda.map((item, j) => (j === 0 ? { ...item, kind: 'quiz' } : item)) as Event['agenda'];
    expect(((await thrown(() => eventJsonLd({ ...event, agenda: quiz }, index, PL))) as Error).message).toContain(
      ') has agenda[0].kind "quiz", which is no kind of agenda item: ',
    );
    expect(((await thrown(() => postJsonLd(null as unknown as Post, index, PL))) as Error).message).toBe(
      "@org/formats: a post must be an object parsed with @org/domain's PostSchema.parse, got null",
    );
    expect(((await thrown(() => grantsTo360Giving([[]] as unknown as Grant[], index, PL360))) as Error).message).toBe(
      "@org/formats: a grant must be an object parsed with @org/domain's GrantSchema.parse, got an array",
    );
  });

  it('a parsed record straight from JSON passes', () => {
    const raw = JSON.parse(JSON.stringify({ ...without(event, 'agenda'), partners: undefined }));
    expect(() => eventJsonLd(EventSchema.parse(raw), indexWorld(world), PL)).not.toThrow();
  });
});
