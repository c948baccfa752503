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

  it.each([
    ['stowarzyszenie_zwykle', 'krsOrdinaryAssociation', /ewidencji stowarzyszeń zwykłych prowadzonej przez starostę/],
    ['kolo_gospodyn_wiejskich', 'krsRuralWomensCircle', /Krajowego Rejestru Kół Gospodyń Wiejskich/],
  ])('refuses a KRS number for %s, which is registered outside KRS', (legalForm, code, message) => {
    const org = { id: 'o', slug: 'o', name: 'Sąsiedzi', legalForm, krs: '30897' };
    const pl = validate(OrganizationSchema, org, 'pl');
    expect(!pl.ok && pl.issues.map((i) => [i.path, i.code])).toEqual([['krs', code]]);
    expect(!pl.ok && pl.issues[0]?.message).toMatch(message);
    expect(!pl.ok && pl.issues[0]?.message).toMatch(/^KRS: .*„Inny rejestr”/);
    const en = validate(OrganizationSchema, org, 'en');
    expect(!en.ok && en.issues[0]?.message).toMatch(/^KRS number: an? .* has no KRS number/);
    const { krs: _, ...withoutKrs } = org;
    expect(validate(OrganizationSchema, withoutKrs).ok).toBe(true);
    expect(validate(OrganizationSchema, { ...org, legalForm: 'stowarzyszenie' }).ok).toBe(true);
  });

  it('an ordinary association or a KGW cannot be an OPP: the status is entered in KRS', () => {
    const org = { id: 'o', slug: 'o', name: 'KGW w Zalesiu', legalForm: 'kolo_gospodyn_wiejskich', opp: true };
    const result = validate(OrganizationSchema, org, 'pl');
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([['opp', 'oppOutsideKrs']]);
  });

  it('says a KRS number does not fit the legal form beside a missing name, not only once the name is given', () => {
    const org = { id: 'o', slug: 'o', legalForm: 'stowarzyszenie_zwykle', krs: '30897' };
    const result = validate(OrganizationSchema, org, 'pl');
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([
      ['name', 'invalid_type'],
      ['krs', 'krsOrdinaryAssociation'],
    ]);
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
