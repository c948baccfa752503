import { execFile, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_FUNDING_STATEMENT, SEED_IDS } from '@org/demo';
import { tableColumns } from '@org/formats';
import { openStore, seedDemo } from '@org/store';
import { foreignSqliteFile, sharedFile, sqliteTables } from '@org/testkit';
import { parseFeed } from '@rowanmanning/feed-parser';
import Database from 'better-sqlite3';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const schemas = sharedFile('schemas');
let dir: string;
let db: string;

// The CLI's language comes from the locale variables: these tests set them, never inherit them.
const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, ...baseEnv } = process.env;
// The website's SITE_CONFIG file: the publisher, its 360Giving prefix and the licence (360Giving needs them).
const siteConfig = fileURLToPath(new URL('../test/site-config.json', import.meta.url));
const envFor = (lang: string | undefined) => ({
  ...baseEnv,
  SITE_URL: 'https://mosty.example',
  SITE_CONFIG: siteConfig,
  ...(lang === undefined ? {} : { LANG: lang }),
});
const ENGLISH = 'en_GB.UTF-8';
const POLISH = 'pl_PL.UTF-8';

const runIn = (lang: string | undefined, ...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, '--db', db, ...args], { encoding: 'utf8', env: envFor(lang) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
/** English, as the checks of English texts expect. */
const run = (...args: string[]) => runIn(ENGLISH, ...args);
/** A Polish locale, as the checks of Polish texts expect. */
const runPolish = (...args: string[]) => runIn(POLISH, ...args);

// The same without blocking the test runner, so the format checks run side by side.
const runAsync = (...args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [cli, '--db', db, ...args],
      { encoding: 'utf8', env: envFor(ENGLISH) },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`build the exporter first (pnpm build): ${cli} is missing`);
  dir = mkdtempSync(join(tmpdir(), 'mosty-exporter-'));
  db = join(dir, 'mosty.db');
  const store = await openStore(db);
  await seedDemo(store);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mosty-export', () => {
  it('prints help and exits 0', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: mosty-export <format>');
  });

  it('exits 2 with a one-line reason for bad usage', () => {
    const r = run('pdf');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown format "pdf"/);
  });

  it('names the nearest slugs when a slug is unknown', () => {
    const r = run('ics', '--event', 'sprawny-urzad');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sprawny-urzad-sprawna-organizacja');
  });

  it('writes the seed event as iCalendar that ical.js reads, with the funding statement', () => {
    const r = run('ics', '--event', 'sprawny-urzad-sprawna-organizacja');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const cal = new ICAL.Component(ICAL.parse(r.stdout));
    const vevent = cal.getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('description')).toContain(SEED_FUNDING_STATEMENT);
  });

  it('writes an RSS feed that a real feed parser reads', () => {
    const out = join(dir, 'feed.xml');
    expect(run('rss', '--out', out).code).toBe(0);
    const feed = parseFeed(readFileSync(out, 'utf8'));
    expect(feed.items.length).toBeGreaterThan(0);
    expect(readdirPartial()).toEqual([]);
  });

  const validated = [
    ['ics'],
    ['rss'],
    ['atom'],
    ['json-feed'],
    ['jsonld', '--event', 'sprawny-urzad-sprawna-organizacja'],
    ['frab-xml', '--event', 'sprawny-urzad-sprawna-organizacja'],
    ['frab-json', '--event', 'sprawny-urzad-sprawna-organizacja'],
    ['360giving-json'],
    ['360giving-csv'],
    ['csv', '--table', 'events'],
    ['csv', '--table', 'agenda-items', '--delimiter', ','],
    ['csv', '--table', 'people'],
    ['csv', '--table', 'event-people', '--event', 'sprawny-urzad-sprawna-organizacja'],
    ['csv', '--table', 'organizations'],
    ['csv', '--table', 'authorities'],
    ['csv', '--table', 'grants'],
    ['xlsx', '--table', 'events'],
    ['xlsx', '--table', 'organizations'],
    ['xlsx', '--table', 'event-people'],
    ['report-md', '--grant', 'wspolpraca-jst-i-ngo-2026'],
    ['report-docx', '--grant', 'wspolpraca-jst-i-ngo-2026'],
  ];
  describe.skipIf(!schemas).concurrent('--validate (needs shared/schemas, skipped without)', () => {
    it.each(validated.map((args) => [args.join(' '), args] as const))(
      '%s passes its own validator',
      async (_name, args) => {
        const out = join(dir, `out-${args.join('-')}`);
        const r = await runAsync(...args, '--validate', '--schemas', schemas as string, '--out', out);
        // The seed grant has no agreement date: a 360Giving file says its award date is the period's start.
        const noAgreementDate = /^mosty-export: warning: grant "[^"]+" has no agreement date, /;
        expect(r.stderr.split('\n').filter((l) => l && !noAgreementDate.test(l))).toEqual([]);
        expect(r.code).toBe(0);
        expect(readFileSync(out).length).toBeGreaterThan(0);
      },
    );
  });

  it('keeps Polish letters and the grant link in 360Giving', () => {
    const r = run('360giving-json', '--grant', SEED_IDS.grant);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { grants: { title: string }[] };
    expect(doc.grants[0]?.title).toMatch(/Współpraca jednostek samorządu/);
  });

  it('360Giving: the package names the publisher and the licence, its ids start with the configured prefix', () => {
    for (const format of ['360giving-json', '360giving-csv']) {
      const r = run(format, '--grant', SEED_IDS.grant);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('360G-fise-test-');
      expect(r.stdout).not.toContain('360G-mosty');
    }
    const doc = JSON.parse(run('360giving-json', '--grant', SEED_IDS.grant).stdout);
    expect(doc.publisher).toEqual({ name: 'Fundacja Inicjatyw Społeczno-Ekonomicznych' });
    expect(doc.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    // The data's last change as stored (a date-time, as the package schema asks), not the time of the export.
    expect(doc.modified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    expect(run('360giving-json', '--grant', SEED_IDS.grant).stdout).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(doc.grants[0].id).toMatch(/^360G-fise-test-/);
  });

  it('360Giving without SITE_CONFIG, or without a prefix in it, is refused (exit 2), saying what to set', () => {
    const bare = spawnSync(process.execPath, [cli, '--db', db, '360giving-json'], {
      encoding: 'utf8',
      env: { ...envFor(ENGLISH), SITE_CONFIG: '' },
    });
    expect(bare.status).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toBe(
      "mosty-export: 360giving-json needs the publisher and its 360Giving prefix: name the site's file with --site-config or SITE_CONFIG (publisher.name, publisher.threeSixtyGivingPrefix, license).\n",
    );
    const config = JSON.parse(readFileSync(siteConfig, 'utf8'));
    delete config.publisher.threeSixtyGivingPrefix;
    const noPrefix = join(dir, 'no-prefix.json');
    writeFileSync(noPrefix, JSON.stringify(config));
    const r = runPolish('360giving-csv', '--site-config', noPrefix);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `mosty-export: format 360giving-csv wymaga prefiksu 360Giving wydawcy, a plik SITE_CONFIG „${noPrefix}” go nie ma: wpisz publisher.threeSixtyGivingPrefix (prefiks, który 360Giving nadało wydawcy, np. 360G-fundacja-fise).\n`,
    );
    // Other formats need no prefix.
    expect(run('csv', '--table', 'grants', '--site-config', noPrefix).code).toBe(0);
  });

  it('a SITE_CONFIG file that cannot be read or has wrong fields stops any export (exit 2), naming the file and fields', () => {
    const bad = join(dir, 'bad-site.json');
    writeFileSync(
      bad,
      JSON.stringify({
        publisher: { name: 'F', threeSixtyGivingPrefix: '360G-mosty demo' },
        license: { name: '', url: 'http://creativecommons.org/licenses/by/4.0/' },
      }),
    );
    const r = run('rss', '--site-config', bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`mosty-export: the SITE_CONFIG file "${bad}" has wrong fields: `);
    expect(r.stderr).toMatch(
      /publisher\.threeSixtyGivingPrefix: must be the prefix 360Giving registered.*license\.name: .*license\.url: must be an https URL/,
    );
    const path = join(dir, 'nie-ma.json');
    const missing = run('rss', '--site-config', path);
    expect(missing.code).toBe(2);
    // Said as the database's file is (where its name came from, why), not in Node's English ("ENOENT: no such file …").
    expect(missing.stderr).toBe(
      `mosty-export: cannot read the SITE_CONFIG file "${path}" (from --site-config): no such file.\n`,
    );
    const fromEnv = spawnSync(process.execPath, [cli, '--db', db, 'rss'], {
      encoding: 'utf8',
      env: { ...envFor(POLISH), SITE_CONFIG: dir },
    });
    expect(fromEnv.status).toBe(2);
    expect(fromEnv.stderr).toBe(
      `mosty-export: nie można odczytać pliku SITE_CONFIG „${dir}” (ze zmiennej SITE_CONFIG): to folder, a nie plik JSON.\n`,
    );
    const broken = join(dir, 'broken-site.json');
    writeFileSync(broken, '{"publisher":');
    const unreadable = runPolish('rss', '--site-config', broken);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toMatch(
      new RegExp(
        `^mosty-export: nie można odczytać pliku SITE_CONFIG „${broken}” \\(z opcji --site-config\\) jako JSON: .*JSON.*\\.\\n$`,
      ),
    );
  });

  it('refuses a SITE_CONFIG file the website refuses (the whole file is checked, as the website and admin check it)', () => {
    // The exporter once checked the publisher and licence only: a file without an accessibility statement or a
    // licence, on which the website will not start, still signed exports.
    const { accessibility: _a, license: _l, ...partial } = JSON.parse(readFileSync(siteConfig, 'utf8'));
    const path = join(dir, 'partial-site.json');
    writeFileSync(path, JSON.stringify(partial));
    const r = runPolish('rss', '--site-config', path);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^mosty-export: plik SITE_CONFIG „${path}” ma błędne pola: `));
    // Every field in the CLI's language, the schema's own rules and the built-in checks alike.
    expect(r.stderr).toContain('license: jest wymagane: licencja, na której publikowane są dane');
    expect(r.stderr).toContain('accessibility: to pole jest wymagane');
    expect(r.stderr).not.toMatch(/required|Invalid input/);
  });

  it('feeds are signed by the publisher with the licence when SITE_CONFIG names them', () => {
    const rss = run('rss').stdout;
    expect(rss).toContain(
      '<copyright>Fundacja Inicjatyw Społeczno-Ekonomicznych. Dane udostępniane na licencji CC BY 4.0: https://creativecommons.org/licenses/by/4.0/</copyright>',
    );
    expect(run('atom').stdout).toContain('<link rel="license" href="https://creativecommons.org/licenses/by/4.0/"/>');
  });

  it('writes the grant report as a DOCX whose text carries the statement and Polish letters', async () => {
    const out = join(dir, 'report.docx');
    expect(run('report-docx', '--grant', 'wspolpraca-jst-i-ngo-2026', '--out', out).code).toBe(0);
    const { value } = await mammoth.extractRawText({ path: out });
    expect(value).toContain(SEED_FUNDING_STATEMENT);
    expect(value).toContain('Jóźwiak');
  });

  it('writes the people table as CSV that csv-parse reads, one row per affiliation', () => {
    const r = run('csv', '--table', 'people', '--delimiter', ',');
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout, { bom: true, delimiter: ',' }) as string[][];
    expect(rows.some((row) => row.includes('współzałożycielka'))).toBe(true);
  });

  it('writes the event-people table: a row per person per agenda item of the events chosen (--event, --from)', () => {
    const r = run('csv', '--table', 'event-people', '--event', 'sprawny-urzad-sprawna-organizacja', '--lang', 'en');
    expect(r.code).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout, { bom: true, delimiter: ',' }) as string[][];
    expect(header).toEqual(tableColumns('event-people', 'en').map((c) => c.title));
    const column = (title: string) => header!.indexOf(title);
    // Five items: an introduction, two panels (two groups of representatives, then three people), a presentation
    // and a discussion without facilitators.
    expect(rows).toHaveLength(7);
    expect(rows.map((row) => row[column('Item no.')])).toEqual(['1', '2', '2', '3', '4', '4', '4']);
    const khedi = rows.find((row) => row[column('Full name')] === 'Khedi Alieva')!;
    expect([column('Part'), column('Role'), column('Organisation or authority')].map((i) => khedi[i])).toEqual([
      'panellist',
      'współzałożycielka',
      'Fundacja Kobiety Wędrowne',
    ]);
    // The events chosen by date: none start in 2027, so the table is its header alone.
    const later = run('csv', '--table', 'event-people', '--from', '2027-01-01', '--lang', 'en');
    expect(later.code).toBe(0);
    expect(parseCsv(later.stdout, { bom: true, delimiter: ',' })).toEqual([header]);
    expect(run('--help').stdout).toMatch(/event-people \(the agenda's people, a row per person and item\)/);
  });

  it('refuses --validate when the schemas folder lacks the file it needs (the frab XSD), and writes nothing', () => {
    const out = join(dir, 'never.xml');
    const r = run(
      'frab-xml',
      '--event',
      'sprawny-urzad-sprawna-organizacja',
      '--validate',
      '--schemas',
      dir,
      '--out',
      out,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/schedule\.xml\.xsd/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('mosty-export speaks English, and Polish under a Polish locale or --lang pl', () => {
  // A frab JSON schema that no schedule satisfies, so --validate must refuse the output.
  const strictSchemas = () => {
    const folder = join(dir, 'strict-schemas');
    mkdirSync(join(folder, 'frab-schedule'), { recursive: true });
    writeFileSync(join(folder, 'frab-schedule', 'schedule.schema.json'), JSON.stringify({ type: 'array' }));
    return folder;
  };

  it('prints Polish help under a Polish locale', () => {
    const r = runPolish('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Użycie: mosty-export <format> [opcje]');
    expect(r.stdout).toContain('Język komunikatów: z --lang, a bez tej opcji z pierwszej ustawionej spośród zmiennych');
    expect(r.stdout).not.toContain('Usage:');
    const format = runPolish('frab-xml', '--help');
    expect(format.stdout).toContain('mosty-export frab-xml: Harmonogram frab w XML');
    expect(format.stdout).toContain('Wymaga: --event');
  });

  it('speaks the language --lang names, whatever the locale, errors and help included', () => {
    const english = runPolish('ics', '--event', 'nope', '--lang', 'en');
    expect(english.code).toBe(2);
    expect(english.stderr).toBe('mosty-export: event not found: nope (no similar slug).\n');
    expect(runPolish('ics', '--from', '2026-02-30', '--lang=en').stderr).toBe(
      'mosty-export: --from must be a day as YYYY-MM-DD, got "2026-02-30".\n',
    );
    expect(runPolish('--help', '--lang', 'en').stdout).toContain('Usage: mosty-export <format> [options]');
    const polish = run('ics', '--event', 'nope', '--lang', 'pl');
    expect(polish.code).toBe(2);
    expect(polish.stderr).toBe('mosty-export: brak wydarzenia „nope” ani żadnego podobnego.\n');
    expect(runIn(undefined, '--help', '--lang=pl').stdout).toContain('Użycie: mosty-export <format> [opcje]');
    // A --lang that names no language is refused in the locale's, exit 2.
    for (const [lang, said] of [
      [ENGLISH, 'mosty-export: --lang must be pl or en, got "de".\n'],
      [undefined, 'mosty-export: --lang must be pl or en, got "de".\n'],
      [POLISH, 'mosty-export: --lang musi mieć wartość pl albo en, podano „de”.\n'],
    ] as const)
      expect(runIn(lang, 'ics', '--lang', 'de'), lang ?? '(no locale)').toEqual({ code: 2, stdout: '', stderr: said });
  });

  it('is English without a locale and under C, C.UTF-8, POSIX or de_DE; Polish under pl_PL.UTF-8 or pl; LC_ALL first', () => {
    const said = (env: Record<string, string>) => {
      const r = spawnSync(process.execPath, [cli, '--db', db, 'ics', '--event', 'nope'], {
        encoding: 'utf8',
        env: { ...baseEnv, ...env },
      });
      return { code: r.status, stderr: r.stderr };
    };
    const english = { code: 2, stderr: 'mosty-export: event not found: nope (no similar slug).\n' };
    const polish = { code: 2, stderr: 'mosty-export: brak wydarzenia „nope” ani żadnego podobnego.\n' };
    const cases: [Record<string, string>, typeof english][] = [
      [{}, english],
      [{ LANG: 'C' }, english],
      [{ LANG: 'C.UTF-8' }, english],
      [{ LANG: 'POSIX' }, english],
      [{ LANG: 'de_DE.UTF-8' }, english],
      [{ LC_ALL: 'C.UTF-8', LANG: POLISH }, english],
      [{ LANG: POLISH }, polish],
      [{ LANG: 'pl' }, polish],
      [{ LC_MESSAGES: POLISH, LANG: ENGLISH }, polish],
    ];
    for (const [env, expected] of cases) expect(said(env), JSON.stringify(env)).toEqual(expected);
    expect(runIn(undefined, '--help').stdout).toMatch(/^Usage: mosty-export <format> \[options\]/);
  });

  it('keeps the output Polish without --lang whatever the locale, and English with --lang en', () => {
    // An English table is comma-separated, a Polish one semicolon-separated (the output's language decides).
    const header = (lang: string | undefined, delimiter: ';' | ',', ...extra: string[]) => {
      const r = runIn(lang, 'csv', '--table', 'events', ...extra);
      expect(r.code).toBe(0);
      return (parseCsv(r.stdout, { bom: true, delimiter }) as string[][])[0];
    };
    const titles = (locale: 'pl' | 'en') => tableColumns('events', locale).map((c) => c.title);
    expect(titles('pl')).not.toEqual(titles('en'));
    expect(header(undefined, ';')).toEqual(titles('pl'));
    expect(header(ENGLISH, ';')).toEqual(titles('pl'));
    expect(header(POLISH, ',', '--lang', 'en')).toEqual(titles('en'));
  });

  // The site's address from the environment is the same setting as --site-url: a bad one is bad usage (exit 2), said
  // like the option's, naming the variable, in the CLI's language; it used to be a failed export (exit 1).
  it('refuses a SITE_URL that is not http(s) as it refuses such a --site-url: exit 2, naming where it came from', () => {
    const rss = (env: Record<string, string>, ...args: string[]) => {
      const r = spawnSync(process.execPath, [cli, '--db', db, 'rss', ...args], {
        encoding: 'utf8',
        env: { ...baseEnv, SITE_URL: 'ftp://mosty.example', ...env },
      });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const said = (code: number, stderr: string) => ({ code, stdout: '', stderr: `mosty-export: ${stderr}\n` });
    expect(rss({ LANG: POLISH })).toEqual(
      said(
        2,
        'zmienna środowiskowa SITE_URL musi być bezwzględnym adresem http(s) witryny, np. https://mosty.example.org, a podano „ftp://mosty.example”; popraw ją albo podaj adres opcją --site-url.',
      ),
    );
    expect(rss({}, '--lang', 'pl', '--site-url', 'mosty.example')).toEqual(
      said(
        2,
        'opcja --site-url musi być bezwzględnym adresem http(s) witryny, np. https://mosty.example.org, a podano „mosty.example”.',
      ),
    );
    expect(rss({ LANG: POLISH, SITE_URL: 'mosty.example' }, '--lang', 'en')).toEqual(
      said(
        2,
        'the SITE_URL environment variable must be the site\'s absolute http(s) URL, such as https://mosty.example.org, got "mosty.example"; correct it, or give the address with --site-url.',
      ),
    );
    expect(rss({}, '--site-url', 'ftp://mosty.example')).toEqual(
      said(
        2,
        'the --site-url option must be the site\'s absolute http(s) URL, such as https://mosty.example.org, got "ftp://mosty.example".',
      ),
    );
    // The option wins over the variable, which is then not read: a stale SITE_URL does not stop the export.
    const given = rss({}, '--site-url', 'https://mosty.example.org');
    expect([given.code, given.stderr]).toEqual([0, '']);
    expect(parseFeed(given.stdout).url).toBe('https://mosty.example.org/');
  });

  // An empty DATABASE_URL means the default database, as for the website and the admin; --db wins over it anyway.
  it('reads an empty DATABASE_URL as unset, not as a bad variable', () => {
    const r = spawnSync(process.execPath, [cli, '--db', db, 'ics', '--event', 'sprawny-urzad-sprawna-organizacja'], {
      encoding: 'utf8',
      env: { ...envFor(ENGLISH), DATABASE_URL: '' },
    });
    expect([r.status, r.stderr]).toEqual([0, '']);
  });

  it('names an unknown format and its nearest one in Polish, exit 2', () => {
    const r = runPolish('icss');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^mosty-export: nieznany format „icss” \(czy chodziło o: ics\?\); dostępne: ics, /);
    expect(run('icss').stderr).toMatch(/^mosty-export: unknown format "icss" \(did you mean ics\?\)/);
  });

  it('names a missing event and the nearest slugs in Polish, exit 2', () => {
    const r = runPolish('ics', '--event', 'sprawny-urzad');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'mosty-export: brak wydarzenia „sprawny-urzad”; najbliższe: sprawny-urzad-sprawna-organizacja.\n',
    );
    const none = runPolish('report-md', '--grant', 'zupelnie-cos-innego');
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('mosty-export: brak dotacji „zupelnie-cos-innego” ani żadnej podobnej.\n');
    expect(run('ics', '--event', 'sprawny-urzad').stderr).toBe(
      'mosty-export: event not found: sprawny-urzad (nearest: sprawny-urzad-sprawna-organizacja).\n',
    );
  });

  it('ticks the report kind --report-kind asks for, and leaves it to fill in without one', () => {
    const kind = (...extra: string[]) =>
      runPolish('report-md', '--grant', 'wspolpraca-jst-i-ngo-2026', ...extra)
        .stdout.split('\n')
        .find((l) => l.includes('częściowe') && l.includes('końcowe'));
    // A final report only once the task is over: after the seed grant's period (to 15 December 2026).
    expect(kind('--report-kind', 'final', '--as-of', '2027-01-10')).toMatch(/☐ częściowe +☒ końcowe$/);
    expect(kind('--report-kind', 'partial')).toMatch(/☒ częściowe +☐ końcowe$/);
    expect(kind()).toMatch(/☐ częściowe +☐ końcowe +_\\\[do uzupełnienia\\\]_$/);
  });

  // What a reader of the Markdown report sees in each paragraph and table cell, read by markdown-it.
  const reportCells = (markdown: string) =>
    new MarkdownIt()
      .parse(markdown, {})
      .filter((t) => t.type === 'inline')
      .map((t) => (t.children ?? []).map((c) => c.content).join(''));
  const figure = (cells: string[], label: string) => cells[cells.indexOf(label) + 1];

  it('draws the report up as of --as-of: an instant, or the end of a day; an event not ended by then is planned', async () => {
    const report = (...extra: string[]) => {
      const r = run('report-md', '--grant', 'wspolpraca-jst-i-ngo-2026', ...extra);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return reportCells(r.stdout);
    };
    // The seed event is on 26 November 2026, 10:00–14:00 in Warsaw.
    const before = report('--as-of', '2026-11-25');
    expect(before).toContain('Stan na: 25.11.2026, 24:00');
    expect(figure(before, 'Wydarzenia zaplanowane')).toBe('1');
    expect(figure(before, 'Wydarzenia zrealizowane')).toBe('0');
    expect(before).toContain('Status: zaplanowane');
    const during = report('--as-of', '2026-11-26T12:00:00+01:00');
    expect(during).toContain('Stan na: 26.11.2026, 12:00');
    expect(figure(during, 'Wydarzenia zaplanowane')).toBe('1');
    const after = report('--as-of', '2026-11-26');
    expect(after).toContain('Stan na: 26.11.2026, 24:00');
    expect(figure(after, 'Wydarzenia zrealizowane')).toBe('1');
    expect(figure(after, 'Wydarzenia zaplanowane')).toBe('0');
    // The DOCX says the same.
    const out = join(dir, 'report-as-of.docx');
    expect(run('report-docx', '--grant', 'wspolpraca-jst-i-ngo-2026', '--as-of', '2026-11-25', '--out', out).code).toBe(
      0,
    );
    const { value } = await mammoth.extractRawText({ path: out });
    expect(value).toContain('Stan na: 25.11.2026, 24:00');
    expect(value).toContain('Status: zaplanowane');
  });

  it('draws the report up as of now without --as-of, and says when', () => {
    const warsawDay = (ms: number) =>
      new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', day: '2-digit', month: '2-digit', year: 'numeric' })
        .format(ms)
        .replace(/\s/g, '');
    const days = [warsawDay(Date.now())];
    const r = run('report-md', '--grant', 'wspolpraca-jst-i-ngo-2026');
    days.push(warsawDay(Date.now()));
    expect(r.code).toBe(0);
    const line = reportCells(r.stdout).find((c) => c.startsWith('Stan na: '));
    expect(line).toMatch(/^Stan na: \d\d\.\d\d\.\d{4}, \d\d:\d\d$/);
    expect(days).toContain(line!.slice('Stan na: '.length, -', 00:00'.length));
  });

  it('refuses a bad --as-of in English and Polish, exit 2, and --as-of for another format', () => {
    const en = run('report-md', '--grant', 'wspolpraca-jst-i-ngo-2026', '--as-of', '2026-11-31');
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      'mosty-export: --as-of must be an instant with a zone offset (2026-12-15T12:00:00+01:00 or 2026-12-15T11:00:00Z) or a day as YYYY-MM-DD, got "2026-11-31".\n',
    );
    const pl = runPolish('report-docx', '--grant', 'wspolpraca-jst-i-ngo-2026', '--as-of', '2026-11-26T12:00');
    expect(pl.code).toBe(2);
    expect(pl.stderr).toBe(
      'mosty-export: --as-of musi być chwilą z przesunięciem strefy (2026-12-15T12:00:00+01:00 albo 2026-12-15T11:00:00Z) albo dniem w postaci RRRR-MM-DD, podano „2026-11-26T12:00”.\n',
    );
    const other = run('360giving-json', '--as-of', '2026-11-26');
    expect(other.code).toBe(2);
    expect(other.stderr).toBe(
      'mosty-export: --as-of is for the grant report (report-md, report-docx), not 360giving-json.\n',
    );
  });

  // @org/formats picks ',' for English and ';' for Polish; the exporter used to force ';' for both.
  it('writes CSV with the delimiter of --lang unless --delimiter is given', () => {
    const header = (...extra: string[]) => {
      const r = run('csv', '--table', 'people', ...extra);
      expect(r.code).toBe(0);
      return r.stdout.split('\r\n')[0]!;
    };
    const columns = (lang: 'pl' | 'en') => tableColumns('people', lang).map((c) => c.title);
    expect(header('--lang', 'en')).toBe(`\uFEFF${columns('en').join(',')}`);
    expect(header('--lang', 'pl')).toBe(`\uFEFF${columns('pl').join(';')}`);
    expect(header()).toBe(`\uFEFF${columns('pl').join(';')}`);
    expect(header('--lang', 'en', '--delimiter', ';')).toBe(`\uFEFF${columns('en').join(';')}`);
    const rows = parseCsv(run('csv', '--table', 'people', '--lang', 'en').stdout, { bom: true, delimiter: ',' });
    expect((rows as string[][]).every((row) => row.length === columns('en').length)).toBe(true);
  });

  it('refuses a bad --from day in Polish, exit 2', () => {
    const r = runPolish('ics', '--from', '2026-13-01');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mosty-export: --from musi być dniem w postaci RRRR-MM-DD, podano „2026-13-01”.\n');
    expect(run('ics', '--from', '2026-13-01').stderr).toBe(
      'mosty-export: --from must be a day as YYYY-MM-DD, got "2026-13-01".\n',
    );
    // Days the calendar lacks, which Date.parse rolls over into March; a leap year's 29 February is a day.
    for (const day of ['2026-02-30', '2026-02-29']) {
      const impossible = runPolish('ics', '--from', day);
      expect(impossible.code).toBe(2);
      expect(impossible.stdout).toBe('');
      expect(impossible.stderr).toBe(`mosty-export: --from musi być dniem w postaci RRRR-MM-DD, podano „${day}”.\n`);
    }
    expect(runPolish('ics', '--from', '2028-02-29').code).toBe(0);
  });

  it('reports an output that fails validation in Polish, exit 1, and writes nothing', () => {
    const out = join(dir, 'never.json');
    const args = ['frab-json', '--event', 'sprawny-urzad-sprawna-organizacja', '--validate', '--out', out];
    const r = runPolish(...args, '--schemas', strictSchemas());
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^mosty-export: OUTPUT_INVALID: wynik frab-json nie przeszedł walidacji: \//);
    expect(existsSync(out)).toBe(false);
    expect(run(...args, '--schemas', strictSchemas()).stderr).toMatch(
      /^mosty-export: OUTPUT_INVALID: frab-json output failed validation: \//,
    );
    const missing = runPolish(...args, '--schemas', join(dir, 'no-such-folder'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      '--validate potrzebuje pliku frab-schedule/schedule.schema.json w folderze schematów',
    );
  });
});

describe('mosty-export only reads a database: it never creates one', () => {
  // Each case runs in an empty folder of its own, so that anything the command creates shows up there.
  const inEmptyFolder = (env: Record<string, string>, lang: string | undefined, ...args: string[]) => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd, env: { ...envFor(lang), ...env } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, created: readdirSync(cwd, { recursive: true }) };
  };

  it('refuses a --db file that does not exist, exit 1, creating neither it nor its folders', () => {
    const missing = join(dir, 'nonexistent', 'dir', 'x.db');
    const r = inEmptyFolder({}, POLISH, 'ics', '--db', missing);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `mosty-export: DATABASE_MISSING: brak bazy danych „${missing}” (z opcji --db): nie ma takiego pliku; eksport tylko czyta bazę danych, nie zakłada nowej.\n`,
    );
    expect(existsSync(join(dir, 'nonexistent'))).toBe(false);
    const relative = inEmptyFolder({}, ENGLISH, 'rss', '--db', 'file:x.db', '--out', 'feed.xml');
    expect(relative.code).toBe(1);
    expect(relative.stderr).toMatch(
      /^mosty-export: DATABASE_MISSING: no database at ".*\/x\.db" \(from --db\): no such file; /,
    );
    expect(relative.stderr.trim().split('\n')).toHaveLength(1);
    expect(relative.created).toEqual([]);
  });

  it("refuses a database without Mosty's tables, exit 1, creating none in it", () => {
    // Another application's SQLite file, named by mistake.
    const other = foreignSqliteFile(dir);
    const r = inEmptyFolder({}, ENGLISH, 'ics', '--db', other);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `mosty-export: DATABASE_NOT_MIGRATED: The database ${other} has no Mosty tables; nothing in it was changed. Check --db, or set the database up with mosty-migrate.\n`,
    );
    expect(sqliteTables(other)).toEqual(['invoices']);
    // The message names where the address came from: the variable, when no option was given.
    const fromEnv = inEmptyFolder({ DATABASE_URL: other }, ENGLISH, 'ics');
    expect(fromEnv.code).toBe(1);
    expect(fromEnv.stderr).toBe(
      `mosty-export: DATABASE_NOT_MIGRATED: The database ${other} has no Mosty tables; nothing in it was changed. Check DATABASE_URL, or set the database up with mosty-migrate.\n`,
    );
  });

  it('refuses a --db file that is empty or no SQLite database, exit 1, saying why and leaving it as it was', () => {
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    const r = inEmptyFolder({}, ENGLISH, 'ics', '--db', empty);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `mosty-export: DATABASE_MISSING: no database at "${empty}" (from --db): an empty file, not a SQLite database; an export only reads a database, it never creates one.\n`,
    );
    // The store used to write a SQLite header into it (4096 bytes) and then say that nothing in it was changed.
    expect(statSync(empty).size).toBe(0);
    const notes = join(dir, 'notes.csv');
    writeFileSync(notes, 'id;nazwa\n1;Łódź\n');
    const text = inEmptyFolder({ DATABASE_URL: notes }, POLISH, 'ics');
    expect(text.code).toBe(1);
    expect(text.stderr).toBe(
      `mosty-export: DATABASE_MISSING: brak bazy danych „${notes}” (ze zmiennej DATABASE_URL): to nie jest plik bazy danych SQLite (nie zaczyna się nagłówkiem SQLite); eksport tylko czyta bazę danych, nie zakłada nowej.\n`,
    );
    expect(readFileSync(notes, 'utf8')).toBe('id;nazwa\n1;Łódź\n');
  });

  it('refuses a --db that is a folder', () => {
    const r = inEmptyFolder({}, ENGLISH, 'ics', '--db', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `mosty-export: DATABASE_MISSING: no database at "${dir}" (from --db): a folder, not a SQLite database file; an export only reads a database, it never creates one.\n`,
    );
  });

  it('refuses a DATABASE_URL of a scheme the store does not open, hiding its password, creating nothing', () => {
    const r = inEmptyFolder({ DATABASE_URL: 'mysql://x' }, POLISH, 'ics');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'mosty-export: DATABASE_URL_UNSUPPORTED: nieobsługiwany adres bazy danych „mysql://x” (ze zmiennej DATABASE_URL): oczekiwano ścieżki pliku SQLite, URL-a file: albo sqlite: albo URL-a postgres://.\n',
    );
    expect(r.created).toEqual([]);
    const secret = inEmptyFolder({ DATABASE_URL: 'mysql://mosty:sekret@db/mosty' }, ENGLISH, 'ics');
    expect(secret.code).toBe(1);
    expect(secret.stderr).toContain('"mysql://mosty:***@db/mosty" (from DATABASE_URL)');
    expect(secret.stderr).not.toContain('sekret');
    expect(secret.created).toEqual([]);
  });

  it('refuses an empty --db instead of opening the default database', () => {
    const r = inEmptyFolder({}, ENGLISH, 'ics', '--db', '');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mosty-export: option --db needs a value.\n');
  });

  it('reads a database given by DATABASE_URL as a file: URL', () => {
    const r = inEmptyFolder(
      { DATABASE_URL: `file:${db}` },
      ENGLISH,
      'ics',
      '--event',
      'sprawny-urzad-sprawna-organizacja',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('BEGIN:VCALENDAR');
  });
});

describe('mosty-export says why --out cannot be written, in its language, exit 1, leaving nothing behind', () => {
  const slug = 'sprawny-urzad-sprawna-organizacja';

  it('a folder that does not exist', () => {
    const out = join(dir, 'no-such-folder', 'x.ics');
    const r = runPolish('ics', '--event', slug, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `mosty-export: OUTPUT_UNWRITABLE: nie można zapisać pliku „${out}” (--out): nie ma folderu „${join(dir, 'no-such-folder')}”; nic nie zapisano.\n`,
    );
    expect(run('ics', '--out', out).stderr).toBe(
      `mosty-export: OUTPUT_UNWRITABLE: cannot write "${out}" (--out): folder "${join(dir, 'no-such-folder')}" does not exist; nothing was written.\n`,
    );
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
    expect(readdirPartial()).toEqual([]);
  });

  it('a folder, and a path through a file', () => {
    const folder = join(dir, 'a-folder.ics');
    mkdirSync(folder, { recursive: true });
    const r = runPolish('ics', '--out', folder);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `mosty-export: OUTPUT_UNWRITABLE: nie można zapisać pliku „${folder}” (--out): to folder; podaj nazwę pliku; nic nie zapisano.\n`,
    );
    expect(readdirSync(folder)).toEqual([]);
    const through = join(db, 'x.ics');
    const file = run('ics', '--out', through);
    expect(file.code).toBe(1);
    expect(file.stderr).toBe(
      `mosty-export: OUTPUT_UNWRITABLE: cannot write "${through}" (--out): "${db}" is not a folder; nothing was written.\n`,
    );
    expect(readdirPartial()).toEqual([]);
  });

  // sysfs refuses to create files even for root, for whom a chmod-ed folder would be writable; access()
  // lets root through there, so this is the failure found while writing, said like the one found before.
  it.runIf(existsSync('/sys/kernel'))('a folder that is not writable', () => {
    const r = runPolish('ics', '--out', '/sys/mosty-x.ics');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'mosty-export: OUTPUT_UNWRITABLE: nie można zapisać pliku „/sys/mosty-x.ics” (--out): brak prawa zapisu w folderze „/sys”; nic nie zapisano.\n',
    );
  });

  it('an empty --out is a usage error, exit 2', () => {
    const r = run('ics', '--out', '');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mosty-export: option --out needs a value.\n');
  });

  // `ics --db mosty.db --out mosty.db` replaced the database with a calendar, exit 0.
  it('refuses an --out that is the database or the SITE_CONFIG file it reads, exit 2, leaving both as they were', () => {
    const copy = join(dir, 'overwritten.db');
    writeFileSync(copy, readFileSync(db));
    const before = readFileSync(copy);
    const runOn = (lang: string, ...args: string[]) =>
      spawnSync(process.execPath, [cli, '--db', copy, ...args], { encoding: 'utf8', env: envFor(lang) });
    const same = runOn(ENGLISH, 'ics', '--out', copy);
    expect(same.status).toBe(2);
    expect(same.stderr).toBe(
      `mosty-export: --out "${copy}" names the database the export reads, which it would overwrite; give another file name.\n`,
    );
    // Another spelling of it, a link to it, and its write-ahead log, there or not.
    const link = join(dir, 'link-to-overwritten.db');
    symlinkSync(copy, link);
    for (const out of [link, join(dir, '.', 'overwritten.db'), `${copy}-wal`])
      expect(runOn(ENGLISH, 'csv', '--table', 'people', '--out', out).status, out).toBe(2);
    expect(readFileSync(copy).equals(before)).toBe(true);
    expect(existsSync(`${copy}-wal`)).toBe(false);
    const site = join(dir, 'own-site.json');
    writeFileSync(site, readFileSync(siteConfig));
    const config = runOn(POLISH, 'rss', '--site-config', site, '--out', site);
    expect(config.status).toBe(2);
    expect(config.stderr).toBe(
      `mosty-export: --out „${site}” wskazuje plik SITE_CONFIG, który eksport czyta i który by nadpisał; podaj inną nazwę pliku.\n`,
    );
    expect(readFileSync(site, 'utf8')).toBe(readFileSync(siteConfig, 'utf8'));
  });

  it('writes into a device such as /dev/null instead of renaming a file over it', () => {
    const r = run('ics', '--event', slug, '--out', '/dev/null');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  // Node's own words used to reach the user ("write EPIPE.", "ENOSPC: no space left on device, write."), in English
  // whatever the locale, naming neither standard output nor the --out given.
  it('says a device or standard output that refuses the output for what it is, in its language, exit 1', () => {
    const device = run('xlsx', '--table', 'events', '--out', '/dev/full');
    expect(device.code).toBe(1);
    expect(device.stderr).toBe(
      'mosty-export: OUTPUT_UNWRITABLE: cannot write to "/dev/full" (--out): the disk is full; what was written is incomplete.\n',
    );
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [cli, '--db', db, 'ics'], {
        encoding: 'utf8',
        env: envFor(POLISH),
        stdio: ['ignore', full, 'pipe'],
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(
        'mosty-export: OUTPUT_UNWRITABLE: nie można pisać na standardowe wyjście: brak miejsca na dysku; to, co zostało zapisane, jest niepełne.\n',
      );
    } finally {
      closeSync(full);
    }
  });

  it('says so when the program reading its standard output stops first (mosty-export ics | head -1), exit 1', async () => {
    const child = spawn(process.execPath, [cli, '--db', db, 'xlsx', '--table', 'events'], {
      env: envFor(ENGLISH),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader goes before the export has written anything.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const [code] = (await once(child, 'close')) as [number | null];
    expect(stderr).toBe(
      'mosty-export: OUTPUT_UNWRITABLE: cannot write to standard output: the program reading it stopped before the export ended; what was written is incomplete.\n',
    );
    expect(code).toBe(1);
  });
});

describe("mosty-export says what is wrong with a stored record in the CLI's language", () => {
  // A torn write: the seed event's document cut short in the SQLite file underneath the store, as a
  // crash or a hand edit would leave it. The store names the record and the column; the CLI says it.
  let torn: string;
  beforeAll(async () => {
    torn = join(dir, 'torn.db');
    const store = await openStore(torn);
    try {
      await seedDemo(store);
    } finally {
      await store.close();
    }
    const raw = new Database(torn);
    try {
      const changed = raw
        .prepare('update events set doc = substr(doc, 1, 40) where id = ?')
        .run(SEED_IDS.event).changes;
      expect(changed).toBe(1);
    } finally {
      raw.close();
    }
  });
  const runOn = (lang: string | undefined, ...args: string[]) => {
    const r = spawnSync(process.execPath, [cli, '--db', torn, ...args], { encoding: 'utf8', env: envFor(lang) });
    return { code: r.status, stderr: r.stderr };
  };
  const slug = 'sprawny-urzad-sprawna-organizacja';

  it('in English, under an English locale or none: which record, which column, and why, on one line, exit 1', () => {
    const english = `mosty-export: CORRUPT_RECORD: corrupt record in the database: event ${SEED_IDS.event} ("${slug}"), column events.doc: not valid JSON (`;
    for (const [lang, args] of [
      [ENGLISH, ['ics']],
      [undefined, ['jsonld', '--event', slug]],
    ] as const) {
      const r = runOn(lang, ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.slice(0, english.length)).toBe(english);
      // …and the parser's own words for what is wrong, in brackets, to the end of the sentence.
      expect(r.stderr.slice(english.length)).toMatch(/^.+\)\.\n$/);
    }
  });

  it('in Polish under a Polish locale', () => {
    const r = runOn(POLISH, 'ics');
    expect(r.code).toBe(1);
    const polish = `mosty-export: CORRUPT_RECORD: uszkodzony rekord w bazie danych: event ${SEED_IDS.event} („${slug}”), kolumna events.doc: to nie jest poprawny JSON (`;
    expect(r.stderr.slice(0, polish.length)).toBe(polish);
    expect(r.stderr.slice(polish.length)).toMatch(/^.+\)\.\n$/);
  });
});

describe("mosty-export refuses a stored record that breaks the domain's rules, naming it, and writes nothing", () => {
  // Records that parse as JSON but break the domain's rules, written into the SQLite file underneath
  // the store, as a hand edit or a record stored before a rule would be: an agenda item of a kind the
  // domain does not know, a currency that is no ISO 4217 code ("ZZZ": the domain refuses it now, 360Giving
  // always did), a grant id no grant has (a funding statement that cannot be written).
  const slug = 'sprawny-urzad-sprawna-organizacja';
  const broken = (name: string, sql: string, id: string) => async () => {
    const file = join(dir, name);
    const store = await openStore(file);
    try {
      await seedDemo(store);
    } finally {
      await store.close();
    }
    const raw = new Database(file);
    try {
      expect(raw.prepare(sql).run(id).changes).toBe(1);
    } finally {
      raw.close();
    }
    return file;
  };
  const dbs = { quiz: '', zzz: '', dangling: '' };
  beforeAll(async () => {
    dbs.quiz = await broken(
      'quiz.db',
      "update events set doc = json_set(doc, '$.agenda[1].kind', 'quiz') where id = ?",
      SEED_IDS.event,
    )();
    dbs.zzz = await broken(
      'zzz.db',
      "update grants set doc = json_set(doc, '$.amount.currency', 'ZZZ') where id = ?",
      SEED_IDS.grant,
    )();
    dbs.dangling = await broken(
      'dangling.db',
      "update events set doc = json_set(doc, '$.grantIds[1]', 'dotacja-usunieta') where id = ?",
      SEED_IDS.event,
    )();
  });
  const runOn = (db: string, lang: string | undefined, ...args: string[]) => {
    const r = spawnSync(process.execPath, [cli, '--db', db, ...args], { encoding: 'utf8', env: envFor(lang) });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  /** The line is one line, starts with `head` and goes on with the domain's own words, which hold `got`. */
  const expectLine = (stderr: string, head: string, got: string) => {
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr.slice(0, head.length)).toBe(head);
    expect(stderr.slice(head.length)).toContain(got);
  };

  it('in Polish under a Polish locale: which record (kind, id, slug), where (field path) and what, exit 1, standard output empty', () => {
    // iCalendar streams: its header is ready before the first event is read, so without a whole-or-nothing
    // standard output half a calendar would reach the pipe.
    for (const args of [['ics'], ['rss'], ['jsonld', '--event', slug], ['csv', '--table', 'events']]) {
      const r = runOn(dbs.quiz, POLISH, ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout, args.join(' ')).toBe('');
      expectLine(
        r.stderr,
        `mosty-export: RECORD_INVALID: rekord w bazie danych łamie reguły domeny: wydarzenie ${SEED_IDS.event} („${slug}”): agenda[1].kind: `,
        '„quiz”',
      );
    }
  });

  it('in English in its English mode', () => {
    const r = runOn(dbs.quiz, ENGLISH, 'ics');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expectLine(
      r.stderr,
      `mosty-export: RECORD_INVALID: a record in the database breaks the domain's rules: event ${SEED_IDS.event} ("${slug}"): agenda[1].kind: `,
      '"quiz"',
    );
  });

  it('leaves no file and no partial file with --out', () => {
    const out = join(dir, 'never-quiz.ics');
    const r = runOn(dbs.quiz, undefined, 'ics', '--out', out);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirPartial()).toEqual([]);
  });

  it('a grant: 360Giving is refused before any validator runs, with or without --validate, naming amount.currency', () => {
    const out = join(dir, 'never.csv');
    const validating = ['--validate', '--schemas', schemas ?? dir, '--out', out];
    for (const args of [['360giving-csv'], ['360giving-csv', ...validating], ['csv', '--table', 'people']]) {
      const r = runOn(dbs.zzz, POLISH, ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expectLine(
        r.stderr,
        `mosty-export: RECORD_INVALID: rekord w bazie danych łamie reguły domeny: dotacja ${SEED_IDS.grant} („wspolpraca-jst-i-ngo-2026”): amount.currency: `,
        'ZZZ',
      );
    }
    expect(existsSync(out)).toBe(false);
    expect(runOn(dbs.zzz, ENGLISH, 'report-md', '--grant', SEED_IDS.grant).stderr).toMatch(
      new RegExp(
        `^mosty-export: RECORD_INVALID: .*: grant ${SEED_IDS.grant} \\("wspolpraca-jst-i-ngo-2026"\\): amount\\.currency: `,
      ),
    );
  });

  it("a grant the database lacks: @org/formats' FORMAT_GRANT_MISSING said from its fields, in the CLI's language", () => {
    const pl = runOn(dbs.dangling, POLISH, 'ics');
    expect(pl.code).toBe(1);
    expect(pl.stdout).toBe('');
    expect(pl.stderr).toBe(
      `mosty-export: FORMAT_GRANT_MISSING: wydarzenie ${SEED_IDS.event} („${slug}”) wskazuje w grantIds[1] dotację dotacja-usunieta, której nie ma w bazie danych; bez niej nie da się napisać wymaganej informacji o finansowaniu.\n`,
    );
    const en = runOn(dbs.dangling, ENGLISH, 'jsonld', '--event', slug);
    expect(en.code).toBe(1);
    expect(en.stderr).toBe(
      `mosty-export: FORMAT_GRANT_MISSING: event ${SEED_IDS.event} ("${slug}") names grant dotacja-usunieta in grantIds[1], which is not in the database; its required funding statement cannot be written.\n`,
    );
  });
});

