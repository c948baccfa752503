import { type Locale, MostyError } from '@org/domain';
import { COMMAND_LINE_MESSAGES } from '@org/store';
import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from './args.js';
import { exitFor } from './exit-codes.js';
import { MESSAGES, type Messages } from './messages.js';

type Say = (...parts: never[]) => string;
/** For each message of a table that has parts, the parts to say it with: one list of arguments per case. */
type Samples<T> = {
  [K in keyof T as T[K] extends Say ? K : never]?: T[K] extends (...parts: infer P) => string ? P[] : never;
};

/**
 * Every message of a table of the exporter's, said in both languages with some parts, must end with one full
 * stop, as the store's and the domain's do: a message added without one, or one that doubles the full stop of
 * a store or domain message it ends with, fails here. A message with parts needs its samples below, or its
 * place among the texts that are no sentences, with the reason.
 */
function walk<T extends object>(
  tables: Record<Locale, T>,
  samples: Samples<T>,
  notSentences: Partial<Record<keyof T, string>>,
  prefix = '',
): [name: string, locale: Locale, text: string][] {
  const said: [string, Locale, string][] = [];
  for (const locale of ['pl', 'en'] as const) {
    for (const [name, say] of Object.entries(tables[locale])) {
      if (name in notSentences) continue;
      if (typeof say === 'string') {
        said.push([`${prefix}${name}`, locale, say]);
        continue;
      }
      if (typeof say !== 'function') throw new Error(`${prefix}${name}: walk it as a table of its own`);
      const cases = (samples as Record<string, unknown[][] | undefined>)[name];
      if (!cases?.length)
        throw new Error(`${prefix}${name}: give it samples in messages.test.ts, or say why it is no sentence`);
      for (const parts of cases)
        said.push([`${prefix}${name}`, locale, (say as (...p: unknown[]) => string)(...parts)]);
    }
  }
  return said;
}

/** The domain's messages, each a sentence, as a refused record lists them. */
const DOMAIN_ISSUES = [
  { path: 'nip', message: 'NIP: ma błędną cyfrę kontrolną (otrzymano: „1”).' },
  { path: 'krs', message: 'KRS: ma niewłaściwy format.' },
];
const SEVEN = ['a.', 'b', 'c.', 'd', 'e.', 'f', 'g.'];

