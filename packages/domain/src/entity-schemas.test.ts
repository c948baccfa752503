import { describe, expect, it } from 'vitest';
import { ENTITY_SCHEMAS } from './entity-schemas.js';
import { EntityKindSchema } from './user.js';
import { validate } from './validation.js';

describe('ENTITY_SCHEMAS', () => {
  it('has a schema for every kind of record, and none for staff accounts', () => {
    expect(Object.keys(ENTITY_SCHEMAS).sort()).toEqual(EntityKindSchema.options.filter((k) => k !== 'user').sort());
  });

  it('checks a record of the kind it is given', () => {
    const address = { street: 'ul. Jagiellońska 56', city: 'Warszawa' };
    const empty = validate(ENTITY_SCHEMAS.venue, { id: 'v1', slug: 'sala', name: '', address }, 'pl');
    expect(empty.ok ? [] : empty.issues.map((i) => i.path)).toEqual(['name']);
    expect(validate(ENTITY_SCHEMAS.venue, { id: 'v1', slug: 'sala', name: 'Sala', address }, 'pl').ok).toBe(true);
  });
});
