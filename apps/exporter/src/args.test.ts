import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, parseCommandLine, requestedLang, UsageError } from './args.js';
import { cliLocale } from './env.js';
import { MESSAGES } from './messages.js';
import { nearestMatches } from './nearest.js';

const run = (...argv: string[]) => parseCommandLine(argv, MESSAGES.en);
const usage = (...argv: string[]) => usageIn('en', ...argv);
const usageIn = (locale: 'pl' | 'en', ...argv: string[]) => {
  try {
    parseCommandLine(argv, MESSAGES[locale]);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
};

describe('parseCommandLine (English)', () => {
  it('reads a format and its options', () => {
    expect(run('ics', '--event', 'sprawny-urzad', '--lang', 'en', '--out', 'x.ics')).toEqual({
      kind: 'run',
      options: expect.objectContaining({
        format: 'ics',
        event: 'sprawny-urzad',
        lang: 'en',
        out: 'x.ics',
        validate: false,
      }),
    });
  });

  // @org/formats picks the delimiter by language (';' Polish, ',' English): a default here would override it.
  it('leaves --delimiter unset unless given, so the output language decides', () => {
    for (const lang of ['pl', 'en']) {
      const parsed = run('csv', '--table', 'events', '--lang', lang);
      expect(parsed.kind === 'run' && 'delimiter' in parsed.options).toBe(false);
    }
    const given = run('csv', '--table', 'events', '--lang', 'en', '--delimiter', ';');
    expect(given.kind === 'run' && given.options.delimiter).toBe(';');
  });

  it('gives help for the command and for every format', () => {
    const top = run('--help');
    expect(top.kind === 'help' && top.text).toContain('Exit codes');
    for (const f of FORMAT_NAMES) {
      const h = run(f, '--help');
      expect(h.kind === 'help' && h.text).toContain(`mosty-export ${f}:`);
    }
  });

  it('names what is wrong in one line', () => {
    expect(usage()).toMatch(/missing format/);
    expect(usage('icsx')).toMatch(/unknown format "icsx" \(did you mean ics\?\)/);
    expect(usage('ics', '--lang', 'de')).toBe('--lang must be pl or en, got "de".');
    expect(usage('ics', '--from', '2026-13-40')).toMatch(/--from must be a day/);
    expect(usage('ics', '--from', '2026-12-01', '--to', '2026-11-01')).toMatch(/is after/);
    expect(usage('csv')).toMatch(/csv needs --table/);
    expect(usage('csv', '--table', 'tables')).toMatch(/unknown table "tables"/);
    expect(usage('report-md')).toMatch(/report-md needs --grant/);
    expect(usage('ics', '--bogus')).toMatch(/bogus/);
    expect(usage('ics', 'extra')).toMatch(/unexpected argument "extra"/);
    expect(usage('csv', '--table', 'events', '--delimiter', '|')).toMatch(/--delimiter/);
  });
});

describe('--from and --to', () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const day = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  // The number of days of a month, from the calendar arithmetic of Date.UTC (day 0 is the previous month's last).
  const daysIn = (y: number, m: number) => {
    const last = new Date(0);
    last.setUTCFullYear(y, m, 0);
    return last.getUTCDate();
  };
  const accepted = (value: string) => {
    try {
      return run('ics', '--from', value, '--to', value).kind === 'run';
    } catch (error) {
      if (error instanceof UsageError) return false;
      throw error;
    }
  };

  it('refuses a day the calendar does not have, which Date.parse would roll over, with the same usage error', () => {
    for (const [value, option] of [
      ['2026-02-30', 'from'],
      ['2026-02-29', 'from'],
      ['2026-04-31', 'to'],
      ['1900-02-29', 'to'],
      ['2026-13-01', 'from'],
      ['2026-00-10', 'from'],
      ['2026-01-00', 'to'],
    ] as const) {
      expect(usage('ics', `--${option}`, value)).toBe(`--${option} must be a day as YYYY-MM-DD, got "${value}".`);
    }
    expect(usageIn('pl', 'ics', '--from', '2026-02-30')).toBe(
      '--from musi być dniem w postaci RRRR-MM-DD, podano „2026-02-30”.',
    );
  });

  it('accepts a leap day in a leap year', () => {
    for (const value of ['2028-02-29', '2000-02-29', '2024-02-29']) expect(accepted(value)).toBe(true);
  });

  it('accepts every day of every month, and refuses the days after its last', () => {
    const yearMonth = fc.record({ y: fc.integer({ min: 1, max: 9999 }), m: fc.integer({ min: 1, max: 12 }) });
    fc.assert(
      fc.property(
        yearMonth.chain(({ y, m }) =>
          fc.tuple(fc.constant(y), fc.constant(m), fc.integer({ min: 1, max: daysIn(y, m) })),
        ),
        ([y, m, d]) => accepted(day(y, m, d)),
      ),
    );
    fc.assert(
      fc.property(
        yearMonth.chain(({ y, m }) =>
          fc.tuple(fc.constant(y), fc.constant(m), fc.integer({ min: daysIn(y, m) + 1, max: 99 })),
        ),
        ([y, m, d]) => !accepted(day(y, m, d)) && /must be a day/.test(usage('ics', '--from', day(y, m, d))),
      ),
    );
  });
});

