/**
 * What staff are told when something throws: every `MostyError` code the admin can meet is mapped
 * here, once, to an HTTP status and a sentence in Polish or English. The packages' own messages are
 * for logs (English, internal names); they never reach a page. An unknown code is a bug: it is logged
 * and answered with a general sentence naming the code. Extend by adding a code to `KNOWN`.
 */
import {
  ConflictError,
  ENTITY_KIND_GENITIVE_PL,
  ENTITY_KIND_LABELS,
  type EntityKind,
  FIELD_LABELS,
  type Locale,
  MostyError,
  NotFoundError,
  UniqueViolationError,
  ValidationError,
} from '@org/domain';
import { isFormatError } from '@org/formats';
import { entityByKind } from './forms/entities.js';
import { t, tf, type UiKey } from './i18n.js';

export interface ErrorAnswer {
  status: 400 | 404 | 409 | 500;
  /** The page title. */
  title: UiKey;
  /** The sentence shown under it. */
  detail: string;
  /** Whether the error is ours (a bug, a damaged record) and belongs in the server log. */
  log: boolean;
  /** Where to go from here besides the dashboard: the list of the kind of record that was not found. */
  back?: { href: string; label: string };
}

const KNOWN: Record<string, (err: MostyError, locale: Locale) => Omit<ErrorAnswer, 'log'>> = {
  // @org/store's ReferencedError: a delete refused while other records point at the record.
  REFERENCED: (_err, locale) => ({ status: 409, title: 'deleteRefused', detail: t(locale, 'deleteBlocked') }),
  // @org/store's LastAdministratorError: an account change that would leave no active administrator.
  LAST_ADMINISTRATOR: (err, locale) => ({
    status: 409,
    title: 'badRequest',
    detail: t(
      locale,
      (err as MostyError & { change?: string }).change === 'role' ? 'lastAdminRole' : 'lastAdminDisabled',
    ),
  }),
  // @org/formats' GrantMissingError names the funded record and the grant it lacks.
  FORMAT_GRANT_MISSING: (err, locale) => ({
    status: 409,
    title: 'cannotRender',
    detail: isFormatError(err, 'FORMAT_GRANT_MISSING')
      ? tf(locale, 'grantMissingNamed', { slug: err.record.slug, id: err.grantId })
      : tf(locale, 'grantMissingError', {}),
  }),
};

const isEntityKind = (name: string | undefined): name is EntityKind =>
  name !== undefined && Object.hasOwn(ENTITY_KIND_LABELS, name);

/** What a `NotFoundError` names besides records of an entity kind (the store's scheduled publications). */
const OTHER_THINGS: Record<string, { genitivePl: string; en: string }> = {
  'scheduled publication': { genitivePl: 'zaplanowanej publikacji', en: 'scheduled publication' },
};

/** What was not found, by its kind and the id or slug it was looked up by: "Nie znaleziono wydarzenia „x”." */
function notFoundText(err: NotFoundError, locale: Locale): string {
  const kind = isEntityKind(err.entity)
    ? { genitivePl: ENTITY_KIND_GENITIVE_PL[err.entity], en: ENTITY_KIND_LABELS[err.entity].en }
    : (OTHER_THINGS[err.entity] ?? { genitivePl: 'rekordu', en: 'record' });
  return locale === 'pl'
    ? `Nie znaleziono ${kind.genitivePl} „${err.key}”.`
    : `${kind.en.charAt(0).toUpperCase()}${kind.en.slice(1)} "${err.key}" was not found.`;
}

/** The admin's list of the kind a `NotFoundError` names, to go back to; none for what has no list. */
function listOf(err: NotFoundError, locale: Locale): ErrorAnswer['back'] {
  const def = entityByKind(err.entity);
  if (def) return { href: `/${def.route}`, label: tf(locale, 'backToList', { list: def.title[locale] }) };
  if (err.entity === 'user') return { href: '/users', label: tf(locale, 'backToList', { list: t(locale, 'users') }) };
  return undefined;
}

/**
 * The answer to an error thrown while handling a request: status, title and a sentence for staff.
 *
 * @example
 * errorAnswer(new NotFoundError('event', 'x'), 'pl')
 * // { status: 404, title: 'notFound', detail: 'Nie znaleziono wydarzenia „x”.', log: false,
 * //   back: { href: '/events', label: 'Wróć do listy: Wydarzenia' } }
 */
export function errorAnswer(err: unknown, locale: Locale): ErrorAnswer {
  if (err instanceof NotFoundError) {
    const back = listOf(err, locale);
    return { status: 404, title: 'notFound', detail: notFoundText(err, locale), log: false, ...(back ? { back } : {}) };
  }
  if (err instanceof ConflictError)
    return { status: 409, title: 'conflictTitle', detail: t(locale, 'conflictRetry'), log: false };
  if (err instanceof UniqueViolationError)
    return {
      status: 409,
      title: 'badRequest',
      detail: tf(locale, 'uniqueTaken', {
        field: FIELD_LABELS[err.field]?.[locale] ?? err.field,
        value: err.value,
      }),
      log: false,
    };
  // Validation messages are written for people (the domain's and the store's, in Polish by default).
  if (err instanceof ValidationError)
    return { status: 400, title: 'fixErrors', detail: err.issues.map((i) => i.message).join(' '), log: false };
  if (err instanceof MostyError) {
    const known = KNOWN[err.code];
    if (known) return { ...known(err, locale), log: false };
    if (err.code === 'CORRUPT_RECORD') {
      const { entity, id } = err as MostyError & { entity?: string; id?: string };
      return {
        status: 500,
        title: 'serverError',
        detail: tf(locale, 'corruptRecord', {
          entity: isEntityKind(entity) ? ENTITY_KIND_LABELS[entity][locale] : (entity ?? '?'),
          id: id ?? '?',
        }),
        log: true,
      };
    }
    return { status: 500, title: 'serverError', detail: tf(locale, 'unknownError', { code: err.code }), log: true };
  }
  return { status: 500, title: 'serverError', detail: t(locale, 'unexpectedError'), log: true };
}

/** One sentence for an error met inside a page (the check before publishing, say), never the raw message. */
export const errorText = (err: unknown, locale: Locale): string => {
  const answer = errorAnswer(err, locale);
  return answer.detail || t(locale, answer.title);
};
