import { AuditEntrySchema, EntityKindSchema, errorFor, InstantSchema, MostyError } from '@org/domain';
import { z } from 'zod';
import { write } from './context.js';
import { ENTITY_DEFS, type EntityDef } from './entities.js';
import { MESSAGES } from './messages.js';
import { contextOf } from './open-store.js';
import { type AuditRow, auditFromRow } from './repositories/audit.js';
import { insertRecords, type RecordState, readAllRecords, validateEntity } from './repositories/entity-repository.js';
import { readFormerSlugs } from './repositories/former-slugs.js';
import { polishSortKey } from './sort-key.js';
import type { Store } from './types.js';

/**
 * A record's timestamp as the store keeps it, whatever offset the dump writes it with: `toISOString()`'s UTC form,
 * which both dialects compare as text (`updatedSince`, sorting by updatedAt). '2026-11-27T10:00:00+01:00' kept as
 * given would sort after '2026-11-27T09:30:00.000Z'. Years outside 0000–9999 have no such form.
 */
const StoredInstantSchema = InstantSchema.transform((text) => new Date(Date.parse(text)).toISOString()).refine(
  (iso) => iso.length === 24,
  'an instant between the years 0000 and 9999 (UTC)',
);

const RecordSchema = z.object({
  value: z.record(z.string(), z.unknown()),
  meta: z.object({
    version: z.number().int().min(1),
    createdAt: StoredInstantSchema,
    updatedAt: StoredInstantSchema,
  }),
  deletedAt: z.string().nullable(),
});

/** The portable dump: plain JSON, the same from either dialect, restorable into either. */
export const StoreDumpSchema = z.object({
  format: z.literal('mosty-dump'),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  entities: z.record(z.string(), z.array(RecordSchema)),
  /** The TERC register's names of imported authorities (what the next import compares with). */
  authorityRegisterNames: z.record(z.string(), z.string()),
  users: z.array(
    z.object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      role: z.string(),
      disabled: z.boolean(),
      passwordHash: z.string(),
      version: z.number().int(),
      createdAt: z.string(),
      updatedAt: z.string(),
      /** When its personal data was erased (`users.erase`); absent in dumps made before. */
      erasedAt: z.string().optional(),
    }),
  ),
  audit: z.array(AuditEntrySchema),
  scheduled: z.array(
    z.object({
      id: z.string(),
      entity: z.enum(['event', 'post']),
      entityId: z.string(),
      at: z.string(),
      actorId: z.string().nullable(),
      createdAt: z.string(),
      doneAt: z.string().nullable(),
    }),
  ),
  /** Reviewers' comments; absent in dumps made before comments existed. */
  comments: z
    .array(
      z.object({
        id: z.string(),
        entity: EntityKindSchema,
        entityId: z.string(),
        authorId: z.string(),
        body: z.string(),
        at: z.string(),
      }),
    )
    .default([]),
  /** Slugs records gave up, each naming the record (see `getByFormerSlug`); absent in dumps made before them. */
  formerSlugs: z
    .array(
      z.object({
        entity: EntityKindSchema.exclude(['user']),
        slug: z.string(),
        entityId: z.string(),
        replacedAt: z.string(),
      }),
    )
    .default([]),
});
export type StoreDump = z.infer<typeof StoreDumpSchema>;

const TABLES_TO_CHECK = [
  'users',
  'audit_log',
  'scheduled_publications',
  'comments',
  'former_slugs',
  ...ENTITY_DEFS.map((d) => d.table),
];

/**
 * Everything the store keeps except sign-in sessions (they die with a restore on purpose), as
 * portable JSON: domain values with their versions, timestamps and deletion marks, users with their
 * password hashes, the audit log, scheduled publications, reviewers' comments and the slugs records
 * gave up (not rate-limit counters, which are not data). Rows come in id order (former slugs by kind
 * and slug), so two dumps of equal data are equal.
 *
 * @example
 * const dump = await dumpStore(sqliteStore);
 * await restoreStore(postgresStore, dump);
 */
