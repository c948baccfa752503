import { raw } from 'hono/html';
import type { FC, PropsWithChildren } from 'hono/jsx';
import { ENTITIES } from '../forms/entities.js';
import { t } from '../i18n.js';
import { allowed } from '../routes/permissions.js';
import type { ViewContext } from './view-context.js';

export interface Flash {
  kind: 'info' | 'error';
  text: string;
}

/** The page around every admin view: skip link, navigation, sign-out, language switch, one h1. */
export const Layout: FC<
  PropsWithChildren<{
    ctx: ViewContext;
    title: string;
    flash?: Flash | undefined;
    /** A form on the page was refused: the document title starts with "Błąd: " (read first by screen readers). */
    failed?: boolean | undefined;
  }>
> = ({ ctx, title, flash, failed, children }) => {
  const { locale, user } = ctx;
  const other = locale === 'pl' ? 'en' : 'pl';
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${failed ? `${t(locale, 'errorPrefix')}: ` : ''}${title} — ${t(locale, 'appName')}`}</title>
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
          <link rel="stylesheet" href="/assets/admin.css" />
          <script type="module" src="/assets/admin.js" />
        </head>
        <body>
          <a class="skip" href="#main">
            {t(locale, 'skip')}
          </a>
          <header class="top">
            <a class="brand" href="/">
              {t(locale, 'appName')}
            </a>
            {user ? (
              <nav aria-label={t(locale, 'mainNav')}>
                <ul>
                  {ENTITIES.map((e) => (
                    <li>
                      <a href={`/${e.route}`} aria-current={ctx.path.startsWith(`/${e.route}`) ? 'page' : undefined}>
                        {e.title[locale]}
                      </a>
                    </li>
                  ))}
                  <li>
                    <a href="/audit">{t(locale, 'audit')}</a>
                  </li>
                  {allowed(user.role, 'edit') ? (
                    <li>
                      <a href="/import/terc">{t(locale, 'importTerc')}</a>
                    </li>
                  ) : null}
                  {allowed(user.role, 'edit') ? (
                    <li>
                      <a href="/data-check" aria-current={ctx.path === '/data-check' ? 'page' : undefined}>
                        {t(locale, 'dataCheck')}
                      </a>
                    </li>
                  ) : null}
                  {allowed(user.role, 'manageUsers') ? (
                    <li>
                      <a href="/users">{t(locale, 'users')}</a>
                    </li>
                  ) : null}
                </ul>
              </nav>
            ) : null}
            <div class="session">
              <a href={`/lang/${other}`} lang={other} hreflang={other}>
                {other === 'en' ? 'English' : 'Polski'}
              </a>
              {user ? (
                <form method="post" action="/logout">
                  <input type="hidden" name="_csrf" value={ctx.csrf} />
                  <span>{user.name}</span> <button type="submit">{t(locale, 'signOut')}</button>
                </form>
              ) : null}
            </div>
          </header>
          <main id="main">
            <h1>{title}</h1>
            {flash ? (
              <p class={`flash flash-${flash.kind}`} role={flash.kind === 'error' ? 'alert' : 'status'}>
                {flash.text}
              </p>
            ) : null}
            {children}
          </main>
        </body>
      </html>
    </>
  );
};

/** The hidden CSRF field every form carries. */
export const Csrf: FC<{ ctx: ViewContext }> = ({ ctx }) => <input type="hidden" name="_csrf" value={ctx.csrf} />;
