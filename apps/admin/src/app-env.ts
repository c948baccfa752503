import type { Locale } from '@org/domain';
import type { SiteConfig, SiteStore } from '@org/site';
import type { StoreCheck } from '@org/store';
import type { Context } from 'hono';
import type { AdminEnv } from './env.js';
import type { AdminStore, StoredUser } from './store-contract.js';
import type { ViewContext } from './views/view-context.js';

/** What the app is built from: the real store and settings; tests pass their own. */
export interface AppDeps {
  /** The store, as the admin uses it and as the website's renderer reads it (for exact previews). */
  store: AdminStore & SiteStore;
  env: AdminEnv;
  /** The foundation's facts the website is configured with (`loadSiteConfig(env.siteConfigPath)`): previews use them. */
  site: SiteConfig;
  /** The one-time setup token while no administrator exists; the setup route consumes it. */
  setup: { token: string | null };
  /** Where the browser bundle and stylesheet are served from. */
  assetsDir: string;
  /** The TERC importer of `@org/store`; refusal reasons come in `locale` (the store's language by default). */
  importTerc: (
    csvText: string,
    actor: { userId: string | null; note?: string },
    locale?: Locale,
  ) => Promise<{
    added: number;
    updated: number;
    unchanged: number;
    skipped?: number;
    refused: { line: number; reason: string }[];
  }>;
  /**
   * `checkStore` of `@org/store` over the store: every live record checked against today's rules and
   * references, its messages in `locale` (the signed-in user's).
   */
  checkStore: (locale: Locale) => Promise<StoreCheck>;
  now?: () => Date;
  log?: (message: string, cause?: unknown) => void;
}

/** Per-request values set by the session middleware. */
export interface AppVariables {
  user: StoredUser | null;
  sessionToken: string | null;
  csrf: string;
  locale: Locale;
  form: FormEntry[] | null;
}

export type AppContext = Context<{ Variables: AppVariables }>;

/** The render context of a request. */
export const viewContext = (c: AppContext, deps: AppDeps): ViewContext => ({
  locale: c.get('locale'),
  user: c.get('user'),
  csrf: c.get('csrf'),
  path: c.req.path,
  siteUrl: deps.env.siteUrl,
});

/** One field of a posted form: text, or an uploaded file. */
export type FormEntry = [string, string | File];
