import { z } from 'zod';
import { EmailSchema, IdSchema, InstantSchema, textSchema } from './common.js';
import { secretSchema } from './secret.js';

/**
 * Roles in the admin area. `administrator`: everything, users included; `editor`: all content and
 * publishing; `reviewer`: reads everything and comments, never publishes.
 */
export const USER_ROLES = ['administrator', 'editor', 'reviewer'] as const;
export const UserRoleSchema = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof UserRoleSchema>;

/** A member of staff. The password hash lives in the store only, never in a domain value. */
export const UserSchema = z.object({
  id: IdSchema,
  email: EmailSchema.transform((e) => e.toLowerCase()),
  name: textSchema(200),
  role: UserRoleSchema,
  disabled: z.boolean().default(false),
});
export type User = z.infer<typeof UserSchema>;
export type UserInput = z.input<typeof UserSchema>;

/**
 * A password as staff choose it: long enough to resist guessing, short enough to hash quickly. A
 * secret (`secretSchema`): messages about it never repeat it.
 */
export const PasswordSchema = secretSchema(z.string().min(12).max(256));
export type Password = z.infer<typeof PasswordSchema>;

/**
 * What an actor may do. Every admin route asks this, on the server.
 *
 * @example
 * can('reviewer', 'publish') // false
 */
export function can(role: UserRole, action: 'read' | 'comment' | 'edit' | 'publish' | 'manageUsers'): boolean {
  switch (action) {
    case 'read':
    case 'comment':
      return true;
    case 'edit':
    case 'publish':
      return role === 'administrator' || role === 'editor';
    case 'manageUsers':
      return role === 'administrator';
  }
}

/** The entity kinds the store keeps and the audit log names. */
export const ENTITY_KINDS = [
  'event',
  'organization',
  'authority',
  'venue',
  'person',
  'grant',
  'post',
  'cooperation',
  'user',
] as const;
export const EntityKindSchema = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKindSchema>;

/**
 * What an audit entry records: a change, a publication, a sign-in, an override, a reviewer's comment, a
 * publication scheduled for a time (`schedule`) or a scheduled one called off (`unschedule`), a staff account's
 * personal data erased (`erase`, RODO art. 17).
 */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'import',
  'login',
  'logout',
  'override',
  'comment',
  'publish_refused',
  'schedule',
  'unschedule',
  'erase',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One entry of the audit log: who did what to which record, when, with the record before and after. */
export const AuditEntrySchema = z.object({
  id: IdSchema,
  at: InstantSchema,
  actorId: IdSchema.nullable(),
  action: z.enum(AUDIT_ACTIONS),
  entity: EntityKindSchema,
  entityId: IdSchema,
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  note: textSchema(2000).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** Metadata every stored record carries: its version (for optimistic concurrency) and timestamps. */
export const RecordMetaSchema = z.object({
  version: z.number().int().min(1),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type RecordMeta = z.infer<typeof RecordMetaSchema>;