describe('parseCommandLine (Polish)', () => {
  const pl = (...argv: string[]) => usageIn('pl', ...argv);

  it('gives help in Polish', () => {
    const top = parseCommandLine(['--help'], MESSAGES.pl);
    expect(top.kind === 'help' && top.text).toContain('Użycie: mosty-export <format> [opcje]');
    expect(top.kind === 'help' && top.text).toContain('Kody wyjścia: 0 gotowe');
  });

  it('gives help for every format in Polish', () => {
    const h = parseCommandLine(['report-md', '--help'], MESSAGES.pl);
    expect(h.kind === 'help' && h.text).toContain('mosty-export report-md: Projekt sprawozdania');
    expect(h.kind === 'help' && h.text).toContain('Wymaga: --grant');
    for (const f of FORMAT_NAMES) expect(MESSAGES.pl.formatHelp[f]).not.toBe(MESSAGES.en.formatHelp[f]);
  });

  it('names what is wrong in one Polish line, quoting with „…”', () => {
    expect(pl()).toMatch(/^nie podano formatu; dostępne: ics, /);
    expect(pl('icss')).toMatch(/^nieznany format „icss” \(czy chodziło o: ics\?\)/);
    expect(pl('ics', '--lang', 'de')).toBe('--lang musi mieć wartość pl albo en, podano „de”.');
    expect(pl('ics', '--from', '2026-13-01')).toBe('--from musi być dniem w postaci RRRR-MM-DD, podano „2026-13-01”.');
    expect(pl('ics', '--to', '1.12.2026')).toBe('--to musi być dniem w postaci RRRR-MM-DD, podano „1.12.2026”.');
    expect(pl('ics', '--from', '2026-12-01', '--to', '2026-11-01')).toBe(
      '--from 2026-12-01 wypada później niż --to 2026-11-01.',
    );
    expect(pl('csv')).toMatch(/^format csv wymaga opcji --table \(dostępne tabele: events, /);
    expect(pl('csv', '--table', 'event')).toMatch(
      /^nieznana tabela „event” \(czy chodziło o: events, event-people\?\)/,
    );
    expect(pl('report-md')).toBe('format report-md wymaga opcji --grant.');
    // What node:util's parseArgs refuses is said by @org/store's parseArgsProblem, as the store's commands say it:
    // a sentence with a full stop, as every store message and every message of the exporter's own is.
    expect(pl('ics', '--evnt', 'x')).toBe('nieznana opcja „--evnt” (czy chodziło o: --event?).');
    expect(pl('ics', '--event')).toBe('opcja --event wymaga wartości.');
    expect(pl('ics', '--validate=tak')).toBe('opcja --validate nie przyjmuje wartości.');
    expect(pl('ics', 'extra')).toBe(
      'nieoczekiwany argument „extra”: podaj jeden format, a opcje zaczynaj od -- (dwóch kresek).',
    );
    expect(pl('csv', '--table', 'events', '--delimiter', '|')).toBe('--delimiter musi być „;” albo „,”, podano „|”.');
    expect(pl('report-md', '--grant', 'g', '--report-kind', 'końcowe')).toBe(
      '--report-kind musi być „partial” (sprawozdanie częściowe) albo „final” (końcowe), podano „końcowe”.',
    );
    expect(pl('ics', '--report-kind', 'final')).toBe(
      '--report-kind dotyczy sprawozdania (report-md, report-docx), nie formatu ics.',
    );
    expect(pl('ics', '--site-url', 'ftp://mosty.example')).toBe(
      'opcja --site-url musi być bezwzględnym adresem http(s) witryny, np. https://mosty.example.org, a podano „ftp://mosty.example”.',
    );
  });

  it('says Polish counts with the right form of the noun', () => {
    const said = [0, 1, 2, 4, 5, 12, 22, 25, 101].map((n) => MESSAGES.pl.events(n));
    expect(said).toEqual([
      '0 wydarzeń',
      '1 wydarzenie',
      '2 wydarzenia',
      '4 wydarzenia',
      '5 wydarzeń',
      '12 wydarzeń',
      '22 wydarzenia',
      '25 wydarzeń',
      '101 wydarzeń',
    ]);
    expect(MESSAGES.en.events(1)).toBe('1 event');
  });
});

describe('requestedLang', () => {
  it('reads the last --lang that names pl or en, in either spelling, and never throws', () => {
    expect(requestedLang(['ics', '--lang', 'en'])).toBe('en');
    expect(requestedLang(['ics', '--lang=en', '--out', 'x.ics'])).toBe('en');
    expect(requestedLang(['--lang', 'en', 'ics', '--lang', 'pl'])).toBe('pl');
    expect(requestedLang(['ics', '--bogus', '--lang', 'en', '--from', '2026-02-30'])).toBe('en');
    expect(requestedLang(['ics'])).toBeUndefined();
    expect(requestedLang(['ics', '--lang', 'de'])).toBeUndefined();
    expect(requestedLang(['ics', '--lang'])).toBeUndefined();
    expect(requestedLang(['ics', '--', '--lang', 'en'])).toBeUndefined();
  });
});

describe('cliLocale', () => {
  it('is Polish only when the first of LC_ALL, LC_MESSAGES, LANG that is set names pl', () => {
    expect(cliLocale({})).toBe('en');
    expect(cliLocale({ LANG: 'C' })).toBe('en');
    expect(cliLocale({ LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'POSIX' })).toBe('en');
    expect(cliLocale({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'pl_PL.UTF-8' })).toBe('pl');
    expect(cliLocale({ LANG: 'pl' })).toBe('pl');
    expect(cliLocale({ LC_MESSAGES: 'pl_PL.UTF-8', LANG: 'en_US.UTF-8' })).toBe('pl');
    expect(cliLocale({ LC_ALL: 'C.UTF-8', LC_MESSAGES: 'pl_PL.UTF-8', LANG: 'pl_PL.UTF-8' })).toBe('en');
    expect(cliLocale({ LC_ALL: '', LANG: 'pl_PL.UTF-8' })).toBe('pl');
  });
});

describe('nearestMatches', () => {
  it('suggests slugs that contain or resemble what was typed, ignoring diacritics', () => {
    const slugs = ['sprawny-urzad-sprawna-organizacja', 'forum-ngo-2026', 'zolw-i-zajac'];
    expect(nearestMatches('sprawny-urzad', slugs)).toEqual(['sprawny-urzad-sprawna-organizacja']);
    expect(nearestMatches('forum-ngo-2025', slugs)).toEqual(['forum-ngo-2026']);
    expect(nearestMatches('żółw-i-zając', slugs)).toEqual(['zolw-i-zajac']);
    expect(nearestMatches('completely-different', slugs)).toEqual([]);
  });
});

describe('--as-of', () => {
  const NOW = Date.parse('2026-12-01T10:15:00Z');
  const asOf = (...argv: string[]) => {
    const parsed = parseCommandLine(['report-md', '--grant', 'g', ...argv], MESSAGES.en, () => NOW);
    return parsed.kind === 'run' ? parsed.options.asOf : undefined;
  };

  it("defaults to the clock's now for both reports, and is unset for other formats", () => {
    expect(asOf()).toBe('2026-12-01T10:15:00.000Z');
    const docx = parseCommandLine(['report-docx', '--grant', 'g'], MESSAGES.en, () => NOW);
    expect(docx.kind === 'run' && docx.options.asOf).toBe('2026-12-01T10:15:00.000Z');
    const ics = parseCommandLine(['ics'], MESSAGES.en, () => NOW);
    expect(ics.kind === 'run' && 'asOf' in ics.options).toBe(false);
  });

  it('takes an instant with an offset as given, and a day as its end in Warsaw (the midnight after it)', () => {
    expect(asOf('--as-of', '2026-12-15T12:00:00+01:00')).toBe('2026-12-15T12:00:00+01:00');
    expect(asOf('--as-of', '2026-12-15T11:00:00Z')).toBe('2026-12-15T11:00:00Z');
    expect(asOf('--as-of', '2026-12-15')).toBe('2026-12-16T00:00:00+01:00');
    // Summer time, and the last day of a month and of a year.
    expect(asOf('--as-of', '2026-06-30')).toBe('2026-07-01T00:00:00+02:00');
    expect(asOf('--as-of', '2026-12-31')).toBe('2027-01-01T00:00:00+01:00');
    // The day the clocks go back ends at midnight CET.
    expect(asOf('--as-of', '2026-10-25')).toBe('2026-10-26T00:00:00+01:00');
  });

  it('refuses anything else, in English and Polish, and refuses it for formats other than the report', () => {
    for (const bad of ['2026-12-15T12:00:00', '2026-02-30', '15.12.2026', 'now', ''])
      expect(usage('report-md', '--grant', 'g', '--as-of', bad)).toBe(
        `--as-of must be an instant with a zone offset (2026-12-15T12:00:00+01:00 or 2026-12-15T11:00:00Z) or a day as YYYY-MM-DD, got "${bad}".`,
      );
    expect(usageIn('pl', 'report-docx', '--grant', 'g', '--as-of', 'wczoraj')).toBe(
      '--as-of musi być chwilą z przesunięciem strefy (2026-12-15T12:00:00+01:00 albo 2026-12-15T11:00:00Z) albo dniem w postaci RRRR-MM-DD, podano „wczoraj”.',
    );
    expect(usage('360giving-json', '--as-of', '2026-12-15')).toBe(
      '--as-of is for the grant report (report-md, report-docx), not 360giving-json.',
    );
    expect(usageIn('pl', 'ics', '--as-of', '2026-12-15')).toBe(
      '--as-of dotyczy sprawozdania (report-md, report-docx), nie formatu ics.',
    );
  });
});

// An option the export would drop without a word is a command that does not do what it says: `report-md --event`
// would still report on every event of the grant, `ics --grant` would still be the whole calendar.
describe('options a format would ignore', () => {
  it('refuses a selector the format does not read, naming the formats that do', () => {
    expect(usage('report-md', '--grant', 'g', '--event', 'e')).toBe(
      'report-md does not read --event, so it would be ignored: it is for ics, rss, atom, json-feed, jsonld, frab-xml, frab-json, csv, xlsx.',
    );
    expect(usage('ics', '--grant', 'g')).toBe(
      'ics does not read --grant, so it would be ignored: it is for 360giving-json, 360giving-csv, report-docx, report-md.',
    );
    expect(usage('xlsx', '--table', 'events', '--delimiter', ',')).toBe(
      'xlsx does not read --delimiter, so it would be ignored: it is for csv.',
    );
    expect(usage('ics', '--table', 'people')).toMatch(
      /^ics does not read --table, so it would be ignored: it is for csv, xlsx\.$/,
    );
    expect(usage('frab-xml', '--event', 'e', '--from', '2026-01-01')).toMatch(/^frab-xml does not read --from/);
    expect(usage('360giving-json', '--event', 'e')).toMatch(/^360giving-json does not read --event/);
    expect(usageIn('pl', 'report-md', '--grant', 'g', '--event', 'e')).toBe(
      'opcja --event nie dotyczy formatu report-md, który by ją pominął; dotyczy formatów: ics, rss, atom, json-feed, jsonld, frab-xml, frab-json, csv, xlsx.',
    );
  });

  it('refuses --event, --from and --to for a table that lists every record', () => {
    expect(usage('csv', '--table', 'people', '--event', 'e')).toBe(
      '--event does not apply to table people, which lists every record: it picks events for the tables events, agenda-items, event-people.',
    );
    expect(usage('xlsx', '--table', 'grants', '--from', '2026-01-01')).toMatch(
      /^--from does not apply to table grants/,
    );
    expect(usageIn('pl', 'csv', '--table', 'organizations', '--to', '2026-12-31')).toBe(
      'opcja --to nie dotyczy tabeli organizations, która obejmuje wszystkie rekordy; wydarzenia wybiera tylko w tabelach: events, agenda-items, event-people.',
    );
    for (const table of ['events', 'agenda-items', 'event-people'])
      expect(run('csv', '--table', table, '--event', 'e').kind).toBe('run');
  });

  it('refuses --from or --to beside the one event --event names, or the one grant of a 360Giving --grant', () => {
    expect(usage('ics', '--event', 'e', '--from', '2026-01-01')).toBe(
      '--from does not go with --event: --event names one event, so the range of days would be ignored; give one or the other.',
    );
    expect(usage('360giving-csv', '--grant', 'g', '--to', '2026-12-31')).toMatch(/^--to does not go with --grant/);
    expect(usageIn('pl', 'csv', '--table', 'events', '--event', 'e', '--to', '2026-12-31')).toBe(
      'opcji --to nie można łączyć z --event: --event wskazuje jedno wydarzenie, więc zakres dni zostałby pominięty; podaj jedną z tych opcji.',
    );
    expect(usageIn('pl', '360giving-json', '--grant', 'g', '--from', '2026-01-01')).toMatch(
      /--grant wskazuje jedną dotację/,
    );
    // The report's --from and --to narrow the one grant's period: that is what they are for.
    expect(run('report-md', '--grant', 'g', '--from', '2026-10-01', '--to', '2026-10-31').kind).toBe('run');
  });

  it('refuses --schemas without --validate', () => {
    expect(usage('ics', '--schemas', 'dir')).toBe('--schemas is read by --validate only, which was not given.');
    expect(usageIn('pl', 'ics', '--schemas', 'dir')).toBe(
      'opcja --schemas dotyczy tylko --validate, której nie podano.',
    );
    expect(run('ics', '--validate', '--schemas', 'dir').kind).toBe('run');
  });
});
