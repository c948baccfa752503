import { describe, expect, it } from 'vitest';
import { affiliationsOn, PersonSchema, personName } from './person.js';
import { validate } from './validation.js';

describe('PersonSchema', () => {
  it('keeps the role title exactly as given', () => {
    const person = PersonSchema.parse({
      id: 'p',
      slug: 'khedi-alieva',
      givenName: 'Khedi',
      familyName: 'Alieva',
      affiliations: [{ organizationId: 'kw', role: 'współzałożycielka' }],
    });
    expect(person.affiliations[0]?.role).toBe('współzałożycielka');
  });

  it('an affiliation names an organisation or an authority, and its days are in order', () => {
    const base = { id: 'p', slug: 'p', givenName: 'A', familyName: 'B' };
    const r1 = validate(PersonSchema, { ...base, affiliations: [{ role: 'skarbniczka' }] }, 'en');
    expect(!r1.ok && r1.issues.map((i) => [i.path, i.code, i.message])).toEqual([
      ['affiliations[0].organizationId', 'affiliationParty', 'Organisation: name an organisation or an authority.'],
    ]);
    const r2 = validate(PersonSchema, {
      ...base,
      affiliations: [{ authorityId: 'a', from: '2026-02-01', to: '2026-01-01' }],
    });
    expect(!r2.ok && r2.issues.map((i) => [i.path, i.code])).toEqual([['affiliations[0].to', 'periodOrder']]);
    const r3 = validate(PersonSchema, { ...base, affiliations: [{ authorityId: 'a', from: 'zzz', to: '2026-01-01' }] });
    expect(!r3.ok && r3.issues.map((i) => [i.path, i.code])).toEqual([['affiliations[0].from', 'invalid_format']]);
  });
});

describe('personName and affiliationsOn', () => {
  it('shows the name with an honorific prefix', () => {
    expect(personName({ givenName: 'Khedi', familyName: 'Alieva' })).toBe('Khedi Alieva');
    expect(personName({ givenName: 'Weronika', familyName: 'Chodacz', honorificPrefix: 'dr' })).toBe(
      'dr Weronika Chodacz',
    );
  });

  it('picks affiliations valid on a day, open ends included', () => {
    const person = {
      affiliations: [
        { organizationId: 'a', from: '2020-01-01', to: '2025-12-31' },
        { organizationId: 'b', from: '2026-01-01' },
        { organizationId: 'c' },
        { organizationId: 'd', to: '2026-11-25' },
      ],
    };
    expect(affiliationsOn(person, '2026-11-26').map((a) => a.organizationId)).toEqual(['b', 'c']);
    expect(affiliationsOn(person, '2025-12-31').map((a) => a.organizationId)).toEqual(['a', 'c', 'd']);
  });
});
