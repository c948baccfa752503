/**
 * The grant report as a grant officer's audit found it, on a database built like the audit's reproduction:
 * the seed grant (entrustment, 1 September – 15 December 2026) and a second one (support) that also funds
 * the seed event, plus events of the seed grant before, inside and after its period. Each test fails without
 * the fix it is named for.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_IDS } from '@org/demo';
import { openStore, seedDemo } from '@org/store';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
let dir: string;
let db: string;
const A = 'wspolpraca-jst-i-ngo-2026';
const B = 'grant-b-wsparcie';

const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, ...baseEnv } = process.env;
const runIn = (lang: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, '--db', db, ...args], {
    encoding: 'utf8',
    env: {
      ...baseEnv,
      SITE_URL: 'https://mosty.example',
      SITE_CONFIG: fileURLToPath(new URL('../test/site-config.json', import.meta.url)),
      LANG: lang,
    },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const run = (...args: string[]) => runIn('en_GB.UTF-8', ...args);
const runPolish = (...args: string[]) => runIn('pl_PL.UTF-8', ...args);

/** What a reader of the Markdown report sees in each paragraph and table cell, read by markdown-it. */
const cells = (markdown: string) =>
  new MarkdownIt()
    .parse(markdown, {})
    .filter((t) => t.type === 'inline')
    .map((t) => (t.children ?? []).map((c) => c.content).join(''));
const figure = (all: string[], label: string) => all[all.indexOf(label) + 1];

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`build the exporter first (pnpm build): ${cli} is missing`);
  dir = mkdtempSync(join(tmpdir(), 'mosty-report-audit-'));
  db = join(dir, 'edge.db');
  const store = await openStore(db);
  await seedDemo(store);
  const grantA = await store.grants.require(SEED_IDS.grant);
  const { id: _i, slug: _s, version: _v, createdAt: _c, updatedAt: _u, ...rest } = grantA;
  const grantB = await store.grants.create({
    ...rest,
    slug: B,
    form: 'support',
    attributionText: undefined,
    attributionTextEn: undefined,
    taskTitle: 'Drugi grant (wsparcie)',
    amount: { amount: 1234567, currency: 'PLN' },
    ownContribution: { amount: 100001, currency: 'PLN' },
    period: { from: '2026-10-01', to: '2026-12-31' },
    agreementDate: '2026-09-20',
    agreementNumber: 'ES/123/2026',
    plannedResults: [
      { name: 'Liczba uczestników', target: 60, unit: 'osób', monitoring: 'listy obecności' },
      { name: 'Liczba spotkań', target: 3 },
    ],
    achievedResults: [
      { name: 'Liczba uczestników', value: 45 },
      { name: 'Liczba publikacji', value: 2 },
    ],
  });
  const seedEvent = await store.events.require(SEED_IDS.event);
  const { id, slug, version, createdAt: _ec, updatedAt: _eu, ...event } = seedEvent;
  await store.events.update(id, version, {
    ...event,
    id,
    slug,
    grantIds: [grantA.id, grantB.id],
    attendance: { registered: 80, attended: 62 },
  });
  const base = {
    ...event,
    agenda: [],
    grantIds: [grantA.id],
    attendance: {},
    publishedAt: '2026-09-01T12:00:00+02:00',
  };
  const make = (s: string, startsAt: string, endsAt: string, more: Record<string, unknown> = {}) =>
    store.events.create({ ...base, slug: s, title: `Test ${s}`, startsAt, endsAt, ...more });
  await make('po-okresie', '2027-01-20T10:00:00+01:00', '2027-01-20T12:00:00+01:00', {
    attendance: { registered: 10, attended: 9 },
  });
  await make('przed-okresem', '2026-08-31T18:00:00+02:00', '2026-08-31T20:00:00+02:00', {
    attendance: { registered: 11, attended: 7 },
  });
  await make('w-okresie', '2026-10-05T10:00:00+02:00', '2026-10-05T12:00:00+02:00', {
    attendance: { registered: 40 },
  });
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mosty-export report-md: the reported period', () => {
  it('cuts --from/--to to the grant period and says so; a period outside it is refused, exit 2', () => {
    const wide = run('report-md', '--grant', A, '--as-of', '2027-01-10', '--from', '2026-08-01', '--to', '2027-02-01');
    expect(wide.code).toBe(0);
    const all = cells(wide.stdout);
    expect(all).toContain('Okres, za jaki jest składane sprawozdanie: 01.09.2026 – 15.12.2026');
    // The seed event and w-okresie, not the events before and after the agreement's days.
    expect(figure(all, 'Wydarzenia zrealizowane')).toBe('2');
    expect(wide.stderr).toContain(
      'mosty-export: warning: the period 2026-08-01 – 2027-02-01 (--from, --to) reaches past the period of grant "wspolpraca-jst-i-ngo-2026" (2026-09-01 – 2026-12-15); the report covers the agreement\'s days only: 2026-09-01 – 2026-12-15.\n',
    );
    const outside = runPolish('report-md', '--grant', A, '--from', '2027-01-01', '--to', '2027-02-01');
    expect(outside.code).toBe(2);
    expect(outside.stdout).toBe('');
    expect(outside.stderr).toBe(
      'mosty-export: okres sprawozdania 2027-01-01 – 2027-02-01 (--from, --to) nie ma ani jednego dnia w okresie realizacji dotacji „wspolpraca-jst-i-ngo-2026” (2026-09-01 – 2026-12-15); sprawozdanie obejmuje tylko dni umowy, więc podaj okres w tych granicach.\n',
    );
  });

  it('takes the grant’s other end for --from or --to given alone, as --help says', () => {
    const from = run('report-md', '--grant', A, '--as-of', '2027-01-10', '--from', '2026-10-01');
    expect(from.code).toBe(0);
    expect(cells(from.stdout)).toContain('Okres, za jaki jest składane sprawozdanie: 01.10.2026 – 15.12.2026');
    const to = run('report-md', '--grant', A, '--as-of', '2027-01-10', '--to', '2026-10-31');
    expect(cells(to.stdout)).toContain('Okres, za jaki jest składane sprawozdanie: 01.09.2026 – 31.10.2026');
    expect(figure(cells(to.stdout), 'Wydarzenia zrealizowane')).toBe('1');
    expect(run('--help').stdout).toMatch(/without --to up to the end of the grant's period/);
    expect(runPolish('--help').stdout).toMatch(/bez --to aż do końca okresu realizacji dotacji/);
  });
});

