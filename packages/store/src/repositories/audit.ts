import { type AuditEntry, AuditEntrySchema, validate } from '@org/domain';
import type { Kysely } from 'kysely';
import { newId, nowIso, pageBounds, type StoreContext, write } from '../context.js';
import { holdsNul } from '../text-guard.js';
import type { AuditQuery, AuditRepository, Page } from '../types.js';
import { validationError } from './validation-error.js';

/** What a writer says of an audit entry; the id and the time default to new ones. */
export type AuditInput = Omit<AuditEntry, 'id' | 'at'> & Partial<Pick<AuditEntry, 'id' | 'at'>>;

// A type, not an interface, so that rows are the `Record<string, unknown>` the seam's bulk insert takes.
export type AuditRow = {
  id: string;
  at: string;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
  note: string | null;
};

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

/** The entry `input` describes, validated with the domain's schema, and its row. */
function auditRecord(ctx: StoreContext, input: AuditInput): { entry: AuditEntry; row: AuditRow } {
  const checked = validate(
    AuditEntrySchema,
    { ...input, id: input.id ?? newId(ctx), at: input.at ?? nowIso(ctx) },
    ctx.locale,
  );
  if (!checked.ok) throw validationError('audit entry', checked.issues, ctx.locale);
  const entry = checked.value;
  return {
    entry,
    row: {
      id: entry.id,
      at: entry.at,
      actor_id: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: json(entry.before),
      after: json(entry.after),
      note: entry.note ?? null,
    },
  };
}

/** Writes one audit entry with the given handle, so it commits with the change it describes. */
export async function insertAudit(
  ctx: StoreContext,
  // biome-ignore lint/suspicious/noExplicitAny: see DialectSeam.db
  db: Kysely<any>,
  input: AuditInput,
): Promise<AuditEntry> {
  const { entry, row } = auditRecord(ctx, input);
  await db.insertInto('audit_log').values(row).execute();
  return entry;
}

/**
 * Writes many audit entries with the given handle, by the dialect's bulk insert (`DialectSeam.insertRows`),
 * so they commit with the changes they describe: an import of the TERC register audits thousands of
 * records in a few statements, not one statement each. Every entry is validated before any is written.
 */
export async function insertAudits(
  ctx: StoreContext,
  // biome-ignore lint/suspicious/noExplicitAny: see DialectSeam.db
  db: Kysely<any>,
  inputs: readonly AuditInput[],
): Promise<AuditEntry[]> {
  const records = inputs.map((input) => auditRecord(ctx, input));
  await ctx.seam.insertRows(
    db,
    'audit_log',
    records.map((r) => r.row),
  );
  return records.map((r) => r.entry);
}

export function auditFromRow(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    action: row.action as AuditEntry['action'],
    entity: row.entity as AuditEntry['entity'],
    entityId: row.entity_id,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
    ...(row.note === null ? {} : { note: row.note }),
  };
}

/** The audit log: who did what to which record, when, with the record before and after. */
export function auditRepository(ctx: StoreContext): AuditRepository {
  return {
    record: (entry) => write(ctx, (db) => insertAudit(ctx, db, entry)),
    async list(query: AuditQuery = {}): Promise<Page<AuditEntry>> {
      const { limit, offset } = pageBounds(query, ctx.locale);
      if (holdsNul([query.entity, query.entityId, query.actorId])) return { items: [], total: 0, limit, offset };
      let base = ctx.db.selectFrom('audit_log');
      if (query.entity) base = base.where('entity', '=', query.entity);
      if (query.entityId) base = base.where('entity_id', '=', query.entityId);
      if (query.actorId) base = base.where('actor_id', '=', query.actorId);
      const total = await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const rows = await base
        .selectAll()
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      return { items: rows.map((r) => auditFromRow(r as AuditRow)), total: Number(total.n), limit, offset };
    },
  };
}
