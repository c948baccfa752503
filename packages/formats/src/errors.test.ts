import { MostyError } from '@org/domain';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { PL, seed } from '../test/fixtures.js';
import { FormatError, GrantMissingError, isFormatError, ReferenceMissingError } from './errors.js';
import { writeFeed } from './feeds.js';
import { frabScheduleXml } from './frab.js';
import { calendarToIcs } from './ical.js';
import { eventJsonLd } from './json-ld.js';
import { FORMATS, type FormatInput } from './registry.js';
import { tableCsv } from './table-csv.js';
import { indexWorld } from './world-index.js';

/** What a call throws (and that it throws). */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('FORMAT_GRANT_MISSING names the record, the grant and where, in fields', () => {
  // The seed world without its grant: every funded record now names a grant the writer cannot find.
  const { world } = seed();
  const [grant] = world.grants;
  const [event] = world.events;
  const [post] = world.posts;
  if (!grant || !event || !post) throw new Error('the seed world has a grant, an event and a post');
  const withoutGrants = indexWorld({ ...world, grants: [] });

  const expectedFor = (kind: 'event' | 'post', record: { id: string; slug: string }, grantId: string, index = 0) => ({
    code: 'FORMAT_GRANT_MISSING',
    grantId,
    record: { kind, id: record.id, slug: record.slug },
    path: `grantIds[${index}]`,
  });

  it.each([
    ['iCalendar', () => calendarToIcs([event], withoutGrants, PL)],
    ['JSON-LD', () => eventJsonLd(event, withoutGrants, PL)],
    ['frab XML', () => frabScheduleXml(event, withoutGrants, PL)],
    ['CSV events table', () => tableCsv('events', withoutGrants, PL, [event])],
    ['RSS of events', () => writeFeed('rss', { events: [event] }, withoutGrants, PL)],
  ])('%s: an event', (_name, call) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(GrantMissingError);
    expect(error).toBeInstanceOf(FormatError);
    expect(error).toBeInstanceOf(MostyError);
    expect(error).toMatchObject(expectedFor('event', event, grant.id));
  });

  it('a post, with the position of the missing grant among its grants', () => {
    const index = indexWorld(world);
    const funded = { ...post, grantIds: [grant.id, 'dotacja-spoza-bazy'] };
    const error = thrown(() => writeFeed('atom', { posts: [funded] }, index, PL));
    expect(error).toMatchObject(expectedFor('post', post, 'dotacja-spoza-bazy', 1));
    expect(isFormatError(error, 'FORMAT_GRANT_MISSING') && error.record.slug).toBe(post.slug);
  });

  it('keeps the message, which says the same for logs', () => {
    const error = thrown(() => eventJsonLd(event, withoutGrants, PL)) as Error;
    expect(error.message).toBe(
      `@org/formats: event "${event.slug}" is funded by grant ${grant.id}, which is not in the world given to the writer; its funding statement cannot be written (event id ${event.id}, grantIds[0])`,
    );
    expect(error.name).toBe('GrantMissingError');
  });
});

describe('the registry says which input it lacks in `path`', () => {
  const input = (): FormatInput => {
    const { world, index } = seed();
    return { events: world.events, posts: world.posts, grants: world.grants, world: index };
  };

  it('csv without input.table, a report without one grant, a validator without its schema', async () => {
    expect(thrown(() => FORMATS.csv.write(input(), PL))).toMatchObject({
      code: 'FORMAT_TABLE_MISSING',
      path: 'input.table',
      record: undefined,
    });
    const twoGrants = { ...input(), grants: [...input().grants, ...input().grants] };
    const report = thrown(() => FORMATS['report-md'].write(twoGrants, PL));
    expect(report).toBeInstanceOf(FormatError);
    expect(report).toMatchObject({ code: 'FORMAT_REPORT_GRANT_MISSING', path: 'input.grant' });
    expect((report as Error).message).toContain('got 2 grants and no input.grant');
    await expect(FORMATS.jsonld.validate('[]', {})).rejects.toMatchObject({
      code: 'FORMAT_SCHEMA_MISSING',
      path: 'schemas.schemaOrgVocabulary',
    });
    await expect(FORMATS['360giving'].validate('{}', {})).rejects.toMatchObject({
      code: 'FORMAT_SCHEMA_MISSING',
      path: 'schemas.threeSixtyGivingGrantSchema',
    });
  });
});

