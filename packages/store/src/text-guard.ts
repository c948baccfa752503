import type { FieldIssue, Locale } from '@org/domain';
import type { StoreContext } from './context.js';
import type { DialectSeam } from './dialect/seam.js';
import { MESSAGES } from './messages.js';
import { validationError } from './repositories/validation-error.js';

/**
 * Text with U+0000 (NUL) in it. PostgreSQL cannot store or even compare such text (SQLSTATE 22021),
 * and `@org/domain` refuses control characters in what is written, so no stored value holds one:
 * a lookup or filter with a NUL matches nothing on either dialect, and answers so without a query.
 */
const NUL = '\u0000';

/**
 * The path of the first string holding U+0000 inside `value` (an array index or an object key per
 * step, '' for `value` itself), or null when there is none.
 *
 * @example
 * nulPath({ filter: { hashtags: ['ok', 'a\u0000b'] } }); // 'filter.hashtags.1'
 * nulPath('a\u0000b'); // ''
 * nulPath({ name: 'Fundacja' }); // null
 */
export function nulPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = nulPath(inner, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

/** True when `value` is, or holds, a string with U+0000: text that can match nothing stored. */
export const holdsNul = (value: unknown): boolean => nulPath(value) !== null;

/**
 * The arguments of a repository method as named parameters: `''` spreads an object argument's own
 * fields (a record to write, a list query), so the field path reads `title`, not `input.title`.
 */
export type ParamNames = readonly string[];

/**
 * The error a repository method throws instead of the driver's refusal of text (SQLSTATE 22021 or
 * 22P05 on PostgreSQL): the domain's `ValidationError`, naming the argument field that holds the
 * NUL and keeping the driver's error as its cause, its message in `locale`. Any other error comes
 * back unchanged.
 */
export function refusedTextError(
  seam: DialectSeam,
  error: unknown,
  what: string,
  args: readonly unknown[],
  params: ParamNames = [],
  locale: Locale = 'pl',
): unknown {
  const code = seam.refusedText(error);
  if (code === null) return error;
  let field: string | null = null;
  for (const [i, arg] of args.entries()) {
    const path = nulPath(arg);
    if (path === null) continue;
    const name = params[i] ?? `argument ${i + 1}`;
    field = name === '' ? path : path === '' ? name : `${name}.${path}`;
    break;
  }
  const issue: FieldIssue =
    field === null
      ? {
          path: '',
          field: what,
          code: 'untranslatableText',
          message: MESSAGES.untranslatableText[locale](what, code),
        }
      : {
          path: field,
          field: field.split('.').at(-1) || what,
          code: 'nulCharacter',
          message: MESSAGES.nulCharacter[locale](field || what, code),
        };
  return validationError(what, [issue], locale, { cause: error });
}

/**
 * The same repository with every method's refused-text error (see `refusedTextError`) turned into a
 * `ValidationError`: the one place where a driver error about text becomes the domain's error, for
 * every repository of a store and of its transactions. `params` names each method's arguments; the
 * messages are in the context's `locale`.
 *
 * @example
 * const events = guardText(ctx, 'event', entityRepository(ctx, eventDef), { getBySlug: ['slug'] });
 * await events.create({ title: 'a\u0000b', … }); // ValidationError: Nieprawidłowe dane (wydarzenie): title: …
 */
export function guardText<R extends object>(
  { seam, locale }: Pick<StoreContext, 'seam' | 'locale'>,
  what: string,
  repo: R,
  params: Partial<Record<keyof R, ParamNames>> = {},
): R {
  const guarded: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(repo)) {
    guarded[name] =
      typeof member !== 'function'
        ? member
        : async (...args: unknown[]) => {
            try {
              return await member.apply(repo, args);
            } catch (error) {
              throw refusedTextError(seam, error, what, args, params[name as keyof R], locale);
            }
          };
  }
  return guarded as R;
}
