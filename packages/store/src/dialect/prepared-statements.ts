import { createHash } from 'node:crypto';
import type pg from 'pg';

// PostgreSQL parses and plans every unnamed statement again: measured on the store's benchmark data, planning
// was 0.5–0.9 ms of a 2–4 ms page query, and a named statement cut the p50 of an event list page by a third and
// of a primary-key read by 40%. Kysely sends each query as its SQL text and parameters, so a connection names the
// statements it is sent and parses each once; PostgreSQL then plans it once, or again only while a custom plan
// looks cheaper (plan_cache_mode = auto).

/** Statements that PostgreSQL can prepare; DDL, `begin`, `set` and the like are sent as they are. */
const PREPARABLE = /^\s*(?:select|with|insert|update|delete)\b/i;
/**
 * At most this many named statements per connection: texts that differ in the number of items of an `in (…)`
 * list would otherwise each leave one behind, for as long as the connection lives.
 */
export const MAX_PREPARED_PER_CONNECTION = 200;
// The texts' digests, shared by all connections; past the bound a digest is computed each time.
const DIGESTS_KEPT = 10_000;
const digests = new Map<string, string>();

function digest(text: string): string {
  let d = digests.get(text);
  if (d === undefined) {
    d = createHash('sha1').update(text).digest('base64url').slice(0, 22);
    if (digests.size < DIGESTS_KEPT) digests.set(text, d);
  }
  return d;
}

/**
 * A named statement whose table changed under it since it was prepared (another process migrated): PostgreSQL
 * refuses to run the old plan when the result's columns change ("cached plan must not change result type",
 * feature_not_supported). Told by its code, since the message is in the server's language.
 */
const isStalePlan = (error: unknown) => (error as { code?: unknown } | null)?.code === '0A000';

type Query = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/**
 * Makes a pooled client send the store's queries as named (prepared) statements: each distinct SQL text is parsed
 * once per connection, under a name made from its digest. A statement made stale by a schema change is prepared
 * again under a new name, and run again at once when it failed outside a transaction (inside one, the transaction
 * has failed and its error is the caller's; the next one uses the new statement).
 *
 * @example
 * pool.on('connect', (client) => prepareStatements(client));
 */
export function prepareStatements(client: pg.ClientBase): void {
  const query = client.query.bind(client) as Query;
  const names = new Map<string, string>();
  let prepared = 0;
  let renamed = 0;
  const named: Query = (config, values, callback) => {
    if (
      typeof config !== 'string' ||
      !Array.isArray(values) ||
      values.length === 0 ||
      callback !== undefined ||
      !PREPARABLE.test(config)
    )
      return query(config, values, callback);
    let name = names.get(config);
    if (name === undefined) {
      if (prepared >= MAX_PREPARED_PER_CONNECTION) return query(config, values);
      name = `mosty_${digest(config)}_${renamed}`;
      names.set(config, name);
      prepared++;
    }
    const outside = client.getTransactionStatus() === 'I';
    return (query({ name, text: config, values }) as Promise<pg.QueryResult>).catch((error: unknown) => {
      if (!isStalePlan(error)) throw error;
      // The old statement stays on the server under its name (it cannot be dropped inside a failed
      // transaction); the next call prepares the text again under another.
      names.delete(config);
      renamed++;
      if (!outside) throw error;
      return query(config, values);
    });
  };
  client.query = named as typeof client.query;
}
