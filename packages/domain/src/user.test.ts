import { describe, expect, it } from 'vitest';
import { AuditEntrySchema, can, PasswordSchema, RecordMetaSchema, USER_ROLES, UserSchema } from './user.js';

describe('can', () => {
  it('follows the role table', () => {
    const table = Object.fromEntries(
      USER_ROLES.map((role) => [
        role,
        (['read', 'comment', 'edit', 'publish', 'manageUsers'] as const).filter((action) => can(role, action)),
      ]),
    );
    expect(table).toEqual({
      administrator: ['read', 'comment', 'edit', 'publish', 'manageUsers'],
      editor: ['read', 'comment', 'edit', 'publish'],
      reviewer: ['read', 'comment'],
    });
  });
});

describe('user schemas', () => {
  it('lower-cases e-mail and defaults to enabled', () => {
    expect(UserSchema.parse({ id: 'u1', email: 'Anna.Nowak@Example.ORG', name: 'Anna Nowak', role: 'editor' })).toEqual(
      {
        id: 'u1',
        email: 'anna.nowak@example.org',
        name: 'Anna Nowak',
        role: 'editor',
        disabled: false,
      },
    );
    expect(UserSchema.safeParse({ id: 'u1', email: 'nope', name: 'A', role: 'editor' }).success).toBe(false);
    expect(UserSchema.safeParse({ id: 'u1', email: 'a@b.pl', name: 'A', role: 'owner' }).success).toBe(false);
  });

  it('passwords are 12 to 256 characters', () => {
    expect(PasswordSchema.safeParse('x'.repeat(11)).success).toBe(false);
    expect(PasswordSchema.safeParse('x'.repeat(12)).success).toBe(true);
    expect(PasswordSchema.safeParse('x'.repeat(257)).success).toBe(false);
  });

  it('an audit entry may have no actor (a system import) and keeps before and after as given', () => {
    const entry = {
      id: 'a1',
      at: '2026-11-26T10:00:00Z',
      actorId: null,
      action: 'import',
      entity: 'event',
      entityId: 'e1',
      before: null,
      after: { title: 'x' },
    };
    expect(AuditEntrySchema.parse(entry)).toEqual(entry);
    expect(AuditEntrySchema.safeParse({ ...entry, entity: 'table' }).success).toBe(false);
  });

  it('record versions start at 1', () => {
    const meta = { version: 1, createdAt: '2026-11-26T10:00:00Z', updatedAt: '2026-11-26T10:00:00Z' };
    expect(RecordMetaSchema.parse(meta)).toEqual(meta);
    expect(RecordMetaSchema.safeParse({ ...meta, version: 0 }).success).toBe(false);
  });
});
