import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { foreignSqliteFile, sqliteTables } from '@org/testkit';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { checkStore } from '../check-store.js';
import { openStore } from '../open-store.js';
import { seedDemo } from '../seed-demo.js';
import type { CommandName } from './cli-messages.js';

// The commands' sources under tsx's loader in their own node process, so what is tested is this
// source, never a stale dist/.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const SOURCES: Record<CommandName, string> = {
  'mosty-migrate': fileURLToPath(new URL('./migrate.ts', import.meta.url)),
  'mosty-seed-demo': fileURLToPath(new URL('./seed-demo.ts', import.meta.url)),
  'mosty-import-terc': fileURLToPath(new URL('./import-terc.ts', import.meta.url)),
  'mosty-check': fileURLToPath(new URL('./check.ts', import.meta.url)),
};
const COMMANDS = Object.keys(SOURCES) as CommandName[];

// The language and the database come from the environment: these tests set them, never inherit them.
const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, DATABASE_URL: _db, ...baseEnv } = process.env;
const ENGLISH = 'en_GB.UTF-8';
const POLISH = 'pl_PL.UTF-8';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What the folder the command ran in holds afterwards (it starts empty). */
  files: string[];
  cwd: string;
}

/**
 * Runs a command in a new, empty folder with `DATABASE_URL=mosty.db`, a file in that folder, so any
 * database the command opens shows up in `files`.
 */
function run(
  command: CommandName,
  args: string[],
  options: { lang?: string; env?: Record<string, string>; files?: Record<string, string> } = {},
): Promise<Run> {
  const cwd = mkdtempSync(join(tmpdir(), 'mosty-cli-'));
  dirs.push(cwd);
  for (const [name, text] of Object.entries(options.files ?? {})) writeFileSync(join(cwd, name), text);
  const env = {
    ...baseEnv,
    DATABASE_URL: 'mosty.db',
    ...(options.lang === undefined ? {} : { LANG: options.lang }),
    ...options.env,
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', tsxLoader, SOURCES[command], ...args],
      { cwd, env, encoding: 'utf8' },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          stderr,
          files: readdirSync(cwd).filter((f) => !(f in (options.files ?? {}))),
          cwd,
        }),
    );
  });
}