function readdirPartial(): string[] {
  return readdirSync(dir).filter((f) => f.includes('.partial-'));
}

describe('mosty-export exports no draft, as the website shows none', () => {
  // The seed event set back to a draft through the store, as the admin does: the website answers its page and
  // its calendar with a 404, so an export of it would publish what is not public and link a page that is not there.
  const slug = 'sprawny-urzad-sprawna-organizacja';
  let draftDb: string;
  beforeAll(async () => {
    draftDb = join(dir, 'draft.db');
    const store = await openStore(draftDb);
    try {
      await seedDemo(store);
      const event = await store.events.get(SEED_IDS.event);
      if (!event) throw new Error('the seed event is missing');
      await store.events.update(event.id, event.version, { ...event, status: 'draft' });
    } finally {
      await store.close();
    }
  });
  const runOn = (lang: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, [cli, '--db', draftDb, ...args], { encoding: 'utf8', env: envFor(lang) });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('refuses --event naming a draft in every format, exit 2, in Polish and English, writing nothing', () => {
    for (const format of ['ics', 'jsonld', 'frab-xml', 'frab-json', 'csv']) {
      const args = [format, '--event', slug, ...(format === 'csv' ? ['--table', 'events'] : [])];
      const polish = runOn(POLISH, ...args);
      expect(polish.code, format).toBe(2);
      expect(polish.stdout, format).toBe('');
      expect(polish.stderr, format).toBe(
        `mosty-export: wydarzenie „${slug}” jest szkicem: eksport obejmuje tylko wydarzenia opublikowane, odwołane i przełożone, jak strona internetowa; najpierw je opublikuj.\n`,
      );
      const english = runOn(ENGLISH, ...args);
      expect(english.code, format).toBe(2);
      expect(english.stderr, format).toBe(
        `mosty-export: event "${slug}" is a draft: only published, cancelled and postponed events are exported, as the website shows them; publish it first.\n`,
      );
    }
  });

  it('leaves it out of a calendar, as every list of events does', () => {
    const r = runOn(ENGLISH, 'ics', '--validate', ...(schemas ? ['--schemas', schemas] : []));
    expect(r.code, r.stderr).toBe(0);
    const cal = new ICAL.Component(ICAL.parse(r.stdout));
    expect(cal.getAllSubcomponents('vevent')).toEqual([]);
  });
});

