import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_IDS } from '@org/demo';
import { openStore, seedDemo } from '@org/store';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The README's examples are what the command says: each `$ pnpm mosty-export …` line of its first shell
// block runs against a demo database (edited underneath the store as the line's comment says) and must
// print the line below it on standard error. A line ending in "…" is the start of what is printed.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, ...baseEnv } = process.env;

interface Example {
  command: string;
  env: Record<string, string>;
  args: string[];
  comment: string;
  expected: string;
}

function examples(): Example[] {
  const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const lines = block.split('\n');
  const found: Example[] = [];
  lines.forEach((line, i) => {
    const m = /^\$ ((?:\w+=\S+ )*)pnpm mosty-export ([^>#]*?)\s*(?:> \S+\s*)?(?:#\s*(.*))?$/.exec(line);
    if (!m) return;
    const [, env = '', args = '', comment = ''] = m;
    found.push({
      command: line.slice(2),
      env: Object.fromEntries(
        env
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map((kv) => kv.split('=') as [string, string]),
      ),
      args: args.split(/\s+/).filter(Boolean),
      comment,
      expected: lines[i + 1] ?? '',
    });
  });
  return found;
}

let dir: string;
const dbs: Record<'demo' | 'cutShort' | 'quiz', string> = { demo: '', cutShort: '', quiz: '' };

async function demoDatabase(name: string, edit?: string): Promise<string> {
  const file = join(dir, name);
  const store = await openStore(file);
  try {
    await seedDemo(store);
  } finally {
    await store.close();
  }
  if (edit) {
    const raw = new Database(file);
    try {
      expect(raw.prepare(edit).run(SEED_IDS.event).changes).toBe(1);
    } finally {
      raw.close();
    }
  }
  return file;
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`build the exporter first (pnpm build): ${cli} is missing`);
  dir = mkdtempSync(join(tmpdir(), 'mosty-exporter-readme-'));
  dbs.demo = await demoDatabase('demo.db');
  dbs.cutShort = await demoDatabase('cut-short.db', 'update events set doc = substr(doc, 1, 40) where id = ?');
  dbs.quiz = await demoDatabase(
    'quiz.db',
    "update events set doc = json_set(doc, '$.agenda[1].kind', 'quiz') where id = ?",
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const databaseFor = (comment: string) =>
  comment.includes('cut short') ? dbs.cutShort : comment.includes('"quiz"') ? dbs.quiz : dbs.demo;

describe('README.md', () => {
  it('has its examples of what the command says', () => {
    expect(examples().map((e) => e.command)).toHaveLength(11);
  });

  it.each(examples().map((e) => [e.command, e] as const))('$ %s', (_command, example) => {
    const r = spawnSync(process.execPath, [cli, '--db', databaseFor(example.comment), ...example.args], {
      encoding: 'utf8',
      env: { ...baseEnv, ...example.env },
      cwd: dir,
    });
    // A warning (an empty selection) leaves the export a success; anything else the README shows is a refusal.
    if (/^mosty-export: (warning|uwaga): /.test(example.expected)) expect(r.status).toBe(0);
    else expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    const printed = r.stderr.replace(/\n$/, '');
    if (example.expected.endsWith('…')) expect(printed.startsWith(example.expected.slice(0, -1))).toBe(true);
    else expect(printed).toBe(example.expected);
  });

  it('is right that the grant report is Polish whatever --lang says', () => {
    const report = (lang: string) =>
      // A fixed --as-of: the default, now, is stated to the minute, and two runs can fall on either side of one.
      spawnSync(
        process.execPath,
        [cli, '--db', dbs.demo, 'report-md', '--grant', SEED_IDS.grant, '--lang', lang, '--as-of', '2027-01-10'],
        { encoding: 'utf8', env: baseEnv },
      ).stdout;
    expect(report('en')).toMatch(/^# Sprawozdanie z wykonania zadania publicznego\n/);
    expect(report('en')).toBe(report('pl'));
    expect(readme).toContain('The grant report (`report-md`, `report-docx`) is Polish whatever `--lang` says');
  });
});