describe("the store's commands", () => {
  it('print their usage for --help and -h, in English, in Polish for a pl locale or --lang pl, and open no database', async () => {
    // Each process costs seconds on a busy machine: every command without a locale and under a Polish one,
    // and --lang against the locale, one way or the other.
    const runs = await Promise.all(
      COMMANDS.flatMap((command, i) => {
        const cases: [lang: string | undefined, flags: string[], says: 'pl' | 'en'][] = [
          [undefined, ['--help'], 'en'],
          [POLISH, ['-h'], 'pl'],
          i % 2 === 0 ? [POLISH, ['--help', '--lang', 'en'], 'en'] : ['C.UTF-8', ['--lang=pl', '-h'], 'pl'],
        ];
        return cases.map(async ([lang, flags, says]) => ({
          command,
          lang,
          flags,
          says,
          r: await run(command, flags, { lang }),
        }));
      }),
    );
    for (const { command, lang, flags, says, r } of runs) {
      const what = `${command} ${flags.join(' ')} ${lang ?? '(no locale)'}`;
      expect({ code: r.code, stderr: r.stderr, files: r.files }, what).toEqual({ code: 0, stderr: '', files: [] });
      expect(r.stdout, what).toContain('--lang pl|en');
      if (says === 'en') {
        expect(r.stdout, what).toMatch(new RegExp(`^Usage: ${command} `));
        expect(r.stdout, what).toContain('Environment:\n  DATABASE_URL');
        expect(r.stdout, what).toContain('Exit codes: 0 done, 1 failed');
      } else {
        expect(r.stdout, what).toMatch(new RegExp(`^Użycie: ${command} `));
        expect(r.stdout, what).toContain('Zmienne środowiskowe:\n  DATABASE_URL');
        expect(r.stdout, what).toContain('Kody wyjścia: 0 gotowe, 1 nie powiodło się');
      }
      expect(r.stdout, what).toContain('LC_ALL, LC_MESSAGES, LANG');
    }
    const terc = runs.find((x) => x.command === 'mosty-import-terc' && x.lang === undefined)?.r.stdout;
    expect(terc).toContain('--stan-na YYYY-MM-DD');
    expect(terc).toContain('<file.csv>');
  });

  it('refuse an unknown option in one line naming it, with a hint, exit code 2, and open no database', async () => {
    const runs = await Promise.all(
      COMMANDS.map(async (command, i) => {
        const lang = i % 2 === 0 ? POLISH : undefined;
        return { command, lang, r: await run(command, ['--nope'], { lang }) };
      }),
    );
    for (const { command, lang, r } of runs) {
      const line =
        lang === undefined
          ? `${command}: unknown option "--nope"; see ${command} --help.\n`
          : `${command}: nieznana opcja „--nope”; pomoc: ${command} --help.\n`;
      expect({ code: r.code, stdout: r.stdout, stderr: r.stderr, files: r.files }).toEqual({
        code: 2,
        stdout: '',
        stderr: line,
        files: [],
      });
    }
  });

  it('refuse other bad command lines and a bad DATABASE_URL with exit code 2, opening no database', async () => {
    const cases: [CommandName, string[], Record<string, string>, string][] = [
      ['mosty-migrate', ['teraz', '-x'], {}, 'nieznana opcja „-x”'],
      ['mosty-migrate', ['--help=tak'], {}, 'opcja --help nie przyjmuje wartości'],
      ['mosty-seed-demo', ['wszystko'], {}, 'nieoczekiwany argument „wszystko”'],
      ['mosty-seed-demo', [], { DATABASE_URL: ' ' }, 'zmienna DATABASE_URL, gdy jest ustawiona, musi być'],
      ['mosty-import-terc', [], {}, 'brak pliku TERC do zaimportowania'],
      ['mosty-import-terc', ['a.csv', 'b.csv'], {}, 'nieoczekiwany argument „b.csv”'],
      ['mosty-import-terc', ['a.csv', '--stan-na'], {}, 'opcja --stan-na wymaga wartości'],
      ['mosty-import-terc', ['a.csv', '--stan-na', '2024-13-01'], {}, '--stan-na musi być dniem w postaci RRRR-MM-DD'],
    ];
    const runs = await Promise.all(
      cases.map(async ([command, args, env, says]) => ({
        command,
        says,
        r: await run(command, args, { env, lang: POLISH }),
      })),
    );
    for (const { command, says, r } of runs) {
      expect(r.code, `${command} ${says}`).toBe(2);
      expect(r.stderr).toContain(`${command}: ${says}`);
      expect(r.stderr).toContain(`; pomoc: ${command} --help.\n`);
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.files).toEqual([]);
    }
  });

  it('read the TERC file before opening the database: a missing one is a failure (1) that creates nothing', async () => {
    const r = await run('mosty-import-terc', ['brak.csv'], { lang: ENGLISH });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^mosty-import-terc: failed \[FILE_UNREADABLE\]: cannot read the file brak\.csv\.\n {2}cause: ENOENT/,
    );
    expect(r.files).toEqual([]);
  });

  it('run when the command line is right, and say so in the language of the locale', async () => {
    const [pl, en] = await Promise.all([run('mosty-migrate', [], { lang: POLISH }), run('mosty-migrate', [])]);
    expect(pl).toMatchObject({
      code: 0,
      stderr: '',
      stdout: 'mosty-migrate: baza danych ma wszystkie migracje (sqlite, mosty.db).\n',
    });
    expect(en).toMatchObject({
      code: 0,
      stderr: '',
      stdout: 'mosty-migrate: the database is at the latest migration (sqlite, mosty.db).\n',
    });
    expect(pl.files).toContain('mosty.db');
  });
});

