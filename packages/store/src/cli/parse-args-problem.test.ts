import { type ParseArgsConfig, parseArgs } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArgsProblem } from './parse-args-problem.js';

const OPTIONS = {
  event: { type: 'string' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** What node:util's parseArgs throws for `args`, parsed strictly as a command does (null: nothing). */
function refusal(args: string[], allowPositionals = true): unknown {
  try {
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals });
    return null;
  } catch (error) {
    return error;
  }
}

describe('parseArgsProblem', () => {
  it("says node's refusals again in English and Polish, naming the option", () => {
    const cases: [args: string[], en: string, pl: string][] = [
      [['--evnt'], 'unknown option "--evnt".', 'nieznana opcja „--evnt”.'],
      [['-x'], 'unknown option "-x".', 'nieznana opcja „-x”.'],
      [['--event'], 'option --event needs a value.', 'opcja --event wymaga wartości.'],
      // The long name, when node names both.
      [['-o'], 'option --out needs a value.', 'opcja --out wymaga wartości.'],
      [['--help=tak'], 'option --help does not take a value.', 'opcja --help nie przyjmuje wartości.'],
      // A control character is shown escaped, so that the refusal stays one line.
      [['--a\nb'], 'unknown option "--a\\u000ab".', 'nieznana opcja „--a\\u000ab”.'],
    ];
    for (const [args, en, pl] of cases) {
      expect(parseArgsProblem(refusal(args), 'en'), args.join(' ')).toBe(en);
      expect(parseArgsProblem(refusal(args), 'pl'), args.join(' ')).toBe(pl);
    }
  });

  it('offers what the command suggests for an unknown option, and nothing when it suggests nothing', () => {
    const suggest = (option: string) => (option === '--evnt' ? ['--event'] : []);
    expect(parseArgsProblem(refusal(['--evnt']), 'en', { suggest })).toBe(
      'unknown option "--evnt" (did you mean --event?).',
    );
    expect(parseArgsProblem(refusal(['--evnt']), 'pl', { suggest })).toBe(
      'nieznana opcja „--evnt” (czy chodziło o: --event?).',
    );
    expect(parseArgsProblem(refusal(['--zzz']), 'en', { suggest })).toBe('unknown option "--zzz".');
  });

  it("keeps node's own words, as one sentence, for any other refusal", () => {
    expect(parseArgsProblem(refusal(['ics'], false), 'en')).toBe(
      "bad arguments: Unexpected argument 'ics'. This command does not take positional arguments.",
    );
    expect(parseArgsProblem(new Error('line one.\nline two'), 'pl')).toBe('błędne argumenty: line one.');
    // Not an error at all: still a message, never a throw.
    expect(parseArgsProblem(null, 'en')).toBe('bad arguments: null.');
  });

  it('answers every command line node refuses with one sentence, in either language', () => {
    const arg = fc.oneof(
      fc.constantFrom('--event', '--out', '-o', '--help', '-h', '--help=x', '--evnt', '-x', '--', 'ics'),
      fc.string({ unit: 'binary' }),
      // What looks like an option, holding what node's message quotes awkwardly: quotes, commas, control characters.
      fc
        .tuple(
          fc.constantFrom('-', '--'),
          fc.string({
            unit: fc.constantFrom('a', 'ł', '-', '=', ' ', ',', "'", '\n', '\t', '\u0000', '\u007f'),
            minLength: 1,
          }),
        )
        .map(([dashes, rest]) => dashes + rest),
    );
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 5 }), fc.boolean(), fc.constantFrom('pl', 'en'), (args, pos, locale) => {
        const error = refusal(args, pos);
        if (error === null) return;
        const said = parseArgsProblem(error, locale);
        expect(said).toMatch(/[.?!]$/);
        expect(said).not.toContain('\n');
      }),
    );
  });
});
