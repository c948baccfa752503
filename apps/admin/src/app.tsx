import { type Handler, Hono } from 'hono';
import type { StatusCode } from 'hono/utils/http-status';
import { type AppContext, type AppDeps, type AppVariables, type FormEntry, viewContext } from './app-env.js';
import { errorAnswer } from './error-messages.js';
import { numberText, parseLocale, t, tf, type UiKey } from './i18n.js';
import { assetRoutes } from './routes/asset-routes.js';
import { auditRoutes } from './routes/audit-routes.js';
import { authRoutes } from './routes/auth-routes.js';
import { commentRoutes } from './routes/comment-routes.js';
import { dataCheckRoutes } from './routes/data-check-routes.js';
import { entityRoutes } from './routes/entity-routes.js';
import { eventPeopleRoutes } from './routes/event-people-routes.js';
import { eventStatusRoutes } from './routes/event-status-routes.js';
import { pageOf, safeNext } from './routes/form-entries.js';
import { grantReportRoutes } from './routes/grant-report-routes.js';
import { importRoutes } from './routes/import-routes.js';
import { lookupRoutes } from './routes/lookup-routes.js';
import { allowed } from './routes/permissions.js';
import { publishRoutes } from './routes/publish-routes.js';
import { maxBodyBytes, ROUTES, routeKey, routesOf } from './routes/route-table.js';
import { userRoutes } from './routes/user-routes.js';
import { clearCookie, readCookie, writeCookie } from './security/cookies.js';
import { foreignOrigin, newPreSessionToken, sessionCsrfToken, tokensMatch } from './security/csrf.js';
import {
  bytesText,
  FORM_MAX_FIELDS,
  type FormRead,
  formReadText,
  readForm,
  SIGNED_OUT_MAX_BYTES,
  SIGNED_OUT_MAX_FIELDS,
  sizeOverLimitText,
} from './security/request-body.js';
import { securityHeaders } from './security/security-headers.js';
import { ACTIVITY_RENEW_MS, CLOCK_SKEW_MS, SESSION_IDLE_MS, SESSION_MAX_MS } from './security/session-activity.js';
import { Layout } from './views/layout.js';
import { SignInForm } from './views/sign-in-form.js';
import { TypedValues, typedValues } from './views/typed-values.js';

export type AdminApp = Hono<{ Variables: AppVariables }>;
export type RouteHandlers = Record<string, Handler<{ Variables: AppVariables }>>;

/** A plain page with a message and a status: errors, refusals. Never a stack trace. */
export function messagePage(
  c: AppContext,
  deps: AppDeps,
  status: StatusCode,
  key: UiKey,
  detail?: string,
  back?: { href: string; label: string },
) {
  const ctx = viewContext(c, deps);
  c.status(status);
  return c.html(
    <Layout ctx={ctx} title={t(ctx.locale, key)}>
      {detail ? <p>{detail}</p> : null}
      {back ? (
        <p>
          <a href={back.href}>{back.label}</a>
        </p>
      ) : null}
      <p>
        <a href="/">{t(ctx.locale, 'dashboard')}</a>
      </p>
    </Layout>,
  );
}

/**
 * The page a refused form was on, to go back to: the Referer when it is this admin's own page, else the
 * posted path when it is also a page (POST /events/:id is the form of GET /events/:id), else the dashboard.
 */
function formPage(c: AppContext): string {
  const referer = c.req.header('referer');
  if (referer) {
    try {
      const from = new URL(referer);
      if (from.host === new URL(c.req.url).host) return pageOf(from.href);
    } catch {
      // Not a URL: fall back to the posted path.
    }
  }
  const path = c.req.path;
  return routesOf(path).some((r) => r.method === 'GET') ? safeNext(path) : '/';
}

/**
 * A POST whose session is gone (expired, or signed out in another tab): nothing was saved, and nothing is
 * replayed after signing in (that would be a forged request's way in too). The page says so, gives back
 * what was typed to copy, and offers the sign-in form leading back to the form's page.
 */
function sessionEndedPage(c: AppContext, deps: AppDeps, form: readonly FormEntry[]) {
  const ctx = viewContext(c, deps);
  c.status(401);
  return c.html(
    <Layout ctx={ctx} title={t(ctx.locale, 'sessionEnded')} failed>
      <p>{t(ctx.locale, 'sessionEndedText')}</p>
      <SignInForm ctx={ctx} next={formPage(c)} />
      <TypedValues ctx={ctx} values={typedValues(c.req.path, form, ctx.locale)} />
    </Layout>,
  );
}

/**
 * A POST whose session is gone, too large to read signed out (`SIGNED_OUT_MAX_BYTES`, `SIGNED_OUT_MAX_FIELDS`): 413.
 * What was typed cannot be given back, so the page says where it still is (the form, one Back away) and to copy it
 * before signing in. No sign-in form here: signing in from this page would lead away from that form.
 */
