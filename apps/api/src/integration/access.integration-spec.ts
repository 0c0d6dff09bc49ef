import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PUBLIC_ROUTE, ROUTE_INTEGRATION, ROUTE_ROLES } from '@navdesk/server/core';
import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';

/** Routes that may be reached without signing in. Adding one here is a reviewed decision. */
// The export download is public on purpose: its expiring HMAC token in the path is the credential (a
// plain browser download carries no bearer token); a wrong token is a 404, as the walk sees.
// Single sign-on is public by nature (no session yet); the exchange's one-time code is its credential.
// Forgot and reset password serve people who cannot sign in: rate-limited, and the reset's single-use token is the credential.
const PUBLIC_ROUTES = new Set(['POST /api/auth/login', 'GET /api/health', 'GET /api/health/live', 'GET /api/reports/exports/:id/download/:token', 'GET /api/auth/options', 'GET /api/auth/oidc/login', 'GET /api/auth/oidc/callback', 'POST /api/auth/oidc/exchange', 'POST /api/auth/forgot-password', 'POST /api/auth/reset-password']);

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

describe('default deny', () => {
  let t: ApiTestApp;

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'access' });
  });

  afterAll(async () => {
    await t.close();
  });

  function registeredRoutes(): { method: string; path: string }[] {
    const router = (t.app.getHttpAdapter().getInstance() as unknown as { router: { stack: ExpressLayer[] } }).router;
    return router.stack
      .filter((l): l is Required<ExpressLayer> => !!l.route)
      .flatMap((l) => Object.keys(l.route.methods).map((m) => ({ method: m.toUpperCase(), path: l.route.path })))
      .filter((r) => ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));
  }

  it('refuses every registered route without a token unless it is marked public', async () => {
    // `{*path}` layers are middleware mounts (the request logger), not handlers.
    const routes = registeredRoutes().filter((r) => r.path.startsWith('/api/') && !r.path.startsWith('/api/docs') && !r.path.includes('{*'));
    expect(routes.length).toBeGreaterThan(8);
    const reachable: string[] = [];
    for (const route of routes) {
      const path = route.path.replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');
      const res = await t.call(route.method, path, { body: route.method === 'GET' ? undefined : {} });
      const key = `${route.method} ${route.path}`;
      if (res.status !== 401) reachable.push(`${key} → ${res.status}`);
    }
    expect(reachable.filter((r) => !PUBLIC_ROUTES.has(r.split(' →')[0] ?? ''))).toEqual([]);
    expect(reachable.map((r) => r.split(' →')[0]).sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('has every handler name its roles, or be marked public or integration-only', () => {
    const discovery = t.app.get(DiscoveryService);
    const scanner = t.app.get(MetadataScanner);
    const reflector = t.app.get(Reflector);
    const unmarked: string[] = [];
    for (const wrapper of discovery.getControllers()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance) continue;
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(proto)) {
        const handler = proto[name] as () => unknown;
        const targets = [handler, wrapper.metatype as () => unknown];
        const marked =
          reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) ||
          reflector.getAllAndOverride<boolean>(ROUTE_INTEGRATION, targets) ||
          (reflector.getAllAndOverride<string[]>(ROUTE_ROLES, targets)?.length ?? 0) > 0;
        if (!marked) unmarked.push(`${wrapper.name}.${name}`);
      }
    }
    expect(unmarked).toEqual([]);
  });
});
