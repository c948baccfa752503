import { IdSchema, InstantSchema, type Locale, NotFoundError, validate } from '@org/domain';
import type { Kysely } from 'kysely';
import { newId, nowIso, type StoreContext, write } from '../context.js';
import { MESSAGES, shown } from '../messages.js';
import type { Actor, ScheduledPublication, ScheduledRepository } from '../types.js';
import { insertAudit } from './audit.js';
import { validationError } from './validation-error.js';

interface ScheduledRow {
  id: string;
  entity: string;
  entity_id: string;
  at: string;
  actor_id: string | null;
  created_at: string;
  done_at: string | null;
}

const fromRow = (r: ScheduledRow): ScheduledPublication => ({
  id: r.id,
  entity: r.entity as ScheduledPublication['entity'],
  entityId: r.entity_id,
  at: r.at,
  actorId: r.actor_id,
  createdAt: r.created_at,
  doneAt: r.done_at,
});

// biome-ignore lint/suspicious/noExplicitAny: see DialectSeam.db
type Db = Kysely<any>;

/**
 * The audit entry of a cancelled publication, written with the cancel: the domain's `unschedule`, on the
 * record, with when it was to be published and the actor's note.
 */
async function auditCancel(
  ctx: StoreContext,
  db: Db,
  row: ScheduledRow,
  actor: Actor,
  note: (at: string) => string,
): Promise<void> {
  await insertAudit(ctx, db, {
    actorId: actor.userId,
    action: 'unschedule',
    entity: row.entity as ScheduledPublication['entity'],
    entityId: row.entity_id,
    before: { scheduledPublication: row.at },
    after: { scheduledPublication: null },
    note: `${note(row.at)}${actor.note ? `: ${actor.note}` : ''}`.slice(0, 2000),
  });
}

/**
 * Cancels every pending publication of a record that is being deleted, in the delete's transaction `db`,
 * each audited as `cancel` audits it (with a note saying the record was deleted) when there is an actor.
 * A publisher that claimed one first has published it already; one that comes later finds nothing to claim.
 */
export async function cancelPendingOnDelete(
  ctx: StoreContext,
  db: Db,
  entity: ScheduledPublication['entity'],
  entityId: string,
  actor: Actor | undefined,
  locale: Locale,
): Promise<void> {
  // One statement claims them (as `cancel` does one), so a job a publisher marks done meanwhile is neither
  // deleted nor audited as cancelled.
  const rows = (await db
    .deleteFrom('scheduled_publications')
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .where('done_at', 'is', null)
    .returningAll()
    .execute()) as ScheduledRow[];
  rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  if (actor)
    for (const row of rows) await auditCancel(ctx, db, row, actor, MESSAGES.scheduledCancelledOnDelete[locale]);
}

/** Publications waiting for their time: a worker asks `due(now)`, publishes, then `markDone`. */
export function scheduledRepository(ctx: StoreContext): ScheduledRepository {
  return {
    async schedule(entity, id, at, actor) {
      const { locale } = ctx;
      const issues = [
        ...(entity === 'event' || entity === 'post'
          ? []
          : [
              {
                path: 'entity',
                field: 'entity',
                code: 'enum',
                message: MESSAGES.scheduledEntity[locale](shown(entity)),
              },
            ]),
        ...(validate(IdSchema, id).ok
          ? []
          : [{ path: 'id', field: 'id', code: 'id', message: MESSAGES.scheduledId[locale](shown(id)) }]),
        ...(validate(InstantSchema, at).ok
          ? []
          : [
              {
                path: 'at',
                field: 'at',
                code: 'instant',
                message: MESSAGES.scheduledAt[locale](shown(at)),
              },
            ]),
      ];
      if (issues.length) throw validationError('scheduled publication', issues, locale);
      const row: ScheduledRow = {
        id: newId(ctx),
        entity,
        entity_id: id,
        // Stored in UTC so that `due` compares instants, not strings with different offsets.
        at: new Date(at).toISOString(),
        actor_id: actor?.userId ?? null,
        created_at: nowIso(ctx),
        done_at: null,
      };
      await write(ctx, async (db) => {
        const table = entity === 'event' ? 'events' : 'posts';
        // The delete of the record takes this id's lock exclusively before it cancels the record's pending
        // publications: this either commits first (and is cancelled) or waits and then finds it deleted.
        await ctx.seam.lockRecords(db, [id], 'shared');
        const target = await db
          .selectFrom(table)
          .select('id')
          .where('id', '=', id)
          .where('deleted_at', 'is', null)
          .executeTakeFirst();
        if (!target) throw new NotFoundError(entity, id);
        await db.insertInto('scheduled_publications').values(row).execute();
        // Who set the record to be published when: audited on the record, in the same transaction.
        if (actor)
          await insertAudit(ctx, db, {
            actorId: actor.userId,
            action: 'schedule',
            entity,
            entityId: id,
            before: null,
            after: { scheduledPublication: row.at },
            note: `${MESSAGES.scheduledFor[locale](row.at)}${actor.note ? `: ${actor.note}` : ''}`.slice(0, 2000),
          });
      });
      return fromRow(row);
    },

    async due(now) {
      const rows = await ctx.db
        .selectFrom('scheduled_publications')
        .selectAll()
        .where('done_at', 'is', null)
        .where('at', '<=', new Date(now).toISOString())
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map((r) => fromRow(r as ScheduledRow));
    },

    async markDone(id) {
      await write(ctx, async (db) => {
        const result = await db
          .updateTable('scheduled_publications')
          .set({ done_at: nowIso(ctx) })
          .where('id', '=', id)
          .where('done_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw new NotFoundError('scheduled publication', id);
      });
    },

    async cancel(id, actor) {
      const { locale } = ctx;
      if (!validate(IdSchema, id).ok)
        throw validationError(
          'scheduled publication',
          [{ path: 'id', field: 'id', code: 'id', message: MESSAGES.scheduledId[locale](shown(id)) }],
          locale,
        );
      return write(ctx, async (db) => {
        const row = (await db
          .selectFrom('scheduled_publications')
          .selectAll()
          .where('id', '=', id)
          .where('done_at', 'is', null)
          .executeTakeFirst()) as ScheduledRow | undefined;
        if (!row) throw new NotFoundError('scheduled publication', id);
        // The same claim as `markDone`'s: of a cancel and a publisher that are both after this row, one
        // wins, and the other finds nothing to do (publishDue skips a job it could not claim).
        const result = await db
          .deleteFrom('scheduled_publications')
          .where('id', '=', id)
          .where('done_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numDeletedRows) !== 1) throw new NotFoundError('scheduled publication', id);
        if (actor) await auditCancel(ctx, db, row, actor, MESSAGES.scheduledCancelled[locale]);
        return fromRow(row);
      });
    },

    async list() {
      const rows = await ctx.db
        .selectFrom('scheduled_publications')
        .selectAll()
        .where('done_at', 'is', null)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map((r) => fromRow(r as ScheduledRow));
    },
  };
}