function sessionEndedUnreadPage(
  c: AppContext,
  deps: AppDeps,
  read: Extract<FormRead, { problem: 'tooLarge' | 'tooManyFields' }>,
) {
  const ctx = viewContext(c, deps);
  const l = ctx.locale;
  const text =
    read.problem === 'tooManyFields'
      ? tf(l, 'sessionEndedUnreadFields', { max: numberText(l, read.max) })
      : read.size === null
        ? tf(l, 'sessionEndedUnreadBytesUnknown', { max: bytesText(l, read.max) })
        : (([size, max]) => tf(l, 'sessionEndedUnreadBytes', { size, max }))(sizeOverLimitText(l, read.size, read.max));
  c.status(413);
  return c.html(
    <Layout ctx={ctx} title={t(l, 'sessionEnded')} failed>
      <p>{text}</p>
      <p>
        <a href={`/login?next=${encodeURIComponent(formPage(c))}`}>{t(l, 'signIn')}</a>
      </p>
    </Layout>,
  );
}

/** A stale or forged CSRF token: refused, and what was typed is given back to copy (nothing is saved). */
function csrfRefusedPage(c: AppContext, deps: AppDeps, form: readonly FormEntry[]) {
  const ctx = viewContext(c, deps);
  c.status(403);
  return c.html(
    <Layout ctx={ctx} title={t(ctx.locale, 'csrf')}>
      <p>{t(ctx.locale, 'csrfTypedText')}</p>
      <p>
        <a href={formPage(c)}>{t(ctx.locale, 'backToForm')}</a>
      </p>
      <TypedValues ctx={ctx} values={typedValues(c.req.path, form, ctx.locale)} />
    </Layout>,
  );
}

/** A form that was not read (too large, not a form, broken): 413, 415 or 400 with what, where and why. */
function formRefusedPage(c: AppContext, deps: AppDeps, read: Exclude<FormRead, { ok: true }>) {
  const ctx = viewContext(c, deps);
  const status =
    read.problem === 'tooLarge' || read.problem === 'tooManyFields' ? 413 : read.problem === 'notAForm' ? 415 : 400;
  const title =
    read.problem === 'tooLarge'
      ? 'formTooLarge'
      : read.problem === 'tooManyFields'
        ? 'formTooManyFields'
        : read.problem === 'notAForm'
          ? 'notAForm'
          : 'badForm';
  c.status(status);
  return c.html(
    <Layout ctx={ctx} title={t(ctx.locale, title)} failed>
      <p>{formReadText(ctx.locale, read)}</p>
      <p>
        <a href={formPage(c)}>{t(ctx.locale, 'backToForm')}</a>
      </p>
    </Layout>,
  );
}

/**
 * Builds the admin app from its dependencies. Every route of `ROUTES` is registered with, for POST, where it
 * came from (`foreignOrigin`), then its permission checked on the server, then (for POST) its body read within
 * its limit and its CSRF token, then its handler.
 *
 * @example
 * const app = createApp({ store: await openStore(url), env: parseAdminEnv(), ... });
 * serve({ fetch: app.fetch, port: 3001 });
 */
