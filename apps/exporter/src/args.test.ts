import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, parseCommandLine, UsageError } from './args.js';
import { nearestMatches } from './nearest.js';

const run = (...argv: string[]) => parseCommandLine(argv);
const usage = (...argv: string[]) => {
  try {
    run(...argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
};

describe('parseCommandLine', () => {
  it('reads a format and its options', () => {
    expect(run('ics', '--event', 'sprawny-urzad', '--lang', 'en', '--out', 'x.ics')).toEqual({
      kind: 'run',
      options: expect.objectContaining({
        format: 'ics',
        event: 'sprawny-urzad',
        lang: 'en',
        out: 'x.ics',
        delimiter: ';',
        validate: false,
      }),
    });
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
    expect(usage('ics', '--lang', 'de')).toBe('--lang must be pl or en, got "de"');
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

describe('nearestMatches', () => {
  it('suggests slugs that contain or resemble what was typed, ignoring diacritics', () => {
    const slugs = ['sprawny-urzad-sprawna-organizacja', 'forum-ngo-2026', 'zolw-i-zajac'];
    expect(nearestMatches('sprawny-urzad', slugs)).toEqual(['sprawny-urzad-sprawna-organizacja']);
    expect(nearestMatches('forum-ngo-2025', slugs)).toEqual(['forum-ngo-2026']);
    expect(nearestMatches('żółw-i-zając', slugs)).toEqual(['zolw-i-zajac']);
    expect(nearestMatches('completely-different', slugs)).toEqual([]);
  });
});
