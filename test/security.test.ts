// Cross-cutting security checks: security headers on every kind of response, and no
// difference, in answer or (grossly) in time, between a registered and an unknown email.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from './helpers.js';
import { Agent, csrfOf } from './agent.js';

const PASSWORD = 'granite lighthouse orbit 58';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe('security across the site', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ listen: true });
    await new Agent(t.app).submit('/register', '/register', { name: 'Known Person', email: 'known@example.org', password: PASSWORD, organisation: '', jobRole: '', terms: 'yes' });
  });
  after(async () => t?.close());

  it('every kind of response carries the security headers, cached or not, page or error', async () => {
    const agent = new Agent(t.app);
    const responses = [
      await agent.get('/'),
      await agent.get('/login'),
      await agent.get('/no-such-page'),
      await agent.get('/news?page=-1'),
      await agent.get('/feed.xml'),
      await agent.post('/login', { _csrf: 'wrong', email: 'x', password: 'y', next: '' }),
      await agent.get('/healthz'),
    ];
    // And over real HTTP, where a repeat anonymous page comes from the cache.
    await fetch(`${t.baseUrl}/topics`);
    const cached = await fetch(`${t.baseUrl}/topics`);
    const headerSets = [...responses.map((r) => r.headers as Record<string, unknown>), Object.fromEntries(cached.headers)];
    for (const headers of headerSets) {
      assert.match(String(headers['content-security-policy']), /default-src 'self'/);
      assert.equal(headers['x-content-type-options'], 'nosniff');
      assert.equal(headers['x-frame-options'], 'SAMEORIGIN');
      assert.ok(headers['referrer-policy']);
    }
  });

  it('login answers the same, in about the same time, for a known and an unknown address', async () => {
    const attempt = async (email: string, ip: string) => {
      const agent = new Agent(t.app);
      const page = await agent.get('/login');
      const started = performance.now();
      const res = await t.app.inject({
        method: 'POST', url: '/login', remoteAddress: ip,
        payload: new URLSearchParams({ _csrf: csrfOf(page.body), email, password: 'not-the-password-1', next: '' }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:3000', cookie: [...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      return { ms: performance.now() - started, status: res.statusCode, body: res.body.replace(/value="[^"]*"/g, '').replace(email, 'EMAIL') };
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i++) {
      const a = await attempt('known@example.org', `10.0.1.${i}`);
      const b = await attempt(`unknown-${i}@example.org`, `10.0.2.${i}`);
      assert.equal(a.status, 400);
      assert.equal(b.status, 400);
      assert.equal(a.body, b.body);
      known.push(a.ms);
      unknown.push(b.ms);
    }
    // Both paths run one argon2 verification; without the dummy check an unknown address
    // answered ~50x faster. A generous bound catches that without flaking on a busy machine.
    const ratio = median(known) / median(unknown);
    assert.ok(ratio > 0.33 && ratio < 3, `medians ${median(known).toFixed(1)} ms vs ${median(unknown).toFixed(1)} ms`);
  });

  it('registration answers the same for a new and a taken address', async () => {
    const register = async (email: string, ip: string) => {
      const agent = new Agent(t.app);
      const page = await agent.get('/register');
      const started = performance.now();
      const res = await t.app.inject({
        method: 'POST', url: '/register', remoteAddress: ip,
        payload: new URLSearchParams({ _csrf: csrfOf(page.body), name: 'Someone', email, password: PASSWORD, organisation: '', jobRole: '', terms: 'yes' }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:3000', cookie: [...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      return { ms: performance.now() - started, status: res.statusCode, location: String(res.headers.location).replace(encodeURIComponent(email), 'EMAIL') };
    };
    const taken: number[] = [];
    const fresh: number[] = [];
    for (let i = 0; i < 5; i++) {
      const a = await register('known@example.org', `10.0.3.${i}`);
      const b = await register(`new-${i}@example.org`, `10.0.4.${i}`);
      assert.equal(a.status, 303);
      assert.equal(a.status, b.status);
      assert.equal(a.location, b.location);
      taken.push(a.ms);
      fresh.push(b.ms);
    }
    const ratio = median(taken) / median(fresh);
    assert.ok(ratio > 0.33 && ratio < 3, `medians ${median(taken).toFixed(1)} ms vs ${median(fresh).toFixed(1)} ms`);
  });
});