describe("the store's commands' language", () => {
  const MIGRATED = {
    en: 'mosty-migrate: the database is at the latest migration (sqlite, mosty.db).\n',
    pl: 'mosty-migrate: baza danych ma wszystkie migracje (sqlite, mosty.db).\n',
  };

  it('is English unless the first locale variable set is Polish, and --lang wins over it either way', async () => {
    const cases: [string, Record<string, string>, string[], 'pl' | 'en'][] = [
      ['no locale', {}, [], 'en'],
      ['C', { LANG: 'C' }, [], 'en'],
      ['C.UTF-8', { LANG: 'C.UTF-8' }, [], 'en'],
      ['POSIX before a Polish LANG', { LC_ALL: 'POSIX', LANG: POLISH }, [], 'en'],
      ['de_DE', { LANG: 'de_DE.UTF-8' }, [], 'en'],
      ['pl_PL', { LANG: POLISH }, [], 'pl'],
      ['pl in LC_MESSAGES before an English LANG', { LC_MESSAGES: 'pl', LANG: ENGLISH }, [], 'pl'],
      ['an empty LC_ALL, as if unset', { LC_ALL: '', LANG: POLISH }, [], 'pl'],
      ['--lang en under pl_PL', { LANG: POLISH }, ['--lang', 'en'], 'en'],
      ['--lang=pl with no locale', {}, ['--lang=pl'], 'pl'],
      ['the last --lang', { LANG: POLISH }, ['--lang', 'pl', '--lang=en'], 'en'],
    ];
    const runs = await Promise.all(
      cases.map(async ([what, env, args, says]) => ({ what, says, r: await run('mosty-migrate', args, { env }) })),
    );
    for (const { what, says, r } of runs)
      expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }, what).toEqual({
        code: 0,
        stdout: MIGRATED[says],
        stderr: '',
      });
  });

  it('--lang also says a refused command line and a failure in its language', async () => {
    const [refusedEn, refusedPl, failedPl] = await Promise.all([
      run('mosty-import-terc', ['--lang', 'en'], { lang: POLISH }),
      run('mosty-seed-demo', ['--nope', '--lang=pl']),
      run('mosty-check', ['--lang', 'pl']),
    ]);
    expect(refusedEn).toMatchObject({
      code: 2,
      stderr: 'mosty-import-terc: no TERC file to import; see mosty-import-terc --help.\n',
      files: [],
    });
    expect(refusedPl).toMatchObject({
      code: 2,
      stderr: 'mosty-seed-demo: nieznana opcja „--nope”; pomoc: mosty-seed-demo --help.\n',
      files: [],
    });
    expect(failedPl).toMatchObject({
      code: 1,
      stderr: `mosty-check: nie powiodło się [DATABASE_MISSING]: nie ma bazy danych ${join(failedPl.cwd, 'mosty.db')}; nic nie utworzono.\n`,
      files: [],
    });
  });

  it("refuse a --lang that names neither language, in the locale's language, with exit code 2, opening no database", async () => {
    const cases: [CommandName, string[], string | undefined, string][] = [
      ['mosty-migrate', ['--lang', 'de'], undefined, '--lang must be pl or en, got "de"; see mosty-migrate --help.'],
      ['mosty-seed-demo', ['--lang=EN'], ENGLISH, '--lang must be pl or en, got "EN"; see mosty-seed-demo --help.'],
      [
        'mosty-import-terc',
        ['terc.csv', '--lang', 'pl_PL'],
        POLISH,
        '--lang musi mieć wartość pl albo en, podano „pl_PL”; pomoc: mosty-import-terc --help.',
      ],
      // Help is no way around it: the command line is wrong, as with an unknown option.
      [
        'mosty-check',
        ['--help', '--lang='],
        POLISH,
        '--lang musi mieć wartość pl albo en, podano „”; pomoc: mosty-check --help.',
      ],
      ['mosty-check', ['--lang'], undefined, 'option --lang needs a value; see mosty-check --help.'],
    ];
    const runs = await Promise.all(
      cases.map(async ([command, args, lang, says]) => ({
        command,
        args,
        says,
        r: await run(command, args, { lang }),
      })),
    );
    for (const { command, args, says, r } of runs)
      expect({ code: r.code, stdout: r.stdout, stderr: r.stderr, files: r.files }, args.join(' ')).toEqual({
        code: 2,
        stdout: '',
        stderr: `${command}: ${says}\n`,
        files: [],
      });
  });
});

