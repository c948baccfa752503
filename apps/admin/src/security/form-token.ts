import type { AdminStore } from '../store-contract.js';

/** How long a create form's token is remembered: a page left open overnight and sent twice is still caught. */
export const FORM_TOKEN_WINDOW_MS = 86_400_000;

/** A token as `newId` makes them (a UUID): anything else a post carries is not one of ours. */
const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The create form's one-time token of a post, or null when it has none (a form opened before tokens existed). */
export const formToken = (raw: string): string | null => (TOKEN.test(raw) ? raw : null);

/**
 * Uses a create form's token: true the first time, false for every later post of the same form (a double click,
 * a resend after a slow answer). Counted in `store.rateLimits`, one atomic UPSERT, so two posts racing in two
 * admin processes create one record between them.
 */
export async function useFormToken(store: Pick<AdminStore, 'rateLimits'>, token: string): Promise<boolean> {
  return (await store.rateLimits.hit(`form:${token}`, FORM_TOKEN_WINDOW_MS, 1)).allowed;
}
