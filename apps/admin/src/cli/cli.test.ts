import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openStore } from '@org/store';
import { afterAll, describe, expect, it } from 'vitest';

// The commands' sources under tsx's loader in their own node process, as the store's command tests run
// theirs, so what is tested is this source, never a stale dist/.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const SOURCES = {
  'user:create': fileURLToPath(new URL('./user-create.ts', import.meta.url)),
  'import-terc': fileURLToPath(new URL('./import-terc.ts', import.meta.url)),
};

// The language and the database come from the environment: these tests set them, never inherit them.
const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, DATABASE_URL: _db, ...baseEnv } = process.env;
const POLISH = 'pl_PL.UTF-8';

const dir = mkdtempSync(join(tmpdir(), 'mosty-admin-cli-'));
const databaseUrl = join(dir, 'mosty.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command with `stdin` piped in, `LANG` as given (none by default) and the test's database. */
function run(
  command: keyof typeof SOURCES,
  args: string[],
  options: { lang?: string; stdin?: string } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...baseEnv, DATABASE_URL: databaseUrl, ...(options.lang ? { LANG: options.lang } : {}) };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, SOURCES[command], ...args], { cwd: dir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

describe('user:create', () => {
  it('prints its usage in English, in Polish for a pl locale or --lang pl, and English for --lang en', async () => {
    const en = await run('user:create', ['--help']);
    expect([en.code, en.stdout.split('\n')[0]]).toEqual([
      0,
      'Usage: user:create --email E --role administrator|editor|reviewer [--name N] [--lang pl|en]',
    ]);
    const pl = await run('user:create', ['-h'], { lang: POLISH });
    expect(pl.stdout).toMatch(/^Użycie: user:create /);
    expect((await run('user:create', ['--help', '--lang', 'pl'])).stdout).toMatch(/^Użycie: /);
    expect((await run('user:create', ['--help', '--lang=en'], { lang: POLISH })).stdout).toMatch(/^Usage: /);
  });

  it('creates an account, saying so in the language asked for, the audit note in Polish', async () => {
    const en = await run('user:create', ['--email', 'ed@mosty.test', '--role', 'editor'], {
      stdin: 'a long password here\n',
    });
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^user:create: created editor ed@mosty\.test \(\S+\)\n$/);
    const pl = await run('user:create', ['--email', 'ala@mosty.test', '--role', 'reviewer', '--name', 'Ala'], {
      lang: POLISH,
      stdin: 'a long password here\n',
    });
    expect(pl.code).toBe(0);
    expect(pl.stdout).toMatch(/^user:create: utworzono konto: recenzent ala@mosty\.test \(\S+\)\n$/);
    const store = await openStore(databaseUrl);
    try {
      const user = await store.users.getByEmail('ala@mosty.test');
      const audit = await store.audit.list({ entity: 'user', entityId: user?.id ?? '?', limit: 5 });
      expect(audit.items.map((e) => e.note)).toEqual(['polecenie user:create']);
    } finally {
      await store.close();
    }
    const again = await run('user:create', ['--email', 'ala@mosty.test', '--role', 'editor', '--lang', 'pl'], {
      stdin: 'a long password here\n',
    });
    expect([again.code, again.stderr]).toEqual([
      2,
      'user:create: konto z adresem e-mail ala@mosty.test już istnieje.\n',
    ]);
  });

  it('refuses bad input and a bad command line with exit code 2, in the language of the command', async () => {
    const short = await run('user:create', ['--email', 'x@mosty.test', '--role', 'editor', '--lang', 'pl'], {
      stdin: 'krótkie\n',
    });
    expect(short.code).toBe(2);
    // Read on in lower case after the command's name, as its other lines are.
    expect(short.stderr.split('\n')[0]).toBe('user:create: hasło musi mieć od 12 do 256 znaków.');
    const wrong = await run('user:create', ['--email', 'xm.pl', '--role', 'edit'], { stdin: 'krótkie\n' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('user:create: Role: choose one of: administrator, editor, reviewer (got "edit").\n');
    expect(wrong.stderr).toContain('user:create: a password must have 12 to 256 characters.\n');
    const unknown = await run('user:create', ['--emial', 'x@mosty.test'], { lang: POLISH });
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      'user:create: nieznana opcja „--emial”; pomoc: user:create --help.\n',
    ]);
    const badLang = await run('user:create', ['--lang', 'de'], { lang: POLISH });
    expect([badLang.code, badLang.stderr]).toEqual([
      2,
      'user:create: --lang musi mieć wartość pl albo en, podano „de”; pomoc: user:create --help.\n',
    ]);
    const badLangEn = await run('user:create', ['--help', '--lang', 'de']);
    expect([badLangEn.code, badLangEn.stderr]).toEqual([
      2,
      'user:create: --lang must be pl or en, got "de"; see user:create --help.\n',
    ]);
  });

  it("says a refused option as @org/store's parseArgsProblem does for the store's commands, one line ending with a full stop", async () => {
    const refusal = async (args: string[], lang?: string) => {
      const r = await run('user:create', args, lang ? { lang } : {});
      expect(r.code).toBe(2);
      return r.stderr;
    };
    expect(await refusal(['--email'])).toBe('user:create: option --email needs a value; see user:create --help.\n');
    expect(await refusal(['--email'], POLISH)).toBe(
      'user:create: opcja --email wymaga wartości; pomoc: user:create --help.\n',
    );
    expect(await refusal(['--help=tak', '--lang', 'pl'])).toBe(
      'user:create: opcja --help nie przyjmuje wartości; pomoc: user:create --help.\n',
    );
    // A control character typed into an option is shown escaped: the refusal stays one line.
    expect(await refusal(['--e\nmail'])).toBe(
      'user:create: unknown option "--e\\u000amail"; see user:create --help.\n',
    );
  });
});

