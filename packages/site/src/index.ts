/**
 * The public site's pages as HTML: routes and their paths in both languages, the data each page reads
 * through a read-only store view, the views (hono/jsx) and the stylesheet. The website serves and
 * exports these pages; the admin renders its previews with them, so a preview is the page itself.
 */
export * from './client-address.js';
export * from './dates.js';
export * from './feed-options.js';
export * from './former-slug.js';
export * from './http-cache.js';
export * from './locale.js';
export * from './parse-route.js';
export * from './preview.js';
export * from './related.js';
export * from './render-pages.js';
export * from './routes.js';
export * from './search.js';
export * from './share-image.js';
export * from './site-config.js';
export * from './site-data.js';
export * from './site-icons.js';
export * from './site-store.js';
export * from './speaker-line.js';
export * from './static-search.js';
export * from './styles.js';
export {
  calendarLink,
  calendarPath,
  type EventFilter,
  FILTER_PARAMS,
  FILTER_PARAMS_BY_LOCALE,
  readFilter,
} from './views/events-page.js';
export { documentHtml, FEEDS, type FooterSite, Layout, layoutHtml, type PageMeta } from './views/layout.js';
export type { ListSearch } from './views/simple-pages.js';
export { type CalendarSubscription, calendarSubscription, SubscribeLinks } from './views/subscribe-links.js';
export * from './visible-text.js';
