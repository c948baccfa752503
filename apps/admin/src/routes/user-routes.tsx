import {
  ConflictError,
  type Locale,
  PasswordSchema,
  UniqueViolationError,
  USER_ROLES,
  type UserRole,
  UserRoleSchema,
  validate,
} from '@org/domain';
import { AccountErasureError, LastAdministratorError } from '@org/store';
import { z } from 'zod';
import type { RouteHandlers } from '../app.js';
import { type AppContext, type AppDeps, viewContext } from '../app-env.js';
import { t, tf } from '../i18n.js';
import type { StoredUser } from '../store-contract.js';
import { AccountField, accountErrors } from '../views/account-fields.js';
import { ErrorSummary } from '../views/error-summary.js';
import { Csrf, Layout } from '../views/layout.js';
import { officeTime } from '../views/office-time.js';
import { staffName } from '../views/staff-name.js';
import { TableScroll } from '../views/table-scroll.js';
import { flashFromQuery, missing } from './entity-routes.js';
import { formValue } from './form-entries.js';

const ROLE_LABELS: Record<UserRole, { pl: string; en: string }> = {
  administrator: { pl: 'administrator', en: 'administrator' },
  editor: { pl: 'redaktor', en: 'editor' },
  reviewer: { pl: 'recenzent', en: 'reviewer' },
};

const NewUserSchema = z.object({
  email: z.email(),
  name: z.string().trim().min(1).max(200),
  role: UserRoleSchema,
  password: PasswordSchema,
});
const EditUserSchema = z.object({
  name: z.string().trim().min(1).max(200),
  role: UserRoleSchema,
  disabled: z.boolean(),
  password: PasswordSchema.optional(),
});

/** The refusal of a change that would leave no active administrator, on the field that made it. */
export const lastAdministratorErrors = (err: LastAdministratorError, locale: Locale): Record<string, string> =>
  err.change === 'role' ? { role: t(locale, 'lastAdminRole') } : { disabled: t(locale, 'lastAdminDisabled') };

/**
 * User management for administrators: list, create, change role, disable, set a password, and erase a blocked
 * account's personal data (RODO art. 17).
 */
