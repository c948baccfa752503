/**
 * Every route of the admin and what it needs, in one place. `createApp` registers exactly these
 * (and refuses to start if a handler is missing or extra); the authorisation matrix test walks
 * this table. Extend by adding a row here and its handler in the matching `*-routes` file.
 */
import { ENTITIES } from '../forms/entities.js';
import type { Permission } from './permissions.js';

export interface RouteDef {
  method: 'GET' | 'POST';
  path: string;
  permission: Permission;
}

const r = (method: RouteDef['method'], path: string, permission: Permission): RouteDef => ({
  method,
  path,
  permission,
});

export const ROUTES: readonly RouteDef[] = [
  r('GET', '/healthz', 'public'),
  r('GET', '/assets/:file', 'public'),
  r('GET', '/lang/:lang', 'public'),
  r('GET', '/login', 'public'),
  r('POST', '/login', 'public'),
  r('GET', '/setup/:token', 'public'),
  r('POST', '/setup/:token', 'public'),
  r('POST', '/logout', 'read'),
  r('GET', '/', 'read'),
  r('GET', '/audit', 'read'),
  r('GET', '/lookup/:ref', 'read'),
  r('POST', '/quick/:ref', 'edit'),
  r('GET', '/import/terc', 'edit'),
  r('POST', '/import/terc', 'edit'),
  r('GET', '/data-check', 'edit'),
  r('GET', '/users', 'manageUsers'),
  r('GET', '/users/new', 'manageUsers'),
  r('POST', '/users/new', 'manageUsers'),
  r('GET', '/users/:id', 'manageUsers'),
  r('POST', '/users/:id', 'manageUsers'),
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
    ...(e.kind === 'event' ? [r('POST', `/${e.route}/:id/status`, 'publish')] : []),
    ...(e.kind === 'grant'
      ? [r('GET', `/${e.route}/:id/report.md`, 'read'), r('GET', `/${e.route}/:id/report.docx`, 'read')]
      : []),
    ...(e.publishable
      ? [
          r('GET', `/${e.route}/:id/publish`, 'read'),
          r('POST', `/${e.route}/:id/publish`, 'publish'),
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
