import { describe, expect, it } from 'vitest';
import { cliLocale } from './env.js';

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