describe('mosty-export report-md: a final report only once the task is over', () => {
  it('refuses --report-kind final before the period ends or with events planned, saying why and what to do, exit 2', () => {
    const early = runPolish('report-md', '--grant', A, '--report-kind', 'final', '--as-of', '2026-11-01');
    expect(early.code).toBe(2);
    expect(early.stdout).toBe('');
    expect(early.stderr).toBe(
      'mosty-export: sprawozdanie końcowe (--report-kind final) dotacji „wspolpraca-jst-i-ngo-2026” rozlicza całe zadanie, a ono jeszcze trwa: stan na koniec dnia 2026-11-01 (--as-of) jest przed końcem okresu 2026-12-15; 1 wydarzenie jest jeszcze zaplanowane (sprawny-urzad-sprawna-organizacja); sporządź sprawozdanie częściowe (--report-kind partial) albo końcowe z --as-of po końcu okresu, gdy wszystkie wydarzenia się odbędą.\n',
    );
    const partial = run('report-md', '--grant', A, '--report-kind', 'partial', '--as-of', '2026-11-01');
    expect(partial.code).toBe(0);
    const all = cells(partial.stdout);
    expect(all).toContain(
      'Okres, za jaki jest składane sprawozdanie: 01.09.2026 – 01.11.2026 (stan na 01.11.2026, 24:00; okres realizacji zadania: 01.09.2026 – 15.12.2026)',
    );
    expect(figure(all, 'Uczestnicy obecni')).toBe('[do uzupełnienia]');
    // An instant is said in Warsaw's time, as the report says it, not as the UTC instant it was given as.
    const instant = run('report-md', '--grant', A, '--report-kind', 'final', '--as-of', '2026-12-15T22:30:00Z');
    expect(instant.code).toBe(2);
    expect(instant.stderr).toMatch(
      /: it is drawn up as of 2026-12-15 23:30 Polish time \(--as-of\), before the period ends on 2026-12-15; draw up/,
    );
    const late = run('report-md', '--grant', A, '--report-kind', 'final', '--as-of', '2027-01-10');
    expect(late.code).toBe(0);
    expect(cells(late.stdout)).toContain('Rodzaj sprawozdania: ☐ częściowe   ☒ końcowe');
  });
});