const SAMPLES: Samples<Messages> = {
  missingFormat: [['ics, rss']],
  unknownFormat: [
    ['icsx', ['ics'], 'ics, rss'],
    ['xyz', [], 'ics, rss'],
  ],
  unexpectedArgument: [['extra']],
  badDay: [['from', '2026-13-01']],
  fromAfterTo: [['2026-12-01', '2026-11-01']],
  reportPeriodOutside: [['grant', { from: '2027-01-01', to: '2027-02-01' }, { from: '2026-09-01', to: '2026-12-15' }]],
  finalReportRefused: [
    [
      'grant',
      [
        { code: 'periodNotWhole', periodEnd: '2026-11-30', grantEnd: '2026-12-15' },
        { code: 'asOfBeforeEnd', asOf: '2026-11-02T00:00:00+01:00', endsAt: '2026-12-16T00:00:00+01:00' },
        { code: 'eventsPlanned', eventIds: ['a', 'b'] },
      ],
      true,
    ],
    [
      'grant',
      [{ code: 'asOfBeforeEnd', asOf: '2026-11-29T08:26:43.454Z', endsAt: '2026-12-16T00:00:00+01:00' }],
      false,
    ],
    ['grant', [{ code: 'eventsPlanned', eventIds: ['a'] }], false],
  ],
  doubleFinancing: [
    ['a', 'event', ['b'], true],
    ['a', 'event', ['b', 'c'], false],
  ],
  outsidePeriod: [
    ['a', { from: '2026-09-01', to: '2026-12-15' }, [{ slug: 'e', day: '2027-01-20' }]],
    [
      'a',
      { from: '2026-09-01', to: '2026-12-15' },
      [
        { slug: 'e', day: '2027-01-20' },
        { slug: 'f', day: '2026-08-31' },
      ],
    ],
  ],
  threeSixtyGivingNotice: [
    [{ code: 'awardDateFromPeriod', grantId: 'g', slug: 'g', periodFrom: '2026-09-01' }],
    [{ code: 'relatedDocumentsCut', grantId: 'g', slug: 'g', kept: 1, total: 3 }],
  ],
  nothingSelected: [
    [{ format: 'ics', what: 'event', range: { from: '2027-01-01', to: '2027-12-31' } }],
    [{ format: 'rss', what: 'event', range: { from: '2027-01-01' } }],
    [{ format: 'csv', what: 'event', range: { to: '2020-12-31' }, table: 'events' }],
    [{ format: 'jsonld', what: 'event', range: {} }],
    [{ format: '360giving-json', what: 'grant', range: { from: '2030-01-01' } }],
    [{ format: '360giving-csv', what: 'grant', range: {} }],
  ],
  noTableRows: [
    [{ format: 'csv', table: 'agenda-items', events: 1 }],
    [{ format: 'xlsx', table: 'event-people', events: 3 }],
  ],
  reportNoEvents: [
    ['grant', { from: '2026-09-01', to: '2026-10-31' }, true],
    ['grant', { from: '2026-09-01', to: '2026-12-15' }, false],
  ],
  reportPeriodClipped: [
    [
      'grant',
      { from: '2026-08-01', to: '2027-02-01' },
      { from: '2026-09-01', to: '2026-12-15' },
      { from: '2026-09-01', to: '2026-12-15' },
    ],
  ],
  unknownTable: [
    ['tables', ['events'], 'events, grants'],
    ['x', [], 'events, grants'],
  ],
  badDelimiter: [['|'], [undefined]],
  badReportKind: [['końcowe']],
  reportKindOnlyForReport: [['ics']],
  badAsOf: [['wczoraj'], ['2026-12-15T12:00:00']],
  asOfOnlyForReport: [['ics']],
  optionNotForFormat: [['--grant', 'ics', ['360giving-json', 'report-md']]],
  optionNotForTable: [['--event', 'people', ['events', 'agenda-items', 'event-people']]],
  rangeWithOne: [
    ['--from', '--event'],
    ['--to', '--grant'],
  ],
  needs: [
    ['csv', 'table', 'events, grants'],
    ['ics', 'event', ''],
  ],
  badSiteUrl: [
    ['ftp://mosty.example', '--site-url'],
    ['mosty.example', 'SITE_URL'],
  ],
  // The parser's words end without a full stop, or with one: `sentence` adds or keeps exactly one.
  siteConfigUnreadable: [
    ['/etc/site.json', '--site-config', { kind: 'json', detail: 'Unexpected end of JSON input' }],
    ['/etc/site.json', 'SITE_CONFIG', { kind: 'json', detail: 'Unexpected end of JSON input.' }],
    ['/etc/site.json', 'SITE_CONFIG', { kind: 'missing' }],
    ['/etc', '--site-config', { kind: 'folder' }],
    ['/etc/site.json', '--site-config', { kind: 'unreadable' }],
  ],
  siteConfigInvalid: [
    ['/etc/site.json', ['publisher.name: this field is required', 'license.url: must be an https URL']],
  ],
  threeSixtyGivingNeedsPrefix: [
    ['360giving-json', undefined],
    ['360giving-csv', '/etc/site.json'],
  ],
  notAvailable: [['ics']],
  badEnv: [['NO_COLOR', 'x']],
  databaseMissing: [
    ['/x/mosty.db', '--db', 'missing'],
    ['/x', 'default', 'not-a-file'],
    ['/x/mosty.db', 'DATABASE_URL', 'unreadable'],
    ['/x/mosty.db', '--db', 'empty'],
    ['/x/notes.txt', '--db', 'not-sqlite'],
  ],
  databaseUnsupported: [['mysql://u:***@h/db', '--db']],
  storeFailed: [
    ['DATABASE_OPEN', 'Cannot open the SQLite database at /x/mosty.db.'],
    ['DATABASE_OPEN', 'a message without one'],
    ['MIGRATION_FAILED', 'Migration 0001-initial failed on sqlite; the database is left as it was before it.'],
  ],
  recordInvalid: [
    ['event', 'e1', 'a', DOMAIN_ISSUES],
    ['event', 'e1', 'a', SEVEN.map((message, i) => ({ path: `p${i}`, message }))],
    ['event', 'e1', 'a', [{ path: '', message: 'no full stop' }]],
  ],
  grantMissing: [[{ kind: 'post', id: 'p1', slug: 'a' }, 'g9', 'grantIds[0]']],
  referenceMissing: [
    [{ kind: 'event', id: 'e1', slug: 'a' }, { kind: 'organization', id: 'o9' }, 'organizerId'],
    [{ kind: 'grant', id: 'g1', slug: 'b' }, { kind: 'authority', id: 'a9' }, 'funderAuthorityId'],
  ],
  notFound: [
    ['event', 'abc', ['abcd', 'abce']],
    ['grant', 'abc', []],
  ],
  eventNotPublic: [['dzien-otwarty']],
  notFoundOther: [['venue', 'x']],
  invalid: [
    ['Invalid organization', DOMAIN_ISSUES],
    ['', [{ path: '', message: 'no full stop' }]],
  ],
  outputInvalid: [
    ['csv', ['row 2: 3 fields, expected 4.']],
    ['csv', SEVEN],
    ['frab-xml', ['an xmllint line']],
  ],
  outputIsInput: [
    ['/x/mosty.db', 'database'],
    ['/x/site.json', 'site-config'],
  ],
  outputUnwritable: [
    ['/x/a.ics', '/x', { kind: 'folder-missing' }, '--out'],
    ['/x/a.ics', '/x', { kind: 'other', code: 'EIO' }, 'spool'],
    ['-', '.', { kind: 'closed' }, 'stdout'],
    ['/dev/full', '/dev', { kind: 'disk-full' }, '--out-stream'],
  ],
  schemasMissing: [['frab-schedule/schedule.xml.xsd', '/x/schemas']],
  validatorMissing: [['xmllint', 'frab-xml', 'libxml2-utils']],
  noValidator: [['ics']],
  cause: [['EACCES'], ['Disk full.']],
  failed: [['boom'], ['Boom.']],
};
const NOT_SENTENCES: Partial<Record<keyof Messages, string>> = {
  locale: 'a language code',
  usageLine: "the help's first line",
  formatsHeading: 'a heading of the help, ending with a colon',
  optionsHeading: 'a heading of the help, ending with a colon',
  options: "the help's rows of flags and what they do",
  requires: "a line of a format's help, as the usage line is",
  events: "the progress bar's count",
  formatHelp: 'a table of its own, walked below',
  check: 'a table of its own, walked below',
};