describe('mosty-import-terc', () => {
  it("lists refused rows and what it did in the locale's language", async () => {
    const csv = 'WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA\n14;;;;MAZOWIECKIE;województwo;2024-01-01\n14;34\n';
    const files = { 'terc.csv': csv };
    const [pl, en] = await Promise.all([
      run('mosty-import-terc', ['terc.csv'], { files, lang: POLISH }),
      run('mosty-import-terc', ['terc.csv'], { files }),
    ]);
    expect(pl).toMatchObject({
      code: 0,
      stderr: '  wiersz 3: oczekiwano 7 pól rozdzielonych „;”, jest ich 2.\n',
      stdout:
        'mosty-import-terc: wydanie 2024-01-01: dodano 1, zmieniono 0, bez zmian 0, ' +
        'pominięto 0 wierszy, które nie są JST, odrzucono 1 (sqlite, mosty.db).\n',
    });
    expect(en).toMatchObject({
      code: 0,
      stderr: '  line 3: expected 7 fields separated by ";", got 2.\n',
      stdout:
        'mosty-import-terc: edition 2024-01-01: 1 added, 0 updated, 0 unchanged, 0 non-JST rows skipped, ' +
        '1 refused (sqlite, mosty.db).\n',
    });
    // Nobody is signed in to a command line: the audit entry names no user, and its note says which command
    // wrote it, from which file, in the command's language.
    for (const [r, note] of [
      [pl, 'TERC 2024-01-01: polecenie mosty-import-terc, plik terc.csv'],
      [en, 'TERC 2024-01-01: mosty-import-terc command, file terc.csv'],
    ] as const) {
      const store = await openStore(join(r.cwd, 'mosty.db'));
      try {
        const entries = (await store.audit.list()).items;
        expect(entries.map((e) => [e.action, e.entity, e.actorId, e.note])).toEqual([
          ['import', 'authority', null, note],
        ]);
      } finally {
        await store.close();
      }
    }
  });
});

describe('mosty-check', () => {
  it('refuses a database that is not there (exit code 1) and creates nothing', async () => {
    const r = await run('mosty-check', [], { lang: POLISH });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `mosty-check: nie powiodło się [DATABASE_MISSING]: nie ma bazy danych ${join(r.cwd, 'mosty.db')}; nic nie utworzono.\n`,
    );
    expect(r.files).toEqual([]);
  });

  it("refuses a database without Mosty's tables (exit code 1) and changes nothing in it", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mosty-check-'));
    dirs.push(dir);
    // Another application's database, named by mistake.
    const file = foreignSqliteFile(dir);
    const r = await run('mosty-check', [], { env: { DATABASE_URL: file } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `mosty-check: failed [DATABASE_NOT_MIGRATED]: The database ${file} has no Mosty tables; nothing in it was changed. Check DATABASE_URL, or set the database up with mosty-migrate.\n`,
    );
    expect(sqliteTables(file)).toEqual(['invoices']);
  });

  it('says all is well for the demo seed, and lists a record that breaks the rules (exit code 1), as text or JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mosty-check-'));
    dirs.push(dir);
    const file = join(dir, 'mosty.db');
    const store = await openStore(file);
    await seedDemo(store);
    const total = (await checkStore(store)).total;
    const event = (await store.events.list({ limit: 1 })).items[0];
    await store.close();
    if (!event) throw new Error('the seed has an event');
    const env = { DATABASE_URL: file };

    const good = await run('mosty-check', [], { env, lang: POLISH });
    expect(good).toMatchObject({
      code: 0,
      stderr: '',
      stdout: `mosty-check: sprawdzono ${total} rekordów: wszystkie spełniają reguły domeny (sqlite, ${file}).\n`,
    });

    const raw = new Database(file);
    raw.prepare('update events set doc = ? where id = ?').run(JSON.stringify({ ...event, title: '' }), event.id);
    raw.close();
    const [pl, en, json] = await Promise.all([
      run('mosty-check', [], { env, lang: POLISH }),
      // --lang reaches the store's and the domain's messages too, not only the command's own.
      run('mosty-check', ['--lang', 'en'], { env, lang: POLISH }),
      run('mosty-check', ['--json'], { env }),
    ]);
    expect(pl).toMatchObject({
      code: 1,
      stdout: `wydarzenie „${event.slug}” (${event.id}):\n  title — Tytuł: to pole jest wymagane.\n`,
      stderr: `mosty-check: nie powiodło się [RECORDS_INVALID]: 1 z ${total} rekordów łamie reguły domeny (wyżej).\n`,
    });
    expect(en).toMatchObject({
      code: 1,
      stdout: `event "${event.slug}" (${event.id}):\n  title — Title: this field is required.\n`,
      stderr: `mosty-check: failed [RECORDS_INVALID]: 1 of ${total} records break the domain's rules (listed above).\n`,
    });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      total,
      problems: [{ entity: 'event', id: event.id, slug: event.slug, issues: [{ path: 'title', code: 'too_small' }] }],
    });
  });
});
