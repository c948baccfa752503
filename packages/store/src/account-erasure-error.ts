import { type Locale, MostyError } from '@org/domain';
import { MESSAGES } from './messages.js';

/**
 * An account change refused for what erasure means. `USER_ACTIVE`: `users.erase` of an account that is not
 * blocked; its personal data is erased only once it can no longer sign in, so that nobody loses access by a
 * slip of the mouse. `USER_ERASED`: `users.update` or `users.setPassword` of an erased account, which is
 * kept only so the log can name it and is never given a name, an e-mail or a password again. An app
 * answers either as a conflict (409).
 *
 * @example
 * await store.users.erase(active.id, active.version);
 * // AccountErasureError: nie można usunąć danych osobowych konta anna@example.org: konto jest aktywne. …
 */
export class AccountErasureError extends MostyError {
  readonly userId: string;
  readonly reason: 'active' | 'erased';
  constructor(user: { id: string; email: string }, reason: 'active' | 'erased', locale: Locale) {
    super(
      reason === 'active' ? 'USER_ACTIVE' : 'USER_ERASED',
      reason === 'active' ? MESSAGES.accountActive[locale](user.email) : MESSAGES.accountErased[locale](user.id),
    );
    this.userId = user.id;
    this.reason = reason;
  }
}