export function createApp(deps: AppDeps): AdminApp {
  const now = deps.now ?? (() => new Date());
  const cookies = { secure: deps.env.cookieSecure };
  const app: AdminApp = new Hono<{ Variables: AppVariables }>();
  app.use(securityHeaders(deps.env.adminUrl));

  app.use(async (c, next) => {
    c.set('locale', parseLocale(readCookie(c, cookies, 'lang')));
    c.set('user', null);
    c.set('sessionToken', null);
    c.set('form', null);
    const token = readCookie(c, cookies, 'session');
    if (token && token.length <= 200) {
      const session = await deps.store.sessions.get(token);
      const at = now().getTime();
      const expiresAt = session ? Date.parse(session.expiresAt) : 0;
      if (!session || expiresAt <= at) {
        // Ended (idle too long, at its maximum, signed out elsewhere): this browser forgets it too.
        clearCookie(c, cookies, 'session');
      } else if (expiresAt - at > SESSION_IDLE_MS + CLOCK_SKEW_MS) {
        // Ends later than an idle period from now: made before sessions slid in the store, with a fixed
        // 12 h end and no idle limit the store knows of. It ends here; signing in again makes a sliding one.
        await deps.store.sessions.delete(token);
        clearCookie(c, cookies, 'session');
      } else {
        const user = await deps.store.users.get(session.userId);
        if (user && !user.disabled) {
          c.set('user', user);
          c.set('sessionToken', token);
          c.set('csrf', sessionCsrfToken(session.csrfSecret));
          // The end slides in the store, where every admin process (and this one after a restart) reads
          // it; at most once a minute, and not once it has reached the maximum after signing in.
          const max = Date.parse(session.createdAt) + SESSION_MAX_MS;
          if (expiresAt - at <= SESSION_IDLE_MS - ACTIVITY_RENEW_MS && expiresAt < max)
            await deps.store.sessions.extend(token, SESSION_IDLE_MS, SESSION_MAX_MS);
        }
      }
    }
    if (!c.get('user')) {
      let pre = readCookie(c, cookies, 'csrf');
      if (!pre || pre.length > 100) {
        pre = newPreSessionToken();
        writeCookie(c, cookies, 'csrf', pre);
      }
      c.set('csrf', pre);
    }
    await next();
  });

  const handlers: RouteHandlers = {
    'GET /healthz': (c) => c.text('ok'),
    ...assetRoutes(deps),
    ...authRoutes(deps),
    ...entityRoutes(deps),
    ...commentRoutes(deps),
    ...eventStatusRoutes(deps),
    ...grantReportRoutes(deps),
    ...eventPeopleRoutes(deps),
    ...publishRoutes(deps),
    ...auditRoutes(deps),
    ...lookupRoutes(deps),
    ...importRoutes(deps),
    ...dataCheckRoutes(deps),
    ...userRoutes(deps),
  };
  const keys = new Set(ROUTES.map(routeKey));
  for (const key of Object.keys(handlers))
    if (!keys.has(key)) throw new Error(`Handler ${key} has no row in ROUTES (routes/route-table.ts)`);

  for (const route of ROUTES) {
    const handler = handlers[routeKey(route)];
    if (!handler) throw new Error(`Route ${routeKey(route)} has no handler`);
    app.on(route.method, route.path, async (c, next) => {
      if (route.method === 'POST') {
        const foreign = foreignOrigin(
          { origin: c.req.header('origin'), host: c.req.header('host'), secFetchSite: c.req.header('sec-fetch-site') },
          deps.env.adminUrl,
        );
        // Refused before its body is read: a post from another site is nobody's typing to give back.
        if (foreign !== null)
          return messagePage(
            c,
            deps,
            403,
            'crossOrigin',
            tf(c.get('locale'), 'crossOriginText', { origin: foreign, admin: new URL(deps.env.adminUrl).origin }),
          );
      }
      const user = c.get('user');
      if (!allowed(user?.role ?? null, route.permission)) {
        if (!user && route.method === 'GET')
          return c.redirect(`/login?next=${encodeURIComponent(pageOf(c.req.url))}`, 303);
        if (!user && route.method === 'POST') {
          // Read only as far as a signed-out form goes, whatever the route takes from those allowed to use it:
          // whoever asks gets this far, so reading and parsing must stay cheap (request-body.ts says how cheap).
          const read = await readForm(c, SIGNED_OUT_MAX_BYTES, SIGNED_OUT_MAX_FIELDS);
          if (read.ok) return sessionEndedPage(c, deps, read.entries);
          if (read.problem === 'tooLarge' || read.problem === 'tooManyFields')
            return sessionEndedUnreadPage(c, deps, read);
          return formRefusedPage(c, deps, read);
        }
        return messagePage(c, deps, user ? 403 : 401, user ? 'forbidden' : 'signIn');
      }
      if (route.method === 'POST') {
        const read = await readForm(c, maxBodyBytes(route), user ? FORM_MAX_FIELDS : SIGNED_OUT_MAX_FIELDS);
        if (!read.ok) return formRefusedPage(c, deps, read);
        c.set('form', read.entries);
        const submitted = read.entries.find(([k]) => k === '_csrf')?.[1] ?? c.req.header('x-csrf-token');
        if (!tokensMatch(c.get('csrf'), submitted)) return csrfRefusedPage(c, deps, read.entries);
      }
      return handler(c, next);
    });
  }

  // A path the admin has, asked with a method it does not answer there (PUT, DELETE, TRACE…): 405 with the methods it
  // does (RFC 9110 §15.5.6), and OPTIONS answers with them, as the website does; a path it has not is a 404.
  app.all('*', (c) => {
    const methods = [...new Set(routesOf(c.req.path).map((r) => r.method))];
    if (methods.length === 0) return messagePage(c, deps, 404, 'notFound');
    const allow = [
      ...(methods.includes('GET') ? ['GET', 'HEAD'] : []),
      ...methods.filter((m) => m !== 'GET'),
      'OPTIONS',
    ];
    c.header('Allow', allow.join(', '));
    if (c.req.method === 'OPTIONS') return c.body(null, 204);
    return messagePage(
      c,
      deps,
      405,
      'methodNotAllowed',
      tf(c.get('locale'), 'methodNotAllowedText', { method: c.req.method.slice(0, 20), allow: allow.join(', ') }),
    );
  });
  app.notFound((c) => messagePage(c as AppContext, deps, 404, 'notFound'));
  app.onError((err, c) => {
    const ctx = c as AppContext;
    const answer = errorAnswer(err, ctx.get('locale') ?? 'pl');
    if (answer.log) (deps.log ?? console.error)(`admin: ${c.req.method} ${c.req.path} failed`, err);
    return messagePage(ctx, deps, answer.status, answer.title, answer.detail || undefined, answer.back);
  });
  return app;
}