export async function dumpStore(store: Store): Promise<StoreDump> {
  const { db, now, locale } = contextOf(store);
  const entities: StoreDump['entities'] = {};
  for (const def of ENTITY_DEFS)
    entities[def.kind] = (await readAllRecords(
      db,
      def as EntityDef<unknown, unknown>,
      locale,
    )) as StoreDump['entities'][string];
  const names = await db
    .selectFrom('authorities')
    .select(['id', 'terc_name'])
    .where('terc_name', 'is not', null)
    .orderBy('id')
    .execute();
  const users = await db.selectFrom('users').selectAll().orderBy('id').execute();
  const audit = await db.selectFrom('audit_log').selectAll().orderBy('id').execute();
  const scheduled = await db.selectFrom('scheduled_publications').selectAll().orderBy('id').execute();
  const comments = await db.selectFrom('comments').selectAll().orderBy('id').execute();
  const formerSlugs = await readFormerSlugs(db);
  return {
    format: 'mosty-dump',
    formatVersion: 1,
    createdAt: now().toISOString(),
    entities,
    authorityRegisterNames: Object.fromEntries(names.map((r) => [r.id, r.terc_name])),
    users: users.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      disabled: Number(u.disabled) === 1,
      passwordHash: u.password_hash,
      version: Number(u.version),
      createdAt: u.created_at,
      updatedAt: u.updated_at,
      ...(u.erased_at ? { erasedAt: u.erased_at } : {}),
    })),
    audit: audit.map((r) => auditFromRow(r as AuditRow)),
    scheduled: scheduled.map((r) => ({
      id: r.id,
      entity: r.entity,
      entityId: r.entity_id,
      at: r.at,
      actorId: r.actor_id,
      createdAt: r.created_at,
      doneAt: r.done_at,
    })),
    comments: comments.map((r) => ({
      id: r.id,
      entity: r.entity,
      entityId: r.entity_id,
      authorId: r.author_id,
      body: r.body,
      at: r.at,
    })),
    formerSlugs: formerSlugs.map((r) => ({
      entity: r.entity as StoreDump['formerSlugs'][number]['entity'],
      slug: r.slug,
      entityId: r.entity_id,
      replacedAt: r.replaced_at,
    })),
  };
}

/**
 * Restores a dump into an empty store of either dialect, in one transaction: all of it or nothing.
 * Every domain value is validated again on the way in. Its errors speak the store's language
 * (`openStore`'s `locale`).
 *
 * @example
 * await restoreStore(await openStore('postgres://…'), JSON.parse(readFileSync('dump.json', 'utf8')))
 */
export async function restoreStore(store: Store, input: unknown): Promise<void> {
  const ctx = contextOf(store);
  const parsed = StoreDumpSchema.safeParse(input, { error: errorFor(ctx.locale) });
  if (!parsed.success)
    throw new MostyError(
      'DUMP_INVALID',
      MESSAGES.dumpInvalid[ctx.locale](parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`)),
    );
  const dump = parsed.data;
  await write(ctx, async (db) => {
    for (const table of TABLES_TO_CHECK) {
      const any = await db.selectFrom(table).select(db.fn.countAll().as('n')).executeTakeFirstOrThrow();
      if (Number(any.n) > 0)
        throw new MostyError('RESTORE_NOT_EMPTY', MESSAGES.restoreNotEmpty[ctx.locale](table, String(any.n)));
    }
    const names = dump.authorityRegisterNames;
    for (const def of ENTITY_DEFS) {
      const records = (dump.entities[def.kind] ?? []).map(
        (r): RecordState<unknown> => ({
          ...r,
          value: validateEntity(def as EntityDef<unknown, unknown>, r.value, ctx.locale),
        }),
      );
      await insertRecords(
        db,
        def as EntityDef<unknown, unknown>,
        records,
        def.kind === 'authority' ? (s) => ({ terc_name: names[(s.value as { id: string }).id] ?? null }) : undefined,
      );
    }
    for (const u of dump.users)
      await db
        .insertInto('users')
        .values({
          id: u.id,
          email: u.email,
          name: u.name,
          sort_key: polishSortKey(u.name),
          role: u.role,
          disabled: u.disabled ? 1 : 0,
          password_hash: u.passwordHash,
          version: u.version,
          created_at: u.createdAt,
          updated_at: u.updatedAt,
          erased_at: u.erasedAt ?? null,
        })
        .execute();
    for (const a of dump.audit)
      await db
        .insertInto('audit_log')
        .values({
          id: a.id,
          at: a.at,
          actor_id: a.actorId,
          action: a.action,
          entity: a.entity,
          entity_id: a.entityId,
          before: a.before === null || a.before === undefined ? null : JSON.stringify(a.before),
          after: a.after === null || a.after === undefined ? null : JSON.stringify(a.after),
          note: a.note ?? null,
        })
        .execute();
    for (const s of dump.scheduled)
      await db
        .insertInto('scheduled_publications')
        .values({
          id: s.id,
          entity: s.entity,
          entity_id: s.entityId,
          at: s.at,
          actor_id: s.actorId,
          created_at: s.createdAt,
          done_at: s.doneAt,
        })
        .execute();
    for (const c of dump.comments)
      await db
        .insertInto('comments')
        .values({
          id: c.id,
          entity: c.entity,
          entity_id: c.entityId,
          author_id: c.authorId,
          body: c.body,
          at: c.at,
        })
        .execute();
    for (const f of dump.formerSlugs)
      await db
        .insertInto('former_slugs')
        .values({ entity: f.entity, slug: f.slug, entity_id: f.entityId, replaced_at: f.replacedAt })
        .execute();
  });
}
