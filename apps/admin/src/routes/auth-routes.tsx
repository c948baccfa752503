import { getConnInfo } from '@hono/node-server/conninfo';
import { PasswordSchema, UniqueViolationError, UserRoleSchema, validate } from '@org/domain';
import { clientAddress, trustedProxies } from '@org/site';
import { z } from 'zod';
import type { RouteHandlers } from '../app.js';
import { type AppContext, type AppDeps, viewContext } from '../app-env.js';
import { t, tf } from '../i18n.js';
import { clearCookie, writeCookie } from '../security/cookies.js';
import { tokensMatch } from '../security/csrf.js';
import { LOGIN_BUSY_RETRY_SECONDS, LoginHashGate } from '../security/login-hash-gate.js';
import { countLoginAttempt, loginNotAttempted, loginSucceeded } from '../security/login-rate-limit.js';
import { SESSION_IDLE_MS, SESSION_MAX_MS } from '../security/session-activity.js';
import { AccountField, accountErrors } from '../views/account-fields.js';
import { ErrorSummary } from '../views/error-summary.js';
import { Csrf, type Flash, Layout } from '../views/layout.js';
import { SignInForm } from '../views/sign-in-form.js';
import { flashFromQuery } from './entity-routes.js';
import { formValue, safeNext } from './form-entries.js';

/** The socket's peer: the client, or a proxy in front of the admin. */
const peerAddress = (c: AppContext): string | undefined => {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
};

const SetupSchema = z.object({ email: z.email(), name: z.string().trim().min(1).max(200), password: PasswordSchema });

