import { describe, expect, it } from 'vitest';
import { cliLocale, requestedLang } from './env.js';

describe('cliLocale', () => {
  it('is English unless the first of LC_ALL, LC_MESSAGES, LANG that is set names Polish', () => {
    expect(cliLocale({})).toBe('en');
    expect(cliLocale({ LANG: 'C' })).toBe('en');
    expect(cliLocale({ LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'POSIX' })).toBe('en');
    expect(cliLocale({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'pl_PL.UTF-8' })).toBe('pl');
    expect(cliLocale({ LANG: 'pl' })).toBe('pl');
    expect(cliLocale({ LANG: 'PL_pl' })).toBe('pl');
    expect(cliLocale({ LANG: 'pl.UTF-8' })).toBe('pl');
    expect(cliLocale({ LANG: 'pl_PL@euro' })).toBe('pl');
  });

  it('reads the language of the locale name, not any name starting with the letters pl', () => {
    // plt: Plateau Malagasy, ISO 639-3.
    expect(cliLocale({ LANG: 'plt_MG.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'C.pl' })).toBe('en');
  });

  it('takes LC_ALL before LC_MESSAGES before LANG, an empty one counting as unset', () => {
    expect(cliLocale({ LC_MESSAGES: 'pl_PL.UTF-8', LANG: 'en_US.UTF-8' })).toBe('pl');
    expect(cliLocale({ LC_MESSAGES: 'en_US.UTF-8', LANG: 'pl_PL.UTF-8' })).toBe('en');
    expect(cliLocale({ LC_ALL: 'C', LC_MESSAGES: 'pl_PL.UTF-8', LANG: 'pl_PL.UTF-8' })).toBe('en');
    expect(cliLocale({ LC_ALL: 'pl_PL.UTF-8', LC_MESSAGES: 'en_US.UTF-8', LANG: 'en_US.UTF-8' })).toBe('pl');
    expect(cliLocale({ LC_ALL: '', LANG: 'pl_PL.UTF-8' })).toBe('pl');
    expect(cliLocale({ LC_ALL: '', LC_MESSAGES: '', LANG: '' })).toBe('en');
  });
});

describe('requestedLang', () => {
  it('reads the last --lang naming pl or en, in either spelling, and nothing else', () => {
    expect(requestedLang(['--lang', 'en'])).toBe('en');
    expect(requestedLang(['--lang=pl', 'plik.csv'])).toBe('pl');
    expect(requestedLang(['--lang', 'pl', '--lang', 'en'])).toBe('en');
    expect(requestedLang(['--lang=de'])).toBeUndefined();
    expect(requestedLang(['--lang'])).toBeUndefined();
    expect(requestedLang([])).toBeUndefined();
    // The value of another option is not taken for --lang.
    const options = { 'stan-na': { type: 'string' }, lang: { type: 'string' } } as const;
    expect(requestedLang(['--stan-na', '--lang', 'en'], options)).toBeUndefined();
    expect(requestedLang(['--stan-na', '2024-01-01', '--lang', 'en'], options)).toBe('en');
  });
});
