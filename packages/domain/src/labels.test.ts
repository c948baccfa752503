import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AGENDA_ITEM_KINDS, AgendaItemSchema } from './agenda.js';
import { COOPERATION_FORMS, CooperationSchema } from './cooperation.js';
import { EVENT_STATUSES, EventSchema } from './event.js';
import { GrantSchema } from './grant.js';
import {
  AGENDA_KIND_LABELS,
  AUDIT_ACTION_LABELS,
  AUTHORITY_KIND_LABELS,
  COOPERATION_FORM_LABELS,
  ENTITY_KIND_LABELS,
  EVENT_STATUS_LABELS,
  FIELD_LABELS,
  GRANT_FORM_LABELS,
  GRANT_MODE_LABELS,
  LEGAL_FORM_LABELS,
  label,
  USER_ROLE_LABELS,
} from './labels.js';
import { AUTHORITY_KINDS, LocalAuthoritySchema } from './local-authority.js';
import { LEGAL_FORMS, OrganizationSchema } from './organization.js';
import { PersonSchema } from './person.js';
import { PostSchema } from './post.js';
import { AUDIT_ACTIONS, AuditEntrySchema, ENTITY_KINDS, RecordMetaSchema, USER_ROLES, UserSchema } from './user.js';
import { VenueSchema } from './venue.js';

/** Every property name in a schema, through optional, default, array, union and pipe wrappers. */
function fieldNames(schema: z.core.$ZodType, into = new Set<string>()): Set<string> {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const walk = (s: unknown) => fieldNames(s as z.core.$ZodType, into);
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, unknown>)) {
        into.add(key);
        walk(value);
      }
      break;
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
      walk(def.innerType);
      break;
    case 'array':
      walk(def.element);
      break;
    case 'union':
      for (const option of def.options as unknown[]) walk(option);
      break;
    case 'pipe':
      walk(def.in);
      walk(def.out);
      break;
  }
  return into;
}

const ENTITY_SCHEMAS = [
  EventSchema,
  AgendaItemSchema,
  OrganizationSchema,
  LocalAuthoritySchema,
  GrantSchema,
  PersonSchema,
  VenueSchema,
  PostSchema,
  CooperationSchema,
  UserSchema,
  AuditEntrySchema,
  RecordMetaSchema,
];

describe('labels', () => {
  it('every field of every entity schema has a Polish and an English label, so messages name it', () => {
    const names = new Set(ENTITY_SCHEMAS.flatMap((s) => [...fieldNames(s)]));
    expect(names.size).toBeGreaterThan(80);
    expect([...names].filter((n) => !FIELD_LABELS[n]?.pl || !FIELD_LABELS[n]?.en).sort()).toEqual([]);
  });

  it('names every value of every enumeration, no more and no fewer', () => {
    const keys = (table: object) => Object.keys(table).sort();
    expect(keys(LEGAL_FORM_LABELS)).toEqual([...LEGAL_FORMS].sort());
    expect(keys(AUTHORITY_KIND_LABELS)).toEqual([...AUTHORITY_KINDS].sort());
    expect(keys(EVENT_STATUS_LABELS)).toEqual([...EVENT_STATUSES].sort());
    expect(keys(AGENDA_KIND_LABELS)).toEqual([...AGENDA_ITEM_KINDS].sort());
    expect(keys(COOPERATION_FORM_LABELS)).toEqual([...COOPERATION_FORMS].sort());
    expect(keys(USER_ROLE_LABELS)).toEqual([...USER_ROLES].sort());
  });

  it('names every audit action and every entity kind the audit log records', () => {
    expect(Object.keys(AUDIT_ACTION_LABELS).sort()).toEqual([...AUDIT_ACTIONS].sort());
    expect(Object.keys(ENTITY_KIND_LABELS).sort()).toEqual([...ENTITY_KINDS].sort());
  });

  it('every value of every enum table has both labels', () => {
    for (const table of [
      LEGAL_FORM_LABELS,
      AUTHORITY_KIND_LABELS,
      EVENT_STATUS_LABELS,
      AGENDA_KIND_LABELS,
      GRANT_FORM_LABELS,
      GRANT_MODE_LABELS,
      COOPERATION_FORM_LABELS,
      ENTITY_KIND_LABELS,
      AUDIT_ACTION_LABELS,
      USER_ROLE_LABELS,
    ] as Record<string, { pl: string; en: string }>[])
      for (const key of Object.keys(table)) {
        expect(label(table, key, 'pl').length).toBeGreaterThan(0);
        expect(label(table, key, 'en').length).toBeGreaterThan(0);
      }
    expect(label(AUTHORITY_KIND_LABELS, 'miasto_na_prawach_powiatu')).toBe('miasto na prawach powiatu');
  });

  it('says a value it has no label for, naming the ones it has, instead of a TypeError', () => {
    expect(() => label(USER_ROLE_LABELS, 'nope' as 'editor')).toThrow(
      new RangeError('label: no label for "nope"; known: administrator, editor, reviewer.'),
    );
    expect(() => label(USER_ROLE_LABELS, 'toString' as 'editor')).toThrow(RangeError);
  });
});
