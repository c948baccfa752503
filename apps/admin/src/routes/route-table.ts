/**
 * Every route of the admin and what it needs, in one place. `createApp` registers exactly these
 * (and refuses to start if a handler is missing or extra); the authorisation matrix test walks
 * this table. Extend by adding a row here and its handler in the matching `*-routes` file.
 */
import { ENTITIES } from '../forms/entities.js';
import { FORM_MAX_BYTES, SIGNED_OUT_MAX_BYTES, TERC_UPLOAD_MAX_BYTES } from '../security/request-body.js';
import type { Permission } from './permissions.js';

export interface RouteDef {
  method: 'GET' | 'POST';
  path: string;
  permission: Permission;
  /** The largest body a POST may send, for those allowed to use it; `FORM_MAX_BYTES` unless a row says more. */
  maxBodyBytes?: number;
}

const r = (
  method: RouteDef['method'],
  path: string,
  permission: Permission,
  options: Pick<RouteDef, 'maxBodyBytes'> = {},
): RouteDef => ({ method, path, permission, ...options });

export const ROUTES: readonly RouteDef[] = [
  r('GET', '/healthz', 'public'),
  r('GET', '/assets/:file', 'public'),
  r('GET', '/favicon.svg', 'public'),
  r('GET', '/favicon.ico', 'public'),
  r('GET', '/lang/:lang', 'public'),
  r('GET', '/login', 'public'),
  r('POST', '/login', 'public', { maxBodyBytes: SIGNED_OUT_MAX_BYTES }),
  r('GET', '/setup/:token', 'public'),
  r('POST', '/setup/:token', 'public', { maxBodyBytes: SIGNED_OUT_MAX_BYTES }),
  r('POST', '/logout', 'read'),
  r('GET', '/', 'read'),
  r('GET', '/audit', 'read'),
  r('GET', '/lookup/:ref', 'read'),
  r('POST', '/quick/:ref', 'edit'),
  r('GET', '/import/terc', 'edit'),
  r('POST', '/import/terc', 'edit', { maxBodyBytes: TERC_UPLOAD_MAX_BYTES }),
  r('GET', '/data-check', 'edit'),
  r('GET', '/users', 'manageUsers'),
  r('GET', '/users/new', 'manageUsers'),
  r('POST', '/users/new', 'manageUsers'),
  r('GET', '/users/:id', 'manageUsers'),
  r('POST', '/users/:id', 'manageUsers'),
  r('GET', '/users/:id/erase', 'manageUsers'),
  r('POST', '/users/:id/erase', 'manageUsers'),
  ...ENTITIES.flatMap((e) => [
    r('GET', `/${e.route}`, 'read'),
    r('GET', `/${e.route}/new`, 'edit'),
    r('POST', `/${e.route}/new`, 'edit'),
    r('GET', `/${e.route}/:id`, 'read'),
    r('POST', `/${e.route}/:id`, 'edit'),
    r('GET', `/${e.route}/:id/delete`, 'edit'),
    r('POST', `/${e.route}/:id/delete`, 'edit'),
    r('GET', `/${e.route}/:id/history`, 'read'),
    r('POST', `/${e.route}/:id/comments`, 'comment'),
    ...(e.kind === 'event'
      ? [
          r('POST', `/${e.route}/:id/status`, 'publish'),
          // The event's people and their files: whoever may see the event.
          r('GET', `/${e.route}/:id/people`, 'read'),
          r('GET', `/${e.route}/:id/people-by-item.csv`, 'read'),
          r('GET', `/${e.route}/:id/people-by-item.xlsx`, 'read'),
          r('GET', `/${e.route}/:id/people.csv`, 'read'),
          r('GET', `/${e.route}/:id/people.xlsx`, 'read'),
          r('GET', `/${e.route}/:id/agenda.csv`, 'read'),
          r('GET', `/${e.route}/:id/agenda.xlsx`, 'read'),
        ]
      : []),
    ...(e.kind === 'grant'
      ? [r('GET', `/${e.route}/:id/report.md`, 'read'), r('GET', `/${e.route}/:id/report.docx`, 'read')]
      : []),
    ...(e.publishable
      ? [
          r('GET', `/${e.route}/:id/publish`, 'read'),
          r('POST', `/${e.route}/:id/publish`, 'publish'),
          r('GET', `/${e.route}/:id/unpublish`, 'publish'),
          r('POST', `/${e.route}/:id/unpublish`, 'publish'),
          r('POST', `/${e.route}/:id/schedule`, 'publish'),
          r('POST', `/${e.route}/:id/schedule/cancel`, 'publish'),
          r('GET', `/${e.route}/:id/preview`, 'read'),
        ]
      : []),
  ]),
];

/** The key a handler is registered under: `GET /events/:id`. */
export const routeKey = (route: Pick<RouteDef, 'method' | 'path'>): string => `${route.method} ${route.path}`;

/** The largest body `route` takes from someone allowed to use it. */
export const maxBodyBytes = (route: RouteDef): number => route.maxBodyBytes ?? FORM_MAX_BYTES;

const patterns = new Map(ROUTES.map((route) => [route, new RegExp(`^${route.path.replace(/:[a-z]+/gi, '[^/]+')}$`)]));

/**
 * The routes whose path matches `path`, of every method (a parameter matches one segment, as Hono's does).
 *
 * @example
 * routesOf('/events/x/status').map(routeKey) // ['POST /events/:id/status']
 */
export const routesOf = (path: string): RouteDef[] => ROUTES.filter((route) => patterns.get(route)?.test(path));