describe('isFormatError', () => {
  const missing = new GrantMissingError({ kind: 'event', id: 'e1', slug: 'spotkanie' }, 'g9', 0);

  it('recognises the errors by code, and narrows to the code asked for', () => {
    expect(isFormatError(missing)).toBe(true);
    expect(isFormatError(missing, 'FORMAT_GRANT_MISSING')).toBe(true);
    expect(isFormatError(missing, 'FORMAT_TABLE_MISSING')).toBe(false);
    const table = new FormatError('FORMAT_TABLE_MISSING', 'needs input.table', { path: 'input.table' });
    expect(isFormatError(table)).toBe(true);
    expect(isFormatError(table, 'FORMAT_GRANT_MISSING')).toBe(false);
    expect(table.message).toBe('@org/formats: needs input.table');
  });

  it("types a missing grant's record as an event or a post, as the README says (checked by tsc)", () => {
    const error: unknown = missing;
    if (!isFormatError(error, 'FORMAT_GRANT_MISSING')) throw new Error('not recognised');
    const kind: 'event' | 'post' = error.record.kind;
    expect(kind).toBe('event');
    expectTypeOf(error.record.kind).toEqualTypeOf<'event' | 'post'>();
  });

  it('recognises an error made by another copy of the package (same fields, another class)', () => {
    const copy = Object.assign(new Error(missing.message), {
      code: 'FORMAT_GRANT_MISSING',
      path: 'grantIds[0]',
      grantId: 'g9',
      record: { kind: 'event', id: 'e1', slug: 'spotkanie' },
    });
    expect(copy).not.toBeInstanceOf(GrantMissingError);
    expect(isFormatError(copy, 'FORMAT_GRANT_MISSING')).toBe(true);
  });

  it('recognises a missing reference by its fields, and types what it names', () => {
    const ref = new ReferenceMissingError(
      { kind: 'event', id: 'e1', slug: 'spotkanie' },
      { kind: 'venue', id: 'v9' },
      'venueId',
      'its place would be left out',
    );
    const error: unknown = ref;
    expect(isFormatError(error, 'FORMAT_GRANT_MISSING')).toBe(false);
    if (!isFormatError(error, 'FORMAT_REFERENCE_MISSING')) throw new Error('not recognised');
    expect([error.reference.kind, error.reference.id, error.record.slug, error.path]).toEqual([
      'venue',
      'v9',
      'spotkanie',
      'venueId',
    ]);
    expect(error).toBeInstanceOf(FormatError);
    expect(error.name).toBe('ReferenceMissingError');
    // The same code without what it names is not one: a program reading `reference` would fail.
    const bare = Object.assign(new Error('x'), {
      code: 'FORMAT_REFERENCE_MISSING',
      path: 'venueId',
      record: ref.record,
    });
    expect(isFormatError(bare, 'FORMAT_REFERENCE_MISSING')).toBe(false);
    expect(isFormatError(Object.assign(bare, { reference: { kind: 'venue', id: 'v9' } }))).toBe(true);
  });

  it('refuses what is not one: other codes, a bare MostyError with the code, non-errors', () => {
    expect(isFormatError(new MostyError('CORRUPT_RECORD', 'x'))).toBe(false);
    // The message-only error of before: no path, no grant, no record.
    expect(isFormatError(new MostyError('FORMAT_GRANT_MISSING', '"x" is funded by grant g1, which …'))).toBe(false);
    expect(isFormatError({ code: 'FORMAT_TABLE_MISSING', path: 'input.table' })).toBe(false);
    expect(isFormatError(undefined)).toBe(false);
    expect(isFormatError('FORMAT_GRANT_MISSING')).toBe(false);
  });
});
