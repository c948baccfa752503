import type { FC } from 'hono/jsx';
import { t } from '../i18n.js';
import { Csrf } from './layout.js';
import type { ViewContext } from './view-context.js';

/** The sign-in form, posting to /login; `next` must already be checked with `safeNext`. */
export const SignInForm: FC<{ ctx: ViewContext; next: string; email?: string | undefined }> = ({
  ctx,
  next,
  email,
}) => (
  <form method="post" action="/login" class="narrow">
    <Csrf ctx={ctx} />
    <input type="hidden" name="next" value={next} />
    <div class="field">
      <label for="email">{t(ctx.locale, 'email')}</label>
      <input id="email" name="email" type="email" autocomplete="username" required value={email ?? ''} />
    </div>
    <div class="field">
      <label for="password">{t(ctx.locale, 'password')}</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required />
    </div>
    <button type="submit">{t(ctx.locale, 'signIn')}</button>
  </form>
);