const CHECK_SAMPLES: Samples<Messages['check']> = {
  topComponent: [['vevent']],
  notFeed: [['RSS'], ['Atom']],
  headerCell: [
    [1, 'Tytuł', undefined],
    [2, undefined, 'Extra'],
    [3, 'Tytuł', 'Title'],
  ],
  rowFields: [[2, 3, 4]],
  duplicateColumn: [['Title']],
  not360Column: [['Kwota']],
  grantRow: [
    [2, '/amountAwarded: must be number'],
    [3, 'Title: This field is required.'],
  ],
  inSheet: [
    ['Wydarzenia', MESSAGES.pl.check.blankRow(2)],
    ['Events', 'a problem without one'],
  ],
  blankRow: [[2]],
  cellBeyondHeader: [[2, 5]],
  cellType: [
    [2, 'Kwota', 'number'],
    [3, 'Data', 'date'],
    [4, 'OPP', 'boolean'],
  ],
  docxMissing: [['Sprawozdanie z wykonania zadania publicznego']],
};

describe("the exporter's messages are sentences", () => {
  const said = [
    ...walk(MESSAGES, SAMPLES, NOT_SENTENCES),
    ...walk({ pl: MESSAGES.pl.formatHelp, en: MESSAGES.en.formatHelp }, {}, {}, 'formatHelp.'),
    ...walk({ pl: MESSAGES.pl.check, en: MESSAGES.en.check }, CHECK_SAMPLES, {}, 'check.'),
  ];

  it.each(said)('%s (%s) ends with one full stop, never ".;"', (_name, _locale, text) => {
    expect(text).toMatch(/[^.]\.$/);
    expect(text).not.toContain('.;');
    expect(text).not.toContain('..');
  });

  it('leaves out only texts that are no sentences, each with its reason', () => {
    expect(Object.keys(NOT_SENTENCES).filter((k) => !(k in MESSAGES.en))).toEqual([]);
    // Every other message was said in both languages.
    const names = new Set(said.map(([name]) => name));
    for (const name of Object.keys(MESSAGES.en)) expect(names.has(name) || name in NOT_SENTENCES, name).toBe(true);
    for (const name of Object.keys(MESSAGES.en.check)) expect(names.has(`check.${name}`), name).toBe(true);
    for (const name of Object.keys(MESSAGES.en.formatHelp)) expect(names.has(`formatHelp.${name}`), name).toBe(true);
  });

  it("keeps a store's or the domain's full stop and adds one where the text it ends with has none", () => {
    expect(MESSAGES.pl.storeFailed('DATABASE_OPEN', 'Cannot open the SQLite database at /x.db.')).toBe(
      'nie udało się otworzyć bazy danych (DATABASE_OPEN): Cannot open the SQLite database at /x.db.',
    );
    expect(MESSAGES.en.storeFailed('UNEXPECTED', 'boom')).toBe('UNEXPECTED: boom.');
    expect(MESSAGES.pl.invalid('', DOMAIN_ISSUES)).toBe(
      'nieprawidłowe dane: nip: NIP: ma błędną cyfrę kontrolną (otrzymano: „1”); krs: KRS: ma niewłaściwy format.',
    );
    expect(MESSAGES.en.outputInvalid('csv', SEVEN)).toBe('csv output failed validation: a; b; c; d; e; and 2 more.');
    expect(MESSAGES.pl.outputInvalid('csv', ['x'])).toBe('wynik csv nie przeszedł walidacji: x.');
    expect(MESSAGES.en.check.inSheet('Events', MESSAGES.en.check.blankRow(2))).toBe('sheet "Events": row 2 is blank.');
  });
});

