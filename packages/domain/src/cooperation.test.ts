import { describe, expect, it } from 'vitest';
import { COOPERATION_FORMS, CooperationSchema } from './cooperation.js';
import { COOPERATION_FORM_LABELS, label } from './labels.js';
import { validate } from './validation.js';

describe('CooperationSchema', () => {
  const base = { id: 'c', slug: 'c', authorityId: 'wol', form: 'inna' };
  it('names the organisation, or describes it as the source does', () => {
    expect(validate(CooperationSchema, { ...base, organizationId: 'fise' }).ok).toBe(true);
    expect(
      validate(CooperationSchema, { ...base, organizationDescription: 'spółdzielnia socjalna (nazwy nie podano)' }).ok,
    ).toBe(true);
    const r = validate(CooperationSchema, base, 'en');
    expect(!r.ok && r.issues.map((i) => [i.path, i.code])).toEqual([['organizationId', 'affiliationParty']]);
  });

  it('every form of art. 5 ust. 2 has labels', () => {
    for (const form of COOPERATION_FORMS) {
      expect(label(COOPERATION_FORM_LABELS, form, 'pl')).toBeTruthy();
      expect(label(COOPERATION_FORM_LABELS, form, 'en')).toBeTruthy();
    }
  });
});