describe('import-terc', () => {
  it('reports in English, or in Polish with --lang pl, refused rows in the same language', async () => {
    writeFileSync(join(dir, 'terc.csv'), 'WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA\n14;;;\n');
    const en = await run('import-terc', ['terc.csv']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^import-terc: added 0, updated 0, unchanged 0, skipped 0, refused 1\n {2}line 2: /);
    const pl = await run('import-terc', ['terc.csv', '--lang', 'pl']);
    expect(pl.stdout).toMatch(
      /^import-terc: dodano: 0, zaktualizowano: 0, bez zmian: 0, pominięto: 0, odrzucono: 1\n {2}wiersz 2: /,
    );
    expect(pl.stdout.split('\n')[1]).not.toBe(en.stdout.split('\n')[1]?.replace('line', 'wiersz'));
  });

  it('leaves an audit entry with no user for every authority it adds or changes, noted in Polish', async () => {
    const edition = (day: string, kobylka: string) =>
      [
        'WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA',
        `14;;;;MAZOWIECKIE;województwo;${day}`,
        `14;34;;;wołomiński;powiat;${day}`,
        `14;34;01;1;${kobylka};gmina miejska;${day}`,
        '',
      ].join('\n');
    writeFileSync(join(dir, 'terc-2024.csv'), edition('2024-01-01', 'Kobyłka'));
    writeFileSync(join(dir, 'terc-2025.csv'), edition('2025-01-01', 'Kobyłka-Nowa'));
    expect((await run('import-terc', ['terc-2024.csv'])).stdout).toMatch(/^import-terc: added 3, updated 0,/);
    const renamed = await run('import-terc', ['terc-2025.csv']);
    expect(renamed.stdout).toMatch(/^import-terc: added 0, updated 1, unchanged 2,/);

    const store = await openStore(databaseUrl);
    try {
      const gmina = (await store.authorities.list({ filter: { terc: '1434011' } })).items[0];
      expect(gmina?.name).toBe('Gmina miejska Kobyłka-Nowa');
      const entries = (await store.audit.list({ entity: 'authority' })).items;
      // The store's importer audits what an import adds and what it changes, the edition before the command's note.
      expect(entries.map((e) => [e.action, e.actorId, e.note])).toEqual([
        ['import', null, 'TERC 2025-01-01: polecenie import-terc, plik terc-2025.csv'],
        ...Array.from({ length: 3 }, () => [
          'import',
          null,
          'TERC 2024-01-01: polecenie import-terc, plik terc-2024.csv',
        ]),
      ]);
      expect(entries[0]?.entityId).toBe(gmina?.id);
    } finally {
      await store.close();
    }
    // Its usage says how it differs from the store's command.
    expect((await run('import-terc', ['--help'])).stdout).toContain(
      "Like the store's mosty-import-terc, it leaves an audit entry (no user) for every authority it adds or changes,",
    );
    expect((await run('import-terc', ['--help'], { lang: POLISH })).stdout).toContain(
      'Jak mosty-import-terc (polecenie pakietu store) każdy dodany i zmieniony samorząd zapisuje w dzienniku zmian',
    );
  });

  it('refuses a missing or unreadable file, in the language of the command', async () => {
    const none = await run('import-terc', [], { lang: POLISH });
    expect([none.code, none.stderr]).toEqual([
      2,
      'import-terc: brak pliku TERC do zaimportowania; pomoc: import-terc --help.\n',
    ]);
    const missing = await run('import-terc', ['nie-ma.csv']);
    expect([missing.code, missing.stderr]).toEqual([1, 'import-terc: cannot read file nie-ma.csv (ENOENT).\n']);
    expect((await run('import-terc', ['a.csv', 'b.csv'], { lang: POLISH })).stderr).toBe(
      'import-terc: nieoczekiwany argument „b.csv”; pomoc: import-terc --help.\n',
    );
  });
});
