import type { AppContext } from '../app-env.js';

/** The text fields of the posted form (files left out), parsed once by the route wrapper. */
export const textEntries = (c: AppContext): [string, string][] =>
  (c.get('form') ?? []).filter((e): e is [string, string] => typeof e[1] === 'string');

/** One text field of the posted form, '' when absent. */
export const formValue = (c: AppContext, name: string): string => textEntries(c).find(([k]) => k === name)?.[1] ?? '';

/** A local redirect target from user input: a path on this host, never `//elsewhere` or a URL. */
export const safeNext = (next: string | undefined): string =>
  next && /^\/(?![/\\])[\w\-./?=&%]*$/.test(next) ? next : '/';

/** `encodeURIComponent`, and also the few characters it leaves that `safeNext` does not take. */
const encodeStrict = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*~]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The page a request asked for, path and query, as `safeNext` takes it: the query is encoded again so a
 * `+` or a `(` does not make `safeNext` fall back to the dashboard.
 *
 * @example
 * pageOf('http://a/events?q=koło gospodyń&page=2') // '/events?q=ko%C5%82o%20gospody%C5%84&page=2'
 */
export function pageOf(url: string): string {
  const u = new URL(url);
  const query = [...u.searchParams].map(([k, v]) => `${encodeStrict(k)}=${encodeStrict(v)}`).join('&');
  return safeNext(query ? `${u.pathname}?${query}` : u.pathname);
}