export function userRoutes(deps: AppDeps): RouteHandlers {
  /**
   * The new-user or edit form. After a refusal it shows what was typed (never the password) with each
   * field's error beside it.
   */
  const form = (
    c: AppContext,
    user: StoredUser | null,
    state: {
      values?: Partial<Record<'email' | 'name' | 'role', string>> & { disabled?: boolean };
      errors?: Record<string, string>;
      /** A stale save: the account as stored now, and whether a new password was typed (never shown). */
      conflict?: { stored: StoredUser; passwordTyped: boolean };
    } = {},
    status = 200,
  ) => {
    const ctx = viewContext(c, deps);
    const l = ctx.locale;
    const errors = state.errors ?? {};
    const values = state.values ?? {};
    // A new account starts with the least it may do; an administrator raises it deliberately.
    const role = values.role ?? user?.role ?? 'reviewer';
    const conflict = state.conflict;
    const failed = Object.keys(errors).length > 0 || conflict !== undefined;
    // Each field's message, linked to its control (the ids are the fields' names), as the entity forms list theirs.
    const issues = Object.entries(errors)
      .filter(([name]) => name !== '__form')
      .map(([name, message]) => ({ message, target: name }));
    const problem = errors.__form ?? (conflict ? t(l, 'conflictTitle') : undefined);
    c.status(status as 200);
    return c.html(
      <Layout
        ctx={ctx}
        title={user ? `${t(l, 'users')}: ${user.email}` : t(l, 'newUser')}
        failed={failed}
        flash={problem ? { kind: 'error', text: problem } : failed ? undefined : flashFromQuery(c)}
      >
        {issues.length > 0 ? <ErrorSummary locale={l} issues={issues} /> : null}
        {conflict ? (
          <section class="conflict" aria-labelledby="conflict-h">
            <h2 id="conflict-h">{t(l, 'conflictTitle')}</h2>
            <p>{t(l, 'userConflictText')}</p>
            {conflict.passwordTyped ? <p>{t(l, 'userConflictPassword')}</p> : null}
            <h3>{t(l, 'savedVersion')}</h3>
            <dl>
              <dt>{t(l, 'name')}</dt>
              <dd>{conflict.stored.name}</dd>
              <dt>{t(l, 'role')}</dt>
              <dd>{ROLE_LABELS[conflict.stored.role][l]}</dd>
              <dt>{t(l, 'disabled')}</dt>
              <dd>{conflict.stored.disabled ? t(l, 'yes') : t(l, 'no')}</dd>
            </dl>
          </section>
        ) : null}
        <form method="post" action={user ? `/users/${encodeURIComponent(user.id)}` : '/users/new'} class="narrow">
          <Csrf ctx={ctx} />
          {user ? <input type="hidden" name="version" value={String(user.version)} /> : null}
          {user ? null : (
            <AccountField
              name="email"
              label={t(l, 'email')}
              type="email"
              autocomplete="off"
              required
              value={values.email}
              error={errors.email}
            />
          )}
          <AccountField
            name="name"
            label={t(l, 'name')}
            type="text"
            autocomplete="off"
            required
            value={values.name ?? user?.name}
            error={errors.name}
          />
          <div class="field">
            <label for="role">{t(l, 'role')}</label>
            <select
              id="role"
              name="role"
              aria-invalid={errors.role ? 'true' : undefined}
              aria-describedby={errors.role ? 'role-error' : undefined}
            >
              {USER_ROLES.map((r) => (
                <option value={r} selected={role === r}>
                  {ROLE_LABELS[r][l]}
                </option>
              ))}
            </select>
            {errors.role ? (
              <p class="error" id="role-error">
                {errors.role}
              </p>
            ) : null}
          </div>
          {user ? (
            <div class="field field-checkbox">
              <label for="disabled">{t(l, 'disabled')}</label>
              <input
                id="disabled"
                name="disabled"
                type="checkbox"
                value="true"
                checked={values.disabled ?? user.disabled}
                aria-invalid={errors.disabled ? 'true' : undefined}
                aria-describedby={errors.disabled ? 'disabled-error' : undefined}
              />
              {errors.disabled ? (
                <p class="error" id="disabled-error">
                  {errors.disabled}
                </p>
              ) : null}
            </div>
          ) : null}
          <AccountField
            name="password"
            label={user ? t(l, 'passwordKeep') : t(l, 'passwordNew')}
            type="password"
            autocomplete="new-password"
            required={!user}
            minlength={12}
            error={errors.password}
          />
          <button type="submit">{t(l, 'save')}</button>
        </form>
        {user ? (
          <section aria-labelledby="erase-h">
            <h2 id="erase-h">{t(l, 'eraseTitle')}</h2>
            {user.disabled ? (
              <p>
                <a href={`/users/${encodeURIComponent(user.id)}/erase`}>{t(l, 'eraseLink')}</a>
              </p>
            ) : (
              <p>{t(l, 'eraseBlockFirst')}</p>
            )}
          </section>
        ) : null}
      </Layout>,
    );
  };

  /** An erased account (`erasedAt` set): what is left of it, and why it cannot be changed. */
  const erasedPage = (c: AppContext, user: StoredUser, status = 200) => {
    const ctx = viewContext(c, deps);
    const l = ctx.locale;
    c.status(status as 200);
    return c.html(
      <Layout
        ctx={ctx}
        title={`${t(l, 'users')}: ${t(l, 'erasedAccount')}`}
        failed={status !== 200}
        flash={flashFromQuery(c)}
      >
        <p>{tf(l, 'erasedNotice', { date: officeTime(user.erasedAt ?? '', l) })}</p>
        <dl>
          <dt>{t(l, 'role')}</dt>
          <dd>{ROLE_LABELS[user.role][l]}</dd>
        </dl>
        <p>
          <a href="/users">{t(l, 'users')}</a>
        </p>
      </Layout>,
    );
  };

  /** Asks before erasing; after a refusal, says why (`problem`) and asks again. */
  const erasePage = (c: AppContext, user: StoredUser, problem?: string, status = 200) => {
    const ctx = viewContext(c, deps);
    const l = ctx.locale;
    const back = `/users/${encodeURIComponent(user.id)}`;
    c.status(status as 200);
    return c.html(
      <Layout
        ctx={ctx}
        title={`${t(l, 'eraseTitle')}: ${user.email}`}
        failed={problem !== undefined}
        flash={problem ? { kind: 'error', text: problem } : undefined}
      >
        <p>{t(l, 'eraseExplain')}</p>
        {user.disabled ? (
          <form method="post" action={`${back}/erase`}>
            <Csrf ctx={ctx} />
            <input type="hidden" name="version" value={String(user.version)} />
            <p>{tf(l, 'eraseConfirm', { email: user.email })}</p>
            <p class="buttons">
              <button type="submit" class="danger">
                {t(l, 'eraseButton')}
              </button>{' '}
              <a href={back}>{t(l, 'cancel')}</a>
            </p>
          </form>
        ) : (
          <p>
            {t(l, 'eraseBlockFirst')} <a href={back}>{t(l, 'cancel')}</a>
          </p>
        )}
      </Layout>,
    );
  };
  const load = async (c: AppContext) => {
    const id = c.req.param('id') ?? '';
    const user = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(id) ? await deps.store.users.get(id) : undefined;
    if (!user) throw missing('user', id);
    return user;
  };
  return {
    'GET /users': async (c) => {
      const ctx = viewContext(c, deps);
      const users = (await deps.store.users.list({ limit: 500 })).items;
      return c.html(
        <Layout ctx={ctx} title={t(ctx.locale, 'users')} flash={flashFromQuery(c)}>
          <p>
            <a class="button" href="/users/new">
              {t(ctx.locale, 'newRecord')}
            </a>
          </p>
          <TableScroll label={t(ctx.locale, 'users')} locale={ctx.locale}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t(ctx.locale, 'email')}</th>
                  <th scope="col">{t(ctx.locale, 'name')}</th>
                  <th scope="col">{t(ctx.locale, 'role')}</th>
                  <th scope="col">{t(ctx.locale, 'disabled')}</th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr>
                    <th scope="row">
                      <a href={`/users/${encodeURIComponent(u.id)}`}>
                        {u.erasedAt ? staffName(u, ctx.locale) : u.email}
                      </a>
                    </th>
                    <td>{u.erasedAt ? '—' : u.name}</td>
                    <td>{ROLE_LABELS[u.role][ctx.locale]}</td>
                    <td>{u.disabled ? t(ctx.locale, 'yes') : t(ctx.locale, 'no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </Layout>,
      );
    },
    'GET /users/new': (c) => form(c, null),
    'POST /users/new': async (c) => {
      const locale = c.get('locale');
      const values = { email: formValue(c, 'email').trim(), name: formValue(c, 'name'), role: formValue(c, 'role') };
      const result = validate(NewUserSchema, { ...values, password: formValue(c, 'password') }, locale);
      if (!result.ok) return form(c, null, { values, errors: accountErrors(result.issues, locale) }, 400);
      const taken = () => form(c, null, { values, errors: { email: t(locale, 'emailTaken') } }, 409);
      if (await deps.store.users.getByEmail(result.value.email.toLowerCase())) return taken();
      try {
        const user = await deps.store.users.create(result.value, { userId: c.get('user')?.id ?? null });
        return c.redirect(`/users/${encodeURIComponent(user.id)}?done=saved`, 303);
      } catch (err) {
        // Another administrator created the same address a moment ago.
        if (err instanceof UniqueViolationError) return taken();
        throw err;
      }
    },
    'GET /users/:id': async (c) => {
      const user = await load(c);
      return user.erasedAt ? erasedPage(c, user) : form(c, user);
    },
    'POST /users/:id': async (c) => {
      const user = await load(c);
      if (user.erasedAt) return erasedPage(c, user, 409);
      const locale = c.get('locale');
      const password = formValue(c, 'password');
      const values = {
        name: formValue(c, 'name'),
        role: formValue(c, 'role'),
        disabled: formValue(c, 'disabled') === 'true',
      };
      const result = validate(EditUserSchema, { ...values, ...(password ? { password } : {}) }, locale);
      if (!result.ok) return form(c, user, { values, errors: accountErrors(result.issues, locale) }, 400);
      const version = Number.parseInt(formValue(c, 'version'), 10);
      if (!Number.isInteger(version))
        return form(c, user, { values, errors: { __form: t(locale, 'versionMissing') } }, 400);
      const actor = { userId: c.get('user')?.id ?? null };
      const { password: newPassword, ...changes } = result.value;
      let updated: StoredUser;
      try {
        updated = await deps.store.users.update(user.id, version, { ...user, ...changes }, actor);
      } catch (err) {
        // No active administrator would be left: the store checks it in the update's own transaction, so
        // two administrators demoting each other at once cannot both pass. Said on the field that did it.
        if (err instanceof LastAdministratorError)
          return form(c, user, { values, errors: lastAdministratorErrors(err, locale) }, 409);
        // Erased by another administrator since the form was opened.
        if (err instanceof AccountErasureError) {
          const stored = await load(c);
          if (stored.erasedAt) return erasedPage(c, stored, 409);
        }
        // Another tab or administrator saved this account since the form was opened: say so, keep what was typed.
        if (!(err instanceof ConflictError)) throw err;
        const stored = await deps.store.users.get(user.id);
        if (!stored) throw missing('user', user.id);
        return form(c, stored, { values, conflict: { stored, passwordTyped: Boolean(password) } }, 409);
      }
      if (newPassword) await deps.store.users.setPassword(user.id, newPassword, actor);
      // A new role, a block or a new password ends every session of that user: they sign in again.
      if (newPassword || changes.disabled || changes.role !== user.role)
        await deps.store.sessions.deleteForUser(user.id);
      return c.redirect(`/users/${encodeURIComponent(updated.id)}?done=saved`, 303);
    },
    'GET /users/:id/erase': async (c) => {
      const user = await load(c);
      return user.erasedAt ? erasedPage(c, user) : erasePage(c, user);
    },
    'POST /users/:id/erase': async (c) => {
      const user = await load(c);
      const locale = c.get('locale');
      if (user.erasedAt) return c.redirect(`/users/${encodeURIComponent(user.id)}`, 303);
      const version = Number.parseInt(formValue(c, 'version'), 10);
      if (!Number.isInteger(version)) return erasePage(c, user, t(locale, 'versionMissing'), 400);
      try {
        await deps.store.users.erase(user.id, version, { userId: c.get('user')?.id ?? null });
      } catch (err) {
        // Unblocked, or changed otherwise, since the page was opened: nothing was erased; the page shows the account as it is now.
        if (err instanceof AccountErasureError) return erasePage(c, await load(c), t(locale, 'eraseActive'), 409);
        if (err instanceof ConflictError) return erasePage(c, await load(c), t(locale, 'eraseConflict'), 409);
        throw err;
      }
      return c.redirect(`/users/${encodeURIComponent(user.id)}?done=erased`, 303);
    },
  };
}
