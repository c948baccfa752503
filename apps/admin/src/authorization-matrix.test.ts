import { SEED_IDS } from '@org/demo';
import type { UserRole } from '@org/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowed } from './routes/permissions.js';
import { ROUTES, type RouteDef, routeKey } from './routes/route-table.js';
import { Client, type Harness, startHarness } from './testing/harness.js';

type Who = 'anonymous' | UserRole;
const WHO: Who[] = ['anonymous', 'reviewer', 'editor', 'administrator'];

const SEED_BY_ROUTE: Record<string, string> = {
  events: SEED_IDS.event,
  organizations: SEED_IDS.fise,
  authorities: SEED_IDS.powiatWolominski,
  venues: SEED_IDS.venue,
  people: SEED_IDS.khediAlieva,
  grants: SEED_IDS.grant,
  posts: SEED_IDS.post,
  cooperations: SEED_IDS.cooperationWolomin,
};

let h: Harness;
const clients = {} as Record<Who, Client>;

beforeAll(async () => {
  h = await startHarness();
  for (const who of WHO) {
    clients[who] = new Client(h.url);
    if (who !== 'anonymous') await clients[who].signIn(h.users[who].email);
    else await clients[who].request('/login');
  }
});
afterAll(() => h?.close());

function concretePath(route: RouteDef): string {
  const [, first] = route.path.split('/');
  return route.path
    .replace(':id', first === 'users' ? h.users.editor.id : (SEED_BY_ROUTE[first ?? ''] ?? 'x'))
    .replace(':file', 'admin.css')
    .replace(':lang', 'pl')
    .replace(':token', 'not-the-token')
    .replace(':ref', 'organizations');
}

describe('authorisation matrix', () => {
  it('covers every route the app registers, and only those', () => {
    const registered = new Set(
      h.app.routes.filter((r) => r.method !== 'ALL').map((r) => routeKey({ method: r.method as 'GET', path: r.path })),
    );
    expect([...registered].sort()).toEqual(ROUTES.map(routeKey).sort());
  });

  it('gives the roles of issue 6: reviewers read and comment, editors publish and change event status, administrators manage users', () => {
    const who = (key: string) => {
      const route = ROUTES.find((r) => routeKey(r) === key);
      if (!route) throw new Error(`no route ${key}`);
      return (['reviewer', 'editor', 'administrator'] as const).filter((role) => allowed(role, route.permission));
    };
    const everyone = ['reviewer', 'editor', 'administrator'];
    const staff = ['editor', 'administrator'];
    for (const e of ['events', 'organizations', 'people', 'grants', 'cooperations']) {
      expect(who(`POST /${e}/:id/comments`)).toEqual(everyone);
      expect(who(`GET /${e}/:id/history`)).toEqual(everyone);
      expect(who(`POST /${e}/:id`)).toEqual(staff);
    }
    expect(who('POST /events/:id/status')).toEqual(staff);
    expect(who('POST /events/:id/publish')).toEqual(staff);
    expect(who('POST /users/new')).toEqual(['administrator']);
    // The data check lists problems for those who can fix them: the records' editors.
    expect(who('GET /data-check')).toEqual(staff);
  });

  // Sign-out runs last: it ends the session the other rows use.
  const ordered = [...ROUTES].sort((a, b) => Number(a.path === '/logout') - Number(b.path === '/logout'));
  for (const route of ordered)
    for (const who of WHO) {
      const role = who === 'anonymous' ? null : who;
      const may = allowed(role, route.permission);
      const expected = may
        ? 'allowed'
        : who === 'anonymous'
          ? route.method === 'GET'
            ? 'redirect to sign-in'
            : '401'
          : '403';
      it(`${routeKey(route)} as ${who}: ${expected}`, async () => {
        const client = clients[who];
        const path = concretePath(route);
        const res = route.method === 'GET' ? await client.request(path) : await client.post(path, {});
        expect(res.status).toBeLessThan(500);
        if (may) {
          if (route.permission !== 'public') expect([401, 403]).not.toContain(res.status);
          if (route.method === 'GET' && route.permission !== 'public') expect(res.status).toBe(200);
        } else if (who === 'anonymous') {
          if (route.method === 'GET') {
            expect(res.status).toBe(303);
            expect(res.headers.get('location')).toMatch(/^\/login\?next=/);
          } else expect(res.status).toBe(401);
        } else expect(res.status).toBe(403);
      });
    }
});
