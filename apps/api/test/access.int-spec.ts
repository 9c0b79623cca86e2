import type { ErrorBody } from '@reform-quiz/contracts';
import { concreteUrl, listRoutes, RouteInfo } from './support/routes';
import { startTestApp, testDrivers, TestApp } from './support/test-app';

const label = (r: RouteInfo) => `${r.method} ${r.path}`;

describe.each(testDrivers())('who may call what, on %s', (driver) => {
  let t: TestApp;
  let routes: RouteInfo[];
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp(driver);
    routes = listRoutes(t.app);
    for (const role of ['admin', 'organizer', 'judge']) tokens[role] = (await t.login(`${role}@demo.local`)).accessToken;
    tokens['participant'] = (await t.login('entrant1@demo.local')).accessToken;
  });
  afterAll(() => t.close());

  const call = (r: RouteInfo, token?: string) =>
    t.request<ErrorBody>({ method: r.method as 'GET', url: concreteUrl(r.path), token, ...(r.method !== 'GET' && r.method !== 'DELETE' && { body: {} }) });

  it('finds the routes it walks', () => {
    expect(routes.map(label)).toEqual(expect.arrayContaining(['POST /api/v1/auth/register', 'GET /api/v1/admin/users', 'DELETE /api/v1/units/:id']));
    expect(routes.length).toBeGreaterThanOrEqual(15);
  });

  it('every route declares who may call it', () => {
    expect(routes.filter((r) => !r.policy).map((r) => `${label(r)} (${r.handler})`)).toEqual([]);
  });

  it('refuses anonymous callers on every route that is not public (401)', async () => {
    const closed = routes.filter((r) => r.policy?.kind !== 'public');
    expect(closed.length).toBeGreaterThan(5);
    for (const r of closed) {
      const res = await call(r);
      expect({ route: label(r), status: res.status, code: res.body.error?.code }).toEqual({ route: label(r), status: 401, code: 'UNAUTHENTICATED' });
    }
  });

  it('refuses a bad or foreign token like no token', async () => {
    const admin = routes.find((r) => r.path === '/api/v1/admin/users' && r.method === 'GET');
    if (!admin) throw new Error('route GET /api/v1/admin/users not found');
    for (const token of ['garbage', `${tokens['admin']}x`, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwic2lkIjoieCIsInJvbGUiOiJhZG1pbiJ9.']) {
      expect((await call(admin, token)).status).toBe(401);
    }
  });

  it.each(['participant', 'organizer', 'judge', 'admin'])('lets %s through only the routes that name its role (403 elsewhere)', async (role) => {
    for (const r of routes.filter((x) => x.policy?.kind === 'roles')) {
      const allowed = r.policy?.kind === 'roles' && r.policy.roles.includes(role as never);
      const res = await call(r, tokens[role]);
      if (allowed) {
        expect({ route: label(r), status: res.status }).not.toEqual({ route: label(r), status: 403 });
        expect([401, 403]).not.toContain(res.status);
      } else {
        expect({ route: label(r), status: res.status, code: res.body.error?.code }).toEqual({ route: label(r), status: 403, code: 'FORBIDDEN' });
      }
    }
  });

  it('opens public routes to anonymous callers', async () => {
    const open = routes.filter((x) => x.policy?.kind === 'public' && x.method === 'GET');
    expect(open.length).toBeGreaterThan(5);
    for (const r of open) {
      const res = await call(r);
      // Ids in these URLs name nothing, so 404 is a fine answer; being turned away or failing is not.
      expect({ route: label(r), allowed: ![401, 403].includes(res.status) && res.status < 500 }).toEqual({ route: label(r), allowed: true });
    }
  });
});