// A selection that matches nothing used to give an empty, valid file, exit 0, and not a word: an empty calendar could go
// to a funder unnoticed. The file is still written (it is what was asked for, and valid), exit 0, with a warning.
describe('mosty-export warns when what it selects matches nothing, and still writes the valid empty output', () => {
  const LATER = ['--from', '2027-01-01', '--to', '2027-12-31'];
  const noEventEn = (output: string) =>
    `mosty-export: warning: no published, cancelled or postponed event starts on a day from 2027-01-01 to 2027-12-31 (--from, --to), so ${output}; check the dates before you send the file on.\n`;

  it('ics: says the dates in English and in Polish, and writes a calendar ical.js reads, without events', () => {
    const r = run('ics', ...LATER);
    expect([r.code, r.stderr]).toEqual([0, noEventEn('the ics calendar holds no event')]);
    expect(new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents('vevent')).toEqual([]);
    const from = runPolish('ics', '--from', '2027-01-01');
    expect([from.code, from.stderr]).toEqual([
      0,
      'mosty-export: uwaga: żadne opublikowane, odwołane ani przełożone wydarzenie nie zaczyna się w dniu 2027-01-01 ani później (--from), więc kalendarz ics nie zawiera żadnego wydarzenia; sprawdź daty, zanim wyślesz plik dalej.\n',
    ]);
    expect(from.stdout).toContain('BEGIN:VCALENDAR');
    const to = runPolish('ics', '--to', '2020-12-31', '--lang', 'en');
    expect(to.stderr).toBe(
      'mosty-export: warning: no published, cancelled or postponed event starts on 2020-12-31 or earlier (--to), so the ics calendar holds no event; check the dates before you send the file on.\n',
    );
    // With --out the file is written all the same.
    const out = join(dir, 'empty.ics');
    const written = runPolish('ics', '--to', '2020-12-31', '--out', out);
    expect(written.code).toBe(0);
    expect(written.stderr).toMatch(/^mosty-export: uwaga: .* \(--to\), więc kalendarz ics nie zawiera/);
    expect(readFileSync(out, 'utf8')).toContain('END:VCALENDAR');
  });

  it('the agenda tables: events selected whose agendas give no row are said too', async () => {
    // A second database: the seed, and a published event on 10 March 2027 with no agenda yet.
    const bare = join(dir, 'bez-programu.db');
    const store = await openStore(bare);
    await seedDemo(store);
    const {
      id: _id,
      slug: _slug,
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      ...seed
    } = await store.events.require('sprawny-urzad-sprawna-organizacja');
    await store.events.create({
      ...seed,
      slug: 'bez-programu',
      title: 'Spotkanie bez programu',
      startsAt: '2027-03-10T10:00:00+01:00',
      endsAt: '2027-03-10T12:00:00+01:00',
      agenda: [],
    });
    await store.close();
    const inBare = (lang: string, ...args: string[]) =>
      spawnSync(process.execPath, [cli, '--db', bare, ...args], { encoding: 'utf8', env: envFor(lang) });
    const MARCH = ['--from', '2027-03-01', '--to', '2027-03-31'];
    const items = inBare(ENGLISH, 'csv', '--table', 'agenda-items', ...MARCH);
    expect([items.status, items.stderr]).toEqual([
      0,
      "mosty-export: warning: the selected event has no agenda item, so table agenda-items of the csv output has its header row only; check the events' agendas before you send the file on.\n",
    ]);
    expect(parseCsv(items.stdout, { bom: true, delimiter: ',' })).toHaveLength(1);
    const people = inBare(POLISH, 'xlsx', '--table', 'event-people', ...MARCH, '--out', join(dir, 'osoby.xlsx'));
    expect([people.status, people.stderr]).toEqual([
      0,
      'mosty-export: uwaga: wybrane wydarzenie nie ma w programie żadnej osoby, więc tabela event-people w wyniku xlsx ma tylko wiersz nagłówka; sprawdź programy wydarzeń, zanim wyślesz plik dalej.\n',
    ]);
    // The events table has its row; with the seed event in the selection the agenda tables have theirs.
    expect(inBare(ENGLISH, 'csv', '--table', 'events', ...MARCH).stderr).toBe('');
    expect(inBare(ENGLISH, 'csv', '--table', 'event-people', '--from', '2026-11-01', '--to', '2027-03-31').stderr).toBe(
      '',
    );
  });

  it('says nothing when the selection matches an event', () => {
    for (const args of [
      ['ics', '--from', '2026-11-26', '--to', '2026-11-26'],
      ['csv', '--table', 'events'],
      ['jsonld'],
    ])
      expect(run(...args).stderr, args.join(' ')).toBe('');
  });

  it('every format that picks events by --from and --to: the feeds, JSON-LD, the event tables', () => {
    const feeds = [
      ['rss', 'the rss feed holds posts only, no event'],
      ['atom', 'the atom feed holds posts only, no event'],
      ['json-feed', 'the json-feed feed holds posts only, no event'],
    ] as const;
    for (const [format, output] of feeds) {
      const r = run(format, ...LATER);
      expect([r.code, r.stderr], format).toEqual([0, noEventEn(output)]);
    }
    const jsonld = run('jsonld', ...LATER);
    expect([jsonld.code, jsonld.stderr, JSON.parse(jsonld.stdout)]).toEqual([
      0,
      noEventEn('the jsonld output is an empty list'),
      [],
    ]);
    for (const table of ['events', 'agenda-items', 'event-people'] as const) {
      const csv = run('csv', '--table', table, ...LATER, '--lang', 'en');
      expect([csv.code, csv.stderr], table).toEqual([
        0,
        noEventEn(`table ${table} of the csv output has its header row only`),
      ]);
      expect(parseCsv(csv.stdout, { bom: true, delimiter: ',' }), table).toEqual([
        tableColumns(table, 'en').map((c) => c.title),
      ]);
    }
    const xlsx = runPolish('xlsx', '--table', 'events', ...LATER, '--out', join(dir, 'empty.xlsx'));
    expect([xlsx.code, xlsx.stderr]).toEqual([
      0,
      'mosty-export: uwaga: żadne opublikowane, odwołane ani przełożone wydarzenie nie zaczyna się w dniach od 2027-01-01 do 2027-12-31 (--from, --to), więc tabela events w wyniku xlsx ma tylko wiersz nagłówka; sprawdź daty, zanim wyślesz plik dalej.\n',
    ]);
  });

  it('360Giving: grants whose period has no day in the range', () => {
    const json = run('360giving-json', '--from', '2030-01-01');
    expect([json.code, json.stderr]).toEqual([
      0,
      "mosty-export: warning: no grant's period lasts until 2030-01-01 or later (--from), so the 360giving-json output holds no grant; check the dates before you send the file on.\n",
    ]);
    expect(JSON.parse(json.stdout).grants).toEqual([]);
    const csv = runPolish('360giving-csv', '--from', '2020-01-01', '--to', '2020-12-31');
    expect([csv.code, csv.stderr]).toEqual([
      0,
      'mosty-export: uwaga: okres realizacji żadnej dotacji nie obejmuje żadnego dnia od 2020-01-01 do 2020-12-31 (--from, --to), więc wynik 360giving-csv nie zawiera żadnej dotacji; sprawdź daty, zanim wyślesz plik dalej.\n',
    ]);
    expect(runPolish('360giving-json', '--to', '2020-12-31').stderr).toBe(
      'mosty-export: uwaga: okres realizacji żadnej dotacji nie obejmuje dnia 2020-12-31 ani wcześniejszego (--to), więc wynik 360giving-json nie zawiera żadnej dotacji; sprawdź daty, zanim wyślesz plik dalej.\n',
    );
  });

  it('the grant report: a period of the grant in which it funds no event', () => {
    const period = ['--from', '2026-09-01', '--to', '2026-10-31', '--as-of', '2026-12-31'];
    const md = runPolish('report-md', '--grant', SEED_IDS.grant, ...period);
    expect([md.code, md.stderr]).toEqual([
      0,
      'mosty-export: uwaga: w okresie sprawozdania 2026-09-01 – 2026-10-31 (--from, --to) dotacja „wspolpraca-jst-i-ngo-2026” nie finansuje żadnego opublikowanego, odwołanego ani przełożonego wydarzenia, więc sprawozdanie nie wykazuje żadnego wydarzenia; sprawdź okres i dotacje przypisane wydarzeniom, zanim wyślesz sprawozdanie.\n',
    ]);
    expect(md.stdout).toContain('Sprawozdanie');
    const docx = run('report-docx', '--grant', SEED_IDS.grant, ...period, '--out', join(dir, 'empty.docx'));
    expect([docx.code, docx.stderr]).toEqual([
      0,
      'mosty-export: warning: grant "wspolpraca-jst-i-ngo-2026" funds no published, cancelled or postponed event in the report period 2026-09-01 – 2026-10-31 (--from, --to), so the report lists no event; check the period and the events\' grants before you send the report.\n',
    ]);
    expect(run('report-md', '--grant', SEED_IDS.grant, '--as-of', '2026-12-31').stderr).toBe('');
  });

  it('an empty database: says so, without a selection too', async () => {
    const empty = join(dir, 'no-events.db');
    const store = await openStore(empty);
    await store.close();
    const r = spawnSync(process.execPath, [cli, '--db', empty, 'ics'], { encoding: 'utf8', env: envFor(ENGLISH) });
    expect([r.status, r.stderr]).toEqual([
      0,
      'mosty-export: warning: the database holds no published, cancelled or postponed event, so the ics calendar holds no event; check that this is the database you meant (--db, DATABASE_URL).\n',
    ]);
  });
});
