import type { Speaker, Venue } from '@org/domain';
import { describe, expect, it } from 'vitest';
import { speakerParty, venueLine } from './describe.js';
import { checkedLocale, checkedSiteUrl } from './options.js';
import { booleanText } from './table-spec.js';
import { toValidation } from './validate/issue.js';
import type { WorldIndex } from './world-index.js';

describe('the @examples of booleanText, checkedLocale, checkedSiteUrl, speakerParty, venueLine and toValidation', () => {
  it('booleanText', () => {
    expect(booleanText(true, 'pl')).toBe('tak');
    expect(booleanText(false, 'en')).toBe('no');
  });

  it('checkedLocale', () => {
    expect(checkedLocale('en')).toBe('en');
    expect(() => checkedLocale('de')).toThrow('@org/formats: options.locale must be "pl" or "en", got "de"');
  });

  it('checkedSiteUrl', () => {
    expect(checkedSiteUrl('https://mosty.example/')).toBe('https://mosty.example');
    expect(() => checkedSiteUrl('https://mosty.example/?a=1')).toThrow(
      '@org/formats: options.siteUrl must be an origin and path without a query or fragment, got "https://mosty.example/?a=1"',
    );
  });

  it('speakerParty', () => {
    const world = {
      organizations: new Map(),
      authorities: new Map([['wol', { name: 'Powiat Wołomiński' }]]),
    } as unknown as Pick<WorldIndex, 'organizations' | 'authorities'>;
    const reps = (s: object) => ({ kind: 'representatives', ...s }) as Speaker;
    expect(speakerParty(reps({ authorityId: 'wol', description: 'urzędnicy powiatu' }), world)).toBe(
      'Powiat Wołomiński',
    );
    expect(speakerParty(reps({ description: 'przedstawiciele spółdzielni' }), world)).toBeUndefined();
  });

  it('venueLine', () => {
    const venue = {
      name: 'Centrum Konferencyjne',
      address: { street: 'ul. Jagiellońska 54', postalCode: '03-463', city: 'Warszawa', country: 'PL' },
    } as Venue;
    expect(venueLine(venue)).toBe('Centrum Konferencyjne, ul. Jagiellońska 54, 03-463 Warszawa');
  });

  it('toValidation', () => {
    expect(toValidation([])).toEqual({ ok: true });
    expect(toValidation([{ path: 'startDate', message: 'is required' }])).toEqual({
      ok: false,
      issues: [{ path: 'startDate', message: 'is required' }],
    });
  });
});
