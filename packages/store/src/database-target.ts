import { resolve } from 'node:path';

/** What `openStore` makes of a database's address. */
export type DatabaseTarget =
  | { kind: 'postgres' }
  | { kind: 'memory' }
  | { kind: 'sqlite'; path: string }
  | { kind: 'unsupported' };

/**
 * Reads a database's address as `openStore` does (and the exporter, before it opens one): `postgres://` or `postgresql://` is PostgreSQL, `:memory:`
 * an empty database in memory, a `file:` or `sqlite:` URL or any other text a SQLite file. Text with any
 * other scheme (`mysql://x`) is `unsupported`: `openStore` refuses it instead of taking it for a relative
 * file path (`./mysql:/x`). At least two letters before the colon, so that a Windows drive (`C:\…`) stays a path.
 *
 * @example
 * databaseTarget('postgres://db/mosty') // { kind: 'postgres' }
 * databaseTarget('file:data/x.db?mode=ro') // { kind: 'sqlite', path: '<current folder>/data/x.db' }
 * databaseTarget('mysql://x') // { kind: 'unsupported' }
 */
export function databaseTarget(address: string): DatabaseTarget {
  const url = address.trim();
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres' };
  if (url === ':memory:') return { kind: 'memory' };
  if (url.startsWith('file://')) {
    return URL.canParse(url) ? { kind: 'sqlite', path: new URL(url).pathname } : { kind: 'unsupported' };
  }
  if (url.startsWith('file:')) return { kind: 'sqlite', path: resolve(url.slice('file:'.length).split('?')[0] ?? '') };
  if (url.startsWith('sqlite:'))
    return { kind: 'sqlite', path: resolve(url.slice('sqlite:'.length).replace(/^\/\//, '')) };
  if (/^[a-z][a-z0-9+.-]+:/i.test(url)) return { kind: 'unsupported' };
  return { kind: 'sqlite', path: resolve(url) };
}

/**
 * A URL as it may be shown: its password, if any, hidden. In a URL that cannot be parsed (a port out of
 * range, an unencoded `@` or `/` in the password) the password is taken to run to the last `@`: hiding too
 * much is better than showing a part of it.
 *
 * @example
 * redactedUrl('postgres://mosty:tajne@db/mosty') // 'postgres://mosty:***@db/mosty'
 * redactedUrl('postgres://mosty:ta/jne@db:99999/mosty') // 'postgres://mosty:***@db:99999/mosty'
 * redactedUrl('data/mosty.db') // 'data/mosty.db'
 */
export function redactedUrl(url: string): string {
  if (!URL.canParse(url)) {
    const authority = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url)?.[0].length ?? -1;
    const at = url.lastIndexOf('@');
    const colon = url.indexOf(':', authority);
    if (authority < 0 || colon < 0 || colon > at) return url;
    return `${url.slice(0, colon)}:***${url.slice(at)}`;
  }
  const parsed = new URL(url);
  if (!parsed.password) return url;
  parsed.password = '***';
  return parsed.href;
}