export function authRoutes(deps: AppDeps): RouteHandlers {
  const cookies = { secure: deps.env.cookieSecure };
  const trusted = trustedProxies(deps.env.trustedProxies);
  const requestAddress = (c: AppContext) => clientAddress(peerAddress(c), c.req.header('x-forwarded-for'), trusted);
  // One per app, so per process: it guards this process's thread pool and memory (login-hash-gate.ts).
  const passwordChecks = new LoginHashGate();
  const loginPage = (c: AppContext, status: 200 | 401 | 429 | 503, flash?: Flash, email = '') => {
    const ctx = viewContext(c, deps);
    const next = safeNext(c.req.query('next') ?? formValue(c, 'next'));
    c.status(status);
    return c.html(
      <Layout ctx={ctx} title={t(ctx.locale, 'signIn')} flash={flash}>
        <SignInForm ctx={ctx} next={next} email={email} />
      </Layout>,
    );
  };

  /** The setup form; after a refusal it shows what was typed (never the password) with each field's error. */
  const setupPage = (
    c: AppContext,
    state: { values?: { email?: string; name?: string }; errors?: Record<string, string> } = {},
    status: 200 | 400 | 409 = 200,
  ) => {
    const ctx = viewContext(c, deps);
    const l = ctx.locale;
    const errors = state.errors ?? {};
    const failed = Object.keys(errors).length > 0;
    const issues = Object.entries(errors)
      .filter(([name]) => name !== '__form')
      .map(([name, message]) => ({ message, target: name }));
    c.status(status);
    return c.html(
      <Layout
        ctx={ctx}
        title={t(l, 'setupTitle')}
        failed={failed}
        flash={errors.__form ? { kind: 'error', text: errors.__form } : undefined}
      >
        {issues.length > 0 ? <ErrorSummary locale={l} issues={issues} /> : null}
        <form method="post" action={c.req.path} class="narrow">
          <Csrf ctx={ctx} />
          <AccountField
            name="email"
            label={t(l, 'email')}
            type="email"
            autocomplete="username"
            required
            value={state.values?.email}
            error={errors.email}
          />
          <AccountField
            name="name"
            label={t(l, 'name')}
            type="text"
            autocomplete="name"
            required
            value={state.values?.name}
            error={errors.name}
          />
          <AccountField
            name="password"
            label={t(l, 'passwordNew')}
            type="password"
            autocomplete="new-password"
            required
            minlength={12}
            error={errors.password}
          />
          <button type="submit">{t(l, 'save')}</button>
        </form>
      </Layout>,
    );
  };
  const setupValid = (c: AppContext) =>
    deps.setup.token !== null && tokensMatch(deps.setup.token, c.req.param('token'));

  return {
    'GET /login': (c) => (c.get('user') ? c.redirect('/', 303) : loginPage(c, 200, flashFromQuery(c))),
    'POST /login': async (c) => {
      const email = formValue(c, 'email').trim().toLowerCase().slice(0, 320);
      const password = formValue(c, 'password');
      const address = requestAddress(c);
      const locale = c.get('locale');
      const attempt = await countLoginAttempt(deps.store, deps.env.loginLimits, email, address);
      if (!attempt.allowed) {
        const seconds = Math.ceil(attempt.retryAfterMs / 1000);
        c.header('Retry-After', String(seconds));
        const text = t(locale, 'tooMany').replace('{minutes}', String(Math.ceil(seconds / 60)));
        return loginPage(c, 429, { kind: 'error', text }, email);
      }
      const checked =
        email && password && password.length <= 256
          ? await passwordChecks.run(() => deps.store.users.verifyPassword(email, password))
          : { ok: true as const, value: null };
      if (!checked.ok) {
        await loginNotAttempted(deps.store, email, address);
        c.header('Retry-After', String(LOGIN_BUSY_RETRY_SECONDS));
        const text = tf(locale, 'signInBusy', { seconds: String(LOGIN_BUSY_RETRY_SECONDS) });
        return loginPage(c, 503, { kind: 'error', text }, email);
      }
      const user = checked.value;
      if (!user || user.disabled) return loginPage(c, 401, { kind: 'error', text: t(locale, 'badLogin') }, email);
      await loginSucceeded(deps.store, email, address);
      // The store ends it after an idle period, which each request slides, up to the maximum (app.tsx).
      const session = await deps.store.sessions.create(user.id, SESSION_IDLE_MS, {
        ip: address,
        userAgent: (c.req.header('user-agent') ?? '').slice(0, 300),
      });
      // The browser keeps the cookie for the longest a session can last; the store says when it ends.
      writeCookie(c, cookies, 'session', session.token, Math.floor(SESSION_MAX_MS / 1000));
      clearCookie(c, cookies, 'csrf');
      await deps.store.audit.record({
        actorId: user.id,
        action: 'login',
        entity: 'user',
        entityId: user.id,
        before: null,
        after: null,
      });
      return c.redirect(safeNext(formValue(c, 'next')), 303);
    },
    'POST /logout': async (c) => {
      const token = c.get('sessionToken');
      const user = c.get('user');
      if (token) await deps.store.sessions.delete(token);
      clearCookie(c, cookies, 'session');
      if (user)
        await deps.store.audit.record({
          actorId: user.id,
          action: 'logout',
          entity: 'user',
          entityId: user.id,
          before: null,
          after: null,
        });
      return c.redirect('/login', 303);
    },
    'GET /setup/:token': (c) => {
      if (!setupValid(c)) return loginPage(c, 401, { kind: 'error', text: t(c.get('locale'), 'setupInvalid') });
      return setupPage(c);
    },
    'POST /setup/:token': async (c) => {
      if (!setupValid(c)) return loginPage(c, 401, { kind: 'error', text: t(c.get('locale'), 'setupInvalid') });
      const locale = c.get('locale');
      const values = { email: formValue(c, 'email').trim(), name: formValue(c, 'name') };
      const result = validate(SetupSchema, { ...values, password: formValue(c, 'password') }, locale);
      if (!result.ok) return setupPage(c, { values, errors: accountErrors(result.issues, locale) }, 400);
      // Taken before the first await: a second post of the link arriving while this one waits on the
      // store then finds no token, instead of also finding no administrator yet and creating a second.
      const token = deps.setup.token;
      deps.setup.token = null;
      const admins = (await deps.store.users.list({ limit: 500 })).items.filter(
        (u) => u.role === UserRoleSchema.enum.administrator,
      );
      if (admins.length > 0) return loginPage(c, 401, { kind: 'error', text: t(c.get('locale'), 'setupInvalid') });
      try {
        await deps.store.users.create(
          { ...result.value, role: 'administrator' },
          { userId: null, note: t(locale, 'noteSetupLink') },
        );
      } catch (err) {
        // Nothing was created (e.g. the e-mail is taken): the link stays usable for another try.
        deps.setup.token = token;
        if (err instanceof UniqueViolationError)
          return setupPage(c, { values, errors: { email: t(locale, 'emailTaken') } }, 409);
        throw err;
      }
      // POST/redirect/GET: the address bar and the history then hold the sign-in page, not the spent link, which a
      // refresh or Back would post or open again only to be told it is invalid.
      return c.redirect('/login?done=setupDone', 303);
    },
    'GET /lang/:lang': (c) => {
      writeCookie(c, cookies, 'lang', c.req.param('lang') === 'en' ? 'en' : 'pl', 365 * 24 * 3600);
      const referer = c.req.header('referer');
      let back = '/';
      try {
        if (referer) {
          const url = new URL(referer);
          if (url.host === c.req.header('host')) back = safeNext(url.pathname + url.search);
        }
      } catch {
        back = '/';
      }
      return c.redirect(back, 303);
    },
  };
}
