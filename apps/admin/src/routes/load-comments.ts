import type { Locale } from '@org/domain';
import type { AppDeps } from '../app-env.js';
import type { EntityDef } from '../forms/entities.js';
import type { StoredComment } from '../store-contract.js';
import { staffName } from '../views/staff-name.js';

/** A record's comments and their authors' names (`staffName`: `Name <e-mail>`), by user id. */
export async function loadComments(
  deps: AppDeps,
  def: EntityDef,
  id: string,
  locale: Locale,
): Promise<{ comments: StoredComment[]; names: Record<string, string> }> {
  const comments = await deps.store.comments.list(def.kind, id);
  const names: Record<string, string> = {};
  for (const authorId of new Set(comments.map((c) => c.authorId))) {
    const user = await deps.store.users.get(authorId);
    if (user) names[authorId] = staffName(user, locale);
  }
  return { comments, names };
}