describe('a refused command line', () => {
  const refusal = (locale: Locale, ...argv: string[]) => {
    try {
      parseCommandLine(argv, MESSAGES[locale]);
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      return (error as Error).message;
    }
    throw new Error(`expected a usage error for ${argv.join(' ')}`);
  };

  it("ends alike whether node:util's parseArgs, @org/store or the exporter refused it", () => {
    for (const locale of ['pl', 'en'] as const) {
      const lines = [
        refusal(locale, 'ics', '--evnt', 'x'),
        refusal(locale, 'ics', '--lang', 'de'),
        refusal(locale, 'ics', 'extra'),
        refusal(locale, 'csv'),
      ];
      for (const line of lines) expect(line, line).toMatch(/[^.]\.$/);
    }
  });

  it("says a bad --lang in the store's words, as the store's commands say it", () => {
    for (const locale of ['pl', 'en'] as const)
      expect(refusal(locale, 'ics', '--lang', 'de')).toBe(COMMAND_LINE_MESSAGES.badLang[locale]('de'));
  });
});

describe('a failure', () => {
  it('says its cause after it, as one sentence, whether or not its own words end with a full stop', () => {
    const error = (message: string) => new Error(message, { cause: new Error('EACCES') });
    expect(exitFor(error('write failed'), MESSAGES.en).message).toBe('write failed; cause: EACCES.');
    expect(exitFor(error('Write failed.'), MESSAGES.pl).message).toBe('Write failed; przyczyna: EACCES.');
    expect(exitFor(new Error('boom'), MESSAGES.en).message).toBe('boom.');
    expect(exitFor(new MostyError('X', 'Done.'), MESSAGES.en).message).toBe('X: Done.');
    expect(exitFor('thrown text', MESSAGES.pl).message).toBe('niepowodzenie: thrown text.');
  });
});

// The report's instant as typed: `--as-of 2026-11-01` used to be said as 2026-11-02T00:00:00+01:00, the next day, and
// the clock's now (no --as-of given) as a UTC instant with milliseconds, blamed on --as-of.
describe('a final report refused before the period ends', () => {
  const early = (asOf: string) => [{ code: 'asOfBeforeEnd', asOf, endsAt: '2026-12-16T00:00:00+01:00' }] as const;
  it('says its instant as the day it ends or the time in Warsaw, and whether --as-of or the clock gave it', () => {
    expect(MESSAGES.en.finalReportRefused('g', early('2026-11-02T00:00:00+01:00'), true)).toMatch(
      /: it is drawn up as of the end of 2026-11-01 \(--as-of\), before the period ends on 2026-12-15; /,
    );
    expect(MESSAGES.en.finalReportRefused('g', early('2026-11-29T08:26:43.454Z'), false)).toMatch(
      /: it is drawn up as of 2026-11-29 09:26 Polish time \(now, without --as-of\), before the period ends on 2026-12-15; /,
    );
    expect(MESSAGES.pl.finalReportRefused('g', early('2026-07-01T22:00:00Z'), false)).toMatch(
      /: stan na koniec dnia 2026-07-01 \(teraz, bez --as-of\) jest przed końcem okresu 2026-12-15; /,
    );
    expect(MESSAGES.pl.finalReportRefused('g', early('2026-11-29T08:26:43.454Z'), true)).toMatch(
      /: stan na 2026-11-29, 09:26 czasu polskiego \(--as-of\) jest przed końcem okresu 2026-12-15; /,
    );
  });
});
