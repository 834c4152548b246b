// Every route under /admin, whichever domain registered it, is walked here: visitors are sent
// to log in, members get 403, editors get 403 on admin-only routes, and every POST refuses a
// cross-site request and one without a CSRF token. New admin routes are covered automatically.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../test/helpers.js';
import { Agent, csrfOf } from '../../test/agent.js';
import { personWithRole } from '../../test/people.js';
import { routesOf, type RouteEntry } from '../app.js';

/** A concrete URL for a route pattern: ids become 1, other parameters a plausible word. */
function concrete(url: string): string {
  return url.replace(/:([A-Za-z]+)/g, (_m, name: string) => (/id$/i.test(name) ? '1' : 'example'));
}

describe('permissions on every admin route', () => {
  let t: TestApp;
  let routes: readonly RouteEntry[];
  let member: Agent;
  let editor: Agent;
  let admin: Agent;

  before(async () => {
    t = await startTestApp({ seed: true });
    routes = routesOf(t.app).filter((r) => r.url === '/admin' || r.url.startsWith('/admin/'));
    member = await personWithRole(t, 'perm-member@example.org', 'member');
    editor = await personWithRole(t, 'perm-editor@example.org', 'editor');
    admin = await personWithRole(t, 'perm-admin@example.org', 'admin');
  });
  after(async () => {
    await t?.close();
  });

  it('finds the admin routes to check', () => {
    assert.ok(routes.length >= 10, `expected many admin routes, found ${routes.map((r) => r.url).join(', ')}`);
  });

  it('sends visitors to the login page and back', async () => {
    for (const route of routes) {
      const url = concrete(route.url);
      const res = await t.app.inject({ method: route.method as 'GET' | 'POST', url, headers: { origin: 'http://localhost:3000' }, payload: route.method === 'POST' ? {} : undefined });
      assert.equal(res.statusCode, 303, `${route.method} ${url} for a visitor`);
      assert.equal(res.headers.location, `/login?next=${encodeURIComponent(url)}`, `${route.method} ${url} returns after login`);
    }
  });

  it('refuses members with 403 everywhere', async () => {
    for (const route of routes) {
      const url = concrete(route.url);
      const res = route.method === 'GET' ? await member.get(url) : await member.post(url, {});
      assert.equal(res.statusCode, 403, `${route.method} ${url} for a member`);
      assert.doesNotMatch(res.body, /at .*\.ts:\d+/, 'no stack trace');
    }
  });

  it('refuses editors on admin-only routes and lets them reach editor routes', async () => {
    // The editor's own CSRF token, so a 403 can only come from the role check.
    const token = csrfOf((await editor.get('/admin')).body);
    for (const route of routes) {
      const url = concrete(route.url);
      const res = route.method === 'GET' ? await editor.get(url) : await editor.post(url, { _csrf: token });
      if ((route.adminAccess ?? 'admin') === 'admin') assert.equal(res.statusCode, 403, `${route.method} ${url} is for admins only`);
      else assert.notEqual(res.statusCode, 403, `${route.method} ${url} is for editors too`);
    }
  });

  it('lets admins reach every admin page', async () => {
    for (const route of routes.filter((r) => r.method === 'GET' && !r.url.includes(':'))) {
      const res = await admin.get(route.url);
      assert.equal(res.statusCode, 200, `GET ${route.url} for an admin`);
    }
  });

  it('refuses a cross-site or token-less POST on every admin form, even from an admin', async () => {
    for (const route of routes.filter((r) => r.method === 'POST')) {
      const url = concrete(route.url);
      const crossSite = await admin.post(url, { _csrf: 'x' }, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
      assert.equal(crossSite.statusCode, 403, `cross-site POST ${url}`);
      const tokenless = await admin.post(url, {});
      assert.equal(tokenless.statusCode, 403, `token-less POST ${url}`);
    }
  });
});