describe('mosty-export report-md: an event two grants fund', () => {
  it('names the other grant per event in both reports, and warns on stderr of double financing with an entrustment', () => {
    const a = run('report-md', '--grant', A, '--as-of', '2027-01-10');
    expect(a.code).toBe(0);
    expect(cells(a.stdout).find((c) => c.startsWith('Finansowane także z:'))).toMatch(
      /^Finansowane także z: „Drugi grant \(wsparcie\)” \(Województwo Mazowieckie, wsparcie realizacji zadania, umowa ES\/123\/2026\) \(uwaga: możliwe podwójne finansowanie/,
    );
    expect(a.stderr).toContain(
      'mosty-export: warning: event "sprawny-urzad-sprawna-organizacja" of the report of grant "wspolpraca-jst-i-ngo-2026" is also funded by grant "grant-b-wsparcie", and this grant is an entrustment (it finances the task in full): it may be financed twice; check that its costs are not accounted for in both reports.\n',
    );
    const b = runPolish('report-md', '--grant', B, '--as-of', '2027-01-10');
    expect(b.code).toBe(0);
    expect(cells(b.stdout).find((c) => c.startsWith('Finansowane także z:'))).toMatch(
      /^Finansowane także z: „Współpraca/,
    );
    expect(b.stderr).toContain(
      'mosty-export: uwaga: wydarzenie „sprawny-urzad-sprawna-organizacja” ze sprawozdania dotacji „grant-b-wsparcie” finansuje także dotacja „wspolpraca-jst-i-ngo-2026”, a ona jest powierzeniem (finansuje zadanie w całości): to możliwe podwójne finansowanie; sprawdź, czy koszty wydarzenia nie są rozliczane w obu sprawozdaniach.\n',
    );
  });
});

describe('mosty-export report-md: events of the grant outside its period', () => {
  it('lists them under their own heading and warns on stderr, in Polish and English', () => {
    const pl = runPolish('report-md', '--grant', A, '--as-of', '2027-01-10');
    expect(pl.code).toBe(0);
    const all = cells(pl.stdout);
    const at = all.indexOf('Wydarzenia przypisane do dotacji poza okresem realizacji zadania');
    expect(at).toBeGreaterThan(0);
    expect(all.slice(at)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Test po-okresie — 20 stycznia 2027/)]),
    );
    expect(all.slice(at)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Test przed-okresem — 31 sierpnia 2026/)]),
    );
    expect(pl.stderr).toContain(
      'mosty-export: uwaga: 2 wydarzenia przypisane do dotacji „wspolpraca-jst-i-ngo-2026” odbywają się poza okresem jej realizacji (2026-09-01 – 2026-12-15), więc sprawozdanie ich nie liczy, tylko wymienia: przed-okresem (2026-08-31), po-okresie (2027-01-20); popraw przypisanie dotacji albo datę wydarzenia.\n',
    );
    expect(run('report-md', '--grant', A, '--as-of', '2027-01-10').stderr).toContain(
      'mosty-export: warning: 2 events tagged with grant "wspolpraca-jst-i-ngo-2026" fall outside its period (2026-09-01 – 2026-12-15), so the report lists but does not count them: przed-okresem (2026-08-31), po-okresie (2027-01-20); correct the grant or the event\'s date.\n',
    );
  });
});

describe('mosty-export 360giving: what the file cannot say', () => {
  it('warns of an award date taken from the period start, and of a CSV row cut to one related document', () => {
    const csv = run('360giving-csv', '--grant', A);
    expect(csv.code).toBe(0);
    expect(csv.stderr).toContain(
      'mosty-export: warning: grant "wspolpraca-jst-i-ngo-2026" has no agreement date, so the file gives the start of its period, 2026-09-01, as its award date (awardDate, which 360Giving requires), not the real one; enter the grant\'s agreement date.\n',
    );
    expect(csv.stderr).toContain(
      'mosty-export: warning: grant "wspolpraca-jst-i-ngo-2026" funded 2 events, and a CSV row holds one related document: the first by date is given; 360giving-json lists them all.\n',
    );
    const json = runPolish('360giving-json', '--grant', B);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
  });
});
