import type { Locale, User } from '@org/domain';

/** What every page needs to render: the language, who is signed in, the CSRF token, where we are. */
export interface ViewContext {
  locale: Locale;
  user: User | null;
  csrf: string;
  path: string;
  siteUrl: string;
}
