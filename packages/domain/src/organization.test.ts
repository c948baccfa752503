import { describe, expect, it } from 'vitest';
import { LEGAL_FORM_LABELS, label } from './labels.js';
import { LEGAL_FORMS, OrganizationSchema } from './organization.js';
import { validate } from './validation.js';

const wosp = {
  id: 'wosp',
  slug: 'fundacja-wosp',
  name: 'Fundacja Wielka Orkiestra Świątecznej Pomocy',
  legalForm: 'fundacja',
  krs: '30897',
  nip: '521-300-37-00',
  opp: true,
  address: { street: 'ul. Dominikańska 19 C', postalCode: '02-738', city: 'Warszawa' },
  website: 'https://www.wosp.org.pl/',
};

describe('OrganizationSchema', () => {
  it('parses a real organisation into canonical identifiers', () => {
    const parsed = OrganizationSchema.parse(wosp);
    expect(parsed).toMatchObject({ krs: '0000030897', nip: '5213003700', opp: true });
    expect(parsed.address?.country).toBe('PL');
  });

  it('defaults opp to false and leaves unknown identifiers empty', () => {
    const parsed = OrganizationSchema.parse({ id: 'o', slug: 'o', name: 'Transfer HUB', legalForm: 'inna' });
    expect(parsed.opp).toBe(false);
    expect([parsed.krs, parsed.nip, parsed.regon]).toEqual([undefined, undefined, undefined]);
  });

  it('an OPP needs a KRS number (the status is entered in KRS)', () => {
    const { krs: _, ...withoutKrs } = wosp;
    const result = validate(OrganizationSchema, withoutKrs, 'pl');
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([['krs', 'oppNeedsKrs']]);
    expect(validate(OrganizationSchema, { ...withoutKrs, opp: false }).ok).toBe(true);
  });

  it('keeps an ordinary association in the starosta’s register without a KRS number', () => {
    const result = validate(OrganizationSchema, {
      id: 'sz',
      slug: 'sz',
      name: 'Stowarzyszenie zwykłe Sąsiedzi',
      legalForm: 'stowarzyszenie_zwykle',
      otherRegister: { register: 'ewidencja_starosty', number: '12/2024', keptBy: 'Starosta Wołomiński' },
    });
    expect(result.ok).toBe(true);
  });

  it('refuses an unknown legal form and bad identifiers, each under its own field', () => {
    const result = validate(OrganizationSchema, { ...wosp, legalForm: 'spółka', regon: '123456786', krs: '0' }, 'en');
    expect(!result.ok && result.issues.map((i) => i.path).sort()).toEqual(['krs', 'legalForm', 'regon']);
  });

  it('every legal form has a Polish and an English label', () => {
    for (const form of LEGAL_FORMS) {
      expect(label(LEGAL_FORM_LABELS, form, 'pl')).toBeTruthy();
      expect(label(LEGAL_FORM_LABELS, form, 'en')).toBeTruthy();
    }
    expect(label(LEGAL_FORM_LABELS, 'spoldzielnia_socjalna', 'en')).toBe('social cooperative');
    expect(label(LEGAL_FORM_LABELS, 'kolo_gospodyn_wiejskich')).toBe('koło gospodyń wiejskich');
  });
});
