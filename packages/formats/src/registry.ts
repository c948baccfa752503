/**
 * The format registry: what the exporter (and anyone else) can write, by name.
 *
 * To add a format: write its writer in its own file (domain values and a `WorldIndex` in, string or
 * chunks out), add an entry here with its media type and file extension, and a test that checks its
 * output with a parser or schema we did not write.
 */
import type { Event, Grant, Post } from '@org/domain';
import { type FeedKind, writeFeed } from './feeds.js';
import { calendarToIcs } from './ical.js';
import type { FormatOptions } from './options.js';
import { agendaCsv, eventsCsv } from './tables.js';
import { grantsTo360Giving, grantsTo360GivingCsv } from './three-sixty-giving.js';
import type { WorldIndex } from './world-index.js';

/** What a registered writer gets: the records to write and the world around them. */
export interface FormatInput {
  events: readonly Event[];
  posts: readonly Post[];
  grants: readonly Grant[];
  world: WorldIndex;
}

/** One registered format. */
export interface FormatEntry {
  mediaType: string;
  extension: string;
  /** What the file holds, for `--help`. */
  description: string;
  write: (input: FormatInput, options: FormatOptions) => string;
}

const feed = (kind: FeedKind) => (input: FormatInput, options: FormatOptions) =>
  writeFeed(kind, { posts: input.posts, events: input.events }, input.world, options);

/**
 * Every multi-record format by name. Per-event formats (frab schedule, JSON-LD, one event's ICS) take
 * one event and are called directly: `frabScheduleXml`, `eventJsonLd`, `eventToIcs`.
 *
 * @example
 * FORMATS.ics.write({ events, posts, grants, world }, { locale: 'pl', siteUrl }) // 'BEGIN:VCALENDAR…'
 */
export const FORMATS = {
  ics: {
    mediaType: 'text/calendar; charset=utf-8',
    extension: 'ics',
    description: 'iCalendar (RFC 5545) of public events',
    write: (input, options) => calendarToIcs(input.events, input.world, options),
  },
  rss: {
    mediaType: 'application/rss+xml',
    extension: 'xml',
    description: 'RSS 2.0 of posts and events',
    write: feed('rss'),
  },
  atom: {
    mediaType: 'application/atom+xml',
    extension: 'atom',
    description: 'Atom 1.0 of posts and events',
    write: feed('atom'),
  },
  jsonfeed: {
    mediaType: 'application/feed+json',
    extension: 'json',
    description: 'JSON Feed of posts and events',
    write: feed('json'),
  },
  '360giving': {
    mediaType: 'application/json',
    extension: 'json',
    description: '360Giving data package of grants',
    write: (input, options) => grantsTo360Giving(input.grants, input.world, options),
  },
  '360giving-csv': {
    mediaType: 'text/csv; charset=utf-8',
    extension: 'csv',
    description: '360Giving grants as CSV (template column titles)',
    write: (input, options) => grantsTo360GivingCsv(input.grants, input.world, options),
  },
  'events-csv': {
    mediaType: 'text/csv; charset=utf-8',
    extension: 'csv',
    description: 'Events table, CSV (UTF-8 with BOM, ;)',
    write: (input, options) => eventsCsv(input.events, input.world, options),
  },
  'agenda-csv': {
    mediaType: 'text/csv; charset=utf-8',
    extension: 'csv',
    description: 'Agenda items table, CSV (UTF-8 with BOM, ;)',
    write: (input, options) => agendaCsv(input.events, input.world, options),
  },
} satisfies Record<string, FormatEntry>;

/** A registered format's name. */
export type FormatName = keyof typeof FORMATS;
