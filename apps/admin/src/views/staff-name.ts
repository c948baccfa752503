import type { Locale } from '@org/domain';
import { t } from '../i18n.js';
import type { StoredUser } from '../store-contract.js';

/**
 * How the admin names a member of staff in the audit log, comments and lists: "Anna Nowak <anna@…>", or for
 * an account whose personal data was erased, "konto usunięte (id)": the id tells two erased accounts apart.
 *
 * @example
 * staffName({ ...anna, erasedAt: '2026-11-28T10:00:00.000Z' }, 'pl') // 'konto usunięte (019b…)'
 */
export const staffName = (user: StoredUser, locale: Locale): string =>
  user.erasedAt ? `${t(locale, 'erasedAccount')} (${user.id})` : `${user.name} <${user.email}>`;
