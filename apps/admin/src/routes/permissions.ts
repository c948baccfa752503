import { can, type UserRole } from '@org/domain';

/**
 * What a route needs: `public` (anyone, signed in or not), or one of the actions of `can()` from
 * `@org/domain`, checked on the server for every request.
 */
export type Permission = 'public' | 'read' | 'comment' | 'edit' | 'publish' | 'manageUsers';

/** Whether a signed-in role (or nobody, `null`) may use a route that needs `permission`. */
export function allowed(role: UserRole | null, permission: Permission): boolean {
  if (permission === 'public') return true;
  return role !== null && can(role, permission);
}
