import { EntityKindSchema, IdSchema, NotFoundError, textSchema, validate } from '@org/domain';
import { z } from 'zod';
import { newId, nowIso, type StoreContext, write } from '../context.js';
import { ENTITY_DEFS } from '../entities.js';
import { holdsNul } from '../text-guard.js';
import type { CommentRepository, StoredComment } from '../types.js';
import { insertAudit } from './audit.js';
import { validationError } from './validation-error.js';

const CommentInputSchema = z.object({
  entity: EntityKindSchema,
  entityId: IdSchema,
  authorId: IdSchema,
  body: textSchema(5000),
});

interface CommentRow {
  id: string;
  entity: string;
  entity_id: string;
  author_id: string;
  body: string;
  at: string;
}

const fromRow = (r: CommentRow): StoredComment => ({
  id: r.id,
  entity: r.entity as StoredComment['entity'],
  entityId: r.entity_id,
  authorId: r.author_id,
  body: r.body,
  at: r.at,
});

const TABLE_OF: Record<string, string> = Object.fromEntries(ENTITY_DEFS.map((d) => [d.kind, d.table]));

/**
 * Reviewers' comments on any record: validated (the body trimmed, 1–5000 characters), written with
 * the data version bump like every data write and an audit entry in the same transaction, listed
 * oldest first.
 *
 * @example
 * await store.comments.add({ entity: 'event', entityId: event.id, authorId: user.id, body: ' Popraw datę. ' })
 * // { id, entity: 'event', entityId, authorId, body: 'Popraw datę.', at: '2026-11-26T09:00:00.000Z' }
 */
export function commentRepository(ctx: StoreContext): CommentRepository {
  return {
    async add(input) {
      const checked = validate(CommentInputSchema, input, ctx.locale);
      if (!checked.ok) throw validationError('comment', checked.issues, ctx.locale);
      const { entity, entityId, authorId, body } = checked.value;
      const row: CommentRow = {
        id: newId(ctx),
        entity,
        entity_id: entityId,
        author_id: authorId,
        body,
        at: nowIso(ctx),
      };
      await write(ctx, async (db) => {
        const author = await db.selectFrom('users').select('id').where('id', '=', authorId).executeTakeFirst();
        if (!author) throw new NotFoundError('user', authorId);
        const table = TABLE_OF[entity];
        let target = db
          .selectFrom(table ?? 'users')
          .select('id')
          .where('id', '=', entityId);
        if (table) target = target.where('deleted_at', 'is', null);
        if (!(await target.executeTakeFirst())) throw new NotFoundError(entity, entityId);
        await db.insertInto('comments').values(row).execute();
        // The record's history shows who commented and what, beside its changes.
        await insertAudit(ctx, db, {
          actorId: authorId,
          action: 'comment',
          entity,
          entityId,
          before: null,
          after: { body },
          at: row.at,
        });
      });
      return fromRow(row);
    },

    async list(entity, entityId) {
      if (holdsNul([entity, entityId])) return [];
      const rows = await ctx.db
        .selectFrom('comments')
        .selectAll()
        .where('entity', '=', entity)
        .where('entity_id', '=', entityId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map((r) => fromRow(r as CommentRow));
    },
  };
}
