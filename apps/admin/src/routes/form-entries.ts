import type { AppContext } from '../app-env.js';

/** The text fields of the posted form (files left out), parsed once by the route wrapper. */
export const textEntries = (c: AppContext): [string, string][] =>
  (c.get('form') ?? []).filter((e): e is [string, string] => typeof e[1] === 'string');

/** One text field of the posted form, '' when absent. */
export const formValue = (c: AppContext, name: string): string => textEntries(c).find(([k]) => k === name)?.[1] ?? '';

/** A local redirect target from user input: a path on this host, never `//elsewhere` or a URL. */
export const safeNext = (next: string | undefined): string =>
  next && /^\/(?![/\\])[\w\-./?=&%]*$/.test(next) ? next : '/';
