import { type Locale, MostyError } from '@org/domain';
import { MESSAGES } from './messages.js';

/**
 * An account change refused because it would leave no active administrator (code `LAST_ADMINISTRATOR`):
 * nobody could then manage users or give the role back, except from the command line. `change` says
 * what was refused: taking the role away (`role`) or blocking the account (`disabled`). Checked inside
 * the update's transaction, under a lock every such change takes, so two administrators demoting each
 * other at the same instant cannot both succeed. An app answers it as a conflict (409) on that field.
 *
 * @example
 * await store.users.update(onlyAdmin.id, onlyAdmin.version, { role: 'editor' });
 * // LastAdministratorError: nie można odebrać roli administratora kontu anna@example.org: to jedyny aktywny
 * // administrator. Najpierw nadaj tę rolę komuś innemu.
 */
export class LastAdministratorError extends MostyError {
  readonly userId: string;
  readonly change: 'role' | 'disabled';
  constructor(user: { id: string; email: string }, change: 'role' | 'disabled', locale: Locale) {
    super('LAST_ADMINISTRATOR', MESSAGES.lastAdministrator[locale](user.email, change));
    this.userId = user.id;
    this.change = change;
  }
}
